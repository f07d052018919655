"""The calendar file: valid RFC 5545 for two independent parsers, stable UIDs, CRLF."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

import icalendar
import ics as ics_package
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from primehelp.ics import CalendarEntry, calendar_bytes, entry_from, event_uid

STAMP = dt.datetime(2026, 11, 25, 19, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def entry(renewal: dt.date, fee: int | None = 5900, plan: str | None = "annual") -> CalendarEntry:
    return CalendarEntry(
        renewal_date=renewal,
        notice_date=renewal - dt.timedelta(days=3),
        cancel_by=renewal - dt.timedelta(days=1),
        fee_yen=fee,
        plan=plan,
    )


SCHEDULE = [entry(dt.date(2026, 1, 31)), entry(dt.date(2026, 2, 28)), entry(dt.date(2026, 3, 31))]


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_crlf_line_ends_only() -> None:
    data = calendar_bytes(SCHEDULE, "ja", STAMP)
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")


def test_lines_are_folded_to_75_octets() -> None:
    data = calendar_bytes(SCHEDULE, "ja", STAMP)
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_calendar_header() -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes(SCHEDULE, "en", STAMP))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//primehelp//")
    assert calendar["CALSCALE"] == "GREGORIAN"


def test_one_all_day_event_per_renewal() -> None:
    found = events(calendar_bytes(SCHEDULE, "ja", STAMP))
    assert [e.decoded("DTSTART") for e in found] == [e.renewal_date for e in SCHEDULE]
    for event in found:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date
        assert end - start == dt.timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 25, 10, 30, 5, tzinfo=dt.UTC)


def test_two_alarms_three_days_and_one_day_before() -> None:
    data = calendar_bytes(SCHEDULE, "ja", STAMP)
    assert data.count(b"TRIGGER:-P3D\r\n") == len(SCHEDULE)
    assert data.count(b"TRIGGER:-P1D\r\n") == len(SCHEDULE)
    for event in events(data):
        alarms = event.walk("VALARM")
        assert len(alarms) == 2
        assert sorted(a.decoded("TRIGGER") for a in alarms) == [
            dt.timedelta(days=-3),
            dt.timedelta(days=-1),
        ]
        assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in alarms)


def test_alarm_days_are_the_notice_and_cancel_by_dates() -> None:
    for event, item in zip(events(calendar_bytes(SCHEDULE, "en", STAMP)), SCHEDULE, strict=True):
        start = event.decoded("DTSTART")
        triggers = sorted(start + a.decoded("TRIGGER") for a in event.walk("VALARM"))
        assert triggers == [item.notice_date, item.cancel_by]


def test_parses_with_the_independent_ics_package() -> None:
    text = calendar_bytes(SCHEDULE, "ja", STAMP).decode("utf-8")
    calendar = ics_package.Calendar(text)
    parsed = sorted(calendar.events, key=lambda e: e.begin)
    assert [e.begin.date() for e in parsed] == [e.renewal_date for e in SCHEDULE]
    for event in parsed:
        assert event.all_day
        assert (event.end - event.begin) == dt.timedelta(days=1)
        assert sorted(a.trigger for a in event.alarms) == [
            dt.timedelta(days=-3),
            dt.timedelta(days=-1),
        ]
        assert event.uid.endswith("@primehelp")


def test_uids_are_stable_and_distinct() -> None:
    first = [str(e["UID"]) for e in events(calendar_bytes(SCHEDULE, "ja", STAMP))]
    later = STAMP + dt.timedelta(days=40)
    again = [str(e["UID"]) for e in events(calendar_bytes(SCHEDULE, "en", later))]
    assert first == again
    assert len(set(first)) == len(first)
    assert all(uid.endswith("@primehelp") for uid in first)


def test_uids_are_the_uuid5_of_the_renewal_date() -> None:
    """The UIDs are uuid.uuid5 of the renewal date (as before the private _sha1 was dropped)."""
    namespace = uuid.uuid5(uuid.NAMESPACE_DNS, "renewal.primehelp.invalid")
    day = dt.date(1990, 1, 1)
    while day < dt.date(2100, 1, 1):
        assert event_uid(day) == f"{uuid.uuid5(namespace, day.isoformat())}@primehelp"
        day += dt.timedelta(days=7)
    assert event_uid(dt.date(2026, 12, 31)) != event_uid(dt.date(2027, 12, 31))


def test_uid_depends_on_the_renewal_date_only() -> None:
    """Adding --plan later updates the same events instead of adding duplicates."""
    day = dt.date(2026, 12, 31)
    with_plan = events(calendar_bytes([entry(day)], "ja", STAMP))
    without = events(calendar_bytes([entry(day, fee=None, plan=None)], "ja", STAMP))
    assert str(with_plan[0]["UID"]) == str(without[0]["UID"]) == event_uid(day)


def test_texts_follow_the_language() -> None:
    ja = events(calendar_bytes([entry(dt.date(2026, 12, 31))], "ja", STAMP))[0]
    en = events(calendar_bytes([entry(dt.date(2026, 12, 31))], "en", STAMP))[0]
    assert str(ja["SUMMARY"]) == "Amazonプライムの自動更新日（年間プラン・5,900円）"
    assert str(en["SUMMARY"]) == "Amazon Prime renews (annual plan, ¥5,900)"
    for event in (ja, en):
        description = str(event["DESCRIPTION"])
        assert "2026-12-30" in description  # cancel_by
        assert "2026-12-28" in description  # notice_date
        assert "「更新前にお知らせを受ける」" in description
        assert "https://www.amazon.co.jp/gp/primecentral" in description
    assert "off by default" in str(en["DESCRIPTION"])
    assert "初期設定では届きません" in str(ja["DESCRIPTION"])


def test_summary_without_plan_or_fee() -> None:
    day = dt.date(2026, 12, 31)
    bare = events(calendar_bytes([entry(day, fee=None, plan=None)], "en", STAMP))[0]
    assert str(bare["SUMMARY"]) == "Amazon Prime renews"
    no_fee = events(calendar_bytes([entry(day, fee=None, plan="monthly")], "en", STAMP))[0]
    assert str(no_fee["SUMMARY"]) == "Amazon Prime renews (monthly plan)"


def test_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        calendar_bytes(SCHEDULE, "ja", dt.datetime(2026, 11, 25))


class Plan(StrEnum):
    STUDENT_ANNUAL = "student-annual"


@dataclass(frozen=True)
class Row:
    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    fee_yen: int
    plan: Plan


def test_entry_from_any_renewal_like_object() -> None:
    row = Row(
        dt.date(2027, 1, 1), dt.date(2026, 12, 29), dt.date(2026, 12, 31), 2950, Plan.STUDENT_ANNUAL
    )
    assert entry_from(row) == CalendarEntry(
        dt.date(2027, 1, 1), dt.date(2026, 12, 29), dt.date(2026, 12, 31), 2950, "student-annual"
    )
    assert entry_from(row, plan="monthly").plan == "monthly"


def test_building_a_calendar_imports_no_icalendar() -> None:
    """primehelp writes the file itself: icalendar is a dev dependency (the tests' reference)."""
    import subprocess
    import sys

    code = (
        "import sys, datetime as dt, primehelp.cli, primehelp.ics, primehelp.profile, "
        "primehelp.storage\n"
        "from primehelp.ics import CalendarEntry, calendar_bytes\n"
        "day = dt.date(2026, 12, 31)\n"
        "entry = CalendarEntry(day, day - dt.timedelta(days=3), day - dt.timedelta(days=1))\n"
        "data = calendar_bytes([entry], 'ja', dt.datetime.now(dt.UTC))\n"
        "print(data.count(b'BEGIN:VEVENT'), 'icalendar' in sys.modules, 'platformdirs' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["1", "False", "False"]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_any_date_gives_a_valid_next_day_event(day: dt.date) -> None:
    (event,) = events(calendar_bytes([entry(day)], "en", STAMP))
    assert event.decoded("DTSTART") == day
    assert event.decoded("DTEND") == day + dt.timedelta(days=1)
    triggers = sorted(day + a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [day - dt.timedelta(days=3), day - dt.timedelta(days=1)]
    assert str(event["UID"]) == event_uid(day)
