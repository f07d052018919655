"""Review 52b: the remind command (items 1, 20, 21, 31, 32, 33)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.remind_env import remind_env, systemd_machine

FORCE = {
    "ja": "primehelp: エラー: `--force` は install か uninstall と一緒に指定してください"
    "（例：`primehelp remind install --force`）。",
    "en": "primehelp: error: `--force` goes with install or uninstall "
    "(e.g. `primehelp remind install --force`)",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_31_status_force_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 31: `remind status --force` was accepted silently (exit 0)."""
    env = remind_env(systemd_machine(tmp_path, monkeypatch))
    done = run("remind", "status", "--force", "--lang", lang, env=env)
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.strip() == FORCE[lang]
    assert run("remind", "status", "--lang", lang, env=env).exit_code == 0


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_1_each_action_starts_its_own_line_in_the_help(columns: str) -> None:
    """Item 1: 「status：」 ended a line, its explanation on the next (a hanging list, as --force)."""
    done = run("--lang", "ja", "remind", "--help", env={"COLUMNS": columns})
    lines = [line.strip() for line in done.stdout.splitlines()]
    lines = lines[lines.index("引数：") + 1 : lines.index("オプション：")]
    for action in ("install", "uninstall", "status"):
        starts = [line for line in lines if line.startswith(f"{action}：")]
        assert len(starts) == 1 and len(starts[0]) > len(action) + 1, done.stdout
    assert not any(line.endswith("：") for line in lines), done.stdout
    assert any(line.endswith("（必須）次のいずれか。") for line in lines), done.stdout


NOTHING = {
    "ja": "このコンピューターには `crontab` コマンドがなく、primehelpが設定した毎日の確認も"
    "見つからないため、削除するものはありません。",
    "en": "This computer has no crontab command and no daily check set up by primehelp was "
    "found, so there is nothing to remove.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_21_uninstall_without_crontab_says_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 21: 「`crontab` にprimehelpの行はありません。」 then two more 「ありません」."""
    import primehelp.cli.remind as command

    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    gone = run("remind", "uninstall", "--lang", lang, env=remind_env(tmp_path)).stdout
    joined = gone.replace("\n", "" if lang == "ja" else " ")
    assert NOTHING[lang] in joined, gone
    assert "primehelpの行" not in gone and gone.count("ありません") <= 1


def _fake_crontab(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    tool = bin_dir / "crontab"
    tool.write_text('#!/bin/sh\necho "no crontab for $USER" >&2\nexit 1\n')
    tool.chmod(0o755)
    return remind_env(tmp_path)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_20_install_with_nothing_saved_does_not_speak_of_what_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 20: 「今保存されている内容では」 when nothing is saved, and 「今」/「いま」 side by side."""
    import primehelp.cli.remind as command

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    env = {**_fake_crontab(tmp_path), "COLUMNS": "1000"}
    (tmp_path / "profile" / "profile.json").unlink()  # nothing saved
    shown = run("remind", "install", "--lang", lang, env=env).stdout
    said = {
        "ja": "更新日が保存されていないため、このままでは毎日の確認で更新日をお知らせできません。"
        "今 `primehelp due` を実行すると、次のように表示されます：",
        "en": "No renewal date is saved, so the daily check cannot tell you about a renewal. "
        "Running `primehelp due` now shows:",
    }
    assert said[lang] in shown, shown
    assert "今保存されている内容" not in shown and "いま `primehelp due`" not in shown


def test_33_the_package_a_member_installs_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 33: 「libnotify」 alone names a library package without the command."""
    env = remind_env(systemd_machine(tmp_path, monkeypatch))
    (tmp_path / "bin" / "notify-send").unlink()
    monkeypatch.setattr(sys, "platform", "linux")
    for lang, said in (
        ("ja", "（Debian・Ubuntuではlibnotify-binパッケージ）"),
        ("en", "(the libnotify-bin package on Debian and Ubuntu)"),
    ):
        shown = run("remind", "status", "--lang", lang, env={**env, "COLUMNS": "1000"}).stdout
        assert said in shown, shown
