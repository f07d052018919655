"""A monthly plan's alarms that would ring before the renewal before theirs (review 57b item 6).

An alarm 60 days before the 28 February renewal rang on 30 December, before the 31 December
renewal, and said the member had until 27 February: one who trusted it paid twice. Such an
alarm is left out of the file (decision), and said on stderr as the past alarms are.
Pure functions over the calendar's entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

if TYPE_CHECKING:
    from primehelp.ics import CalendarEntry

_MONTHLY = frozenset(("monthly", "student-monthly"))


def previous_renewals(entries: Sequence[CalendarEntry]) -> tuple[dt.date | None, ...]:
    """Each entry's previous renewal, before which none of its alarms may ring: the entry
    before it in the file, else a month before it; ``None`` where none is known to limit it
    (an annual plan, whose 60 days are within its year, or a free trial's end)."""
    found: list[dt.date | None] = []
    for i, entry in enumerate(entries):
        if entry.trial or entry.plan not in _MONTHLY:
            found.append(None)
        elif i and entries[i - 1].renewal_date < entry.renewal_date:
            found.append(entries[i - 1].renewal_date)
        else:
            found.append(entry.renewal_date - relativedelta(months=1))
    return tuple(found)


def early_alarm_days(
    entries: Sequence[CalendarEntry], days: Iterable[int], today: dt.date
) -> tuple[int, ...]:
    """The alarm days (days before a renewal) left out of at least one renewal because they
    would ring before the previous renewal, largest first; those already past are said as past."""
    days = tuple(days)
    early = {
        n
        for entry, previous in zip(entries, previous_renewals(entries), strict=True)
        for n in days
        if previous is not None and today <= entry.renewal_date - dt.timedelta(days=n) < previous
    }
    return tuple(sorted(early, reverse=True))
