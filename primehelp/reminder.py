"""The opt-in reminder mail that comes before a renewal (the day it comes, and the last safe
day to cancel, are in :mod:`primehelp.periods`), and the action for today that ``renewal``,
``trial`` and ``cancel`` open with."""

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import NamedTuple

from primehelp.facts import Fact
from primehelp.i18n import Text
from primehelp.monthly_soon import monthly_due, monthly_next, monthly_note, with_note
from primehelp.past_plans import past_plans
from primehelp.periods import cancel_by, renewal_after

# A renewal at most this many days ago is the last one charged, whatever the plan: the shortest
# period (a monthly plan in February) is 28 days. An older date may have been followed by another.
CURRENT_PERIOD_DAYS = 28
# A computed trial end at most this many days ago may be a day or so early: the trial may still
# be running, and cancelling it then costs nothing (review 56b item 2; the days due speaks up
# after a charge).
TRIAL_SLACK_DAYS = 3
# Beyond a year a count of days says nothing a date does not (「2765日前」): it is left out.
YEAR_DAYS = 365


def long_past(renewal: dt.date, today: dt.date) -> bool:
    """A renewal date before the current period: another renewal may have followed it."""
    return renewal < today - dt.timedelta(days=CURRENT_PERIOD_DAYS)


class Reminder(NamedTuple):
    """The opt-in reminder mail: off by default, where to switch it on, and its imitators."""

    opt_in: Fact
    switch_on: Fact
    switch_on_label: str
    page_url: str
    scam_warning: Fact

    def before_trial_end(self, mail: Text) -> "Reminder":
        """The same, on a free trial's screen: the mail is said to come before the automatic
        renewal date, the name that screen gives the day (review 14b S 6), in --json as on the
        screen (review 53b item 9: the JSON said 「更新日」, the screen 「自動更新日」)."""
        return self._replace(opt_in=self.opt_in._replace(text=mail))


# ---------------------------------------------------------------- the action for today


class Act(StrEnum):
    """What the member should do today about the renewal."""

    CANCEL_BY = "cancel_by"  # nothing urgent: cancel by the cancel-by date to avoid the renewal
    CANCEL_TODAY = "cancel_today"  # today is the last safe day
    END_NOW = "end_now"  # charged today or already: end the membership now; the refund rule
    FIND_DATE = "find_date"  # no renewal date known (or one long past): look up the next one


class TodayAction(NamedTuple):
    """The first line of ``renewal``, ``trial`` and ``cancel``: what to do now, by when, how.

    ``then`` and ``refund_rules`` follow it when a fee was (or is being) charged: ending the
    membership now is the way back, and Amazon's refund rules say what comes back: the one that
    fits what the member said about benefits used since the charge, both when it is not known.
    """

    act: Act
    text: Text
    renewal_date: dt.date | None  # the renewal the action is about (the next one when known)
    cancel_by: dt.date | None
    days_until_cancel_by: int | None
    charged_on: dt.date | None  # the charge that ending now may refund
    then: Text | None
    refund_rules: tuple[Fact, ...]  # empty when no charge is named
    refund_rule: Fact | None  # the first of them: the field of schema 1's first documents
    command: str | None  # the command that does it; None inside `cancel` (the steps follow)


def _date(day: dt.date) -> Text:
    """A date as each language writes it in a sentence: 「2026年12月5日」, 2026-12-05."""
    return Text(f"{day.year}年{day.month}月{day.day}日", day.isoformat())


def _relative(wording: Mapping[str, Text], days: int) -> Text:
    """「あと3日」 / 「明日」 / 「昨日」 / 「3日前」 in both languages; beyond a year, as the
    key-dates table says it, 「約3年後」 (review 61b item 7: not 「あと1119日」 over 「約3年後」)."""
    if abs(days) > YEAR_DAYS:
        from primehelp.spans import far_days

        return far_days(days)
    if days == 1:
        return wording["action.tomorrow"]
    if days == -1:
        return wording["action.yesterday"]
    return wording["action.in_days" if days > 0 else "action.days_ago"].format(n=abs(days))


def _fill(template: Text, values: Mapping[str, Text]) -> Text:
    """Fill ``template`` with values that read differently in each language (dates, days)."""
    return Text(
        template.ja.format(**{key: value.ja for key, value in values.items()}),
        template.en.format(**{key: value.en for key, value in values.items()}),
    )


def _estimates(wording: Mapping[str, Text], prefix: str, computed: bool) -> dict[str, Text]:
    """「（計算による目安）」 and 「、計算による目安」 for a computed date, nothing for a typed one."""
    empty = Text("", "")
    return {
        f"{prefix}estimate": wording["action.estimate"] if computed else empty,
        f"{prefix}estimate_inner": wording["action.estimate_inner"] if computed else empty,
    }


def next_deadline_text(
    renewal: dt.date, last_day: dt.date, left: int, wording: Mapping[str, Text]
) -> Text:
    """「次の自動更新を止めるには、…（あと9日）までに解約してください。次の更新日は…です（計算による
    目安）。」: the next renewal after a charge, counted from a saved plan (an estimate), in the
    words ``renewal`` gives it ([action.cancel_by_next]), for ``cancel``, whose steps follow
    (review 45b item 5). ``last_day`` and ``left``: its cancel-by day and the days to it."""
    values = {
        "renewal": _date(renewal),
        "cancel_by": _date(last_day),
        "when": _relative(wording, left),
        "how": Text("", ""),
        **_estimates(wording, "", True),
    }
    key = "action.cancel_today_next" if left == 0 else "action.cancel_by_next"
    return _fill(wording[key], values)


def _trial_check(
    wording: Mapping[str, Text], end: dt.date, today: dt.date, computed: bool, student: bool
) -> Text:
    """After a computed trial end that has passed: check the date on the page, and while it is
    recent, the trial's steps if the page still shows it (review 56b item 2; no cost promise:
    review 63b item 3)."""
    if not computed:
        return Text("", "")
    if (today - end).days > TRIAL_SLACK_DAYS:
        return wording["action.trial_check"]
    return wording["action.trial_check_running"].format(student=" --student" * student)


def _paid_renewal(wording: Mapping[str, Text], renewal: dt.date, student: bool) -> Text:
    """「。手順は `primehelp cancel --paid --renewal 2026-12-20` で確認できます」: a trial's first
    charge, the steps `due` names for it (review 64b R-minor 3)."""
    command = f"primehelp cancel --paid{' --student' * student} --renewal {renewal.isoformat()}"
    return wording["action.how_paid_renewal"].format(command=command)


def _annual_soon(wording: Mapping[str, Text], renewal: dt.date, today: dt.date, said: bool) -> Text:
    """「年間プランなら、次の更新日は…」 after a date long past (review 56b S 8), or nothing."""
    following = renewal_after(renewal, 12, today - dt.timedelta(days=1))
    if not said or following <= today:
        return Text("", "")
    last = cancel_by(following)
    values = {"next": _date(following), "when": _relative(wording, (following - today).days)}
    values["last"] = _date(last)
    if last == today:
        values["last"] = _fill(wording["action.annual_soon_today"], values)
    return _fill(wording["action.annual_soon"], values)


def today_action(
    renewal: dt.date | None,
    today: dt.date,
    wording: Mapping[str, Text],
    refund_rules: Callable[[bool | None, bool], tuple[Fact, ...]],
    *,
    trial: bool = False,
    benefits_used: bool | None = None,
    last_charge: dt.date | None = None,
    command: str | None = "primehelp cancel",
    paid_command: str = "primehelp cancel",
    given: dt.date | None = None,
    flags: str = "",
    carrier: bool = False,
    months: int | None = None,
    saved_trial_end: bool = False,
    charged_trial: bool = False,
) -> TodayAction:
    """Say what to do today about ``renewal`` (the next one, or a past one when no plan is known).

    ``last_charge`` is a renewal already charged in the current period (known from a plan):
    ending now is offered after the line about the next renewal. ``refund_rules`` is called only
    when a charge is named, with ``benefits_used`` (None: not known) and ``trial`` (the charge
    is the first after a free trial). ``command`` None words the line for ``cancel`` itself;
    ``given`` is the date the member typed (``renewal`` with a plan): a renewal or a charge that
    differs from it was computed, and says so. ``paid_command`` gives the paid steps once a trial's fee may be charged (from its renewal day;
    inside ``cancel``, the steps below).
    A trial's renewal is computed from its start (「（目安）」) unless ``given`` is that date.
    ``flags`` (「 --student」) go in the example command when no date is known.
    ``carrier``: Prime through a carrier (``cancel --via carrier``): the same days, in words the
    fact sheet supports there (where to cancel, no timings, no refund rules: FACTS §4 [r2]).
    ``months``: the plan's period when known, so that on the renewal day 「次の更新日」 says
    「（1年後）」 or 「（1か月後）」 rather than both.
    ``saved_trial_end``: ``renewal`` is a saved free trial's end shown for a paid member, which
    may not be their renewal: the line says it is the saved date (review 37b item 3).
    ``charged_trial``: ``last_charge`` is a saved free trial's end, its first fee: said as
    ``trial`` says it, with the refund rules of that fee (review 51b item 18).
    """
    how = (
        wording["action.how_carrier" if carrier else "action.how_steps"]
        if command is None
        else wording["action.how_command"].format(command=command)
    )
    if renewal is None:
        key = "action.trial_find_date" if trial else "action.find_date"
        values = {"how": how, "flags": Text(flags, flags)}  # a fixed sample date (56b item 7)
        text = _fill(wording[key], values)
        return TodayAction(Act.FIND_DATE, text, None, None, None, None, None, (), None, command)
    last_day = cancel_by(renewal)
    left = (last_day - today).days
    student = "--student" in f"{command} {paid_command} {flags}"  # a Prime Student trial's steps
    paid = wording["action.paid_command"].format(command=paid_command)
    values = {
        "renewal": _date(renewal),
        "cancel_by": _date(last_day),
        "how": how,
        "paid_how": wording["action.paid_steps"] if command is None else Text("", paid.en),
        "paid_after": Text("", "") if command is None else Text(paid.ja, ""),  # 51b item 25
        "trial_estimate": Text("", "") if renewal == given else wording["action.trial_estimate"],
        "trial_estimate_inner": (
            Text("", "") if renewal == given else wording["action.trial_estimate_inner"]
        ),
        **_estimates(wording, "", given is not None and renewal != given),
        "trial_check": _trial_check(wording, renewal, today, renewal != given, student),
        "paid_how_renewal": how if command is None else _paid_renewal(wording, renewal, student),
    }
    # The next renewal's date itself, the plan's or both (review 49b item 14: not 「…の1年後」
    # 「1か月後」, arithmetic left to the member); the same on the renewal day and after it.
    # Counted from the plan's first date (``given``), not from ``renewal``: from the 31st, the
    # renewal after 28 February is 31 March, as the table says (review 52b item 37).
    anchor = given if given is not None and months is not None else renewal
    for period, name in ((12, "annual_next"), (1, "monthly_next")):
        values[name] = _date(
            renewal_after(anchor if months == period else renewal, period, renewal)
        )
    values["next_period"] = _fill(wording[f"action.next_period_{months or 'any'}"], values)
    values["next_period_past"] = values["next_period"]
    then: Text | None = None
    past_charge: dt.date | None = None  # a date long past: a plan's charge lately (57b item 1)
    dated = False  # a trial long past, with its next dates (review 51b item 6)
    soon: Text | None = None  # the monthly plan's renewal about now (review 39b item 3)
    if long_past(renewal, today):
        # Perhaps not the last renewal: another may have been charged since.
        act, key = Act.FIND_DATE, "past_unknown"
        values["ago"] = _relative(wording, (renewal - today).days)
        long_ago = (today - renewal).days > YEAR_DAYS
        if trial:  # the estimate on the trial's day, not after the verb (review 18b item 4)
            note = values["trial_estimate"] if long_ago else wording["action.trial_ago_note"]
        else:
            note = Text("", "") if long_ago else wording["action.ago_note"]
        values["ago_note"] = _fill(note, values)
        values["hint"] = wording["action.hint_plan"] if command else Text("", "")
        values["annual_soon"] = _annual_soon(wording, renewal, today, bool(command) and not trial)
        if months is None and monthly_next(renewal, today) is not None:  # review 39b item 3
            values["hint"] = wording["action.hint_plan_monthly"] if command else Text("", "")
            values["annual_soon"] = Text("", "")  # the monthly plan's is said (39b item 3)
            soon = monthly_note(renewal, today, wording)
        if command is None and not carrier:  # `cancel`: as the past lead
            key = "steps_past_unknown"
        if months is None and not trial and not carrier:  # both plans (review 57b item 1)
            how_charged = wording["action.how_charged"] if command else None
            plans = past_plans(renewal, today, wording, how_charged)
            values["plans"], past_charge, soon = plans.text, plans.charged, None
            key += "_plans"
            if plans.first_plan == "monthly" and command:
                values["hint"] = wording["action.hint_plan_monthly"]
            if past_charge is not None:
                act = Act.END_NOW
                command = plans.command if command else command  # as the screen says it
                values["annual_next"] = _date(renewal_after(renewal, 12, today))
                values["monthly_next"] = _date(renewal_after(renewal, 1, today))
                values["next_period_past"] = _fill(wording["action.next_period_any"], values)
                then = wording["action.choices"]
        elif trial and not carrier and not long_ago:  # both plans' next dates (51b item 6)
            key, act, dated = "past_unknown_dated", Act.END_NOW, True
            values["annual_next"] = _date(renewal_after(renewal, 12, today))
            values["monthly_next"] = _date(renewal_after(renewal, 1, today))
            student = "--student" in (command or "")
            next_key = "action.next_period_any" + "_student" * student
            values["next_period_past"] = _fill(wording[next_key], values)
            then = wording["action.choices"]
    elif renewal < today:
        act, key = Act.END_NOW, "past"
        values["ago"] = _relative(wording, (renewal - today).days)
        if months is None and monthly_due(renewal, today) is not None:  # review 46b item 1
            soon = monthly_note(renewal, today, wording)
    elif renewal == today:
        act, key = Act.END_NOW, "today"
    else:
        act = Act.CANCEL_TODAY if left == 0 else Act.CANCEL_BY
        key = act.value
        values["when"] = _relative(wording, left)
        if last_charge is not None:
            values["charged"] = _date(last_charge)
            values["ago"] = _relative(wording, (last_charge - today).days)
            computed = given is not None and last_charge != given
            values["charged_estimate"] = _estimates(wording, "charged_", computed)[
                "charged_estimate_inner"
            ]
            then = wording["action.then_end_now"]
            if charged_trial:  # the trial's first fee, as `trial` words it (51b item 18)
                values["charged_estimate"] = wording["action.trial_estimate_inner"]
                values["trial_check"] = _trial_check(wording, last_charge, today, True, student)
                then = wording["action.trial_then_end_now"]
            key += "" if carrier else "_next"  # after the charge: the next one (34b S 8)
        elif saved_trial_end and not carrier:  # not stated as the paid renewal (37b item 3)
            key += "_saved_trial"
    if carrier:  # no timings and no refund rules at a carrier: what to do, and where
        return TodayAction(
            act,
            _fill(wording["action.carrier_" + key], values),
            renewal,
            last_day,
            left,
            None,
            None,
            (),
            None,
            command,
        )
    if (
        act is Act.END_NOW
        and not dated
        and past_charge is None
        and benefits_used is not False
        and (not trial or key == "past")
    ):
        # Ending now refunds in full only without benefits used: otherwise both timings, and
        # the member chooses (a trial that has ended too: its first fee has been charged).
        # the refund itself: the rules that follow; on the renewal day 「次の更新日」 says how far
        # (it read as today's renewal: review 21b, 3)
        then = wording["action.choices_today" if key == "today" else "action.choices"]
        key += "_choose"
    elif trial and key == "today":
        # The trial's renewal day: the first fee may be charged, and the member chooses the
        # timing; the same lead-in to the refund rules as the other such screens (review 12b 3).
        # The charged case marked as such, after the not-charged one (review 53b item 1).
        then = wording["action.trial_choices_today"]
    charged = None if act is Act.FIND_DATE else renewal if renewal <= today else last_charge
    charged = past_charge or charged
    # long past: perhaps not the first fee, so the rules of any paid period (「前回の支払い以降」)
    first_fee = (trial and not dated) or charged_trial
    rules = () if charged is None else refund_rules(benefits_used, first_fee)
    return TodayAction(
        act,
        with_note(_fill(wording[("action.trial_" if trial else "action.") + key], values), soon),
        renewal,
        last_day,
        left,
        charged,
        None if then is None else _fill(then, values),
        rules,
        rules[0] if rules else None,
        command,
    )
