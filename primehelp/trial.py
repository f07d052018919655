"""Free trials: when a trial turns into a paid membership, and the days to act on before it.

Pure functions over plain values; ``today`` is a parameter. The computed dates are estimates
(the Prime page shows the exact one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from dateutil.relativedelta import relativedelta

from primehelp.content.trial import TrialData
from primehelp.facts import Fact, ui
from primehelp.i18n import Text
from primehelp.reminder import Reminder, TodayAction, today_action
from primehelp.renewal import ScheduledRenewal, Status, key_days, scheduled

if TYPE_CHECKING:
    from primehelp.calendar_past import CalendarWritten
    from primehelp.plans import FeeBook


@dataclass(frozen=True, slots=True)
class RenewalFees:
    """The annual and monthly fees a renewal on the trial's renewal date charges (Prime
    Student's with --student): the member's plan is not known yet (review 43b item 4)."""

    annual: int
    monthly: int
    checked: dt.date  # the older of the two facts' check dates, as the screen says it
    facts: tuple[Fact, ...]


def renewal_fees(book: FeeBook, day: dt.date, *, student: bool) -> RenewalFees | None:
    """The fees of a renewal on ``day``; ``None`` where the facts do not give both."""
    from primehelp.plans import Plan, period_on

    plans = (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY) if student else (Plan.ANNUAL, Plan.MONTHLY)
    annual, monthly = (period_on(book.of(plan), day) for plan in plans)
    if annual is None or monthly is None:
        return None
    checked = min(annual.fact.checked, monthly.fact.checked)
    return RenewalFees(annual.fee_yen, monthly.fee_yen, checked, (annual.fact, monthly.fact))


def current_fees(
    book: FeeBook, charged: RenewalFees | None, renewal: dt.date, today: dt.date, *, student: bool
) -> RenewalFees | None:
    """Today's fees where a trial's renewal before today charged others (a fee change since:
    review 49b item 1); ``None`` otherwise, or where the facts do not give them."""
    if charged is None or renewal >= today:
        return None
    now = renewal_fees(book, today, student=student)
    if now is None or (now.annual, now.monthly) == (charged.annual, charged.monthly):
        return None
    return now


class TrialPeriod(NamedTuple):
    """The free trial's length as numbers (review 38b S 22): months (Prime Student) or days."""

    months: int | None
    days: int | None


@dataclass(frozen=True, slots=True)
class TrialReport:
    """Everything ``primehelp trial`` shows; the computed dates are estimates."""

    action: TodayAction  # what to do today: the first line
    start: dt.date
    student: bool
    trial_length: Text
    trial_period: TrialPeriod  # the same length for scripts (review 38b S 22)
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
    student_switch_refund: (
        Fact | None
    )  # with --student (--json only): a regular annual fee's unused part
    reminder: Reminder
    start_in_future: bool = False  # START after today: the screen is what to expect then
    # with --student: the renewal at which the 4 paid years at most end and it becomes regular
    # Prime, the date the .ics writes (review 39b item 6); None otherwise
    student_regular_from: dt.date | None = None
    # What --ics FILE wrote (review 41b S 15, as renewal's); None without it.
    calendar: CalendarWritten | None = None
    # the fees the automatic renewal charges, as the screen says them (review 43b item 4)
    renewal_fees: RenewalFees | None = None
    # today's fees of the same plans when the trial ended before a fee change: the screen says
    # the fee charged then in the past tense, and these apart (review 49b item 1); else None
    current_fees: RenewalFees | None = None
    # the screen's note: the cancel-by date is primehelp's safety margin (review 47b item 4)
    cancel_by_note: Text | None = None
    # the warnings said on stderr about the start given, kept for --json (review 48b item 5)
    warnings: tuple[Text, ...] = ()

    @property
    def schedule(self) -> tuple[ScheduledRenewal, ...]:
        """The first paid renewal, for a calendar (fee unknown: the plan is not chosen yet)."""
        return (scheduled(self.renewal_date),)


def trial_end(start: dt.date, *, student: bool, data: TrialData) -> dt.date:
    """The estimated first renewal: START + 30 days (regular) or + 6 months (Prime Student)."""
    if student:
        result: dt.date = start + relativedelta(months=data.student_months)
        return result
    return start + dt.timedelta(days=data.regular_days)


def student_end(trial_end: dt.date, data: TrialData) -> dt.date:
    """The latest day Prime Student becomes regular Prime: 4 paid years after the trial's end.

    Anchored to the trial's end (29 February gives 28 February in a common year).
    """
    result: dt.date = trial_end + relativedelta(years=data.student_limit_years)
    return result


def trial_report(
    start: dt.date,
    today: dt.date,
    reminder: Reminder,
    *,
    student: bool,
    data: TrialData,
    wording: Mapping[str, Text],
    action_wording: Mapping[str, Text],
    refund_rules: Callable[[bool | None, bool], tuple[Fact, ...]],
) -> TrialReport:
    """Estimate the trial's end and the days to act on before the first charge.

    Before the renewal date the action points to ``primehelp cancel --trial``; from that day the
    fee may be charged, and ``primehelp cancel`` asks when to end. A Prime Student's command says
    ``--student`` in every branch.
    """
    renewal = trial_end(start, student=student, data=data)
    # On the renewal day the first fee may already be charged: the paid steps choose the timing.
    command = "primehelp cancel" + (" --trial" if renewal > today else "")
    switched = student and student_end(renewal, data) <= today  # regular Prime by now (47b S 8)
    paid_command = "primehelp cancel" + (" --student" if student and not switched else "")
    if student and not switched:
        command += " --student"
    if renewal < today:  # the first fee's day, as `renewal` and `due` give it (review 62b item 8)
        command = paid_command = paid_command.replace(" cancel", " cancel --paid", 1)
        command = paid_command = f"{paid_command} --renewal {renewal.isoformat()}"
    # On the day the fee may or may not be charged: `cancel --trial --renewal` shows both (review
    # 34b S 19, 57b item 4). From the day after, the paid steps for the fee of that day, as `due`
    # names them (review 63b item 2: `--trial` named there was read as paid by `cancel`).
    if renewal == today:
        command = paid_command = (
            "primehelp cancel --trial"
            + (" --student" if student else "")
            + f" --renewal {renewal.isoformat()}"
        )
    length = (
        wording["trial_months"].format(n=data.student_months)
        if student
        else wording["trial_days"].format(n=data.regular_days)
    )
    return TrialReport(
        today_action(
            renewal,
            today,
            action_wording,
            refund_rules,
            trial=True,
            command=command,
            paid_command=paid_command,
        ),
        start,
        student,
        length,
        TrialPeriod(data.student_months, None) if student else TrialPeriod(None, data.regular_days),
        *key_days(renewal, today),
        estimate=data.exact_date,
        length=data.student if student else data.regular,
        cancel_free=data.cancel_free,
        auto_renew=data.auto_renew,
        student_limit=data.student_limit if student else None,
        student_switch_refund=data.student_switch_refund if student else None,
        # until the trial ends, the mail comes before its automatic renewal date (53b item 9)
        reminder=reminder
        if renewal < today
        else reminder.before_trial_end(wording["reminder_mail_trial"]),
        start_in_future=start > today,
        student_regular_from=student_end(renewal, data) if student else None,
        cancel_by_note=ui("cancel_by_margin_trial"),
    )
