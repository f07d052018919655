"""``primehelp trial``: when a free trial turns into a paid membership."""

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
from primehelp.cli.running import run
from primehelp.cli.schedule import (
    Outputs,
    facts_age,
    refund_rules,
    shown_unless_stdout,
    today_in_japan,
)
from primehelp.content import reminder
from primehelp.content import trial as trial_data
from primehelp.dates import parse_date
from primehelp.i18n import Lang
from primehelp.trial import TrialReport, student_end, trial_report

EPILOG = "Example: primehelp trial 2026-11-25 --student"


def trial(
    start: Annotated[
        str, typer.Argument(metavar="START", help="Day the free trial started.", show_default=False)
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
    outputs = Outputs(ics, force, save, events, alarms, alarm_time)

    def produce(lang: Lang) -> TrialReport:
        outputs.check(json_output)
        data = trial_data.load()
        report = trial_report(
            parse_date(start),
            today_in_japan(today),
            reminder.load(),
            student=student,
            data=data,
            wording=facts.labels("ui_renewal"),
            action_wording=reminder.action_wording(),
            refund_rules=refund_rules,
        )
        switch = student_end(report.renewal_date, data) if student else None
        outputs.write(
            report.schedule,
            lang,
            report.renewal_date,
            trial=True,
            student_end=switch,
            today=report.today,
            checked=facts_age(report, report.today),
        )
        return report

    run("trial", lang, json_output, produce, shown_unless_stdout(ics, _show), today_option=today)


def _show(result: TrialReport, lang: Lang) -> None:
    from primehelp.output.trial import human_trial  # text only: --json and errors do without it

    human_trial(result, lang)
