"""Whether saving a profile loses what is saved (``--force`` needed), or only moves a past paid
date on to its plan's next renewal (review 51b S 2). Pure."""

from __future__ import annotations

import datetime as dt

from primehelp.i18n import Text
from primehelp.profile import Profile


def rolls_forward(existing: Profile | None, new: Profile, today: dt.date | None) -> bool:
    """Whether ``new`` is the renewal that follows ``existing``, a paid date now past, by its
    plan (the date Amazon shows now): nothing is lost (review 51b S 2)."""
    if existing is None or today is None or existing.plan is None or existing.trial:
        return False
    from primehelp.periods import next_renewal
    from primehelp.plans import parse_plan

    following = next_renewal(existing.renewal_date, parse_plan(existing.plan), today)
    same_kind = (new.plan, new.trial, new.student) == (existing.plan, False, existing.student)
    return existing.renewal_date < today and same_kind and new.renewal_date == following


def loses_saved(existing: Profile | None, new: Profile, today: dt.date | None = None) -> bool:
    """Whether saving ``new`` would lose or change what ``existing`` holds (``--force`` needed):
    not adding a plan to the saved date, nor the next renewal of a past one
    (:func:`rolls_forward`); another date, plan or kind (trial or paid, 36b 8)."""
    if existing is None or existing == new or rolls_forward(existing, new, today):
        return False
    if existing.renewal_date != new.renewal_date or existing.trial != new.trial:
        return True
    if existing.student and not new.student:
        return True
    return existing.plan is not None and existing.plan != new.plan


def without_plan(said: Text, profile: Profile) -> Text:
    """``said`` (the save notice) and, for a paid date saved without a plan, that ``due`` cannot
    count on from it once it has passed, with the command to save it again (review 59b S 4)."""
    if profile.plan is not None or profile.trial or profile.is_student:
        return said
    from primehelp.facts import ui

    note = ui("saved_without_plan", "ui_calendar").format(iso=profile.renewal_date.isoformat())
    return Text(said.ja + note.ja, said.en + note.en)
