"""Renewal dates as an RFC 5545 calendar (``--ics``), written by :mod:`primehelp.icalendar_text`.

Each renewal gives all-day events (DTEND the next day, so no calendar shows a zero-length
event) of the kinds asked for (:mod:`primehelp.calendar_options`): the renewal (the charge; for
a trial, the trial's end), the last safe day to cancel, and the reminder-mail day; a Prime
Student trial adds the day it becomes regular Prime at the latest.

Alarms go off at a time of day (09:00 unless asked), never at the midnight that starts an
all-day event. Each is a duration relative to the start of the event that carries it, which
for an all-day event is the start of that day in the calendar's own time zone: 09:00 the day
before is ``-PT15H``, 7 days before is ``-P6DT15H``. That is the form Apple Calendar writes for
its own all-day alerts, and the only one RFC 5545 allows in local time (an absolute
``TRIGGER;VALUE=DATE-TIME`` must be UTC, which would need the member's time zone). All alarms
go on one event, the renewal if it is written (so every trigger before the renewal day is
negative: Outlook reads a trigger as minutes *before* the start, whatever its sign), so that
no day rings twice; never one after that event's day (review 38b item 9). The README explains the choice, app by app.

Every UID depends only on the event's kind and date, so importing a fresh export updates the
events instead of duplicating them; the renewal event keeps the UID it always had.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Protocol

from primehelp.calendar_options import (
    DEFAULT_OPTIONS,
    CalendarOptions,
    EventKind,
    alarm_carrier,
    alarm_past,
)
from primehelp.facts import japanese_date, ui
from primehelp.freshness import Freshness
from primehelp.i18n import Lang, Text
from primehelp.icalendar_text import Calendar

PRODID = "-//primehelp//primehelp renewal calendar//EN"
UID_DOMAIN = "primehelp"
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
    """One renewal to put in the calendar; ``plan`` and ``fee_yen`` are optional.

    ``trial``: the renewal is a free trial's end (the first charge); ``student``: of Prime
    Student's trial (its texts name Prime Student); ``given``: the date the member gave (its
    text does not call it an estimate).
    """

    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    fee_yen: int | None = None
    plan: str | None = None
    trial: bool = False
    student: bool = False
    given: bool = False  # the renewal date the member gave, not one computed from it
    fee_checked: Freshness | None = None  # when the fee was checked, and its age on today
    student_over: bool = False  # the first regular fee after Prime Student's 4 paid years
    # Prime Student's 4 years counted from a saved trial's end (this date), not the date given
    counted_from_trial: dt.date | None = None
    # the date the member gave or saved, which Prime Student's 4 years count from (review 49b 11)
    counted_from: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event as written: its alarms are (trigger relative to the day, text)."""

    kind: EventKind
    uid: str
    day: dt.date
    summary: str
    description: str
    alarms: tuple[tuple[dt.timedelta, str], ...] = ()


def entry_from(
    item: RenewalLike,
    plan: str | Enum | None = None,
    trial: bool = False,
    student: bool = False,
    given: dt.date | None = None,
    fee_checked: Freshness | None = None,
) -> CalendarEntry:
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
        trial=trial,
        student=student,
        given=item.renewal_date == given,
        fee_checked=fee_checked,
        counted_from=given,
    )


def event_uid(renewal_date: dt.date) -> str:
    """The renewal event's UID: the same in every export for the same renewal date."""
    return f"{uuid.uuid5(_UID_NAMESPACE, renewal_date.isoformat())}@{UID_DOMAIN}"


def kind_uid(kind: EventKind, day: dt.date) -> str:
    """The UID of an event of ``kind`` on ``day``: the same in every export.

    The renewal keeps :func:`event_uid` (files written before the other kinds existed update
    in place); the other kinds add their name, so two kinds on one day never share a UID.
    """
    if kind is EventKind.RENEWAL:
        return event_uid(day)
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{kind.value}:{day.isoformat()}')}@{UID_DOMAIN}"


def alarm_trigger(event_day: dt.date, alarm_day: dt.date, at: dt.time) -> dt.timedelta:
    """The TRIGGER that rings at ``at`` on ``alarm_day``, for an all-day event on ``event_day``.

    Relative to the start of the event's day (local midnight): 09:00 the day before is
    −15 hours, 09:00 a week before is −(6 days 15 hours), 09:00 on the day itself +9 hours.
    """
    return alarm_day - event_day + dt.timedelta(hours=at.hour, minutes=at.minute)


def event_summary(entry: CalendarEntry, lang: Lang) -> str:
    """The renewal event's title: what happens, with the plan and fee when known."""
    if entry.trial:
        return ui("trial_summary", _TEXTS).format(service=_service(entry)(lang))(lang)
    mark = "" if entry.given else ui("summary_estimate", _TEXTS)(lang)  # 61b item 3
    if entry.plan is None:
        return ui("event_summary", _TEXTS).format(mark=mark)(lang)
    plan, key = ui(f"plan_{entry.plan}", _TEXTS)(lang), "_fee" * (entry.fee_yen is not None)
    fee = f"{entry.fee_yen or 0:,}"
    return ui(f"event_summary_plan{key}", _TEXTS).format(mark=mark, plan=plan, fee=fee)(lang)


# The texts of a renewal's events and alarms by role: (for a paid renewal, for a trial's end).
TEXT_KEYS = {
    "renewal_description": ("event_description", "trial_description"),
    "cancel_by_summary": ("cancel_by_summary", "cancel_by_summary_trial"),
    "cancel_by_description": ("cancel_by_description", "cancel_by_description_trial"),
    "notice_summary": ("notice_summary", "notice_summary_trial"),  # its service (64b S 3)
    "notice_description": ("notice_description", "notice_description_trial"),
    "alarm_days": ("alarm_days", "alarm_days_trial"),  # 2 days or more before the renewal
    "alarm_cancel_by": ("alarm_cancel_by", "alarm_cancel_by_trial"),  # the last safe day
    "alarm_renewal_day": ("alarm_renewal_day", "alarm_renewal_day_trial"),  # the day itself
}


def entry_text(
    role: str, entry: CalendarEntry, lang: Lang, days_before: int = 0, today: dt.date | None = None
) -> str:
    """The text of ``role`` (a key of ``TEXT_KEYS``) for ``entry``, its dates filled in; a
    computed paid renewal's date says it is an estimate (review 45b item 4); a cancel-by date
    before ``today`` is said to have passed (review 46b S 8)."""
    key = TEXT_KEYS[role][entry.trial]
    if key == "event_description" and entry.given:
        key = "event_description_given"

    def day(date: dt.date) -> str:  # 「2026年12月20日」 in a Japanese sentence
        return japanese_date(date.isoformat()) if lang == "ja" else date.isoformat()

    computed = not entry.given and not entry.trial  # a trial's texts say 目安 always
    passed = "_passed" * (today is not None and entry.cancel_by < today)
    cancel = ui("event_cancel_sentence" + passed, _TEXTS)(lang).format(
        cancel_by=day(entry.cancel_by)
    )
    notice = ""
    if today is None or entry.notice_date >= today:  # a past mail day: no 「届きます」 (51b 3)
        notice = ui("event_notice_sentence", _TEXTS)(lang).format(
            notice_date=day(entry.notice_date)
        )
        notice = f" {notice}" if lang == "en" else notice
    return ui(key, _TEXTS)(lang).format(
        fee_note=fee_note(entry, lang),
        notice_sentence=notice,
        estimate=ui("computed_estimate", _TEXTS)(lang) if computed else "",
        estimate_inner=ui("computed_estimate_inner", _TEXTS)(lang) if computed else "",
        renewal_date=day(entry.renewal_date),
        notice_date=day(entry.notice_date),
        cancel_by=day(entry.cancel_by),
        cancel_sentence=cancel,
        n=days_before,
        service=_service(entry)(lang),
        command=_cancel_command(entry),
        # the trial's renewal day: the command its screen names that day (review 36b S 22)
        renewal_command=f"{_cancel_command(entry)} --renewal {entry.renewal_date.isoformat()}",
    )


def sentence_day(date: dt.date, lang: Lang) -> str:
    """「2026年12月2日」 in a Japanese sentence, 2026-12-02 in English."""
    return japanese_date(date.isoformat()) if lang == "ja" else date.isoformat()


def fee_note(entry: CalendarEntry, lang: Lang) -> str:
    """A renewal whose title names a fee, the date the member gave included (review 21b S 6):
    the fee is the one checked on the facts' check date and may change (review 12b item 5,
    27b item 4); facts already old when the calendar is made say so, as the screen does."""
    if entry.fee_yen is None or entry.fee_checked is None:
        return ""
    fresh = entry.fee_checked
    made = fresh.facts_checked + dt.timedelta(days=fresh.days_old)
    key = "fee_checked_stale" if fresh.facts_stale else "fee_checked"
    note = ui(key, _TEXTS).format(checked=sentence_day(fresh.facts_checked, lang))(lang)
    if fresh.facts_stale:
        old = ui("facts_old", _TEXTS).format(today=sentence_day(made, lang), days=fresh.days_old)(
            lang
        )
        note += old if lang == "ja" else f" {old}"
    gap = " " if lang == "en" else ""
    student = (entry.plan or "").startswith("student-") and not entry.trial
    if student or entry.student_over:  # the screen's caveat (review 45b item 7)
        from primehelp.ics_student import student_basis

        counted = entry.counted_from or entry.renewal_date
        note = student_basis(entry.counted_from_trial, lang, counted) + gap + note
    if student:
        note = ui("student_fee_shown", _TEXTS)(lang) + gap + note
    if entry.student_over:  # why the fee changes here (review 19b S 5)
        note = ui("student_over", _TEXTS)(lang) + gap + note
    return note if lang == "ja" else f" {note}"


def _mark_student_over(entries: list[CalendarEntry]) -> list[CalendarEntry]:
    """The first renewal with a regular plan after Prime Student ones: the fee changes there."""
    student = [bool(entry.plan and entry.plan.startswith("student-")) for entry in entries]
    end = next((entry.renewal_date for entry in entries if entry.trial), None)
    if end is not None and any(student):  # a saved Prime Student trial's rows
        entries = [replace(entry, counted_from_trial=end) for entry in entries]
    first = next((i for i in range(1, len(entries)) if student[i - 1] and not student[i]), None)
    if first is None or entries[first].plan is None:
        return entries
    return [*entries[:first], replace(entries[first], student_over=True), *entries[first + 1 :]]


def _cancel_command(entry: CalendarEntry) -> str:
    """The command an event names: the one its screen names (review 11b S 12); a paid Prime
    Student plan's, with --student (review 43b item 7)."""
    if not entry.trial:
        return "primehelp cancel" + " --student" * (entry.plan or "").startswith("student-")
    return "primehelp cancel --trial" + " --student" * entry.student


def _service(entry: CalendarEntry) -> Text:
    """Which free trial the texts name: Amazon Prime's, or Prime Student's."""
    return ui("service_student" if entry.student else "service_prime", _TEXTS)


def alarm_text(entry: CalendarEntry, lang: Lang, days_before: int) -> str:
    """What an alarm ``days_before`` the renewal says."""
    if days_before == 0:
        return entry_text("alarm_renewal_day", entry, lang)
    if days_before == 1:
        return entry_text("alarm_cancel_by", entry, lang)
    return entry_text("alarm_days", entry, lang, days_before)


def entry_events(
    entry: CalendarEntry,
    lang: Lang,
    options: CalendarOptions = DEFAULT_OPTIONS,
    today: dt.date | None = None,
    previous: dt.date | None = None,
) -> list[CalendarEvent]:
    """The events of one renewal, in date order, the alarms on their carrier (none of a day
    before ``today``: review 39b S 8, 40b S 7, nor before ``previous``, the renewal before)."""
    wanted = options.events
    events: list[tuple[EventKind, dt.date, str, str]] = []
    if EventKind.NOTICE in wanted:
        summary = entry_text("notice_summary", entry, lang)
        description = entry_text("notice_description", entry, lang)
        events.append((EventKind.NOTICE, entry.notice_date, summary, description))
    if EventKind.CANCEL_BY in wanted:
        summary = entry_text("cancel_by_summary", entry, lang)
        description = entry_text("cancel_by_description", entry, lang)
        events.append((EventKind.CANCEL_BY, entry.cancel_by, summary, description))
    if EventKind.RENEWAL in wanted:
        description = entry_text("renewal_description", entry, lang, today=today)
        events.append(
            (EventKind.RENEWAL, entry.renewal_date, event_summary(entry, lang), description)
        )
    carrier = alarm_carrier(wanted)
    return [
        CalendarEvent(kind, kind_uid(kind, day), day, summary, description,
                      _alarms(entry, lang, options, day, (today, previous)) if kind is carrier else ())
        for kind, day, summary, description in events
    ]  # fmt: skip


def _alarms(
    entry: CalendarEntry,
    lang: Lang,
    options: CalendarOptions,
    event_day: dt.date,
    after: tuple[dt.date | None, dt.date | None] = (None, None),
) -> tuple[tuple[dt.timedelta, str], ...]:
    """The renewal's alarms, for the event on ``event_day`` that carries them; never one after
    that day (review 38b item 9: a positive trigger of a day or more, read by Outlook as before
    the event, so on a wrong day with 「明日」 in its text), nor one of a day before ``today``.
    One on the event's own day (a positive trigger) comes after the others, so the first one,
    the one Outlook keeps, is negative whenever one is (review 39b S 7). ``after``: today and
    the previous renewal (a monthly plan's), no alarm of a day before either (57b item 6)."""
    days = [
        n
        for n in options.alarm_days
        if entry.renewal_date - dt.timedelta(days=n) <= event_day
        and not alarm_past(entry.renewal_date - dt.timedelta(days=n), options, *after)
    ]
    alarms = [
        (
            alarm_trigger(event_day, entry.renewal_date - dt.timedelta(days=n), options.alarm_time),
            alarm_text(entry, lang, n),
        )
        for n in days
    ]
    return tuple(sorted(alarms, key=lambda alarm: alarm[0] > dt.timedelta(0)))


def calendar_events(
    entries: Iterable[CalendarEntry],
    lang: Lang,
    options: CalendarOptions = DEFAULT_OPTIONS,
    student_end: dt.date | None = None,
    today: dt.date | None = None,
) -> list[CalendarEvent]:
    """Every event of the calendar in date order (on one day: notice, cancel-by, renewal, then
    the Student switch); ``today``: no alarm of an earlier day."""
    from primehelp.calendar_early import previous_renewals

    marked = _mark_student_over(list(entries))
    events = [
        event
        for entry, previous in zip(marked, previous_renewals(marked), strict=True)
        for event in entry_events(entry, lang, options, today, previous)
    ]
    if student_end is not None and EventKind.STUDENT_END in options.events:
        fresh = next((entry.fee_checked for entry in marked if entry.fee_checked), None)
        from primehelp.ics_student import student_end_event

        events.append(student_end_event(student_end, lang, fresh))
    return sorted(events, key=lambda event: event.day)


def calendar_name(entries: Iterable[CalendarEntry], lang: Lang) -> str:
    """The calendar's name: a trial's names the trial (review 13b S 20)."""
    trial = next((entry for entry in entries if entry.trial), None)
    if trial is None:
        return ui("calendar_name", _TEXTS)(lang)
    return ui("calendar_name_trial", _TEXTS)(lang).format(service=_service(trial)(lang))


def calendar_bytes(
    entries: Iterable[CalendarEntry],
    lang: Lang,
    stamp: dt.datetime,
    options: CalendarOptions = DEFAULT_OPTIONS,
    student_end: dt.date | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The calendar file for ``entries`` (CRLF line ends); ``stamp`` becomes every DTSTAMP;
    ``today``: no alarm of an earlier day."""
    entries = list(entries)
    calendar = Calendar(prodid=PRODID, name=calendar_name(entries, lang), stamp=stamp)
    for event in calendar_events(entries, lang, options, student_end, today):
        calendar.add_all_day_event(
            uid=event.uid,
            day=event.day,
            summary=event.summary,
            description=event.description,
            alarms=event.alarms,
        )
    return calendar.to_ical()
