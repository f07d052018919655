"""The Prime Student parts of the calendar (:mod:`primehelp.ics`): the day it becomes regular
Prime at the latest, and what the Student fee of an event assumes (review 45b item 7)."""

from __future__ import annotations

import datetime as dt

from primehelp.calendar_options import EventKind
from primehelp.facts import ui
from primehelp.freshness import Freshness
from primehelp.i18n import Lang
from primehelp.ics import _TEXTS, CalendarEvent, kind_uid, sentence_day


def student_basis(end: dt.date | None, lang: Lang, given: dt.date) -> str:
    """What Prime Student's 4 years are counted from, and when the switch comes earlier: the
    screen's ※ note's words (ui_renewal [student_basis_caveat]); ``end``: a saved
    Prime Student trial's end, which they are counted from; else ``given``, the date the
    member gave, named (review 49b item 11: 「入力した更新日」 meant nothing in a calendar)."""
    key = "student_basis_caveat" + ("_trial" if end is not None else "")
    words = ui(key, "ui_renewal")(lang)
    return words.format(end=sentence_day(given if end is None else end, lang))


def student_end_event(day: dt.date, lang: Lang, fresh: Freshness | None = None) -> CalendarEvent:
    """The day a Prime Student membership becomes regular Prime at the latest: the regular
    fees as checked on their facts' date, and, when ``fresh`` says the facts were old when the
    calendar was made, the screen's warning (review 27b item 4)."""
    from primehelp.content import fees
    from primehelp.plans import Plan

    book = fees.load()
    current = [book.of(plan).current for plan in (Plan.ANNUAL, Plan.MONTHLY)]
    checked = min(period.fact.checked for period in current)
    old = ""
    if fresh is not None and fresh.facts_stale:
        made = fresh.facts_checked + dt.timedelta(days=fresh.days_old)
        old = ui("facts_old", _TEXTS).format(today=sentence_day(made, lang), days=fresh.days_old)(
            lang
        )
        old = old if lang == "ja" else f"{old} "
    kind = EventKind.STUDENT_END
    return CalendarEvent(
        kind,
        kind_uid(kind, day),
        day,
        ui("student_end_summary", _TEXTS)(lang),
        ui("student_end_description", _TEXTS).format(
            annual=f"{current[0].fee_yen:,}",
            monthly=f"{current[1].fee_yen:,}",
            checked=sentence_day(checked, lang),
            facts_old=old,
        )(lang),
    )
