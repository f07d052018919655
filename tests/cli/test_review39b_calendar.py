"""Review 39b S 7, S 8 and 40b S 7 (round 46): the calendar's alarms already past, events
already past, and an alarm on its event's own day written first."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()
TODAY = dt.date(2026, 12, 6)
# renewal dates from today to 61 days ahead, every kind of carrier, with and without alarms asked
RENEWALS = [TODAY + dt.timedelta(days=n) for n in (0, 1, 2, 3, 4, 7, 8, 18, 31, 61)]
CASES = [
    ("renewal,cancel-by", "60,30,7,3,1,0"),
    ("renewal,cancel-by", None),
    ("cancel-by", None),
    ("cancel-by", "30,7,1"),
    ("notice", "7,3"),
]


def _alarms(stdout: str) -> list[tuple[dt.date, list[dt.timedelta]]]:
    calendar = icalendar.Calendar.from_ical(stdout)
    return [
        (event["DTSTART"].dt, [alarm["TRIGGER"].dt for alarm in event.walk("VALARM")])
        for event in calendar.walk("VEVENT")
    ]


@pytest.mark.parametrize("renewal", RENEWALS)
@pytest.mark.parametrize(("events", "alarms"), CASES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_alarm_rings_before_today_and_what_is_past_is_said(
    renewal: dt.date, events: str, alarms: str | None, lang: str
) -> None:
    """39b S 8, 40b S 7: alarms of a day before today were written with no word (they never
    ring, or ring at once as missed). Now none is written, and stderr names each one left
    out; an event already past (when not all are) is named with its date."""
    args = ["--lang", lang, "renewal", renewal.isoformat(), "--today", TODAY.isoformat()]
    args += ["--ics", "-", "--events", events] + ([] if alarms is None else ["--alarms", alarms])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    asked = [7, 3, 1] if alarms is None else [int(n) for n in alarms.split(",")]
    carrier_offset = 0 if "renewal" in events else 1 if "cancel-by" in events else 3
    written = [n for n in asked if n >= carrier_offset]
    past = [n for n in written if renewal - dt.timedelta(days=n) < TODAY]
    for day, triggers in _alarms(result.stdout):
        for trigger in triggers:
            rings = dt.datetime.combine(day, dt.time()) + trigger
            assert rings.date() >= TODAY, (day, trigger)
    count = sum(len(triggers) for _, triggers in _alarms(result.stdout))
    assert count == len(written) - len(past)
    days = [day for day, _ in _alarms(result.stdout)]
    if all(day < TODAY for day in days):  # every event past: that note says it (and --plan)
        assert (
            "すべて過去" in result.stderr or "every event written is in the past" in result.stderr
        )
    elif past:
        # each day in full, 「7日前と3日前」 for two (review 53b item 17)
        ja = ("と" if len(past) == 2 else "・").join(f"{n}日前" for n in past)
        said = ja if lang == "ja" else ",".join(map(str, past))
        assert said in result.stderr, result.stderr
        assert (
            "すでに過ぎているため付けていません" if lang == "ja" else "already past"
        ) in result.stderr
    else:
        assert "すでに過ぎている" not in result.stderr and "already past" not in result.stderr
    some_past = any(day < TODAY for day in days) and not all(day < TODAY for day in days)
    assert some_past == (
        "は、すでに過ぎています" in result.stderr or "already passed" in result.stderr
    )


def test_a_renewal_today_says_its_alarms_and_cancel_by_date_are_past() -> None:
    """39b S 8 as quoted: renewal today, the default calendar."""
    args = ["--lang", "ja", "renewal", "2026-12-05", "--today", "2026-12-05", "--ics", "-"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "TRIGGER" not in result.stdout
    assert (
        "更新日の7日前・3日前・1日前の通知は、すでに過ぎているため付けていません。" in result.stderr
    )
    assert "解約の目安日（2026年12月4日）は、すでに過ぎています。" in result.stderr


@pytest.mark.parametrize("events", ["renewal", "cancel-by", "notice", "renewal,cancel-by,notice"])
@pytest.mark.parametrize("alarms", [None, "0", "1", "3", "7,3,1,0", "7,3", "3,0", "none"])
@pytest.mark.parametrize("at", ["09:00", "00:00", "23:30"])
def test_the_first_alarm_is_never_positive_unless_said(
    events: str, alarms: str | None, at: str
) -> None:
    """39b S 7: `--events cancel-by` alone wrote PT9H first (Outlook keeps the first and reads
    it as before the start: 15:00 the day before) and `--alarms 0` only PT9H, with no word.
    Now an alarm on the event's own day comes after the others; when it is the only kind, a
    line on stderr says what Outlook may do."""
    args = ["--lang", "en", "renewal", "2026-12-31", "--today", "2026-12-05", "--ics", "-"]
    args += ["--events", events, "--alarm-time", at]
    args += [] if alarms is None else ["--alarms", alarms]
    result = runner.invoke(app, args)
    if result.exit_code == 2:  # an alarm after its carrier: refused (review 38b item 9)
        return
    assert result.exit_code == 0, result.stderr
    firsts = [triggers[0] for _, triggers in _alarms(result.stdout) if triggers]
    positive = any(first > dt.timedelta(0) for first in firsts)
    assert positive == ("Outlook may ring them the day before" in result.stderr), result.stderr
    for _, triggers in _alarms(result.stdout):
        if any(trigger <= dt.timedelta(0) for trigger in triggers):
            assert triggers[0] <= dt.timedelta(0), triggers
