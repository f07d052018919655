"""``primehelp due``: is there something to do about the renewal now? For cron, timers and
shell prompts: never prompts, never writes, as fast as a ``--json`` command."""

import dataclasses
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption, TodayOption
from primehelp.cli.running import run
from primehelp.cli.schedule import today_in_japan
from primehelp.due import DueReport, due_report, no_profile, parse_within
from primehelp.due_text import WORDING
from primehelp.errors import ExitCode, PrimehelpError
from primehelp.i18n import Lang, Text
from primehelp.output.envelope import emit_notice, stderr_lang, to_stderr
from primehelp.periods import NOTICE_DAYS_BEFORE

if TYPE_CHECKING:
    from primehelp.notify import Notification
from primehelp.profile import load_profile, profile_path

# The exit codes in the description, not under 「例：」 as if printed (review 53a, item 14).
EPILOG = "Example: primehelp due --notify"


def due(
    within: Annotated[
        str | None,
        typer.Option(
            "--within",
            metavar="DAYS",
            # as the Japanese says it: no reminder mail (review 53b)
            help="How many days before the renewal to start reporting it, from 0 to 365 (3 if "
            "not given; a value under 3 is the same as 3).",
            show_default=False,
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="When nothing is due, say so in one line.")
    ] = False,
    notify: Annotated[
        bool,
        typer.Option(
            "--notify",
            help="Also show a desktop notification (notify-send, or osascript on macOS) "
            "when something is due or nothing usable is saved.",
        ),
    ] = False,
    today: TodayOption = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Say in one line whether the saved renewal needs a decision now, else nothing.

    Exit status: 1 if something is due, 0 if not, 2 if no usable date is saved.

    保存した更新日について、今すぐ必要なこと（解約の目安日と手順）があれば1行で知らせます。
    終了コード：1（対応が必要）、0（対応不要）、2（保存した更新日がないか、使えない）。
    """

    def produce(lang: Lang) -> DueReport:
        days = parse_within(within) if within is not None else None
        if days is not None and days < NOTICE_DAYS_BEFORE:  # told, not silent (review 60b S 7)
            emit_notice(WORDING["within_raised"](stderr_lang(lang)))
        on = today_in_japan(today)
        empty = False  # nothing saved (not a file that cannot be read)
        try:
            saved = load_profile(profile_path(os.environ))
            empty = saved is None
            if saved is None:
                raise no_profile(WORDING, notify)
            report = due_report(saved, on, WORDING, within=days)
        except PrimehelpError as error:  # nothing usable saved: the member must hear of it
            if notify:  # titled as what it is: setting up again (review 52b item 10)
                _notify(error.message, lang, "no_profile" if empty else "check")
            raise
        if notify and report.due:  # the line follows the warning, unless --json
            moment = f"{report.kind}.{report.moment}"  # the title says which day (53b item 18)
            outcome = _notify(report.message, lang, moment, follows=not json_output)
            report = dataclasses.replace(report, notification=outcome)
        return report

    run(
        "due",
        lang,
        json_output,
        produce,
        _shown_if(verbose, notify),
        exit_code=lambda report: ExitCode.FINDING if report.due else ExitCode.OK,
        today_option=today,
    )


def _notify(
    message: Text, lang: Lang, problem: str | None = None, *, follows: bool = False
) -> "Notification":
    """Show ``message`` as a desktop notification; a missing or failing tool is one line.
    ``problem``: the title's key: what is wrong with the saved date, or the kind and moment
    of a reminder (``renewal.coming``…);
    ``follows``: the notice is printed after the warning (review 53b item 8: not with --json,
    nor before an error)."""
    from primehelp.notify import Notification, notify

    title = WORDING.get(f"notification_title.{problem}", WORDING["notification_title"])
    outcome = notify(title(lang), message(lang), WORDING)
    if outcome.problem is not None:  # a warning, named as every other (review 34b S 10)
        from primehelp.facts import ui

        line_lang = stderr_lang(lang)
        said = outcome.problem(line_lang)
        if follows and outcome.notification is Notification.NO_TOOL:
            said += WORDING["notice_follows"](line_lang)
        to_stderr(f"primehelp: {ui('warning_prefix')(line_lang)}: {said}")
    return outcome.notification


def _shown_if(verbose: bool, notify: bool) -> Callable[[DueReport, Lang], None]:
    """Print the line when something is due, or with ``--verbose``; else nothing. With
    ``--notify`` it stays one line even on a terminal (the notification's text)."""

    def show(result: DueReport, lang: Lang) -> None:
        if result.due or verbose:
            from primehelp.output.due import human_due  # text only

            human_due(result, lang, wrap=not notify)

    return show
