"""Renewal arithmetic: the reminder-mail date, the last day to cancel, schedules.

Pure functions over plain values. ``today`` is always a parameter (the CLI computes it in
Asia/Tokyo). The renewals of a plan, anchored to the first date, and the two days before each
are in :mod:`primehelp.periods`; fees in :mod:`primehelp.plans`, the reminder mail in
:mod:`primehelp.reminder`, free trials in :mod:`primehelp.trial` and ``primehelp fees`` in
:mod:`primehelp.fees`.
"""

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from primehelp.errors import whole_number
from primehelp.facts import Fact, ui
from primehelp.i18n import Text
from primehelp.periods import (
    CANCEL_DAYS_BEFORE,
    NOTICE_DAYS_BEFORE,
    Plan,
    cancel_by,
    first_index_on_or_after,
    last_renewal,
    next_renewal,
    notice_date,
    nth_renewal,
)
from primehelp.plans import PlanFees, fee_on, period_on
from primehelp.reminder import Reminder, TodayAction, today_action

if TYPE_CHECKING:
    from primehelp.calendar_past import CalendarWritten

MIN_COUNT = 1
MAX_COUNT = 120
DEFAULT_COUNT = 3


class Status(StrEnum):
    """Which of the key dates are already past (strictly before today)."""

    NONE_PAST = "none_past"  # today is on or before the reminder-mail date
    NOTICE_PAST = "notice_past"  # the mail date is past; today is still a day to cancel
    CANCEL_BY_PAST = "cancel_by_past"  # today is the renewal day itself
    RENEWAL_PAST = "renewal_past"


# ---------------------------------------------------------------- option parsing


def parse_count(raw: str) -> int:
    """Read a ``--count`` value: a whole number from 1 to 120."""
    return whole_number(raw, "--count", MIN_COUNT, MAX_COUNT)


# ---------------------------------------------------------------- key dates


class ScheduledRenewal(NamedTuple):
    """One renewal with the two days that matter before it, and the fee due then."""

    renewal_date: dt.date
    notice_date: dt.date  # the reminder mail arrives (if switched on)
    cancel_by: dt.date  # last day to cancel without being charged for the next period
    fee_yen: int | None  # None: no plan given, or the fee on that date is not known
    # Prime Student given, but this renewal is 4 years or more after the given date: the paid
    # Student years are over (FACTS §2), so the row has the regular plan's fee.
    regular_prime: bool = False


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


class ShownDates(NamedTuple):
    """The renewal the text's main table shows, its two days before and the day counts: the date
    given, or with a plan and a past date the next renewal counted from it (review 38b item 7)."""

    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    days_until_renewal: int
    days_until_notice: int
    days_until_cancel_by: int
    status: Status


def shown_dates(renewal: dt.date, today: dt.date) -> ShownDates:
    """The dates of one renewal and the day counts to them from today."""
    return ShownDates(
        renewal,
        notice_date(renewal),
        cancel_by(renewal),
        (renewal - today).days,
        (notice_date(renewal) - today).days,
        (cancel_by(renewal) - today).days,
        status_on(renewal, today),
    )


# renewal_date, notice_date, cancel_by, today, the day counts to those three, status
KeyDays = tuple[dt.date, dt.date, dt.date, dt.date, int, int, int, Status]


def key_days(renewal: dt.date, today: dt.date) -> KeyDays:
    """The key dates, the day counts to each and the status, in the reports' field order.

    Both reports list these eight fields in this order, so ``*key_days(...)`` fills them
    positionally and mypy checks each type (a ``**`` dict would hide them).
    """
    return (
        renewal,
        notice_date(renewal),
        cancel_by(renewal),
        today,
        (renewal - today).days,
        (notice_date(renewal) - today).days,
        (cancel_by(renewal) - today).days,
        status_on(renewal, today),
    )


def schedule(
    anchor: dt.date,
    plan: Plan,
    today: dt.date,
    count: int,
    fees: PlanFees,
    regular: tuple[dt.date, PlanFees] | None = None,
) -> tuple[ScheduledRenewal, ...]:
    """The next ``count`` renewals anchored to ``anchor``, from the first on or after today.

    ``regular`` (Prime Student): from that date on, renewals pay the regular plan's fee.
    """
    first = first_index_on_or_after(anchor, plan, today)
    renewals = (nth_renewal(anchor, plan, k) for k in range(first, first + count))
    rows: list[ScheduledRenewal] = []
    for day in renewals:
        if regular is not None and day >= regular[0]:
            fee = fee_on(regular[1], day)
            rows.append(ScheduledRenewal(day, notice_date(day), cancel_by(day), fee, True))
        else:
            rows.append(scheduled(day, fee_on(fees, day)))
    return tuple(rows)


# ---------------------------------------------------------------- renewal


@dataclass(frozen=True, slots=True)
class RenewalReport:
    """Everything ``primehelp renewal`` shows; the field names are the JSON keys."""

    action: TodayAction  # what to do today: the first line
    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    today: dt.date
    days_until_renewal: int  # negative when past
    days_until_notice: int
    days_until_cancel_by: int
    status: Status
    # The row the table shows (the next renewal when a past date is rolled forward with a plan);
    # the dates above stay the date given (review 38b item 7).
    shown: ShownDates
    reminder: Reminder
    plan: Plan | None
    plan_name: Text | None
    upcoming: tuple[ScheduledRenewal, ...] | None  # with a plan only
    explanation: tuple[Text, ...] | None  # with --explain only
    # Prime Student: renewals on or after this day have the regular plan's fee (4 paid years).
    student_regular_from: dt.date | None = None
    # A saved free trial (``trial --save``, no date given): the day is its automatic paid renewal,
    # named as ``trial`` names it (review 17b item 4).
    trial: bool = False
    # A saved Prime Student trial: the --plan example names a Student plan (review 28b item 4).
    student: bool = field(default=False, metadata={"json": False})
    # No DATE given: the date was read from the profile saved with --save (review 32b S 12).
    saved: bool = field(default=False, metadata={"json": False})
    # The date is a saved free trial's end, passed or not: Student's 4 years count from it (49b 11)
    from_trial: bool = field(default=False, metadata={"json": False})
    # The facts behind the fee rows, the fee and Prime Student notes and --explain: the screen's
    # 出典 list names their sources (review 34b item 1).
    facts: tuple[Fact, ...] = ()
    # What --ics FILE wrote (review 41b S 15); None without it.
    calendar: "CalendarWritten | None" = None
    # The warnings said on stderr about the date given (far ahead of its plan, Prime Student's
    # 4 years past, a Student monthly plan before 2019), as complain keeps them (review 45b 8).
    warnings: tuple[Text, ...] = ()
    # the screen's note: the cancel-by date is primehelp's safety margin, not Amazon's last day
    # (FACTS §4; review 47b item 4: the JSON had the date alone)
    cancel_by_note: Text | None = None

    @property
    def schedule(self) -> tuple[ScheduledRenewal, ...]:
        """The renewals to put in a calendar: the upcoming ones, or just the given date."""
        return self.upcoming if self.upcoming is not None else (scheduled(self.renewal_date),)


def _days(wording: Mapping[str, Text], days: int) -> Text:
    """Pick the future / today / past wording for a day count."""
    keys = {1: "one", 0: "today", -1: "minus_one"}
    key = keys.get(days, "future" if days > 0 else "past")
    return wording[f"explain.until_renewal.{key}"].format(n=abs(days))


def explain_renewal(
    renewal: dt.date,
    today: dt.date,
    plan: PlanFees | None,
    upcoming: tuple[ScheduledRenewal, ...] | None,
    wording: Mapping[str, Text],
    regular: tuple[dt.date, PlanFees] | None = None,
) -> tuple[Text, ...]:
    """The arithmetic in words, one sentence per step, from the ``ui_renewal`` labels.

    It explains the dates the table shows: for a past date with a plan, the next renewal is
    found first, and the reminder mail and the cancel-by date are counted back from it; a past
    date without one has no such days (the table leaves them out).
    """
    shown = upcoming[0].renewal_date if plan is not None and upcoming else renewal
    dates = {
        "renewal": shown.isoformat(),
        "notice": notice_date(shown).isoformat(),
        "cancel_by": cancel_by(shown).isoformat(),
        "today": today.isoformat(),
        "notice_days": NOTICE_DAYS_BEFORE,
        "cancel_days": CANCEL_DAYS_BEFORE,
    }
    out = []
    if plan is not None and shown != renewal:
        k = first_index_on_or_after(renewal, plan.plan, today)
        unit = ("years" if plan.months == 12 else "months") + ("_one" if k == 1 else "")
        out.append(
            wording[f"explain.past_anchor.{unit}"].format(
                anchor=renewal.isoformat(), first=shown.isoformat(), n=k
            )
        )
    days = (shown - today).days
    if days < 0 and not (plan is not None and upcoming):  # past, nothing to count on:
        # the table shows only today and that date; so does this (review 27b item 2)
        key = "minus_one" if days == -1 else "past"
        moot = wording[f"explain.past_no_plan.{key}"].format(renewal=dates["renewal"], n=-days)
        return (*out, wording["explain.today"].format(**dates), moot)
    out += [
        wording["explain.notice"].format(**dates),
        wording["explain.cancel_by"].format(**dates),
        wording["explain.today"].format(**dates),
        _days(wording, days),
    ]
    if plan is not None and upcoming:
        anchored = "anchored_annual" if plan.months == 12 else "anchored_monthly"
        out.append(wording[f"explain.{anchored}"].format(anchor=renewal.isoformat()))
        if plan.months == 12 and (renewal.month, renewal.day) == (2, 29):
            out.append(wording["explain.leap_day"])
        # Prime Student with regular rows: which rows each fee is (review 20b item 6)
        rows = [item.regular_prime for item in upcoming] if regular is not None else [False]
        fee, name = ("explain.fee_student_rows" if any(rows) else "explain.fee"), plan.name
        if regular is not None and all(rows):
            fee, name = "explain.student_all_regular", regular[1].name
        # a row of the plan not at today's fee (a past --today): not 「現在の料金」 (42b item 11)
        today_fee = plan.current.fee_yen
        if any(not item.regular_prime and item.fee_yen != today_fee for item in upcoming):
            fee = "explain.fee_by_date"
        date = "" if regular is None else regular[0].isoformat()
        kind = "" if regular is None else regular[1].name.ja  # 「年間プラン」
        # Which renewal has the regular fee: the note under the table says it (26b item 6).
        said = name.ja.replace("Prime Student ", "Prime Studentの")  # a sentence's (53b item 11)
        out.append(wording[fee].format(plan_ja=said, plan_en=name.en, date=date, kind_ja=kind))
    return tuple(out)


def renewal_action(
    renewal: dt.date,
    today: dt.date,
    plan: Plan | None,
    wording: Mapping[str, Text],
    refund_rules: Callable[[bool | None, bool], tuple[Fact, ...]],
    regular_since: dt.date | None = None,
    trial_end: dt.date | None = None,
) -> TodayAction:
    """What to do today. A past date with a plan leads with the next renewal, and the last
    charge (in the current period) can be undone by ending now. ``regular_since``: a Prime
    Student plan's switch to regular Prime (no ``--student`` after it); ``trial_end``: a saved
    free trial's end, whose charge is its first fee (51b item 18)."""
    last_charge = last_renewal(renewal, plan, today)  # the same charge `due` names
    months = None if plan is None else plan.months
    student = plan is not None and plan.value.startswith("student-")  # its steps (43b item 7)
    student = student and not (regular_since is not None and regular_since <= today)  # 47b S 8
    command = "primehelp cancel" + " --student" * student
    if plan is None or last_charge is None:  # the day come: `cancel` leads with it (53b S 19)
        dated = f"{command} --renewal {renewal.isoformat()}"  # also before it (63b S 9)
        return today_action(
            renewal, today, wording, refund_rules, months=months, command=dated, paid_command=dated
        )
    following = next_renewal(renewal, plan, today)  # the cancel lead counts down to it (63b S 9)
    command += f" --renewal {following.isoformat()}"
    return today_action(
        following,
        today,
        wording,
        refund_rules,
        last_charge=last_charge,
        charged_trial=last_charge == trial_end,
        given=renewal,
        months=months,
        command=command,
        paid_command=command,
    )


def renewal_report(
    renewal: dt.date,
    today: dt.date,
    reminder: Reminder,
    action_wording: Mapping[str, Text],
    refund_rules: Callable[[bool | None, bool], tuple[Fact, ...]],
    *,
    plan: PlanFees | None = None,
    count: int = DEFAULT_COUNT,
    wording: Mapping[str, Text] | None = None,
    regular: tuple[dt.date, PlanFees] | None = None,
    student_limit: Fact | None = None,
) -> RenewalReport:
    """Turn a renewal date into the days to act on; with ``plan``, the next ``count`` renewals.

    ``action_wording`` (the ``ui`` labels) words the action for today; ``refund_rules`` gives
    Amazon's refund rule when a charge is named. Pass ``wording`` (the ``ui_renewal`` labels)
    to get the arithmetic explained in words.
    """
    upcoming = (
        schedule(renewal, plan.plan, today, count, plan, regular) if plan is not None else None
    )
    return RenewalReport(
        renewal_action(
            renewal,
            today,
            None if plan is None else plan.plan,
            action_wording,
            refund_rules,
            None if regular is None else regular[0],
        ),
        *key_days(renewal, today),
        reminder=reminder,
        plan=plan.plan if plan is not None else None,
        plan_name=plan.name if plan is not None else None,
        upcoming=upcoming,
        explanation=(
            explain_renewal(renewal, today, plan, upcoming, wording, regular)
            if wording is not None
            else None
        ),
        student_regular_from=None if regular is None else regular[0],
        facts=_fee_facts(plan, upcoming, regular, student_limit, explained=wording is not None),
        shown=shown_dates(upcoming[0].renewal_date if upcoming else renewal, today),
        cancel_by_note=ui("cancel_by_margin"),
    )


def _fee_facts(
    plan: PlanFees | None,
    upcoming: tuple[ScheduledRenewal, ...] | None,
    regular: tuple[dt.date, PlanFees] | None,
    student_limit: Fact | None,
    *,
    explained: bool,
) -> tuple[Fact, ...]:
    """The fee facts of the rows shown (each row's fee period; the whole history when a fee is
    unknown or --explain words the changes) and Prime Student's 4 paid years (review 34b item 1)."""
    if plan is None or not upcoming:
        return ()
    found: list[Fact] = []
    for item in upcoming:
        fees = regular[1] if item.regular_prime and regular is not None else plan
        period = period_on(fees, item.renewal_date)
        if period is not None:
            found.append(period.fact)
    if explained or any(item.fee_yen is None for item in upcoming):
        found += [period.fact for period in plan.history]
    if regular is not None and student_limit is not None:
        found.append(student_limit)
    unique = {fact.id: fact for fact in found}
    return tuple(unique.values())
