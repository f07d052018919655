"""Review 40b S 9: after `primehelp --lang en remind install`, `--lang ja remind status` showed the
timer running `--lang en` only inside the command. Now, for the timer and for a crontab line that
reminds daily, in both screen languages: where the daily check notifies in the other language,
status says so and how to change it; in the same language (or a line that cannot notify), not.
In process: fake systemctl and crontab on PATH, temporary HOME and XDG dirs, clock pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    crontab_printing,
    remind_lines,
    remind_ui,
    systemd_machine,
)

LANGS = ("ja", "en")


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return systemd_machine(tmp_path, monkeypatch)


@pytest.mark.parametrize("installed", LANGS)
def test_status_says_the_timer_notifies_in_the_other_language(here: Path, installed: str) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    remind_lines(here, "install", lang=installed)
    for shown_in in LANGS:
        shown = remind_lines(here, "status", lang=shown_in)
        other = installed != shown_in
        assert (_said("notify_lang_timer", shown_in) in shown) is other, shown
        if other:  # the command to change it, on the line after
            after = shown[shown.index(_said("notify_lang_timer", shown_in)) + 1]
            assert after == f"primehelp --lang {shown_in} remind install"
    remind_lines(here, "install", lang="en" if installed == "ja" else "ja")  # changed as said
    shown_in = "en" if installed == "ja" else "ja"
    assert _said("notify_lang_timer", shown_in) not in remind_lines(here, "status", lang=shown_in)


@pytest.mark.parametrize("line_lang", LANGS)
@pytest.mark.parametrize("notify", [True, False])
@pytest.mark.parametrize("scheduler", ["cron", "systemd"])
def test_status_says_a_crontab_line_notifies_in_the_other_language(
    here: Path, line_lang: str, notify: bool, scheduler: str
) -> None:
    line = THIS_LINE.replace("--lang ja", f"--lang {line_lang}")
    line = line if notify else line.replace(" --notify", "")
    fake_tool(here / "bin", "crontab", crontab_printing(line))
    for shown_in in LANGS:
        shown = remind_lines(here, "status", "--scheduler", scheduler, lang=shown_in)
        said = notify and line_lang != shown_in  # a line that cannot notify: not said
        assert (_said("notify_lang_cron", shown_in) in shown) is said, shown
