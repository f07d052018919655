"""The alarms of the calendar file: at the time of day asked, on the days asked, on one event.

Checked on the parsed triggers (icalendar and the ``ics`` package): local midnight of the
event's day + TRIGGER must be the alarm time on renewal − n.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import ics as ics_package
from hypothesis import given, settings
from hypothesis import strategies as st

from primehelp.calendar_options import (
    ALARM_CARRIERS,
    MAX_ALARM_DAYS,
    CalendarOptions,
    EventKind,
    alarm_order,
)
from primehelp.ics import alarm_carrier, alarm_trigger, calendar_bytes, calendar_events
from tests.support.calendar_files import NINE, STAMP, at, entry, events, ring_times

ASKED = CalendarOptions(alarm_days=alarm_order({7, 3, 1}), alarm_time=NINE)  # --alarms 7,3,1
SCHEDULE = [entry(dt.date(2026, 1, 31)), entry(dt.date(2026, 2, 28)), entry(dt.date(2026, 3, 31))]


# --- alarms ---------------------------------------------------------------------------------


def test_alarms_7_3_1_at_9_ring_at_nine_local_on_the_right_days() -> None:
    """The acceptance check, on icalendar's parse: the renewal event carries three alarms."""
    data = calendar_bytes(SCHEDULE, "en", STAMP, ASKED)
    for renewal in SCHEDULE:
        day = renewal.renewal_date
        (event,) = [e for e in events(data) if e.decoded("DTSTART") == day]
        assert sorted(ring_times(event)) == [at(day - dt.timedelta(days=n)) for n in (7, 3, 1)]
        (cancel_by,) = [e for e in events(data) if e.decoded("DTSTART") == renewal.cancel_by]
        assert cancel_by.walk("VALARM") == []  # no day rings twice
    assert data.count(b"TRIGGER:-PT15H\r\n") == len(SCHEDULE)  # 09:00 the day before
    assert data.count(b"TRIGGER:-P2DT15H\r\n") == len(SCHEDULE)
    assert data.count(b"TRIGGER:-P6DT15H\r\n") == len(SCHEDULE)


def test_the_ics_package_reads_the_same_ring_times() -> None:
    text = calendar_bytes(SCHEDULE, "ja", STAMP, ASKED).decode("utf-8")
    parsed = sorted(ics_package.Calendar(text).events, key=lambda e: e.begin)
    assert len(parsed) == 2 * len(SCHEDULE)
    for event in parsed:
        assert event.all_day
        assert (event.end - event.begin) == dt.timedelta(days=1)
        assert event.uid.endswith("@primehelp")
    renewals = [e for e in parsed if e.alarms]
    assert [e.begin.date() for e in renewals] == [e.renewal_date for e in SCHEDULE]
    for event in renewals:
        midnight = at(event.begin.date(), dt.time())
        rings = sorted(midnight + alarm.trigger for alarm in event.alarms)
        assert rings == [at(event.begin.date() - dt.timedelta(days=n)) for n in (7, 3, 1)]


def test_alarm_texts_say_how_far_the_renewal_is() -> None:
    options = CalendarOptions(alarm_days=(1, 3, 0), alarm_time=NINE)
    typed = dataclasses.replace(entry(dt.date(2026, 12, 31)), given=True)  # not an estimate
    (_, renewal) = calendar_events([typed], "en", options)
    texts = [text for _, text in renewal.alarms]
    # Review 10b S 23: the 1-day alarm names the charge too, as the 3- and 7-day ones do.
    assert texts[0] == (
        "Amazon Prime renews tomorrow (2026-12-31) and the fee is charged. "
        "If you mean to cancel, do it today."  # review 31b S 14
    )
    assert texts[1].startswith("Amazon Prime renews in 3 days (2026-12-31)")
    assert "by the cancel-by date, 2026-12-30" in texts[1]  # one name (review 36b item 10)
    assert texts[2].startswith("Today (2026-12-31) is Amazon Prime's renewal date. Unless you")
    # review 23b S 12; the renewal day's command, with its date (review 61b S 9)
    assert '"primehelp cancel --renewal 2026-12-31" explains' in texts[2] and "`" not in texts[2]


def test_an_alarm_on_the_renewal_day_and_another_time_of_day() -> None:
    options = CalendarOptions(alarm_days=(1, 0), alarm_time=dt.time(18, 45))
    data = calendar_bytes([entry(dt.date(2028, 3, 1))], "en", STAMP, options)
    assert b"TRIGGER:-PT5H15M\r\n" in data and b"TRIGGER:PT18H45M\r\n" in data
    (_, renewal) = events(data)
    assert ring_times(renewal) == [at(dt.date(2028, 2, 29), dt.time(18, 45)),
                                   at(dt.date(2028, 3, 1), dt.time(18, 45))]  # fmt: skip


def test_without_the_renewal_event_the_last_safe_day_carries_the_alarms() -> None:
    options = CalendarOptions(events=frozenset({EventKind.CANCEL_BY}), alarm_time=NINE)
    (event,) = events(calendar_bytes([entry(dt.date(2026, 12, 31))], "en", STAMP, options))
    assert event.decoded("DTSTART") == dt.date(2026, 12, 30)
    assert sorted(ring_times(event)) == [at(dt.date(2026, 12, 31) - dt.timedelta(days=n))
                                         for n in (7, 3, 1)]  # fmt: skip


def test_which_event_carries_the_alarms() -> None:
    assert alarm_carrier(EventKind) is EventKind.RENEWAL
    assert alarm_carrier({EventKind.NOTICE, EventKind.CANCEL_BY}) is EventKind.CANCEL_BY
    assert alarm_carrier({EventKind.NOTICE}) is EventKind.NOTICE
    assert alarm_carrier({EventKind.STUDENT_END}) is None
    assert alarm_carrier(()) is None


def test_no_alarms_when_asked_for_none() -> None:
    data = calendar_bytes(SCHEDULE, "en", STAMP, CalendarOptions(alarm_days=()))
    assert b"VALARM" not in data


def test_triggers_by_example() -> None:
    """Relative to local midnight of the event's day, never the midnight itself."""
    renewal = dt.date(2026, 12, 31)
    assert alarm_trigger(renewal, renewal - dt.timedelta(days=1), NINE) == -dt.timedelta(hours=15)
    assert alarm_trigger(renewal, renewal - dt.timedelta(days=7), NINE) == -dt.timedelta(
        days=6, hours=15
    )
    assert alarm_trigger(renewal, renewal, NINE) == dt.timedelta(hours=9)
    assert alarm_trigger(
        renewal, renewal - dt.timedelta(days=60), dt.time(23, 59)
    ) == -dt.timedelta(days=59, minutes=1)


DAYS = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2999, 12, 31))
OPTIONS = st.builds(
    CalendarOptions,
    events=st.sets(st.sampled_from(list(EventKind))).map(frozenset),
    alarm_days=st.sets(st.integers(0, MAX_ALARM_DAYS), max_size=6).map(alarm_order),
    alarm_time=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)


@settings(max_examples=150, deadline=None)
@given(day=DAYS, options=OPTIONS, trial=st.booleans())
def test_every_alarm_rings_at_the_time_asked_on_its_day(
    day: dt.date, options: CalendarOptions, trial: bool
) -> None:
    """Whatever the events, days and time: one carrier, each alarm at TIME on renewal − n."""
    data = calendar_bytes([entry(day, trial=trial)], "ja", STAMP, options)
    found = events(data)
    carriers = [event for event in found if event.walk("VALARM")]
    kind = alarm_carrier(options.events)
    # review 38b item 9: never an alarm after the day of the event that carries it
    kept = [n for n in options.alarm_days if kind is not None and n >= ALARM_CARRIERS[kind]]
    if not kept:
        assert carriers == []
        return
    (carrier,) = carriers
    # review 39b S 7: an alarm on the carrier's own day (a positive trigger) after the others
    own = ALARM_CARRIERS[kind]
    zero = options.alarm_time == dt.time(0, 0)
    kept = sorted(kept, key=lambda n: n == own and not zero)
    expected = [at(day - dt.timedelta(days=n), options.alarm_time) for n in kept]
    assert ring_times(carrier) == expected
    assert all(a.decoded("TRIGGER") < dt.timedelta(days=1) for a in carrier.walk("VALARM"))
    if options.alarm_time != dt.time(0, 0):
        assert all(ring.time() != dt.time(0, 0) for ring in ring_times(carrier))
    if EventKind.RENEWAL in options.events:  # before the renewal day: a negative trigger
        triggers = [a.decoded("TRIGGER") for a in carrier.walk("VALARM")]
        assert all((t < dt.timedelta(0)) == (n > 0) for t, n in zip(triggers, kept, strict=True))


def test_the_docs_trigger_table_is_what_the_file_says() -> None:
    """docs/renewal.md's table of --alarms days and TRIGGER values, against the writer."""
    from pathlib import Path

    from primehelp.icalendar_text import format_duration

    readme = (Path(__file__).resolve().parents[1] / "docs" / "renewal.md").read_text("utf-8")
    rows = re.findall(r"^\| (\d+) \| 09:00, [^|]+ \| `([^`]+)` \|$", readme, flags=re.MULTILINE)
    assert [int(n) for n, _ in rows] == [7, 3, 1, 0]
    renewal = dt.date(2026, 12, 31)
    for days, shown in rows:
        alarm_day = renewal - dt.timedelta(days=int(days))
        assert format_duration(alarm_trigger(renewal, alarm_day, NINE)) == shown


def test_s23_every_alarm_names_the_charge_and_the_notice_says_3_days_or_so() -> None:
    """Review 10b S 23: 「会費が請求されます」 in the 1-day alarm too; 「3日ほど前」 as on the screens."""
    kinds = frozenset({EventKind.RENEWAL, EventKind.NOTICE})
    options = CalendarOptions(events=kinds, alarm_days=(7, 3, 1), alarm_time=NINE)
    made = calendar_events([entry(dt.date(2026, 12, 31))], "ja", options)
    (renewal,) = [event for event in made if event.kind is EventKind.RENEWAL]
    (notice,) = [event for event in made if event.kind is EventKind.NOTICE]
    for _, text in renewal.alarms:
        assert "会費が請求されます" in text, text
    described = notice.description
    assert "3日ほど前" in described and "約3日前" not in described
