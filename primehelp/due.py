"""``primehelp due``: is there something to do about the renewal now?

Pure: the saved profile and ``today`` go in, a frozen :class:`DueReport` comes out. The dates
are the ones every other command uses: the next renewal rolled forward from the saved date
(:func:`primehelp.periods.next_renewal`), the reminder-mail date and the last safe day to
cancel (:mod:`primehelp.periods`).

Something is due from the reminder-mail date (3 days before) up to the renewal day itself;
``--within DAYS`` starts the window earlier, never later. Before that window, a fee charged in
the current period (known from a plan, as ``renewal`` names it) is said with ``--verbose``: ending
now may refund it. It is due itself for the first :data:`JUST_CHARGED_DAYS` days after the
renewal, the days a member can act on it before benefits are likely to have been used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from primehelp.errors import NoProfile, ProfileOutdated, whole_number
from primehelp.i18n import Text
from primehelp.periods import (
    NOTICE_DAYS_BEFORE,
    Plan,
    brought_near,
    cancel_by,
    furthest_next,
    last_renewal,
    next_renewal,
    notice_date,
    renewal_after,
)

if TYPE_CHECKING:
    from primehelp.notify import Notification
    from primehelp.profile import Profile

MAX_WITHIN_DAYS = 365
JUST_CHARGED_DAYS = NOTICE_DAYS_BEFORE  # due for this many days after a renewal (as before it)
STALE_REFUND_DAYS = 30  # the refund note of --verbose left out this near the next window (59b S 1)


class Moment(StrEnum):
    """Where today falls before the next renewal."""

    AHEAD = "ahead"  # before the window: nothing to do yet
    COMING = "coming"  # in the window, before the last safe day
    LAST_SAFE_DAY = "last_safe_day"  # the day before the renewal
    RENEWAL_DAY = "renewal_day"
    CHARGED = "charged"  # before the window, a fee charged in the current period (with a plan)


class DueKind(StrEnum):
    """What renews: a paid membership, or a free trial turning into one."""

    RENEWAL = "renewal"
    TRIAL = "trial"


@dataclass(frozen=True, slots=True)
class DueReport:
    """What ``primehelp due`` says; the field names are the JSON keys."""

    due: bool
    kind: DueKind
    moment: Moment
    today: dt.date
    renewal_date: dt.date  # the next renewal on or after today
    notice_date: dt.date
    cancel_by: dt.date
    window_start: dt.date  # due from this day up to renewal_date
    within_days: int  # the days before the renewal the window starts (--within, never narrower)
    days_until_renewal: int
    charged_on: dt.date | None  # the renewal charged last, which ending now may refund
    plan: Plan | None
    message: Text
    command: str | None  # what to run when something is due
    notification: Notification | None = None  # with --notify, when there was something to say


def parse_within(raw: str) -> int:
    """Read a ``--within`` value: a whole number of days from 0 to 365.

    The error says, as the help does, that 0-2 act as 3 (review 54b item 5)."""
    under_three = Text("（3より小さい値は3と同じです）", " (a value under 3 is the same as 3)")
    return whole_number(raw, "--within", 0, MAX_WITHIN_DAYS, under_three)


def no_profile(sentences: Mapping[str, Text], daily: bool = False) -> NoProfile:
    """The error for nothing saved: how to save a renewal date; ``daily`` (``--notify``): how
    to stop the daily check first, for a member who cancelled (review 61b item 1)."""
    return NoProfile(sentences["no_profile.notify" if daily else "no_profile"])


def _moment(today: dt.date, renewal: dt.date, window_start: dt.date) -> Moment:
    if today < window_start:
        return Moment.AHEAD
    if today == renewal:
        return Moment.RENEWAL_DAY
    if today == cancel_by(renewal):
        return Moment.LAST_SAFE_DAY
    return Moment.COMING


def cancel_command(
    kind: DueKind,
    plan: Plan | None,
    moment: Moment | None = None,
    renewal: dt.date | None = None,
    student: bool = False,
) -> str:
    """The command that shows how to cancel in this member's case (``student``: a saved
    Prime Student trial, review 28b item 4).

    On a trial's renewal day the first fee may already be charged: ``cancel --trial --renewal``
    with that day is the screen written for it (review 24b S 8; plain ``cancel`` shows the paid
    steps only; without the day, plain ``cancel``). On a paid renewal day and the days just
    after it (``Moment.CHARGED`` while due; ``renewal`` the day charged), ``cancel --renewal``
    with that day, as ``renewal`` gives it (review 60b item 5: plain ``cancel`` is about the
    next renewal, not the fee just charged). Before a paid renewal, ``cancel --renewal`` with
    that day too, so that the cancel lead counts the days down to it (review 63b S 9).
    """
    words = ["primehelp", "cancel"]
    trial = kind is DueKind.TRIAL
    on_the_day = moment is Moment.RENEWAL_DAY
    if trial and (not on_the_day or renewal is not None):
        words.append("--trial")
    if student or plan in (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY):
        words.append("--student")
    # a paid renewal's day also before it, so that the cancel lead counts down to it (63b S 9)
    if (on_the_day or not trial) and renewal is not None:
        words += ["--renewal", renewal.isoformat()]
    return " ".join(words)


def _fill(sentence: Text, **values: object) -> Text:
    """Fill the placeholders: dates as 「2026年12月31日」 in Japanese, ISO in English; a
    :class:`Text` in each language."""

    def dates(lang: str) -> dict[str, object]:
        return {
            name: (
                f"{value.year}年{value.month}月{value.day}日"
                if lang == "ja" and isinstance(value, dt.date)
                else value.isoformat()
                if isinstance(value, dt.date)
                else (value.ja if lang == "ja" else value.en)
                if isinstance(value, Text)
                else value
            )
            for name, value in values.items()
        }

    return Text(sentence.ja.format(**dates("ja")), sentence.en.format(**dates("en")))


def _far_ahead(
    saved: dt.date, plan: Plan | None, today: dt.date, sentences: Mapping[str, Text]
) -> ProfileOutdated:
    """A saved paid date further ahead than ``plan`` renews (review 36b item 1): not 「今日お知らせ
    することはありません」 for months while a monthly plan is charged. A trial is not checked: its
    start may be saved ahead of time."""
    example = brought_near(saved, plan, today)
    months = 12 if plan is None else plan.months
    given = "" if plan is None else plan.value if months == 1 else f" --plan {plan.value}"
    return ProfileOutdated(
        _fill(
            sentences[f"far.{months}"],
            renewal=saved,
            example=example,
            example_iso=example.isoformat(),
            plan=given,
        )
    )


def _plans_soon(
    kind: DueKind, renewal: dt.date, today: dt.date, within: int | None
) -> list[tuple[tuple[Plan, ...], dt.date]]:
    """A passed saved date without a plan: each plan's renewal counted on from it where due
    would speak up about it and its cancel-by date is not past, the soonest first; one entry for
    both plans on the same day (review 57b S 8: the annual plan's; review 59b item 1: the
    monthly plan's too, the plan most likely to be forgotten)."""
    if kind is not DueKind.RENEWAL:
        return []
    found: dict[dt.date, tuple[Plan, ...]] = {}
    for plan in (Plan.ANNUAL, Plan.MONTHLY):
        day = next_renewal(renewal, plan, today)
        start = min(notice_date(day), day - dt.timedelta(days=within or 0))
        if start <= today <= cancel_by(day):
            found[day] = (*found.get(day, ()), plan)
    return sorted(((plans, day) for day, plans in found.items()), key=lambda item: item[1])


def _soon_text(
    soon: list[tuple[tuple[Plan, ...], dt.date]],
    today: dt.date,
    command: str,
    sentences: Mapping[str, Text],
    student: bool,
) -> Text:
    """The sentences on :func:`_plans_soon`'s renewals, as the annual one was said (57b S 8)."""
    parts = []
    for plans, day in soon:
        last = cancel_by(day)
        name = f"{'student_' * student}{'both' if len(plans) > 1 else plans[0].value}"
        parts.append(
            _fill(
                sentences["outdated_plan_soon"],
                plan_name=sentences[f"soon.{name}"],
                renewal=day,
                left=_left(sentences, (day - today).days),
                cancel_by=_fill(sentences["cancel_by_today"], date=last) if last == today else last,
                command=command,
            )
        )
    return Text("".join(part.ja for part in parts), "".join(part.en for part in parts))


def _plan_value(plan: Plan, student: bool) -> str:
    """The ``--plan`` value of ``plan`` for a Prime Student profile or not."""
    return f"{'student-' * student}{plan.value}"


def _left(sentences: Mapping[str, Text], days: int) -> Text:
    """「あと2日」 / 「明日」 to the cancel-by date (review 38b S 20)."""
    return sentences["left.1"] if days == 1 else sentences["left.n"].format(n=days)


def due_report(
    saved: Profile, today: dt.date, sentences: Mapping[str, Text], *, within: int | None = None
) -> DueReport:
    """Say whether the renewal (or the trial's end) needs a decision on ``today``.

    A saved date that has passed without a plan to roll it forward is a
    :class:`~primehelp.errors.ProfileOutdated`: nothing can be said about the next renewal.
    """
    plan = None if saved.plan is None else Plan(saved.plan)
    if not saved.trial and saved.renewal_date > furthest_next(today, plan):
        raise _far_ahead(saved.renewal_date, plan, today, sentences)
    renewal = next_renewal(saved.renewal_date, plan, today)
    # A trial only until its end: later renewals of the saved plan are paid ones.
    kind = DueKind.TRIAL if saved.trial and renewal == saved.renewal_date else DueKind.RENEWAL
    service = sentences["service.student" if saved.is_student else "service.prime"]
    if renewal < today:
        # A trial that has ended: the first fee is probably charged, and ending now may refund
        # it (review 13b item 6): the paid steps.
        paid_steps = cancel_command(DueKind.RENEWAL, plan, student=saved.is_student)
        # The example command saves a date still ahead (review 18b S 9): an annual plan's, or
        # the plan whose renewal is said first, when only the monthly one is (review 59b item 1).
        example = next_renewal(renewal, Plan.ANNUAL, today + dt.timedelta(days=1))
        # just charged: ending now may refund it (review 36b S 18)
        # ...and a trial's computed end just past may still be running (review 56b item 2)
        lately = (today - renewal).days <= JUST_CHARGED_DAYS
        plans_soon = _plans_soon(kind, renewal, today, within)
        soon = _soon_text(plans_soon, today, paid_steps, sentences, saved.is_student)
        example_plan = Plan.ANNUAL
        if plans_soon and Plan.ANNUAL not in plans_soon[0][0]:
            example_plan, example = Plan.MONTHLY, plans_soon[0][1]
        # the fee of that day, as with a plan (review 60b item 5); a trial's end is an estimate
        charged_steps = paid_steps
        if lately and kind is DueKind.RENEWAL:
            charged_steps = f"{paid_steps} --renewal {renewal.isoformat()}"
        elif kind is DueKind.TRIAL:  # its first fee, as `trial` gives it (review 62b item 8)
            flags = paid_steps.split()[2:]
            charged_steps = " ".join(["primehelp cancel --paid", *flags, "--renewal", f"{renewal}"])
        outdated = _fill(
            sentences[f"{kind}.outdated" + "_charged" * lately],
            renewal=renewal,
            command=charged_steps,
            trial_command="primehelp cancel --trial" + " --student" * saved.is_student,
            example=example,
            example_iso=example.isoformat(),
            annual=_plan_value(Plan.ANNUAL, saved.is_student),
            example_plan=_plan_value(example_plan, saved.is_student),
            example_name=sentences[f"plan.{'student_' * saved.is_student}{example_plan.value}"],
            monthly=_plan_value(Plan.MONTHLY, saved.is_student),
            annual_name=sentences[f"plan.{'student_' * saved.is_student}annual"],
            monthly_name=sentences[f"plan.{'student_' * saved.is_student}monthly"],
            service=service,
        )
        raise ProfileOutdated(Text(soon.ja + outdated.ja, soon.en + outdated.en))
    reminder_day = notice_date(renewal)
    window_start = min(reminder_day, renewal - dt.timedelta(days=within or 0))
    moment = _moment(today, renewal, window_start)
    charged = last_renewal(saved.renewal_date, plan, today)
    # in the days right after a renewal, the fee just charged comes first, whatever --within
    # brought forward (review 44b item 4: a wide --within hid that ending now may refund it)
    just = charged is not None and (today - charged).days <= JUST_CHARGED_DAYS
    if charged is not None and (moment is Moment.AHEAD or (just and today < reminder_day)):
        moment = Moment.CHARGED
    due = moment is not Moment.AHEAD
    if moment is Moment.CHARGED and charged is not None:
        due = (today - charged).days <= JUST_CHARGED_DAYS
    command = None
    if moment is not Moment.AHEAD:  # the day charged, while due (review 60b item 5)
        day = charged if moment is Moment.CHARGED else renewal
        # the date also after the first days (review 62b item 8: as the alert's command)
        command = cancel_command(kind, plan, moment, day, saved.is_student)
    anchor, months = saved.renewal_date, None if plan is None else plan.months
    computed = renewal != saved.renewal_date  # rolled forward by the plan: an estimate
    # After a renewal's first days nothing is due: said first (review 49b item 13: --verbose
    # printed the alert of the day after, word for word, with exit 0)
    said = "charged_quiet" if moment is Moment.CHARGED and not due else moment
    # Review 59b S 1: a fee charged over a month ago, with the next window a month off or
    # nearer: the refund note is stale, 「…までに解約」 is the plain answer (as before a plan's)
    stale = charged is not None and (today - charged).days > STALE_REFUND_DAYS
    if said == "charged_quiet" and stale and (window_start - today).days <= STALE_REFUND_DAYS:
        said = "ahead"
    message = _fill(
        sentences[f"{kind}.{said}"],
        renewal=renewal,
        estimate=sentences["estimate"] if computed else Text("", ""),
        unless=sentences["unless"] if computed else Text("", ""),  # review 47b item 7
        unless_lower=sentences["unless_lower"] if computed else Text("", ""),
        cancel_by=cancel_by(renewal),
        start=window_start,
        charged=charged or renewal,
        command=command or "",
        next_period=_fill(
            sentences[f"next_period.{'any' if plan is None else plan.months}"],
            # from the saved date, not the clamped one: after 28 February, the 31st (52b 37)
            annual_next=renewal_after(anchor if months == 12 else renewal, 12, renewal),
            monthly_next=renewal_after(anchor if months == 1 else renewal, 1, renewal),
        ),
        service=service,
        left=_left(sentences, (cancel_by(renewal) - today).days),
    )
    return DueReport(
        due=due,
        kind=kind,
        moment=moment,
        today=today,
        renewal_date=renewal,
        notice_date=reminder_day,
        cancel_by=cancel_by(renewal),
        window_start=window_start,
        within_days=(renewal - window_start).days,  # in force, not null (review 37b S 5)
        days_until_renewal=(renewal - today).days,
        charged_on=charged,
        plan=plan,
        message=message,
        command=command,
    )
