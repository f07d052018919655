"""Review 38b item 14 (round 45): an OS error on a Japanese screen is said in Japanese, with
the path (`profile --clear` showed 「…を削除できません（Not a directory）」)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from primehelp.errors import FileProblem
from primehelp.files import os_reason, remove_file

# what deleting (or writing, running a tool) can meet on an ordinary system
EVERYDAY = [
    errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.EIO,
    errno.ENAMETOOLONG, errno.ELOOP, errno.ENOSPC, errno.EDQUOT, errno.ETXTBSY, errno.ENOEXEC,
    errno.EMFILE, errno.ENFILE, errno.ENOTEMPTY, errno.EEXIST, errno.EXDEV, errno.EISDIR,
]  # fmt: skip
LATIN = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("code", EVERYDAY)
def test_every_everyday_os_error_has_a_japanese_reason(code: int) -> None:
    reason = os_reason(OSError(code, os.strerror(code)))
    assert not LATIN.search(reason.ja), reason.ja
    assert reason.en and not re.search(r"[ぁ-んァ-ン一-龯]", reason.en)


@pytest.mark.parametrize("code", EVERYDAY)
def test_deleting_says_why_in_japanese_with_the_path(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "profile.json"
    target.write_text("{}", "utf-8")

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(FileProblem) as caught:
        remove_file(target)
    ja = caught.value.message.ja
    assert str(target) in ja and "削除できません" in ja
    assert os.strerror(code) not in ja and not LATIN.search(ja.replace(str(target), ""))


def test_profile_clear_under_a_file_says_not_a_directory_in_japanese(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("", "utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(afile)}
    result = CliRunner().invoke(app, ["profile", "--clear", "--lang", "ja"], env=env)
    assert result.exit_code == 2
    assert "を削除できません（途中のパスがフォルダーではありません）" in result.stderr
    assert "Not a directory" not in result.stderr


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOEXEC, errno.ETXTBSY])
def test_a_tool_that_cannot_run_says_why_in_japanese(
    code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """remind's systemctl/crontab and due --notify's notifier: the same translated reasons."""
    import shutil
    import subprocess

    from primehelp.cli.remind_tools import tool
    from primehelp.i18n import Text
    from primehelp.notify import notify

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    said = tool("crontab", "-l")
    assert isinstance(said, Text) and said == os_reason(OSError(code, ""))
    assert not LATIN.search(said.ja)
    failed = Text("{tool}：{reason}", "{tool}: {reason}")
    outcome = notify("t", "b", {"no_notifier": Text("", ""), "notifier_failed": failed})
    assert outcome.problem is not None
    assert not LATIN.search(outcome.problem.ja.split("：", 1)[1]), outcome.problem.ja


def test_stdout_that_cannot_be_written_says_why_in_japanese() -> None:
    from primehelp.output.envelope import stdout_problem

    problem = stdout_problem(OSError(errno.EIO, os.strerror(errno.EIO)))
    assert problem.message.ja == "標準出力に書き込めません（入出力エラーです）。"


# ---------------------------------------------------------------- review 38a S 34 and S 40


@pytest.mark.parametrize("command", [["profile"], ["due"], ["renewal"], ["cancel"]])
def test_a_profile_from_a_newer_primehelp_is_never_advised_away(
    command: list[str], tmp_path: Path
) -> None:
    """38a S 34: a profile with a newer schema_version was answered 「…--clear で削除してから
    保存し直すか…」: deleting data a newer primehelp saved. Now: update primehelp, first; the
    file unchanged; no --clear advice."""
    saved = tmp_path / "profile.json"
    body = '{"schema_version": 9, "renewal_date": "2026-12-20", "future_key": 1}'
    saved.write_text(body, "utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    for lang in ("ja", "en"):
        result = CliRunner().invoke(app, [*command, "--lang", lang], env=env)
        # cancel goes on with its general steps after the line (a warning)
        assert result.exit_code == (0 if command == ["cancel"] else 2), result.stdout
        err = result.stderr
        assert "--clear" not in err
        if lang == "ja":
            assert "より新しいprimehelp" in err and "primehelpを更新してください" in err
            assert err.index("更新してください") < err.index("--force")
        else:
            assert "newer primehelp" in err and "update primehelp" in err.lower()
    assert saved.read_text("utf-8") == body


@pytest.mark.parametrize("trial", [False, True])
def test_profile_says_when_the_saved_date_is_today(trial: bool, tmp_path: Path) -> None:
    """38a S 40: on the saved renewal day itself the screen said nothing about it."""
    kind = ', "trial": true' if trial else ""
    body = '{"schema_version": 1, "renewal_date": "2026-12-05"' + kind + "}"
    (tmp_path / "profile.json").write_text(body, "utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_TODAY": "2026-12-05"}
    result = CliRunner().invoke(app, ["profile", "--lang", "ja"], env=env)
    assert result.exit_code == 0, result.stderr
    # a trial's: still an estimate on the day (review 59a item 3); on the date's line (61a R1)
    said = "2026年12月5日（今日、計算による目安）" if trial else "更新日：2026年12月5日（今日）"
    assert said in result.stdout
    env["PRIMEHELP_TODAY"] = "2026-12-04"
    assert said not in CliRunner().invoke(app, ["profile", "--lang", "ja"], env=env).stdout
