"""The saved profile: save, read back, clear; a corrupt file is reported and never touched."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from primehelp.errors import FileProblem
from primehelp.profile import (
    CONFIG_DIR_ENV,
    Profile,
    clear_profile,
    load_profile,
    profile_path,
    save_profile,
    xdg_config_home,
)

SAVED = Profile(renewal_date=dt.date(2026, 12, 31), plan="annual")
CORRUPT_CASES = [
    b"{not json",
    b"\xff\xfe\x00",
    b"[]",
    # a version this primehelp never wrote (a newer one, 2+, has its own advice: review 38a S 34)
    b'{"schema_version": 0, "renewal_date": "2026-12-31"}',
    b'{"schema_version": 1}',
    b'{"schema_version": 1, "renewal_date": "2026-02-30"}',
    b'{"schema_version": 1, "renewal_date": "2026-12-31", "plan": "weekly"}',
    b'{"schema_version": 1, "renewal_date": "2026-12-31", "trial": "yes"}',
]


def test_save_read_back_clear(tmp_path: Path) -> None:
    path = tmp_path / "config" / "profile.json"
    assert load_profile(path) is None
    save_profile(path, SAVED)  # creates the missing config directory
    assert load_profile(path) == SAVED
    document = json.loads(path.read_text("utf-8"))
    assert document == {
        "schema_version": 1,
        "renewal_date": "2026-12-31",
        "plan": "annual",
        "trial": False,
    }
    changed = Profile(renewal_date=dt.date(2027, 3, 1), plan=None, trial=True)
    save_profile(path, changed)  # a valid profile may be replaced
    assert load_profile(path) == changed
    assert clear_profile(path) is True
    assert load_profile(path) is None
    assert clear_profile(path) is False


@pytest.mark.parametrize("content", CORRUPT_CASES)
def test_corrupt_profile_is_reported_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "profile.json"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    assert str(path) in caught.value.message.en and str(path) in caught.value.message.ja
    assert "primehelp profile --clear" in caught.value.message.en
    # Both fixes the help documents: clear it, or replace it with --save --force (and --plan
    # when the plan is what is broken: review 28a, S 21).
    given = " --plan annual" if b'"plan"' in content else ""
    assert f"`primehelp renewal 2026-12-31{given} --save --force`" in caught.value.message.en
    # review 13a, S 14: a real example date, not the placeholder DATE, in a sentence
    assert "DATE" not in caught.value.message.ja and "DATE" not in caught.value.message.en
    # review 28a, item 8: the reason a sentence of its own, then where the file is: no nesting
    ja, en = caught.value.message.ja, caught.value.message.en
    # the path in brackets, no 「。」 on it (review 52a, item 20); the tool's own file: no 「」
    assert ja.startswith(f"保存した更新日のファイル（{path}）を読み込めません。"), ja
    assert "保存場所：" not in ja and f"{path}。" not in ja, ja
    assert en.startswith("cannot use the saved profile: "), en
    assert f". File: '{path}'. It was left unchanged; " in en, en
    what = "更新日とプラン" if given else "更新日"
    assert caught.value.message.ja.endswith(
        "`primehelp profile --clear` で削除してから保存し直すか、"
        f"`primehelp renewal 2026-12-31{given} --save --force` のように{what}を指定して置き換えてください。"
    )
    with pytest.raises(FileProblem):
        save_profile(path, SAVED)
    assert path.read_bytes() == content


def test_a_folder_in_place_of_the_profile_is_said_to_be_it_with_the_fix(tmp_path: Path) -> None:
    """Review 29a, R-minor 5: 「「…/profile.json」を読み込めません（フォルダーです）。」 did not say
    that it is the saved profile, nor how to fix it."""
    path = tmp_path / "profile.json"
    path.mkdir()
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    ja, en = caught.value.message.ja, caught.value.message.en
    assert ja.startswith(f"保存した更新日のファイル（{path}）を読み込めません。"), ja
    assert "フォルダー" in ja and f"{path}。" not in ja
    assert "`primehelp renewal 2026-12-31 --save`" in ja
    assert en.startswith("cannot use the saved profile: ") and f"File: '{path}'." in en, en
    assert "folder" in en and "`primehelp renewal 2026-12-31 --save`" in en
    assert path.is_dir()


def test_profile_path_from_environment(tmp_path: Path) -> None:
    assert profile_path({CONFIG_DIR_ENV: str(tmp_path)}) == tmp_path / "profile.json"


def test_profile_path_default_is_the_user_config_dir() -> None:
    import platformdirs

    expected = Path(platformdirs.user_config_dir("primehelp", appauthor=False)) / "profile.json"
    assert profile_path({}) == expected
    assert profile_path({CONFIG_DIR_ENV: "  "}) == expected


# Environments the Linux fast path answers (or leaves to platformdirs): each is compared with
# what platformdirs itself says, so a `--save` and a `due` always look at the same file.
XDG_CASES = [  # (environment, answered without platformdirs)
    ({"XDG_CONFIG_HOME": "/srv/cfg", "HOME": "/home/me"}, True),
    ({"XDG_CONFIG_HOME": "/srv/cfg/", "HOME": "/home/me"}, True),
    ({"XDG_CONFIG_HOME": "/srv/with space ", "HOME": "/home/me"}, True),
    ({"XDG_CONFIG_HOME": "", "HOME": "/home/me"}, True),
    ({"HOME": "/home/me"}, True),
    ({"HOME": "/home/me/"}, True),
    ({"HOME": "/"}, True),
    ({"HOME": "//net/me"}, True),
    # review 42b item 7: a relative one is ignored, as platformdirs ignores it
    ({"XDG_CONFIG_HOME": "relative/cfg", "HOME": "/home/me"}, True),
    ({"XDG_CONFIG_HOME": "   ", "HOME": "/home/me"}, True),
    ({"XDG_CONFIG_HOME": "relative/cfg", "HOME": "relative"}, False),
    ({"HOME": "relative"}, False),
    ({"XDG_CONFIG_HOME": "/srv/cfg", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"}, False),
]


@pytest.mark.skipif(
    sys.platform != "linux", reason="the fast path is for Linux only (tested below)"
)
@pytest.mark.parametrize(("environ", "answered"), XDG_CASES, ids=lambda e: repr(e))
def test_profile_path_without_platformdirs_is_where_platformdirs_looks(
    environ: dict[str, str], answered: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    for name in ("XDG_CONFIG_HOME", "HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    fast = xdg_config_home(environ)
    assert (fast is not None) == answered
    if fast is None:
        return
    expected = platformdirs.user_config_dir("primehelp", appauthor=False)
    assert str(fast / "primehelp") == expected
    assert profile_path(environ) == Path(expected) / "profile.json"


def test_profile_path_off_linux_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert xdg_config_home({"XDG_CONFIG_HOME": "/srv/cfg", "HOME": "/Users/me"}) is None


# ---------------------------------------------------------------- CLI


def run(args: list[str], config: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, env={CONFIG_DIR_ENV: str(config)})
    return result.exit_code, result.stdout, result.stderr


def test_cli_profile_nothing_saved(tmp_path: Path) -> None:
    code, out, _ = run(["profile", "--json"], tmp_path)
    assert code == 0
    data = json.loads(out)["data"]
    # review 39a, R-minor 20: the additive `date_passed`, null when nothing is saved
    assert data == {
        "path": str(tmp_path / "profile.json"),
        "exists": False,
        "profile": None,
        "date_passed": None,
        # review 60a, B2: what the screen says of the date, null as well
        "cancel_by": None,
        "days_left": None,
        "cancel_by_passed": None,
        "renewal_is_today": None,
        "estimate": None,
    }
    code, out, _ = run(["profile", "--lang", "en"], tmp_path)
    assert code == 0
    assert "Nothing is saved" in out
    assert str(tmp_path / "profile.json") in out


def test_cli_profile_shows_saved_and_clears(tmp_path: Path) -> None:
    save_profile(tmp_path / "profile.json", SAVED)
    code, out, _ = run(["profile", "--json", "--lang", "en"], tmp_path)
    assert code == 0
    envelope = json.loads(out)
    assert envelope["command"] == "profile"
    assert envelope["data"]["exists"] is True
    assert envelope["data"]["profile"] == {
        "renewal_date": "2026-12-31",
        "plan": "annual",
        "trial": False,
        "student": False,  # review 28b item 4: a saved Prime Student trial says so
    }
    code, out, _ = run(["profile"], tmp_path)
    assert code == 0
    assert "2026年12月31日" in out and "年間プラン" in out
    code, out, _ = run(["profile", "--clear", "--json"], tmp_path)
    assert code == 0
    # review 40b item 4: and whether a daily check is still on (none here)
    assert json.loads(out)["data"] == {
        "path": str(tmp_path / "profile.json"),
        "cleared": True,
        "remind_installed": False,
        "remind_schedulers": [],
    }
    assert not (tmp_path / "profile.json").exists()
    code, out, _ = run(["profile", "--clear", "--lang", "en"], tmp_path)
    assert code == 0
    assert "nothing to delete" in out


def test_cli_corrupt_profile_exit_2_untouched(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_bytes(CORRUPT_CASES[0])
    code, out, err = run(["profile", "--lang", "en"], tmp_path)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert str(path) in err and "profile --clear" in err
    assert "Traceback" not in err
    code, out, _ = run(["profile", "--json"], tmp_path)
    assert code == 2
    assert json.loads(out)["error"]["code"] == "file_error"
    assert path.read_bytes() == CORRUPT_CASES[0]
    code, _, _ = run(["profile", "--clear"], tmp_path)  # the user asks: then it goes
    assert code == 0
    assert not path.exists()


def test_a_saved_plan_is_one_of_the_renewal_plans() -> None:
    from primehelp.plans import Plan
    from primehelp.profile import profile_from_json

    for plan in Plan:
        document = {"schema_version": 1, "renewal_date": "2026-12-31", "plan": plan.value}
        assert profile_from_json(document).plan == plan.value
    with pytest.raises(ValueError, match=r"^plan is not one of annual, monthly, student-annual, "):
        profile_from_json({"schema_version": 1, "renewal_date": "2026-12-31", "plan": "weekly"})


def test_config_dir_that_is_a_file_is_one_line_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"keep")
    result = CliRunner().invoke(
        app, ["renewal", "2026-12-31", "--save", "--lang", "en"], env={CONFIG_DIR_ENV: str(blocker)}
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(blocker) in result.stderr
    assert blocker.read_bytes() == b"keep"


# Review 26a, item 7: why a profile cannot be used is said in the user's language, naming the key
# in the file and the form it takes; English words inside the Japanese line were the fault.
FAULT_CASES = [
    (b"\xff\xfe\x00", "UTF-8", "UTF-8"),
    (b"{not json", "ファイルの形式が正しくありません", "JSON"),
    (b"[]", "ファイルの形式が正しくありません", "JSON object"),
    (b"[" * 40 + b"]" * 40, "16 段まで", "at most 16 levels"),
    (b'{"schema_version": 1' + b"9" * 30 + b"}", "20 桁まで", "at most 20)"),
    # 0, not 2: a newer version's file has its own advice (review 38a S 34)
    (b'{"schema_version": 0, "renewal_date": "2026-12-31"}', "読めるのは 1 です", "is not 1"),
    (b'{"schema_version": 1}', "更新日が書かれていません", "renewal_date is missing"),
    (  # the key left out (review 29a, S 15: was 「…（schema_version）が 1 ではありません」)
        b'{"renewal_date": "2026-12-31", "plan": "annual"}',
        "ファイルが壊れているか、primehelpの別のバージョンで作られたものです",
        "schema_version is missing",
    ),
    (b'{"schema_version": 1, "renewal_date": 5}', "更新日が YYYY-MM-DD", "YYYY-MM-DD"),
    # a well-formed day that does not exist, an empty file (review 27a, S 27)
    (
        b'{"schema_version": 1, "renewal_date": "2026-02-30"}',
        "更新日の「2026-02-30」は存在しない日付です",
        "renewal_date '2026-02-30' is not a real date",
    ),
    (b'{"schema_version": 1, "renewal_date": "2026-2-3"}', "YYYY-MM-DD 形式の日付", "YYYY-MM-DD"),
    (b"", "ファイルが空です", "the file is empty"),
    (b" \n", "ファイルが空です", "the file is empty"),
    (
        b'{"schema_version": 1, "renewal_date": "0001-01-01"}',
        "更新日の年が",
        "a year outside",
    ),
    (
        b'{"schema_version": 1, "renewal_date": "2026-12-31", "plan": "weekly"}',
        "プランの値が正しくありません（annual・monthly・student-annual・student-monthly のどれかです）",
        "plan is not one of annual, monthly, student-annual, student-monthly",
    ),
    (
        b'{"schema_version": 1, "renewal_date": "2026-12-31", "trial": "yes"}',
        "無料体験かどうかの値が正しくありません",
        "trial is not true or false",
    ),
]


@pytest.mark.parametrize(("content", "ja", "en"), FAULT_CASES)
def test_profile_fault_in_the_users_language(
    tmp_path: Path, content: bytes, ja: str, en: str
) -> None:
    import re

    path = tmp_path / "profile.json"
    path.write_bytes(content)
    for lang, expected in (("ja", ja), ("en", en)):
        code, out, err = run(["profile", "--lang", lang], tmp_path)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and str(path) in err and expected in err
    # No English sentence inside the Japanese line: only names, values and commands in Latin.
    _, _, err = run(["profile", "--lang", "ja"], tmp_path)
    prose = re.sub(r"`[^`]*`", "", err.replace(str(path), ""))
    assert not re.search(r"[A-Za-z]+ [A-Za-z]+", prose), prose
    # Review 50a item 6: no key names of the file and no JSON terms in the Japanese reason.
    reason = prose.split("を読み込めません。", 1)[1].split("ファイルは変更していません", 1)[0]
    for code_word in ("schema_version", "renewal_date", "plan", "trial", "student", "JSON"):
        assert not re.search(rf"(?<![-\w]){code_word}(?![-\w])", reason), reason


def test_profile_newer_file_names_which_version(tmp_path: Path) -> None:
    """Review 50a item 6: not 「このバージョン」 (the program's or the file's?)."""
    path = tmp_path / "profile.json"
    path.write_text('{"schema_version": 9, "renewal_date": "2026-12-24"}', encoding="utf-8")
    code, out, err = run(["profile", "--lang", "ja"], tmp_path)
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "このバージョン" not in err and "schema_version" not in err
    assert "より新しいprimehelpで保存されたため、今お使いのprimehelpでは読み取れません" in err
    assert "（ファイルの形式：9、読み取れる形式：1）" in err
