"""Calendar files for the tests: entries to write, and reading back what an alarm means."""

from __future__ import annotations

import datetime as dt

import icalendar

from primehelp.ics import CalendarEntry

STAMP = dt.datetime(2026, 11, 25, 19, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=9)))
NINE = dt.time(9, 0)


def entry(
    renewal: dt.date, fee: int | None = 5900, plan: str | None = "annual", trial: bool = False
) -> CalendarEntry:
    """A renewal with its reminder-mail day (− 3) and last safe day (− 1)."""
    return CalendarEntry(
        renewal_date=renewal,
        notice_date=renewal - dt.timedelta(days=3),
        cancel_by=renewal - dt.timedelta(days=1),
        fee_yen=fee,
        plan=plan,
        trial=trial,
    )


def events(data: bytes) -> list[icalendar.Event]:
    """The VEVENTs of a calendar file, as icalendar reads them."""
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def ring_times(event: icalendar.Event) -> list[dt.datetime]:
    """When each alarm of an all-day event rings, in floating local time, in file order:
    local midnight of the event's day + the parsed TRIGGER."""
    start = event.decoded("DTSTART")
    assert type(start) is dt.date
    midnight = dt.datetime.combine(start, dt.time())
    return [midnight + alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]


def at(day: dt.date, time: dt.time = NINE) -> dt.datetime:
    return dt.datetime.combine(day, time)
