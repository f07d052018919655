"""Review 52a, items 20, 41 and 47: profile.

20. The error for an unreadable profile ended the path with 「。」 (「保存場所：…/profile.json。」) and
    said 「形式のバージョンが書かれていません」, the file's key put into words.
41. A trial's profile said 「更新の種類：無料体験から有料会員への自動更新」 under a label that says it.
47. A config folder that is a file gave 「途中のパスがフォルダーではありません」.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import WIDE, run


def test_an_unversioned_profile_is_said_to_be_damaged_or_from_another_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / "profile.json"
    path.write_text('{"renewal_date":"2026-12-20","plan":"annual"}', encoding="utf-8")
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    ja = run("--lang", "ja", "profile", env=env)
    assert ja.exit_code == 2
    assert ja.stderr.startswith(
        f"primehelp: エラー: 保存した更新日のファイル（{path}）を読み込めません。"
        "ファイルが壊れているか、primehelpの別のバージョンで作られたものです。ファイルは変更していません。"
    )
    assert f"{path}。" not in ja.stderr and "形式のバージョン" not in ja.stderr
    en = run("--lang", "en", "profile", env=env)
    assert en.exit_code == 2 and "cannot use the saved profile" in en.stderr


@pytest.mark.parametrize(
    ("student", "ja", "en"),
    [
        (False, "種類：無料体験", "Kind: free trial"),
        (True, "種類：無料体験（Prime Student）", "Kind: free trial (Prime Student)"),
    ],
)
def test_a_saved_trial_is_of_the_kind_free_trial(
    tmp_path: Path, student: bool, ja: str, en: str
) -> None:
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    extra = ("--student",) if student else ()
    saved = run("trial", "2026-11-25", *extra, "--save", "--today", "2026-12-07", env=env)
    assert saved.exit_code == 0, saved.stderr
    for lang, line in (("ja", ja), ("en", en)):
        out = run("--lang", lang, "profile", "--today", "2026-12-07", env=env).stdout
        assert line in out.splitlines(), out
        assert "更新の種類" not in out and "Renewal:" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_config_folder_that_is_a_file_is_said_so(tmp_path: Path, lang: Lang) -> None:
    folder = tmp_path / "config"
    folder.write_text("not a folder", encoding="utf-8")
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(folder)}
    done = run("--lang", lang, "profile", env=env)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    if lang == "ja":
        assert done.stderr == (
            f"primehelp: エラー: 保存場所のフォルダー（{folder}）が、フォルダーではなくファイルに"
            "なっています。環境変数PRIMEHELP_CONFIG_DIRにフォルダーを指定するか、"
            "このファイルを移動してください。\n"
        )
        assert "途中のパス" not in done.stderr
    else:
        assert "is a file, not a folder" in done.stderr and "PRIMEHELP_CONFIG_DIR" in done.stderr
    assert folder.read_text(encoding="utf-8") == "not a folder"  # left as it was
