"""The dates of a paid plan: its renewals counted from the saved date, and the two days before
each one that matter (the reminder mail, the last safe day to cancel).

The lightest part of the renewal arithmetic, on its own so that ``due`` (run by timers and
shell prompts) creates none of the report classes of :mod:`primehelp.renewal` and none of the
fee classes of :mod:`primehelp.plans`. Renewals are anchored to the first date —
``anchor + relativedelta(months=k)`` — never chained, so a renewal on the 31st never drifts.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

NOTICE_DAYS_BEFORE = 3
CANCEL_DAYS_BEFORE = 1


class Plan(StrEnum):
    """A paid Prime plan (the ``--plan`` values)."""

    ANNUAL = "annual"
    MONTHLY = "monthly"
    STUDENT_ANNUAL = "student-annual"
    STUDENT_MONTHLY = "student-monthly"

    @property
    def months(self) -> int:
        """Length of one paid period in months."""
        return 12 if self in (Plan.ANNUAL, Plan.STUDENT_ANNUAL) else 1


def months_later(day: dt.date, months: int) -> dt.date:
    """``day`` ``months`` later (or earlier, below zero), on the month's last day if shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)  # no calendar import
    last = (following - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last))


def renewal_after(anchor: dt.date, months: int, day: dt.date) -> dt.date:
    """The first renewal after ``day`` of a plan renewing every ``months`` months from ``anchor``,
    counted from the anchor itself, never from ``day``: from the 31st, 28 February is followed
    by 31 March, not 28 March (review 52b item 37)."""
    k = max(1, ((day.year - anchor.year) * 12 + day.month - anchor.month) // months)
    while k > 1 and months_later(anchor, (k - 1) * months) > day:
        k -= 1
    while months_later(anchor, k * months) <= day:
        k += 1
    return months_later(anchor, k * months)


def notice_date(renewal: dt.date) -> dt.date:
    """The day the reminder mail arrives: 3 days before renewal."""
    return renewal - dt.timedelta(days=NOTICE_DAYS_BEFORE)


def cancel_by(renewal: dt.date) -> dt.date:
    """The last day to cancel before the renewal charge: the day before renewal."""
    return renewal - dt.timedelta(days=CANCEL_DAYS_BEFORE)


def nth_renewal(anchor: dt.date, plan: Plan, k: int) -> dt.date:
    """The k-th renewal after ``anchor`` (k = 0 is the anchor), counted from the anchor itself."""
    # Here, not at the top: `cancel` needs only cancel_by, and a profile without a plan no months.
    from dateutil.relativedelta import relativedelta

    step = relativedelta(years=k) if plan.months == 12 else relativedelta(months=k)
    result: dt.date = anchor + step
    return result


def first_index_on_or_after(anchor: dt.date, plan: Plan, today: dt.date) -> int:
    """The smallest k ≥ 0 whose renewal falls on or after ``today``."""
    if anchor >= today:
        return 0
    months = (today.year - anchor.year) * 12 + today.month - anchor.month
    k = max(0, months // plan.months - 1)
    while nth_renewal(anchor, plan, k) < today:
        k += 1
    return k


def next_renewal(anchor: dt.date, plan: Plan | None, today: dt.date) -> dt.date:
    """The first renewal on or after ``today`` counted from ``anchor`` (the anchor without a plan)."""
    if plan is None:
        return anchor
    return nth_renewal(anchor, plan, first_index_on_or_after(anchor, plan, today))


def last_renewal(anchor: dt.date, plan: Plan | None, today: dt.date) -> dt.date | None:
    """The renewal charged last before ``today``, counted from ``anchor``: the current period's
    fee, which ending now may refund. None without a plan or when ``anchor`` is not past."""
    if plan is None or anchor >= today:
        return None
    return nth_renewal(anchor, plan, first_index_on_or_after(anchor, plan, today) - 1)


# The longest time between two monthly renewals: anchored to the 31st, 28 February is followed by
# 31 March (review 36b item 1). A monthly plan's next renewal is never further ahead than this.
MONTHLY_WITHIN_DAYS = 31


def furthest_next(today: dt.date, plan: Plan | None) -> dt.date:
    """The latest day the next renewal can fall on: 31 days ahead on a monthly plan, a year
    ahead on the annual plan or an unknown one (1 March from 29 February). A later date is
    most likely mistyped (the year, the month): no renewal of the plan comes before it is
    said, while the member is charged (review 36b item 1)."""
    if plan is not None and plan.months == 1:
        return today + dt.timedelta(days=MONTHLY_WITHIN_DAYS)
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February: an annual renewal may fall on 1 March
        return dt.date(today.year + 1, 3, 1)


def brought_near(anchor: dt.date, plan: Plan | None, today: dt.date) -> dt.date:
    """``anchor`` counted back by whole periods of ``plan`` (years without one) to the first
    renewal on or after ``today``: the likely next renewal when the month or the year was
    mistyped, for an example command."""
    from dateutil.relativedelta import relativedelta

    months = plan.months if plan is not None else 12
    back = ((anchor.year - today.year) * 12 + anchor.month - today.month) // months + 1
    while back > 0 and anchor - relativedelta(months=back * months) < today:
        back -= 1
    result: dt.date = anchor - relativedelta(months=back * months)
    return result
