"""``primehelp fees``: the current fees, their history, and annual against monthly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from primehelp.facts import Fact
from primehelp.fee_terms import fee_terms
from primehelp.i18n import Text
from primehelp.plans import FeeBook, FeePeriod, Plan, PlanFees


@dataclass(frozen=True, slots=True)
class Comparison:
    """Annual against twelve months of monthly payments."""

    annual_plan: Plan
    monthly_plan: Plan
    annual_yen: int
    monthly_yen: int
    twelve_months_yen: int
    saving_yen: int
    saving_percent: float  # of the twelve monthly payments, one decimal
    months_until_annual_cheaper: int  # smallest n with n × monthly > annual


def compare(annual: PlanFees, monthly: PlanFees) -> Comparison:
    """Compare the current annual fee with twelve current monthly fees."""
    annual_yen, monthly_yen = annual.current.fee_yen, monthly.current.fee_yen
    twelve = 12 * monthly_yen
    return Comparison(
        annual_plan=annual.plan,
        monthly_plan=monthly.plan,
        annual_yen=annual_yen,
        monthly_yen=monthly_yen,
        twelve_months_yen=twelve,
        saving_yen=twelve - annual_yen,
        saving_percent=round(100 * (twelve - annual_yen) / twelve, 1),
        months_until_annual_cheaper=annual_yen // monthly_yen + 1,
    )


@dataclass(frozen=True, slots=True)
class CurrentFee:
    """A plan's fee today."""

    plan: Plan
    name: Text
    fee_yen: int
    months: int
    fact: Fact


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of the fee history."""

    plan: Plan
    name: Text
    fee_yen: int
    new_members: Text
    renewals: Text | None
    renewals_from: dt.date | None
    fact: Fact
    # the view's words for no renewals date (「該当なし（…）」): not data, not in --json
    renewals_none: Text | None = field(default=None, metadata={"json": False})
    # no start for existing members: the last bill they paid it on, said instead of the start
    # (review 24a, S 12); ``until_assumed``: that day is thought to follow the annual plan
    renewals_until: dt.date | None = field(default=None, metadata={"json": False})
    until_assumed: bool = field(default=False, metadata={"json": False})


@dataclass(frozen=True, slots=True)
class FeesReport:
    """Everything ``primehelp fees`` shows."""

    current: tuple[CurrentFee, ...]
    history: tuple[HistoryEntry, ...]
    comparisons: tuple[Comparison, ...]
    notes: tuple[Fact, ...]
    checked: dt.date


def _until(plan: PlanFees, period: FeePeriod) -> tuple[dt.date | None, bool]:
    """The last bill existing members paid ``period``'s fee on, and whether that day is assumed."""
    terms = fee_terms(plan, period)
    return terms.renewals_until, terms.renewals_until_assumed


def fees_report(book: FeeBook) -> FeesReport:
    """Current fees, their history and annual against monthly, for the regular and student plans."""
    history = tuple(
        HistoryEntry(
            plan.plan,
            plan.name,
            p.fee_yen,
            p.new_members,
            p.renewals,
            p.renewals_from,
            p.fact,
            p.renewals_none,
            *_until(plan, p),
        )
        for plan in book.plans
        for p in plan.history
    )
    facts = [entry.fact for entry in history] + list(book.notes)
    return FeesReport(
        current=tuple(
            CurrentFee(p.plan, p.name, p.current.fee_yen, p.months, p.current.fact)
            for p in book.plans
        ),
        history=history,
        comparisons=(
            compare(book.of(Plan.ANNUAL), book.of(Plan.MONTHLY)),
            compare(book.of(Plan.STUDENT_ANNUAL), book.of(Plan.STUDENT_MONTHLY)),
        ),
        notes=book.notes,
        checked=max(f.checked for f in facts),
    )
