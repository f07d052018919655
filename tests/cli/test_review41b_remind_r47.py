"""Review 41b, round 47: items 3, 4 and 6 of the remind screens.

Item 3: on a computer without ``notify-send`` (the tool ``due --notify`` shows a notification
with), install and status said the daily check was on, and every run showed nothing. Now every
install and status, with either scheduler, in both languages, says that no notification shows
until it is installed (JSON ``notifier_found``), and install exits 1; with the tool there, none
of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    THIS_PROGRAM,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
)

CRONTABS = {"none": NO_CRONTAB, "daily check": crontab_printing(THIS_LINE)}


@pytest.mark.parametrize("crontab", sorted(CRONTABS))
@pytest.mark.parametrize("notifier", [True, False])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_without_a_notifier_install_and_status_say_no_notification_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crontab: str, notifier: bool, lang: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", CRONTABS[crontab])
    env = remind_env(here)
    if not notifier:
        (here / "bin" / "notify-send").unlink()
    said = remind_ui("no_notifier").format(tool="notify-send")(lang)  # type: ignore[arg-type]
    package = remind_ui("no_notifier_libnotify")(lang)  # type: ignore[arg-type]
    for action in ("install", "status"):
        for scheduler in ("systemd", "cron"):
            args = ("remind", action, "--scheduler", scheduler, "--lang", lang)
            done = run(*args, env=env)
            where = f"{action} {scheduler}: {done.stdout}"
            # review 42b item 4: with the timer on, said in the state line (enabled_no_notifier)
            in_place = remind_ui("enabled_no_notifier").format(tool="notify-send")(lang)  # type: ignore[arg-type]
            shown = said in done.stdout or in_place in done.stdout
            assert shown is not notifier, where
            assert (package in done.stdout) is not notifier, where
            # install: set up, yet shows nothing; status exits as install (review 60b item 9)
            if action == "status" or scheduler == "systemd":
                assert done.exit_code == (0 if notifier else 1), where
            data = run(*args, "--json", env=env).json()["data"]
            assert data["notifier_found"] is notifier, where


FOREIGN = b"[Timer]\nOnCalendar=daily\n"


@pytest.mark.parametrize("foreign", ["timer", "service", "both"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_status_never_offers_to_enable_a_unit_primehelp_did_not_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, foreign: str, lang: str
) -> None:
    """A timer (or service) primehelp did not write, not enabled: not 「有効にするには：systemctl
    --user enable」 (which turns on a unit that is not primehelp's, or starts one that is not
    there) but install --force, the way to primehelp's daily check."""
    from primehelp.remind import SERVICE, TIMER, unit_files

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    units = here / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    ours = unit_files([*THIS_PROGRAM, "due", "--notify", "--lang", lang], {})
    if foreign == "timer":
        (units / TIMER).write_bytes(FOREIGN)  # and no service: the reviewer's state
    else:
        (units / TIMER).write_bytes(FOREIGN if foreign == "both" else ours[TIMER])
        (units / SERVICE).write_bytes(b"[Service]\nExecStart=/bin/true\n")
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert "systemctl --user enable" not in done.stdout
    # a timer alone starts the service that is not there: said so since review 43b item 5 (r51)
    said = "service_missing" if foreign == "timer" else "foreign_hint"
    flat = " ".join(done.stdout.split())
    assert " ".join(remind_ui(said)(lang).split()) in flat  # type: ignore[arg-type]
    assert "primehelp remind install --force" in done.stdout.splitlines()


TAIL = " due --notify --lang ja"
NOT_COUNTED = (
    THIS_LINE.replace(TAIL, " due --lang ja"),  # the reviewer's: no --notify
    THIS_LINE.replace(TAIL, " due --notify --lang jp"),
    THIS_LINE.replace("0 9 * * *", "0 9 * * 1"),  # weekly
)


@pytest.mark.parametrize("line", NOT_COUNTED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_with_the_timer_on_cron_screens_never_offer_a_second_daily_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, lang: str
) -> None:
    """The timer on and a crontab line that is not the daily check: cron's status and install
    said the timer runs the check, then gave the line to put in its place (the check twice a
    day). Now: no line to use instead, that none is needed, and 「タイマーを削除するには」."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    assert run("remind", "install", "--scheduler", "systemd", env=env).exit_code == 0
    fake_tool(here / "bin", "crontab", crontab_printing(line))
    timer_only = remind_ui("cron_timer_only")(lang)  # type: ignore[arg-type]
    for action in ("status", "install"):
        done = run("remind", action, "--scheduler", "cron", "--lang", lang, env=env)
        assert done.exit_code == 0, done.stderr
        shown = done.stdout.splitlines()
        offered = [r for r in shown if r.startswith("0 9 * * * ") and r.endswith(TAIL)]
        assert offered == [], f"{action}: {done.stdout}"  # no daily-check line to use
        assert timer_only in done.stdout, f"{action}: {done.stdout}"
        for key in ("next_run_if_replaced", "next_run_if_added"):
            assert remind_ui(key)(lang).split("{")[0] not in done.stdout  # type: ignore[arg-type]
        if action == "status":
            assert remind_ui("undo_timer")(lang) in shown  # type: ignore[arg-type]


@pytest.mark.parametrize("state", ["foreign timer", "foreign service", "edited timer"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_status_never_calls_an_enabled_timer_of_files_not_primehelps_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: str, lang: str
) -> None:
    """Review 42b, item 1: an enabled timer primehelp did not write (no service), primehelp's
    timer with a service from elsewhere (/bin/true), or primehelp's timer edited to run weekly
    were 「毎日の確認は有効です。毎日 9:00 に実行します」. Now: on, but primehelp cannot tell
    whether its check runs daily at 9:00, and install --force puts primehelp's files back."""
    from primehelp.remind import SERVICE, TIMER, WANTS, unit_files

    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    units = here / "xdg" / "systemd" / "user"
    (units / WANTS).mkdir(parents=True)
    ours = unit_files([*THIS_PROGRAM, "due", "--notify", "--lang", lang], {})
    timer = {
        "foreign timer": FOREIGN,
        "foreign service": ours[TIMER],
        "edited timer": ours[TIMER].replace(b"OnCalendar=", b"OnCalendar=Mon 03:00:00\n#"),
    }[state]
    (units / TIMER).write_bytes(timer)
    if state == "foreign service":
        (units / SERVICE).write_bytes(b"[Service]\nExecStart=/bin/true\n")
    elif state == "edited timer":
        (units / SERVICE).write_bytes(ours[SERVICE])
    (units / WANTS / TIMER).symlink_to(units / TIMER)  # what `systemctl --user enable` makes
    done = run("remind", "status", "--lang", lang, "--json", env=env)
    assert done.json()["data"]["enabled"] is True  # the state is read as on
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert remind_ui("enabled")(lang) not in done.stdout  # type: ignore[arg-type]
    flat = " ".join(done.stdout.split())
    # a timer alone starts the service that is not there: nothing runs (review 43b item 5, r51)
    said = "service_missing" if state == "foreign timer" else "timer_on_not_ours"
    said = "timer_on_changed" if state == "edited timer" else said  # review 51b item 12
    assert " ".join(remind_ui(said)(lang).split()) in flat  # type: ignore[arg-type]
    if state == "foreign timer":
        assert "primehelp remind install --force" in done.stdout.splitlines()
    else:  # after its label, in backticks (review 51b item 12)
        assert "`primehelp remind install --force`" in flat
