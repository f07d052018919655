"""The days before a renewal: the opt-in reminder mail and the last day to cancel.

Used by ``renewal`` and ``trial``, and by ``cancel`` for its deadline, which needs nothing else
of the renewal arithmetic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from primehelp.facts import Fact

NOTICE_DAYS_BEFORE = 3
CANCEL_DAYS_BEFORE = 1


def notice_date(renewal: dt.date) -> dt.date:
    """The day the reminder mail arrives: 3 days before renewal."""
    return renewal - dt.timedelta(days=NOTICE_DAYS_BEFORE)


def cancel_by(renewal: dt.date) -> dt.date:
    """The last day to cancel before the renewal charge: the day before renewal."""
    return renewal - dt.timedelta(days=CANCEL_DAYS_BEFORE)


# ---------------------------------------------------------------- the reminder mail


@dataclass(frozen=True, slots=True)
class Reminder:
    """The opt-in reminder mail: off by default, where to switch it on, and its imitators."""

    opt_in: Fact
    switch_on: Fact
    switch_on_label: str
    page_url: str
    scam_warning: Fact
