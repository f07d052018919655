"""Review 40b item 4: `profile --clear` with a daily check still on said only that the date was
deleted, and each daily check then raised an error notification (「更新日が保存されていません」).
Now, over every mix of daily checks (the systemd timer on or off or gone, a crontab line that
reminds daily or one that cannot notify): exactly where one is on, the screen says it stays on,
notifies an error every day, and how to stop each; JSON `remind_installed` and
`remind_schedulers`. In process: fake systemctl and crontab on PATH, temporary HOME and XDG dirs,
SYSTEMD_RUNNING pointed at a folder (the real crontab and systemd never touched)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.facts import ui
from primehelp.profile import PROFILE_FILE, Profile, profile_to_json
from primehelp.remind import TIMER, WANTS
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    crontab_printing,
    remind_env,
    remind_lines,
    systemd_machine,
)

SILENT = THIS_LINE.replace(" --notify", "")  # shows nothing (review 40b item 1): not a check
CRONTABS = {
    "none": NO_CRONTAB,
    "daily": crontab_printing(THIS_LINE),
    "silent": crontab_printing(SILENT),
}
TIMERS = ("on", "off", "none")


def _said(key: str, lang: str) -> str:
    return ui(key, "ui_profile")(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return systemd_machine(tmp_path, monkeypatch)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("crontab", CRONTABS)
@pytest.mark.parametrize("timer", TIMERS)
def test_clear_says_a_daily_check_stays_on(here: Path, lang: str, crontab: str, timer: str) -> None:
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    if timer != "none":
        remind_lines(here, "install")  # systemd, where it runs: the timer written and on
    if timer == "off":
        (here / "xdg" / "systemd" / "user" / WANTS / TIMER).unlink()
    fake_tool(here / "bin", "crontab", CRONTABS[crontab])
    env = remind_env(here)
    expected = [
        name for name, on in (("systemd", timer == "on"), ("cron", crontab == "daily")) if on
    ]
    for json_output in (True, False):
        saved = Profile(dt.date(2027, 1, 10), plan="annual")
        (here / "profile" / PROFILE_FILE).write_bytes(profile_to_json(saved))
        args = ("profile", "--clear", "--lang", lang, *(["--json"] if json_output else []))
        done = run(*args, env=env)
        assert done.exit_code == 0, done.stderr
        assert not (here / "profile" / PROFILE_FILE).exists()
        if json_output:
            data = done.json()["data"]
            assert data["cleared"] is True
            assert data["remind_installed"] is bool(expected)
            assert data["remind_schedulers"] == expected
            continue
        text = " ".join(done.stdout.split()) if lang == "en" else "".join(done.stdout.split())
        for key, shown in (
            ("clear_remind_on", bool(expected)),
            ("clear_stop_systemd", "systemd" in expected),
            ("clear_stop_cron", "cron" in expected),
        ):
            wanted = _said(key, lang)
            wanted = " ".join(wanted.split()) if lang == "en" else "".join(wanted.split())
            assert (wanted in text) is shown, (key, done.stdout)
