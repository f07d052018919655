"""--events, --alarms and --alarm-time: what each accepts, and the one line it refuses with."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp.calendar_options import (
    DEFAULT_ALARM_DAYS,
    DEFAULT_ALARM_TIME,
    DEFAULT_EVENTS,
    MAX_ALARM_DAYS,
    CalendarOptions,
    EventKind,
    alarm_order,
    calendar_options,
    parse_alarm_days,
    parse_alarm_time,
    parse_events,
)
from primehelp.errors import BadInput


def test_the_defaults() -> None:
    """Renewal and last safe day (and a Student switch) as events; 7, 3, 1 days at 09:00."""
    assert calendar_options(None, None, None) == CalendarOptions()
    assert {EventKind.RENEWAL, EventKind.CANCEL_BY, EventKind.STUDENT_END} == DEFAULT_EVENTS
    assert EventKind.NOTICE not in DEFAULT_EVENTS
    assert sorted(DEFAULT_ALARM_DAYS) == [1, 3, 7]
    assert dt.time(9, 0) == DEFAULT_ALARM_TIME


@pytest.mark.parametrize(
    ("raw", "kinds"),
    [
        ("renewal", {EventKind.RENEWAL}),
        ("renewal,cancel-by,notice", {EventKind.RENEWAL, EventKind.CANCEL_BY, EventKind.NOTICE}),
        (" Cancel_By , NOTICE ", {EventKind.CANCEL_BY, EventKind.NOTICE}),
        ("ｓｔｕｄｅｎｔ－ｅｎｄ", {EventKind.STUDENT_END}),
        ("ｎｏｔｉｃｅ，ｒｅｎｅｗａｌ", {EventKind.NOTICE, EventKind.RENEWAL}),
        ("notice,notice", {EventKind.NOTICE}),
    ],
)
def test_events_accepted(raw: str, kinds: set[EventKind]) -> None:
    assert parse_events(raw) == kinds


@pytest.mark.parametrize("raw", ["", "charge", "renewal,", "renewal;notice", "all", "解約"])
def test_events_refused_naming_every_kind(raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_events(raw)
    for kind in EventKind:
        assert kind.value in refused.value.message.en
        assert kind.value in refused.value.message.ja
    assert "--events" in refused.value.message.en


@pytest.mark.parametrize(
    ("raw", "days"),
    [
        ("7,3,1", (1, 3, 7)),
        ("1,3,7", (1, 3, 7)),
        ("0,1", (1, 0)),
        ("60", (60,)),
        ("0", (0,)),
        (" 7 , 3 ", (3, 7)),
        ("７，３，１", (1, 3, 7)),
        ("3,3,03", (3,)),
        ("none", ()),
        ("ＮＯＮＥ", ()),
    ],
)
def test_alarm_days_accepted(raw: str, days: tuple[int, ...]) -> None:
    assert parse_alarm_days(raw) == days


@pytest.mark.parametrize(
    "raw",
    ["", "61", "-1", "7,-1", "1.5", "7,,1", "7,3,", ",", "seven", "7d", "1000", "9" * 5000,
     "６１", "none,7", "٣"],
)  # fmt: skip
def test_alarm_days_refused_naming_the_range(raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_alarm_days(raw)
    assert f"0 to {MAX_ALARM_DAYS}" in refused.value.message.en
    assert f"0〜{MAX_ALARM_DAYS}" in refused.value.message.ja
    assert len(refused.value.message.en) < 200


@given(st.sets(st.integers(0, MAX_ALARM_DAYS), min_size=1))
def test_any_days_in_range_read_back_in_alarm_order(days: set[int]) -> None:
    parsed = parse_alarm_days(",".join(str(d) for d in sorted(days, reverse=True)))
    assert set(parsed) == days
    assert parsed == alarm_order(days)


def test_alarm_order_puts_the_last_safe_day_first_and_the_renewal_day_last() -> None:
    """An app that keeps one alarm per event (Outlook) keeps the one nearest the deadline."""
    assert alarm_order({7, 3, 1}) == (1, 3, 7)
    assert alarm_order({0, 2, 1, 60}) == (1, 2, 60, 0)
    assert alarm_order({0}) == (0,)


@pytest.mark.parametrize(
    ("raw", "time"),
    [
        ("09:00", dt.time(9, 0)),
        ("9:00", dt.time(9, 0)),
        (" 21:30 ", dt.time(21, 30)),
        ("０８：４５", dt.time(8, 45)),
        ("00:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
    ],
)
def test_alarm_time_accepted(raw: str, time: dt.time) -> None:
    assert parse_alarm_time(raw) == time


@pytest.mark.parametrize(
    "raw",
    ["", "24:00", "09:60", "0900", "9", "09:00:00", "9am", "09.00", "-09:00", "9:0", "morning",
     "9時", "２４：００", "٠٩:٠٠", "123:00"],
)  # fmt: skip
def test_alarm_time_refused_naming_the_form(raw: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_alarm_time(raw)
    # the form in words, with an example (review 50b S 5: 「HH:MM」 is a format's notation)
    assert "24-hour clock, as in `09:00`" in refused.value.message.en
    assert "24時間制で `09:00` のように" in refused.value.message.ja
    assert "--alarm-time" in refused.value.message.en


@given(st.times())
def test_every_minute_of_the_day_reads_back(time: dt.time) -> None:
    assert parse_alarm_time(f"{time.hour:02}:{time.minute:02}") == time.replace(
        second=0, microsecond=0
    )
