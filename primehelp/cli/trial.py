"""``primehelp trial``: when a free trial turns into a paid membership."""

import datetime as dt
from typing import Annotated

import typer

from primehelp import facts
from primehelp.cli.options import (
    AlarmTimeOption,
    IcsOption,
    JsonOption,
    LangOption,
    TodayOption,
    TrialAlarmsOption,
    TrialEventsOption,
    TrialForceOption,
    TrialSaveOption,
)
from primehelp.cli.running import run_with_calendar
from primehelp.cli.schedule import (
    Outputs,
    facts_age,
    refund_rules,
    today_in_japan,
)
from primehelp.content import reminder
from primehelp.content import trial as trial_data
from primehelp.dates import parse_date
from primehelp.i18n import Lang, Text
from primehelp.trial import TrialReport, trial_report

EPILOG = "Example: primehelp trial 2026-11-25 --student"


def trial(
    start: Annotated[
        str,
        typer.Argument(
            metavar="START",
            help="Day the free trial started (e.g. 2026-11-25).",
            show_default=False,
        ),
    ],
    student: Annotated[
        bool, typer.Option("--student", help="Count a Prime Student trial (6 months).")
    ] = False,
    today: TodayOption = None,
    ics: IcsOption = None,
    events: TrialEventsOption = None,
    alarms: TrialAlarmsOption = None,
    alarm_time: AlarmTimeOption = None,
    force: TrialForceOption = False,
    save: TrialSaveOption = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Estimate when a free trial turns into a paid membership, and the suggested day to cancel by.

    無料体験の開始日から、有料会員への自動更新日（目安）と解約の目安日を計算します。
    """
    outputs = Outputs(
        ics, force, save, events, alarms, alarm_time, student_only=not student, clock=today is None
    )

    def produce(lang: Lang) -> TrialReport:
        from primehelp.profile_corrupt import CorruptProfile

        try:
            outputs.check(json_output)
        except CorruptProfile as problem:  # this trial, with --force (review 52b item 29)
            day = parse_date(start, Text("開始日", "the start date")).isoformat()
            again = f"primehelp trial {day}{' --student' * student} --save --force"
            raise problem.with_example(again) from None
        data = trial_data.load()
        started = parse_date(start, Text("開始日", "the start date"))  # review 50b item 6
        warned = _warn_if_before_prime(started, today_in_japan(today), lang)
        report = trial_report(
            started,
            today_in_japan(today),
            reminder.load(),
            student=student,
            data=data,
            wording=facts.labels("ui_renewal"),
            action_wording=reminder.action_wording(),
            refund_rules=refund_rules,
        )
        from dataclasses import replace

        from primehelp.content import fees
        from primehelp.trial import current_fees, renewal_fees

        book = fees.load()
        charged = renewal_fees(book, report.renewal_date, student=student)
        report = replace(report, renewal_fees=charged)  # as the screen says (review 43b item 4)
        now = current_fees(book, charged, report.renewal_date, report.today, student=student)
        report = replace(report, current_fees=now)  # a fee change since (review 49b item 1)
        report = replace(report, warnings=() if warned is None else (warned,))  # 48b item 5
        calendar = outputs.write(
            report.schedule,
            lang,
            report.renewal_date,
            trial=True,
            student_end=report.student_regular_from,
            today=report.today,
            checked=facts_age(report, report.today),
        )
        if calendar is None:
            return report
        return replace(report, calendar=calendar)  # what --ics FILE wrote (review 41b S 15)

    run_with_calendar("trial", lang, json_output, produce, _show, ics, today)


def _warn_if_before_prime(start: dt.date, today: dt.date, lang: Lang) -> Text | None:
    """A start before Amazon Prime began in Japan (review 28b S 11); kept for --json (48b 5)."""
    from primehelp.cli.before_prime import warn_if_before_prime

    return warn_if_before_prime(start, today, lang, "start_before_prime")


def _show(result: TrialReport, lang: Lang) -> None:
    from primehelp.output.trial import human_trial  # text only: --json and errors do without it

    human_trial(result, lang)
