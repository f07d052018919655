"""Review 25b (a Japanese reader), remind: S items 4 and 5.

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own (tests/support/clihelp
``fake_tool``), a temporary HOME and XDG_CONFIG_HOME, and ``SYSTEMD_RUNNING`` pointed at a folder
that is (or is not) there."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool
from tests.support.remind_env import remind_lines

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
HAS_LINE = "#!/bin/sh\necho '0 9 * * * /usr/bin/primehelp due --notify --lang ja'\n"
SYSTEMCTL = "#!/bin/sh\nexit 0\n"
NONE_JA = "`crontab` には、`primehelp due` を実行する行がありません。"
SOME_JA = "`crontab` には、`primehelp due` を実行する行があります。"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd not running (plain remind is cron's), nothing on PATH yet."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    return tmp_path


def _remind(here: Path, *args: str, lang: str = "ja") -> list[str]:
    return remind_lines(here, *args, lang=lang)


# ---------------------------------------------------------------- item 4: one wording


def test_4_status_install_and_uninstall_say_no_line_in_one_wording(here: Path) -> None:
    """「crontab には、毎日の確認は設定されていません。」 (status), 「crontab：…行はありません。」
    (install) and 「primehelp は crontab を変更しません。crontab に…ないため…」 (uninstall)."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    assert _remind(here, "status")[1] == NONE_JA
    assert NONE_JA in _remind(here, "install")
    gone = _remind(here, "uninstall")
    assert gone[1:] == [
        "`crontab` に `primehelp due` を実行する行はないため、削除するものはありません。"
    ]
    english = _remind(here, "status", lang="en")[1]
    assert english == "Your crontab has no line running `primehelp due`."
    assert _remind(here, "uninstall", lang="en")[1:] == [
        "Your crontab has no line running `primehelp due`, so there is nothing to remove."
    ]


def test_4_the_line_there_said_in_the_same_words(here: Path) -> None:
    fake_tool(here / "bin", "crontab", HAS_LINE)
    # status adds when the line runs (review 61b S 10)
    assert _remind(here, "status")[1] == SOME_JA.replace(
        "。", "（このコンピューターの時計で毎日9:00）。"
    )
    assert _remind(here, "uninstall")[1] == SOME_JA
    assert _remind(here, "uninstall", lang="en")[1] == (
        "Your crontab has a line running `primehelp due`."
    )


# ---------------------------------------------------------------- item 5: earlier systemd files


def _timer_written(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The systemd timer installed while systemd ran; then systemd no longer runs."""
    fake_tool(here / "bin", "systemctl", SYSTEMCTL)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)
    _remind(here, "install", "--scheduler", "systemd")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "no-such-dir")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_uninstall_with_cron_names_the_timer_files_as_an_earlier_setup(
    here: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """「毎日の確認（cron）」 then the systemd files removed, as if they were cron's."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    _timer_written(here, monkeypatch)
    gone = _remind(here, "uninstall", lang=lang)
    heading = {"ja": "systemdのタイマー（以前の設定）：", "en": "systemd timer (set up earlier):"}
    assert gone[1] == heading[lang], gone
    assert gone[2].endswith("primehelp-due.timer：削除しました" if lang == "ja" else ": removed")
    assert heading[lang] not in _remind(here, "uninstall", lang=lang)  # nothing left: no heading


def test_5_status_with_cron_says_the_timer_files_are_still_there(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """status (cron) never mentioned the files uninstall then removed."""
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    assert "systemdのタイマーのファイルも残っています。" not in _remind(here, "status")
    _timer_written(here, monkeypatch)
    shown = _remind(here, "status")
    assert shown[-2:] == [
        "systemdのタイマーのファイルも残っています。",
        "削除するには：`primehelp remind uninstall`",
    ]
