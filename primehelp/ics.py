"""Renewal dates as an RFC 5545 calendar (``--ics``), written by :mod:`primehelp.icalendar_text`.

One all-day event per renewal (DTEND the next day, so no calendar shows a zero-length event),
each with two display alarms: 3 days before (the reminder-mail date) and 1 day before (the last
day to cancel without being charged). The UID depends only on the renewal date, so importing a
fresh export updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.icalendar_text import Calendar

PRODID = "-//primehelp//primehelp renewal calendar//EN"
UID_DOMAIN = "primehelp"
NOTICE_TRIGGER = dt.timedelta(days=-3)
CANCEL_BY_TRIGGER = dt.timedelta(days=-1)
_TEXTS = "ui_calendar"


_UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "renewal.primehelp.invalid")


class RenewalLike(Protocol):
    """Anything with the dates of one renewal (a schedule row, a trial's first renewal)."""

    @property
    def renewal_date(self) -> dt.date: ...
    @property
    def notice_date(self) -> dt.date: ...
    @property
    def cancel_by(self) -> dt.date: ...


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One renewal to put in the calendar; ``plan`` and ``fee_yen`` are optional."""

    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    fee_yen: int | None = None
    plan: str | None = None


def entry_from(item: RenewalLike, plan: str | Enum | None = None) -> CalendarEntry:
    """Copy one renewal into a :class:`CalendarEntry`; fee and plan are taken when present.

    ``plan`` overrides the item's own ``plan`` attribute; an Enum plan gives its value.
    """
    plan = getattr(item, "plan", None) if plan is None else plan
    fee = getattr(item, "fee_yen", None)
    return CalendarEntry(
        renewal_date=item.renewal_date,
        notice_date=item.notice_date,
        cancel_by=item.cancel_by,
        fee_yen=fee if isinstance(fee, int) else None,
        plan=plan.value if isinstance(plan, Enum) else plan,
    )


def event_uid(renewal_date: dt.date) -> str:
    """A UID that is the same in every export for the same renewal date."""
    return f"{uuid.uuid5(_UID_NAMESPACE, renewal_date.isoformat())}@{UID_DOMAIN}"


def event_summary(entry: CalendarEntry, lang: Lang) -> str:
    """The event title: what happens, with the plan and fee when known."""
    if entry.plan is None:
        return ui("event_summary", _TEXTS)(lang)
    plan = ui(f"plan_{entry.plan}", _TEXTS)(lang)
    if entry.fee_yen is None:
        return ui("event_summary_plan", _TEXTS).format(plan=plan)(lang)
    return ui("event_summary_plan_fee", _TEXTS).format(plan=plan, fee=f"{entry.fee_yen:,}")(lang)


def calendar_bytes(entries: Iterable[CalendarEntry], lang: Lang, stamp: dt.datetime) -> bytes:
    """The calendar file for ``entries`` (CRLF line ends); ``stamp`` becomes every DTSTAMP."""
    calendar = Calendar(prodid=PRODID, name=ui("calendar_name", _TEXTS)(lang), stamp=stamp)
    for entry in entries:
        dates = {
            "renewal_date": entry.renewal_date.isoformat(),
            "notice_date": entry.notice_date.isoformat(),
            "cancel_by": entry.cancel_by.isoformat(),
        }
        calendar.add_all_day_event(
            uid=event_uid(entry.renewal_date),
            day=entry.renewal_date,
            summary=event_summary(entry, lang),
            description=ui("event_description", _TEXTS).format(**dates)(lang),
            alarms=[
                (NOTICE_TRIGGER, ui("alarm_notice", _TEXTS).format(**dates)(lang)),
                (CANCEL_BY_TRIGGER, ui("alarm_cancel_by", _TEXTS).format(**dates)(lang)),
            ],
        )
    return calendar.to_ical()
