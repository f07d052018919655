"""Who paid a Prime fee when (new members, renewals), and the two fees of a day inside a change.

Pure: read from a plan's fee history (:mod:`primehelp.plans`); used by :mod:`primehelp.charges`.
"""

import datetime as dt
from typing import NamedTuple

from primehelp.plans import FeePeriod, PlanFees
from primehelp.services import Price


class FeeChange(NamedTuple):
    """Inside a fee change (2023-08-24 to 2023-09-23, FACTS §1), the two fees paid on one day:
    new members' (``since``: the day they first paid it) and existing members' renewals
    (``until``: the last bill dated with it)."""

    new_members: Price
    renewals: Price
    renewals_until_assumed: bool = False  # the monthly plan in 2019 (FACTS §1, M)


class FeeTerms(NamedTuple):
    """Who paid a Prime fee when: new members joining, existing members on bills (renewals).

    ``None``: open (or not known: the oldest fee's start)."""

    new_members_since: dt.date | None
    new_members_until: dt.date | None
    renewals_since: dt.date | None
    renewals_until: dt.date | None
    renewals_since_assumed: bool = False  # an assumed start (the monthly 500 yen, FACTS §1)
    renewals_until_assumed: bool = False  # an assumed end (the monthly 400 yen's, the same)
    # The oldest fee of a plan the sheet confirms only from a day (Prime Student's, from
    # 2019-04-12, FACTS §1 [r2]): that day, said after the period (review 31c, item 2).
    known_from: dt.date | None = None
    no_plan_before_2019: bool = False  # the Student monthly plan (none before 2019, FACTS §1)


def fee_terms(plan: PlanFees, period: FeePeriod) -> FeeTerms:
    """When new members and renewals paid ``period``'s fee. The oldest fee has no known start
    (Prime Student's fees before 2019-04-12 are unknown, FACTS §1): never a start date."""
    at = plan.history.index(period)
    later = plan.history[at + 1] if at + 1 < len(plan.history) else None
    day = dt.timedelta(days=1)
    return FeeTerms(
        new_members_since=None if at == 0 else period.new_members_from,
        new_members_until=None
        if later is None or later.new_members_from is None
        else later.new_members_from - day,
        renewals_since=None if at == 0 else period.renewals_from,
        renewals_until=None
        if later is None or later.renewals_from is None
        else later.renewals_from - day,
        renewals_since_assumed=at != 0 and period.renewals_assumed,
        renewals_until_assumed=later is not None and later.renewals_assumed,
        known_from=period.new_members_from if at == 0 else None,
        no_plan_before_2019=at == 0 and plan.plan.value == "student-monthly",
    )


def just_after_assumed(terms: FeeTerms, on: dt.date | None) -> bool:
    """Whether ``on`` falls within a month after an assumed end of existing members' fee (the
    monthly 400 yen, thought to end with 2019-05-16: FACTS §1, M): a renewal at that fee is then
    still possible (review 62c, R-minor 8). A month: one monthly bill after the assumed day."""
    end = terms.renewals_until
    if on is None or end is None or not terms.renewals_until_assumed:
        return False
    return end < on <= end + dt.timedelta(days=31)
