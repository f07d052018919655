"""Review 40b item 2: two daily checks at once. `remind install --scheduler cron` with the systemd
timer on printed the line to add with no word of the timer (while `status --scheduler cron` said
adding it runs the check twice), and the systemd screens beside a crontab line that reminds every
day never said that each notification now comes twice, nor how to remove one. Over every screen
(install and status, both schedulers) and crontab (none, the daily check, a line that shows
nothing): the two-checks sentence exactly where the timer is on and a line reminds daily, and
cron's install leads with the timer. In process: fake systemctl and crontab on PATH, temporary
HOME and XDG dirs, SYSTEMD_RUNNING pointed at a folder, the clock pinned."""

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

SILENT = THIS_LINE.replace(" --notify", "")  # no --notify: no reminder shows (review 40b item 1)
assert SILENT != THIS_LINE
CRONTABS = {
    "none": NO_CRONTAB,
    "daily": crontab_printing(THIS_LINE),
    "silent": crontab_printing(SILENT),
}
# the systemd install last: with no timer, it sets the timer up (and on) for the screens after it
# (unless the crontab has the daily-check line: review 42b S 12)
SCREENS = [
    ("status",),
    ("install", "--scheduler", "cron"),
    ("status", "--scheduler", "cron"),
    ("install",),
    ("status", "--scheduler", "cron"),
    ("install", "--scheduler", "cron"),
]


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return systemd_machine(tmp_path, monkeypatch)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("crontab", CRONTABS)
@pytest.mark.parametrize("timer", [True, False])
def test_two_daily_checks_are_said_on_every_screen(
    here: Path, lang: str, crontab: str, timer: bool
) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    if timer:
        remind_lines(here, "install")  # systemd, where it runs: the timer written and on
    fake_tool(here / "bin", "crontab", CRONTABS[crontab])
    for args in SCREENS:
        # review 42b S 12: plain install beside the daily-check line, with no timer there, adds
        # none (it would run the check twice): cron's screen, with how to switch to systemd; a
        # timer already there is still installed over, and the two checks said
        plain = args == ("install",)
        cron_does_it = plain and not timer and crontab == "daily"
        timer = timer or (plain and not cron_does_it)
        both = timer and crontab == "daily"
        shown = remind_lines(here, *args, lang=lang)
        assert (_said("systemd_switch", lang) in shown) is cron_does_it, (args, shown)
        assert (_said("both_run", lang) in shown) is both, (args, shown)
        cron_install = args[0] == "install" and "cron" in args
        switch = cron_install and timer and not both
        assert (_said("cron_twice_switch", lang) in shown) is switch, (args, shown)
        if cron_install and timer:  # led by the timer, as status says it (not after the line)
            assert shown[1:3] == [
                _said("timer_on", lang),
                _said("both_run" if both else "cron_twice_switch", lang),
            ]
        if not timer:
            assert _said("timer_on", lang) not in shown
