"""``primehelp fees``: the current fees, their history, and annual against monthly."""

import datetime as dt
from typing import NamedTuple

from primehelp.facts import Fact, japanese_date, ui
from primehelp.fee_terms import fee_terms
from primehelp.i18n import Text
from primehelp.plans import FeeBook, FeePeriod, Plan, PlanFees


class Comparison(NamedTuple):
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


class CurrentFee(NamedTuple):
    """A plan's fee today."""

    plan: Plan
    name: Text
    fee_yen: int
    months: int
    fact: Fact


class HistoryEntry(NamedTuple):
    """One row of the fee history (a named tuple: ARCHITECTURE.md; :meth:`not_in_json` keeps the
    view's wording out of the JSON)."""

    plan: Plan
    name: Text
    fee_yen: int
    new_members: Text
    # the 「既存会員」 cell as the screen shows it (the sheet's words, or until when existing
    # members paid it: review 24a, S 12); None only where the screen says why there is no date
    renewals: Text | None
    # the first renewal date that pays it; None for the oldest fee of a plan, as its cell says
    # the start is not known (review 34a, S 14: the Student 2,450/250 entries said 2019-04-12)
    renewals_from: dt.date | None
    fact: Fact
    # the view's words for no renewals date (「該当なし（…）」): not data, not in --json
    renewals_none: Text | None = None
    # the last bill existing members paid it on (None: still the fee); ``until_assumed``: that
    # day is thought to follow the annual plan
    renewals_until: dt.date | None = None
    until_assumed: bool = False
    # when new members paid it, ISO (None: not known, or still the fee): review 31a item 7
    new_members_from: dt.date | None = None
    new_members_until: dt.date | None = None

    def not_in_json(self) -> frozenset[str]:
        """The view's wording, not data: kept out of ``--json``."""
        return frozenset({"renewals_none", "until_assumed"})


class FeesReport(NamedTuple):
    """Everything ``primehelp fees`` shows."""

    current: tuple[CurrentFee, ...]
    history: tuple[HistoryEntry, ...]
    comparisons: tuple[Comparison, ...]
    notes: tuple[Fact, ...]
    checked: dt.date


def _entry(plan: PlanFees, period: FeePeriod) -> HistoryEntry:
    """One row, with the dates the screen gives in words as ISO dates too (review 31a item 7)."""
    terms = fee_terms(plan, period)
    until, assumed = terms.renewals_until, terms.renewals_until_assumed
    return HistoryEntry(
        plan.plan,
        plan.name,
        period.fee_yen,
        period.new_members,
        _renewals(period, until, assumed),
        terms.renewals_since,
        period.fact,
        period.renewals_none,
        until,
        assumed,
        terms.new_members_since,
        terms.new_members_until,
    )


def _renewals(period: FeePeriod, until: dt.date | None, assumed: bool) -> Text | None:
    """The 「既存会員」 cell: the sheet's words; for a fee with no known start, until when
    existing members paid it (「2023年9月23日までの請求（いつからかは確認できていません）」)."""
    if period.renewals is not None or period.renewals_none is not None or until is None:
        return period.renewals or period.renewals_none  # the launch fee: 「…までの更新」
    said = ui("renewals_until_assumed" if assumed else "renewals_until_only", "ui_renewal")
    return Text(
        said.ja.format(until=japanese_date(until.isoformat())),
        said.en.format(until=until.isoformat()),
    )


def fees_report(book: FeeBook) -> FeesReport:
    """Current fees, their history and annual against monthly, for the regular and student plans."""
    history = tuple(_entry(plan, p) for plan in book.plans for p in plan.history)
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
