"""``primehelp renewal``: the reminder mail, the last day to cancel, the next renewals."""

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from typing import Annotated

import typer

from primehelp import facts
from primehelp.cli.options import (
    AlarmsOption,
    AlarmTimeOption,
    EventsOption,
    ForceOption,
    IcsOption,
    JsonOption,
    LangOption,
    SaveOption,
    TodayOption,
    completes,
    metavar_of,
)
from primehelp.cli.running import run_with_calendar
from primehelp.cli.schedule import (
    TODAY_ENV,
    Outputs,
    facts_age,
    refund_rules,
    saved_renewal,
    today_in_japan,
    warn_if_far,
)
from primehelp.content import fees, reminder
from primehelp.dates import parse_date
from primehelp.errors import BadInput
from primehelp.i18n import Lang, Text
from primehelp.plans import Plan, PlanFees, parse_plan
from primehelp.renewal import (
    DEFAULT_COUNT,
    RenewalReport,
    parse_count,
    renewal_action,
    renewal_report,
)

# FACTS §1 [r2]: 「Before 2019 there was no Prime Student monthly plan」 (review 19b S 8).
STUDENT_MONTHLY_FROM = dt.date(2019, 1, 1)
EPILOG = "Example: primehelp renewal 2026-12-31 --plan annual --explain"


def renewal(
    date: Annotated[
        str | None,
        typer.Argument(
            metavar="DATE",
            help=(
                "Renewal date shown on the Prime membership page, e.g. 2026-12-31; "
                "leave it out to use the one saved with --save."
            ),
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan",
            metavar=metavar_of(Plan),
            help="List the next renewals of this plan, with the fee due on each.",
            autocompletion=completes(Plan),
            show_default=False,
        ),
    ] = None,
    count: Annotated[
        str | None,
        typer.Option(
            "--count", metavar="N", help="How many renewals to list with --plan (1-120, default 3)."
        ),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the arithmetic in words.")
    ] = False,
    ics: IcsOption = None,
    events: EventsOption = None,
    alarms: AlarmsOption = None,
    alarm_time: AlarmTimeOption = None,
    force: ForceOption = False,
    save: SaveOption = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """About when the reminder mail comes, the suggested day to cancel by, and the next renewals.

    更新日から、お知らせメールが届くころと解約の目安日、今後の更新日と会費を計算します。
    """
    paid = date is not None  # a date typed is a paid renewal (review 36b item 8)
    outputs = Outputs(
        ics,
        force,
        save,
        events,
        alarms,
        alarm_time,
        student_end=False,
        paid=paid,
        clock=today is None,
    )

    def produce(lang: Lang) -> RenewalReport:
        outputs.check(json_output)
        chosen = parse_plan(plan, "renewal") if plan is not None else None
        other: tuple[Plan, Plan | None] | None = None
        saved_trial = saved_student = False
        if date is None:
            saved = saved_renewal(save)
            renewal_date = saved.renewal_date
            saved_trial, saved_student = saved.trial, saved.is_student
            if chosen is None and saved.plan is not None:
                chosen = parse_plan(saved.plan)
            elif saved.plan is not None and chosen is not parse_plan(saved.plan):
                other = (parse_plan(saved.plan), chosen)  # said below (review 50b S 17)
        else:
            renewal_date = parse_date(date, Text("更新日", "the renewal date"))  # 50b item 6
        how_many = parse_count(count) if count is not None else DEFAULT_COUNT
        if count is not None and chosen is None:
            raise BadInput(
                Text(
                    "`--count` は `--plan` と一緒に指定してください（例：`--plan monthly --count 12`）",
                    "`--count` needs `--plan` (e.g. `--plan monthly --count 12`)",
                )
            )
        warned: list[Text] = []  # said on stderr, and kept in --json (review 45b item 8)
        if not saved_trial:  # a paid date: within its plan's period (review 36b item 1)
            plan_given = chosen.value if chosen is not None else None
            saving = save and not force
            far = warn_if_far(
                renewal_date, today_in_japan(today), lang, plan=plan_given, saving=saving
            )
            warned += [far] if far is not None else []
        if date is not None:  # a typed year before Prime began (review 48b item 5)
            from primehelp.cli.before_prime import warn_if_before_prime

            on = today_in_japan(today)
            early = warn_if_before_prime(renewal_date, on, lang, "renewal_before_prime")
            warned += [early] if early is not None else []
        if other is not None and other[1] is not None:
            warned.append(_plan_not_saved(other[0], other[1], lang))
        regular = _student_regular(renewal_date, chosen, today_in_japan(today), lang, warned)
        report = renewal_report(
            renewal_date,
            today_in_japan(today),
            reminder.load(),
            reminder.action_wording(),
            refund_rules,
            plan=fees.load().of(chosen) if chosen is not None else None,
            count=how_many,
            wording=_explained(facts.labels("ui_renewal"), today) if explain else None,
            regular=regular,
            student_limit=_student_limit() if regular is not None else None,
        )
        if saved_trial and (chosen is None or renewal_date >= report.today):
            report = _as_trial(report, renewal_date, chosen, saved_student)
        elif saved_trial and chosen is not None:  # its first fee charged (review 51b item 18)
            report = _after_trial(report, renewal_date, chosen)
        if date is None:  # said under the table, as cancel and due say it (review 32b S 12)
            report = dataclasses.replace(report, saved=True, from_trial=saved_trial)
        report = dataclasses.replace(report, warnings=tuple(warned))
        plan_value = chosen.value if chosen is not None else None
        switch = None
        if (
            ics is not None
            and saved_trial
            and (saved_student or chosen in (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY))
        ):
            # A saved Prime Student trial: its end is the saved date, the switch 4 years later.
            from primehelp.content import trial as trial_data
            from primehelp.trial import student_end

            switch = student_end(renewal_date, trial_data.load())
        calendar = outputs.write(
            report.schedule,
            lang,
            renewal_date,
            plan=plan_value,
            trial_end=renewal_date if report.trial else None,  # review 18b S 7
            student_end=switch,
            today=report.today,
            checked=facts_age(report, report.today),
        )
        return report if calendar is None else dataclasses.replace(report, calendar=calendar)

    run_with_calendar("renewal", lang, json_output, produce, _show, ics, today)


def _explained(wording: Mapping[str, Text], today: str | None) -> Mapping[str, Text]:
    """The --explain wording, its 「今日」 sentence saying where a date not Japan's came from:
    --today or $PRIMEHELP_TODAY (review 31b item 3: 「日本時間の日付です。--today で別の日付を
    指定できます。」 after --today had changed it)."""
    if today is None and not os.environ.get(TODAY_ENV):
        return wording
    given = wording["explain.today_option" if today is not None else "explain.today_env"]
    return {**wording, "explain.today": given}


def _student_limit() -> facts.Fact:
    """Prime Student's 4 paid years, the fact the Student note states (review 34b item 1)."""
    from primehelp.content import trial as trial_data

    return trial_data.load().student_limit


def _student_regular(
    renewal_date: dt.date, plan: Plan | None, today: dt.date, lang: Lang, warned: list[Text]
) -> "tuple[dt.date, PlanFees] | None":
    """Prime Student: the day from which renewals pay the regular plan's fee, and its fees.

    Paid Prime Student lasts at most 4 years (FACTS §2); the given date is a renewal, so no
    earlier than the first paid one: a renewal 4 years or more after it is regular Prime. A given
    date that far back gets a warning on stderr (the membership may have switched already).
    """
    if plan not in (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY):
        return None
    from primehelp.content import trial as trial_data
    from primehelp.trial import student_end

    if plan is Plan.STUDENT_MONTHLY and renewal_date < STUDENT_MONTHLY_FROM:
        warned.append(_warn(renewal_date, "student_monthly_before", lang))
    switch = student_end(renewal_date, trial_data.load())
    if switch <= today:  # the membership may be regular Prime now
        warned.append(_warn(renewal_date, "student_switched", lang))
    regular = Plan.ANNUAL if plan is Plan.STUDENT_ANNUAL else Plan.MONTHLY
    return switch, fees.load().of(regular)


def _warn(renewal: dt.date, key: str, lang: Lang) -> Text:
    """One warning line about the renewal date given (ui_renewal ``key``, {date} filled); the
    exit code unchanged. Returns it, for --json."""
    from primehelp.output.envelope import emit_warning

    words = facts.ui(key, "ui_renewal")
    ja_date = f"{renewal.year}年{renewal.month}月{renewal.day}日"
    said = Text(words.ja.format(date=ja_date), words.en.format(date=renewal.isoformat()))
    emit_warning(lang, BadInput(said))
    return said


def _plan_not_saved(saved: Plan, given: Plan, lang: Lang) -> Text:
    """A --plan other than the saved one: said, the exit code unchanged (review 50b S 17)."""
    from primehelp.output.envelope import emit_warning

    words = facts.ui("plan_not_saved", "ui_renewal")
    names = fees.load().of(saved).name, fees.load().of(given).name
    en = [n.en if n.en.startswith("Prime") else n.en[0].lower() + n.en[1:] for n in names]
    said = Text(
        words.ja.format(saved=names[0].ja, given=names[1].ja),
        words.en.format(saved=en[0], given=en[1]),
    )
    emit_warning(lang, BadInput(said))
    return said


def _as_trial(
    report: RenewalReport, end: dt.date, plan: Plan | None, student: bool = False
) -> RenewalReport:
    """A saved free trial (``trial --save``): the trial's action, as ``trial`` and ``due`` word it
    (review 13b item 7: not the paid 「自動更新を止めるには…（`primehelp cancel`）」).

    Until its end ``cancel --trial``; from its end (the first fee may be charged) the paid steps.
    A saved plan that has rolled past the trial's end keeps the paid screen (not called then).
    ``student``: a saved Prime Student trial (review 28b item 4).
    """
    from primehelp.reminder import today_action

    student = student or plan in (Plan.STUDENT_ANNUAL, Plan.STUDENT_MONTHLY)
    flag = " --student" if student else ""
    trial_steps = "primehelp cancel" + (" --trial" if end > report.today else "") + flag
    action = today_action(
        end,
        report.today,
        reminder.action_wording(),
        refund_rules,
        trial=True,
        command=trial_steps,
        paid_command="primehelp cancel" + flag,
    )
    note = facts.ui("cancel_by_margin_trial")  # the day is the trial's automatic renewal (47b 4)
    mail = report.reminder
    if end >= report.today:  # the trial's mail, in --json too (review 53b item 9)
        mail = mail.before_trial_end(facts.labels("ui_renewal")["reminder_mail_trial"])
    return dataclasses.replace(
        report, action=action, trial=True, student=student, cancel_by_note=note, reminder=mail
    )


def _after_trial(report: RenewalReport, end: dt.date, plan: Plan) -> RenewalReport:
    """A saved free trial that has ended, with a plan: when the charge ending now may refund is
    the one at the trial's end, it is the first fee, worded as ``trial`` words it."""
    action = renewal_action(
        end,
        report.today,
        plan,
        reminder.action_wording(),
        refund_rules,
        report.student_regular_from,
        trial_end=end,
    )
    return dataclasses.replace(report, action=action)


def _show(result: RenewalReport, lang: Lang) -> None:
    from primehelp.output.renewal import human_renewal  # text only: --json and errors do without it

    human_renewal(result, lang)
