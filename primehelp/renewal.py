"""Renewal arithmetic: the reminder-mail date, the last day to cancel, schedules, trials, fees.

Pure functions over plain values. ``today`` is always a parameter (the CLI computes it in
Asia/Tokyo). Schedules are anchored to the first date — ``anchor + relativedelta(months=k)`` —
never chained from the previous result, so a renewal on the 31st never drifts.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dateutil.relativedelta import relativedelta

from primehelp.errors import BadInput, shown
from primehelp.facts import Fact, Table, fact, text
from primehelp.i18n import Text

NOTICE_DAYS_BEFORE = 3
CANCEL_DAYS_BEFORE = 1
MIN_COUNT = 1
MAX_COUNT = 120
DEFAULT_COUNT = 3


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


class Status(StrEnum):
    """Which of the key dates are already past (strictly before today)."""

    NONE_PAST = "none_past"  # today is on or before the reminder-mail date
    NOTICE_PAST = "notice_past"  # the mail date is past; today is still a day to cancel
    CANCEL_BY_PAST = "cancel_by_past"  # today is the renewal day itself
    RENEWAL_PAST = "renewal_past"


# ---------------------------------------------------------------- option parsing


def parse_plan(raw: str) -> Plan:
    """Read a ``--plan`` value; raise :class:`BadInput` naming the plans otherwise."""
    value = unicodedata.normalize("NFKC", raw).strip().lower().replace("_", "-")
    for plan in Plan:
        if plan.value == value:
            return plan
    names = ", ".join(plan.value for plan in Plan)
    raise BadInput(
        Text(
            f"--plan の値 {shown(raw)} は使えません。使える値：{'、'.join(p.value for p in Plan)}",
            f"--plan {shown(raw)} is not a plan; accepted: {names}",
        )
    )


def parse_count(raw: str) -> int:
    """Read a ``--count`` value: a whole number from 1 to 120."""
    value = unicodedata.normalize("NFKC", raw).strip().lstrip("0") or "0"
    # Length first: int() refuses more than 4300 digits with a ValueError.
    short_number = len(value) <= len(str(MAX_COUNT)) and value.isascii() and value.isdigit()
    if short_number and MIN_COUNT <= int(value) <= MAX_COUNT:
        return int(value)
    raise BadInput(
        Text(
            f"--count の値 {shown(raw)} は使えません。{MIN_COUNT}〜{MAX_COUNT} の整数を指定してください",
            f"--count {shown(raw)} is not usable; give a whole number from {MIN_COUNT} to {MAX_COUNT}",
        )
    )


# ---------------------------------------------------------------- key dates


@dataclass(frozen=True, slots=True)
class ScheduledRenewal:
    """One renewal with the two days that matter before it, and the fee due then."""

    renewal_date: dt.date
    notice_date: dt.date  # the reminder mail arrives (if switched on)
    cancel_by: dt.date  # last day to cancel without being charged for the next period
    fee_yen: int | None  # None: no plan given, or the fee on that date is not known


def notice_date(renewal: dt.date) -> dt.date:
    """The day the reminder mail arrives: 3 days before renewal."""
    return renewal - dt.timedelta(days=NOTICE_DAYS_BEFORE)


def cancel_by(renewal: dt.date) -> dt.date:
    """The last day to cancel before the renewal charge: the day before renewal."""
    return renewal - dt.timedelta(days=CANCEL_DAYS_BEFORE)


def scheduled(renewal: dt.date, fee_yen: int | None = None) -> ScheduledRenewal:
    """The renewal with its reminder-mail date and last day to cancel."""
    return ScheduledRenewal(renewal, notice_date(renewal), cancel_by(renewal), fee_yen)


def status_on(renewal: dt.date, today: dt.date) -> Status:
    """Say which of the reminder date, the last day to cancel and the renewal are past."""
    if today > renewal:
        return Status.RENEWAL_PAST
    if today > cancel_by(renewal):
        return Status.CANCEL_BY_PAST
    if today > notice_date(renewal):
        return Status.NOTICE_PAST
    return Status.NONE_PAST


def _key_days(renewal: dt.date, today: dt.date) -> dict[str, Any]:
    """The key dates, the day counts to each and the status (fields shared by the reports)."""
    return {
        "renewal_date": renewal,
        "notice_date": notice_date(renewal),
        "cancel_by": cancel_by(renewal),
        "today": today,
        "days_until_renewal": (renewal - today).days,
        "days_until_notice": (notice_date(renewal) - today).days,
        "days_until_cancel_by": (cancel_by(renewal) - today).days,
        "status": status_on(renewal, today),
    }


def nth_renewal(anchor: dt.date, plan: Plan, k: int) -> dt.date:
    """The k-th renewal after ``anchor`` (k = 0 is the anchor), counted from the anchor itself."""
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


# ---------------------------------------------------------------- fees


@dataclass(frozen=True, slots=True)
class FeePeriod:
    """One fee in a plan's history and from when renewals pay it."""

    fee_yen: int
    new_members: Text
    renewals: Text | None
    renewals_from: dt.date | None  # None: the oldest fee, in effect for every earlier date
    uncertain_from: dt.date | None  # renewals in [uncertain_from, renewals_from) are unknown
    fact: Fact


@dataclass(frozen=True, slots=True)
class PlanFees:
    """A plan's name, period and fee history (oldest first)."""

    plan: Plan
    name: Text
    months: int
    history: tuple[FeePeriod, ...]

    @property
    def current(self) -> FeePeriod:
        return self.history[-1]


@dataclass(frozen=True, slots=True)
class FeeBook:
    """Every plan's fee history, and the notes that go with it."""

    plans: tuple[PlanFees, ...]
    notes: tuple[Fact, ...]

    def of(self, plan: Plan) -> PlanFees:
        return next(p for p in self.plans if p.plan is plan)


def fee_book(data: Table) -> FeeBook:
    """Build the :class:`FeeBook` from the validated ``fees`` data file."""
    plans = []
    for table in data["plans"]:
        history = tuple(
            FeePeriod(
                fee_yen=item["yen"],
                new_members=text(item["new_members"]),
                renewals=text(item["renewals"]) if "renewals" in item else None,
                renewals_from=item.get("renewals_from"),
                uncertain_from=item.get("uncertain_from"),
                fact=fact(item),
            )
            for item in table["history"]
        )
        plans.append(PlanFees(Plan(table["plan"]), text(table["name"]), table["months"], history))
    return FeeBook(plans=tuple(plans), notes=tuple(fact(note) for note in data["notes"]))


def fee_on(fees: PlanFees, day: dt.date) -> int | None:
    """The fee a renewal on ``day`` pays, or ``None`` where the facts do not say."""
    found: int | None = None
    for period in fees.history:
        if period.uncertain_from is not None and day >= period.uncertain_from:
            found = None
        if period.renewals_from is None or day >= period.renewals_from:
            found = period.fee_yen
    return found


def schedule(
    anchor: dt.date, plan: Plan, today: dt.date, count: int, fees: PlanFees
) -> tuple[ScheduledRenewal, ...]:
    """The next ``count`` renewals anchored to ``anchor``, from the first on or after today."""
    first = first_index_on_or_after(anchor, plan, today)
    renewals = (nth_renewal(anchor, plan, k) for k in range(first, first + count))
    return tuple(scheduled(day, fee_on(fees, day)) for day in renewals)


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


@dataclass(frozen=True, slots=True)
class FeesReport:
    """Everything ``primehelp fees`` shows."""

    current: tuple[CurrentFee, ...]
    history: tuple[HistoryEntry, ...]
    comparisons: tuple[Comparison, ...]
    notes: tuple[Fact, ...]
    checked: dt.date


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


# ---------------------------------------------------------------- the reminder mail


@dataclass(frozen=True, slots=True)
class Reminder:
    """The opt-in reminder mail: off by default, where to switch it on, and its imitators."""

    opt_in: Fact
    switch_on: Fact
    switch_on_label: str
    page_url: str
    scam_warning: Fact


def reminder_from_data(data: Table) -> Reminder:
    """Build :class:`Reminder` from the validated ``reminder`` data file."""
    return Reminder(
        opt_in=fact(data["mail"]),
        switch_on=fact(data["switch_on"]),
        switch_on_label=data["switch_on"]["label_ja"],
        page_url=data["prime_page"]["url"],
        scam_warning=fact(data["scam"]),
    )


# ---------------------------------------------------------------- renewal


@dataclass(frozen=True, slots=True)
class RenewalReport:
    """Everything ``primehelp renewal`` shows; the field names are the JSON keys."""

    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    today: dt.date
    days_until_renewal: int  # negative when past
    days_until_notice: int
    days_until_cancel_by: int
    status: Status
    reminder: Reminder
    plan: Plan | None
    plan_name: Text | None
    upcoming: tuple[ScheduledRenewal, ...] | None  # with a plan only
    explanation: tuple[Text, ...] | None  # with --explain only

    @property
    def schedule(self) -> tuple[ScheduledRenewal, ...]:
        """The renewals to put in a calendar: the upcoming ones, or just the given date."""
        return self.upcoming if self.upcoming is not None else (scheduled(self.renewal_date),)


def _days(template: Table, days: int) -> Text:
    """Pick the future / today / past wording for a day count."""
    keys = {1: "one", 0: "today", -1: "minus_one"}
    key = keys.get(days, "future" if days > 0 else "past")
    return text(template[key]).format(n=abs(days))


def explain_renewal(
    renewal: dt.date,
    today: dt.date,
    plan: PlanFees | None,
    upcoming: tuple[ScheduledRenewal, ...] | None,
    wording: Table,
) -> tuple[Text, ...]:
    """The arithmetic in words, one sentence per step, from the ``ui_renewal`` wording."""
    lines = wording["explain"]
    dates = {
        "renewal": renewal.isoformat(),
        "notice": notice_date(renewal).isoformat(),
        "cancel_by": cancel_by(renewal).isoformat(),
        "today": today.isoformat(),
        "notice_days": NOTICE_DAYS_BEFORE,
        "cancel_days": CANCEL_DAYS_BEFORE,
    }
    out = [
        text(lines["notice"]).format(**dates),
        text(lines["cancel_by"]).format(**dates),
        text(lines["today"]).format(**dates),
        _days(lines["until_renewal"], (renewal - today).days),
    ]
    if plan is not None and upcoming:
        anchored = "anchored_annual" if plan.months == 12 else "anchored_monthly"
        out.append(text(lines[anchored]).format(anchor=renewal.isoformat()))
        if upcoming[0].renewal_date != renewal:
            out.append(
                text(lines["past_anchor"]).format(
                    anchor=renewal.isoformat(), first=upcoming[0].renewal_date.isoformat()
                )
            )
        out.append(text(lines["fee"]).format(plan_ja=plan.name.ja, plan_en=plan.name.en))
    return tuple(out)


def renewal_report(
    renewal: dt.date,
    today: dt.date,
    reminder: Reminder,
    *,
    plan: PlanFees | None = None,
    count: int = DEFAULT_COUNT,
    wording: Table | None = None,
) -> RenewalReport:
    """Turn a renewal date into the days to act on; with ``plan``, the next ``count`` renewals.

    Pass ``wording`` (the ``ui_renewal`` data) to get the arithmetic explained in words.
    """
    upcoming = schedule(renewal, plan.plan, today, count, plan) if plan is not None else None
    return RenewalReport(
        **_key_days(renewal, today),
        reminder=reminder,
        plan=plan.plan if plan is not None else None,
        plan_name=plan.name if plan is not None else None,
        upcoming=upcoming,
        explanation=(
            explain_renewal(renewal, today, plan, upcoming, wording)
            if wording is not None
            else None
        ),
    )


# ---------------------------------------------------------------- free trial


@dataclass(frozen=True, slots=True)
class TrialReport:
    """Everything ``primehelp trial`` shows; the computed dates are estimates."""

    start: dt.date
    student: bool
    trial_length: Text
    renewal_date: dt.date  # estimated first paid renewal: the trial's end
    notice_date: dt.date
    cancel_by: dt.date
    today: dt.date
    days_until_renewal: int
    days_until_notice: int
    days_until_cancel_by: int
    status: Status
    estimate: Fact  # the page shows the exact date; ours is an estimate
    length: Fact
    cancel_free: Fact
    auto_renew: Fact
    student_limit: Fact | None
    reminder: Reminder

    @property
    def schedule(self) -> tuple[ScheduledRenewal, ...]:
        """The first paid renewal, for a calendar (fee unknown: the plan is not chosen yet)."""
        return (scheduled(self.renewal_date),)


def trial_end(start: dt.date, *, student: bool, data: Table) -> dt.date:
    """The estimated first renewal: START + 30 days (regular) or + 6 months (Prime Student)."""
    if student:
        result: dt.date = start + relativedelta(months=data["student"]["months"])
        return result
    return start + dt.timedelta(days=data["regular"]["days"])


def trial_report(
    start: dt.date,
    today: dt.date,
    reminder: Reminder,
    *,
    student: bool,
    data: Table,
    wording: Table,
) -> TrialReport:
    """Estimate the trial's end and the days to act on before the first charge."""
    renewal = trial_end(start, student=student, data=data)
    length = (
        text(wording["trial_months"]).format(n=data["student"]["months"])
        if student
        else text(wording["trial_days"]).format(n=data["regular"]["days"])
    )
    return TrialReport(
        start=start,
        student=student,
        trial_length=length,
        **_key_days(renewal, today),
        estimate=fact(data["exact_date"]),
        length=fact(data["student" if student else "regular"]),
        cancel_free=fact(data["cancel_free"]),
        auto_renew=fact(data["auto_renew"]),
        student_limit=fact(data["student_limit"]) if student else None,
        reminder=reminder,
    )
