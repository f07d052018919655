"""primehelp's RFC 5545 writer writes the bytes icalendar 7.3 wrote, and valid RFC 5545.

icalendar is a dev dependency only: the reference here. ``reference_bytes`` builds the calendar
the way primehelp/ics.py did with icalendar (commit 897404f); the writer must match it byte for
byte, for our real calendars (every event kind, alarms at any time of day) and for arbitrary
texts, and icalendar must read the values back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar.prop import vDuration

from primehelp import ics
from primehelp.calendar_options import DEFAULT_OPTIONS, CalendarOptions, EventKind
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.icalendar_text import (
    Calendar,
    escape_text,
    fold,
    format_date,
    format_duration,
    format_utc,
    text_property,
)
from primehelp.plans import Plan

STAMP = dt.datetime(2026, 11, 25, 19, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=9)))
PRODID = ics.PRODID
Alarms = Sequence[tuple[dt.timedelta, str]]
EventSpec = tuple[str, dt.date, str, str, Alarms]  # uid, day, summary, description, alarms


def reference_bytes(name: str, stamp: dt.datetime, events: Sequence[EventSpec]) -> bytes:
    """The calendar as primehelp/ics.py built it with icalendar before this writer."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for uid, day, summary, description, alarms in events:
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp.astimezone(dt.UTC).replace(microsecond=0))
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("transp", "TRANSPARENT")
        for trigger, text in alarms:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", trigger)
            alarm.add("description", text)
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def our_bytes(name: str, stamp: dt.datetime, events: Sequence[EventSpec]) -> bytes:
    calendar = Calendar(prodid=PRODID, name=name, stamp=stamp)
    for uid, day, summary, description, alarms in events:
        calendar.add_all_day_event(
            uid=uid, day=day, summary=summary, description=description, alarms=alarms
        )
    return calendar.to_ical()


NAME = re.compile(rb"[A-Z][A-Z-]*[;:]")


def assert_valid_lines(data: bytes) -> None:
    """RFC 5545 §3.1: CRLF only, ≤ 75 octets a line, no UTF-8 character split across lines."""
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line and b"\n" not in line
        assert len(line) <= 75
        line.decode("utf-8")  # raises if a fold cut a character in two
        assert line.startswith(b" ") or NAME.match(line), line  # a fold, or a property


def as_read_back(value: str) -> str:
    """What TEXT escaping keeps of ``value``: ``\\N`` and CR become LF, a leading BOM goes."""
    return (
        value.removeprefix("\ufeff").replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")
    )


# --- our real calendars -------------------------------------------------------------------

SHAPES = [(None, None), (None, "monthly"), *((12_345, plan.value) for plan in Plan)]
ENTRIES = [
    ics.CalendarEntry(day, day - dt.timedelta(days=3), day - dt.timedelta(days=1), fee, plan)
    for day in (dt.date(2026, 12, 31), dt.date(2028, 2, 29), dt.date(1999, 3, 1))
    for fee, plan in SHAPES
] + [
    ics.CalendarEntry(dt.date(2027, 5, 25), dt.date(2027, 5, 22), dt.date(2027, 5, 24), trial=True)
]
OPTIONS = [
    DEFAULT_OPTIONS,
    CalendarOptions(events=frozenset(EventKind), alarm_days=(1, 3, 7, 60, 0)),
    CalendarOptions(events=frozenset({EventKind.CANCEL_BY}), alarm_time=dt.time(18, 5)),
    CalendarOptions(alarm_days=()),
]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("options", OPTIONS, ids=["default", "every-kind", "cancel-by", "silent"])
@pytest.mark.parametrize("entries", [ENTRIES, ENTRIES[:1], []], ids=["all", "one", "empty"])
def test_our_calendars_are_byte_identical_to_icalendars(
    lang: Lang, options: CalendarOptions, entries: list[ics.CalendarEntry]
) -> None:
    """What --ics writes is what icalendar writes for the same events (the goldens hold few)."""
    switch = dt.date(2031, 5, 25)
    events = [
        (e.uid, e.day, e.summary, e.description, e.alarms)
        for e in ics.calendar_events(entries, lang, options, student_end=switch)
    ]
    name = ics.calendar_name(entries, lang)
    expected = reference_bytes(name, STAMP, events)
    assert ics.calendar_bytes(entries, lang, STAMP, options, student_end=switch) == expected
    assert_valid_lines(expected)
    if events:
        assert b"\r\n " in expected  # the probe folds
    if entries and options.alarm_days:
        assert b"BEGIN:VALARM" in expected


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_our_calendar_names_need_no_escaping(lang: Lang) -> None:
    """icalendar 7.2+ writes X-WR-CALNAME verbatim, we escape it: the same for our names."""
    for key in ("calendar_name", "calendar_name_trial"):
        for service in ("service_prime", "service_student"):
            name = ui(key, "ui_calendar")(lang).format(service=ui(service, "ui_calendar")(lang))
            assert escape_text(name) == name


# --- arbitrary texts and dates -------------------------------------------------------------

SPECIAL = [
    *"\\;,:^\"'\n\r\t N",
    "\r\n",
    "\\N",
    "\\n",
    "\\,",
    "日本語",
    "プライム",
    "😀",
    "👨‍👩‍👧",
    "é",
]
CONTROL = [chr(c) for c in (*range(0x20), 0x7F, 0x85)] + ["\u2028", "\u2029", "\ufeff"]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(SPECIAL),
        st.sampled_from(CONTROL),
        st.characters(blacklist_categories=("Cs",)),  # surrogates cannot be written as UTF-8
        st.sampled_from(["a" * 10, "あ" * 10, "😀" * 10]),  # long runs: folds at every offset
    ),
    max_size=80,
).map("".join)
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31))
# icalendar writes whole seconds: a trigger with microseconds would not read back.
TRIGGERS = st.integers(-400 * 86_400, 400 * 86_400).map(lambda s: dt.timedelta(seconds=s))
STAMPS = st.datetimes(
    min_value=dt.datetime(1900, 1, 2),
    max_value=dt.datetime(2999, 12, 30),
    timezones=st.just(dt.UTC),
)
EVENTS = st.lists(
    st.tuples(
        st.uuids().map(lambda u: f"{u}@primehelp"),
        DAYS,
        TEXT,
        TEXT,
        st.lists(st.tuples(TRIGGERS, TEXT), max_size=3),
    ),
    max_size=3,
)


@settings(max_examples=300, deadline=None)
@given(events=EVENTS, stamp=STAMPS)
@example(events=[("u@primehelp", dt.date(1900, 1, 1), "a" * 73 + "\\", "あ" * 30, [])], stamp=STAMP)
@example(events=[("u@primehelp", dt.date(2999, 12, 31), "x" * 200, "^" * 80, [])], stamp=STAMP)
def test_arbitrary_calendars_are_byte_identical_and_read_back(
    events: list[EventSpec], stamp: dt.datetime
) -> None:
    name = "Amazonプライム 更新日"
    ours = our_bytes(name, stamp, events)
    assert ours == reference_bytes(name, stamp, events)
    assert_valid_lines(ours)

    parsed = icalendar.Calendar.from_ical(ours)
    assert str(parsed["X-WR-CALNAME"]) == name
    found = list(parsed.walk("VEVENT"))
    assert len(found) == len(events)
    for event, (uid, day, summary, description, alarms) in zip(found, events, strict=True):
        assert str(event["UID"]) == uid
        assert event.decoded("DTSTART") == day
        assert event.decoded("DTEND") == day + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP") == stamp.replace(microsecond=0)
        assert str(event["SUMMARY"]) == as_read_back(summary)
        assert str(event["DESCRIPTION"]) == as_read_back(description)
        read = [(a.decoded("TRIGGER"), str(a["DESCRIPTION"])) for a in event.walk("VALARM")]
        assert read == [(t, as_read_back(text)) for t, text in alarms]


@settings(max_examples=300, deadline=None)
@given(TEXT.map(lambda t: "DESCRIPTION:" + escape_text(t)))
def test_folding_matches_icalendar_and_unfolds_to_the_line(line: str) -> None:
    from icalendar.parser import Contentline, Contentlines

    assert fold(line) == Contentline(line).to_ical().decode("utf-8")
    assert Contentlines.from_ical(fold(line) + "\r\n")[0] == line


@given(st.timedeltas())
def test_durations_are_written_as_icalendar_writes_them(delta: dt.timedelta) -> None:
    assert format_duration(delta) == vDuration(delta).to_ical().decode("ascii")


# --- the pieces, by example ----------------------------------------------------------------


def test_escaping_by_example() -> None:
    assert escape_text("a,b;c\\d") == "a\\,b\\;c\\\\d"
    assert escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour"
    assert escape_text("\\N") == "\\n"  # as icalendar: backslash-N is taken as a line break
    assert escape_text("日本, 😀") == "日本\\, 😀"
    assert escape_text("tab\tand: colon") == "tab\tand: colon"
    assert text_property("SUMMARY", "\ufeff\ufeffa, b") == "SUMMARY:\ufeffa\\, b"  # as icalendar


def test_folding_by_example() -> None:
    assert fold("x" * 74) == "x" * 74
    assert fold("x" * 75) == "x" * 74 + "\r\n x"
    assert fold("x" * 148) == "x" * 74 + "\r\n " + "x" * 74
    # あ is 3 octets: 24 of them are 72, a 25th would make 75.
    assert fold("あ" * 25) == "あ" * 24 + "\r\n あ"
    # 😀 is 4 octets: 18 of them are 72, a 19th would make 76.
    assert fold("ab" + "😀" * 19) == "ab" + "😀" * 18 + "\r\n 😀"
    # A backslash is not left at a line's end: it moves down with what it escapes.
    assert fold("x" * 73 + "\\,") == "x" * 73 + "\r\n \\,"
    assert fold("x" * 73 + "^n") == "x" * 73 + "\r\n ^n"


def test_values_by_example() -> None:
    assert format_date(dt.date(1900, 1, 1)) == "19000101"
    assert format_date(dt.date(2999, 12, 31)) == "29991231"
    assert format_utc(STAMP) == "20261125T103005Z"
    assert format_duration(dt.timedelta(days=-3)) == "-P3D"
    assert format_duration(dt.timedelta(days=-1)) == "-P1D"
    assert format_duration(dt.timedelta(hours=1, seconds=5)) == "PT1H0M5S"
    assert format_duration(dt.timedelta(days=2, minutes=30)) == "P2DT30M"
    assert format_duration(dt.timedelta()) == "P0D"


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Calendar(prodid=PRODID, name="n", stamp=dt.datetime(2026, 11, 25))


def test_an_empty_calendar() -> None:
    data = Calendar(prodid=PRODID, name="n", stamp=STAMP).to_ical()
    assert data == reference_bytes("n", STAMP, [])
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert data.endswith(b"X-WR-CALNAME:n\r\nEND:VCALENDAR\r\n")
