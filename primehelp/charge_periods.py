"""The Prime fees a charge or a refund on a day can be (moved out of :mod:`primehelp.charges`).

:func:`confirmed_on`: the fees charged on a day the facts confirm; :func:`unconfirmed_fee`: what
is said of a fee before the sheet confirms it; :func:`paid_for`: the fees a refund may give back.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from primehelp.i18n import Text
from primehelp.plans import FeePeriod, PlanFees, months_later, periods_charged_on


def confirmed_on(plan: PlanFees, day: dt.date | None) -> tuple[FeePeriod, ...]:
    """The fees charged on ``day`` the facts confirm: never the oldest fee before the first day
    the sheet confirms it (its start is unknown, FACTS §1; review 27a, item 1)."""
    found = periods_charged_on(plan, day)
    if day is None:
        return found
    return tuple(p for p in found if p.confirmed_from is None or day >= p.confirmed_from)


def unconfirmed_fee(plan: PlanFees, day: dt.date | None, size: Decimal) -> Text | None:
    """What is said of a fee of ``size`` yen on ``day``, before the sheet confirms it."""
    found = () if day is None else periods_charged_on(plan, day)
    for p in found:  # the day is before the fee's first confirmed day
        if p.fee_yen == size and day is not None and day < (p.confirmed_from or day):
            return p.unconfirmed
    return None


def paid_for(
    plan: PlanFees, on: dt.date | None, on_date: tuple[FeePeriod, ...]
) -> tuple[FeePeriod, ...]:
    """The fees a refund on ``on`` may give back: ``on_date``'s, then those charged on a day of
    the plan's period before it (a year, a month): −4,900 on 2023-10-01 refunds the annual fee
    of 2023-06 (fees change only on the history's days, so those days and the first suffice)."""
    if on is None:
        return on_date
    start = months_later(on, -plan.months)
    days = {start} | {
        day
        for period in plan.history
        for day in (period.new_members_from, period.renewals_from, period.uncertain_from)
        if day is not None and start < day <= on
    }
    found = list(on_date)
    for day in sorted(days, reverse=True):  # the latest first
        found += [p for p in confirmed_on(plan, day) if p not in found]
    return tuple(found)
