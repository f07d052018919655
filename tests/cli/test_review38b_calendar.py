"""Review 38b (round 45): the calendar options where they cannot apply (item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()
# every command and date kind where student-end has no day: a paid renewal, a regular trial
NO_STUDENT_END = [
    ("renewal", "2026-12-31", "--today", "2026-12-05"),
    ("renewal", "2026-12-31", "--today", "2026-12-05", "--plan", "annual"),
    ("trial", "2026-11-25", "--today", "2026-12-05"),
]
OTHERS = ["renewal", "cancel-by", "notice", "renewal,cancel-by,notice"]


@pytest.mark.parametrize("command", NO_STUDENT_END)
@pytest.mark.parametrize("others", OTHERS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_student_end_listed_where_it_has_no_day_is_refused(
    command: tuple[str, ...], others: str, lang: str, tmp_path: Path
) -> None:
    """Item 8: student-end next to another kind was dropped silently (exit 0, a calendar
    without it); now it is refused as it is alone: exit 2, nothing written, the cause named,
    with the --events to give instead."""
    target = tmp_path / "x.ics"
    events = f"{others},student-end"
    args = [*command, "--events", events, "--ics", str(target), "--lang", lang, "--save"]
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path / "config")}
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 2, result.stdout
    assert not target.exists() and not (tmp_path / "config" / "profile.json").exists()
    assert "student-end" in result.stderr and f"--events {others}" in result.stderr
    # on stdout: nothing either
    out = runner.invoke(app, [*command, "--events", events, "--ics", "-"], env=env)
    assert out.exit_code == 2 and "BEGIN:VCALENDAR" not in out.stdout


def test_student_end_next_to_another_kind_on_a_student_trial_is_written(tmp_path: Path) -> None:
    args = ["trial", "2026-11-25", "--student", "--today", "2026-12-05"]
    result = runner.invoke(app, [*args, "--events", "renewal,student-end", "--ics", "-"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("BEGIN:VEVENT") == 2


# ---------------------------------------------------------------- item 9: alarms after the event

KINDS = ["renewal", "cancel-by", "notice"]
SUBSETS = [
    ",".join(k for i, k in enumerate(KINDS) if mask >> i & 1) for mask in range(1, 2 ** len(KINDS))
]


@pytest.mark.parametrize("events", SUBSETS)
@pytest.mark.parametrize("alarms", [None, "7,3,1,0", "0", "1", "2", "3", "7,3", "none"])
def test_no_alarm_is_after_the_day_of_the_event_that_carries_it(
    events: str, alarms: str | None
) -> None:
    """Item 9: with --events notice (or cancel-by) alone the alarms of later days were positive
    triggers after the event, which Outlook rings days too early. For every kind of event and
    alarm: an alarm rings on or before its event's day (a trigger under one day), and every
    alarm asked for is written, or the command refuses (exit 2, no calendar) saying why."""
    import datetime as dt

    from icalendar import Calendar

    args = ["renewal", "2026-12-31", "--today", "2026-12-05", "--events", events, "--ics", "-"]
    args += [] if alarms is None else ["--alarms", alarms]
    result = runner.invoke(app, [*args, "--lang", "en"])
    asked = {7, 3, 1} if alarms is None else set()
    if alarms not in (None, "none"):
        asked = {int(n) for n in alarms.split(",")}
    triggers = (
        [
            alarm["TRIGGER"].dt
            for event in Calendar.from_ical(
                result.stdout or "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
            ).walk("VEVENT")
            for alarm in event.walk("VALARM")
        ]
        if result.exit_code == 0
        else []
    )
    assert all(trigger < dt.timedelta(days=1) for trigger in triggers), triggers
    if result.exit_code == 2:
        assert alarms is not None  # only alarms asked for are refused, never the defaults
        assert "BEGIN:VCALENDAR" not in result.stdout and "--alarms" in result.stderr
    else:
        assert result.exit_code == 0, result.stderr
        left_out = asked - {
            n
            for n in asked
            if n
            >= {"renewal": 0, "cancel-by": 1, "notice": 3}[
                next(k for k in KINDS if k in events.split(","))
            ]
        }
        assert len(triggers) == len(asked) - len(left_out)
        assert (left_out != set()) == ("left out" in result.stderr), result.stderr


def test_notice_alone_refuses_the_alarms_after_it_in_japanese() -> None:
    args = ["renewal", "2026-12-31", "--today", "2026-12-05", "--events", "notice"]
    result = runner.invoke(app, [*args, "--alarms", "7,3,1,0", "--ics", "-", "--lang", "ja"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--alarms 7,3" in result.stderr and "renewal" in result.stderr
