"""Command-line wiring: options → a domain function → :mod:`primehelp.render`.

Only typer and the standard library are imported here at start-up; everything else is
imported inside the command that needs it (see benchmarks/startup.py).

No ``from __future__ import annotations`` here: Typer reads every command's annotations at
each start-up, and string annotations must then be evaluated one by one (measured: 1.5 ms of
2.2 ms for building three commands).
"""

import copy
import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, NoReturn, TypeVar

import typer
import typer.main
from typer.core import TyperGroup

from primehelp import __version__
from primehelp.errors import BadInput, ExitCode, PrimehelpError, shown
from primehelp.i18n import LANG_ENV, Lang, Text, guess_lang, is_lang, lang_from_environment

if TYPE_CHECKING:
    from primehelp.cancellation import RenewalDeadline
    from primehelp.ics import RenewalLike
    from primehelp.profile import Profile

Result = TypeVar("Result")

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="ja|en",
        help=f"Output language: ja or en. Default: ${LANG_ENV}, then the locale (en* → en).",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print one JSON object (schema_version 1) instead of text."),
]


def _quote_user_input(message: str, args: Sequence[str]) -> str:
    """Show raw arguments that Click echoes in a message as :func:`shown` does (cut, escaped)."""
    for arg in sorted(set(args), key=len, reverse=True):
        message = message.replace(repr(arg), shown(arg))
        if len(arg) > _LONG_ARG or not arg.isprintable():
            message = message.replace(arg, shown(arg))
    return message


_LONG_ARG = 40


def _usage_error_message(error: Exception, args: Sequence[str], command: str) -> Text:
    """Translate a command-line parsing error into one bilingual line."""
    from typer._click import exceptions as click_errors

    ctx = getattr(error, "ctx", None)
    usage = "primehelp" if command == "primehelp" else f"primehelp {command}"
    hint = Text(f"使い方は `{usage} --help` で確認できます", f"see `{usage} --help`")
    raw = getattr(error, "message", str(error))
    message = _quote_user_input(raw, args)
    if isinstance(error, click_errors.NoSuchOption):
        name = shown(error.option_name)
        return Text(f"不明なオプション {name} です。{hint.ja}", f"unknown option {name}; {hint.en}")
    if isinstance(error, click_errors.BadOptionUsage) and raw.endswith("requires an argument."):
        name = shown(error.option_name)
        return Text(f"{name} の値を指定してください。{hint.ja}", f"{name} needs a value; {hint.en}")
    if isinstance(error, click_errors.BadOptionUsage) and raw.endswith("does not take a value."):
        name = shown(error.option_name)
        return Text(f"{name} に値は付けられません。{hint.ja}", f"{name} takes no value; {hint.en}")
    if isinstance(error, click_errors.MissingParameter):
        param = error.param.human_readable_name if error.param else "?"
        return Text(f"{param} を指定してください。{hint.ja}", f"{param} is missing; {hint.en}")
    if isinstance(error, click_errors.BadParameter):
        param = error.param.get_error_hint(ctx) if error.param and ctx else "?"
        return Text(
            f"{param} の値が正しくありません（{message}）。{hint.ja}",
            f"invalid value for {param} ({message}); {hint.en}",
        )
    if raw.startswith("No such command") and ctx is not None:
        name = shown(next((arg for arg in args if not arg.startswith("-")), ""))
        commands = ctx.command.list_commands(ctx)
        return Text(
            f"{name} というコマンドはありません。使えるコマンド：{'、'.join(commands)}。{hint.ja}",
            f"unknown command {name}; commands: {', '.join(commands)}; {hint.en}",
        )
    extra_prefix = "Got unexpected extra argument(s) ("
    if raw.startswith(extra_prefix):
        extra = shown(raw.removeprefix(extra_prefix).removesuffix(")"))[1:-1]  # cut, escaped
        return Text(
            f"余分な引数があります（{extra}）。{hint.ja}",
            f"unexpected extra argument '{extra}'; {hint.en}",
        )
    return Text(f"{message.rstrip('.')}。{hint.ja}", f"{message.rstrip('.')}; {hint.en}")


class _PrimehelpGroup(TyperGroup):
    """Run every command with one error policy: one line, a named exit code, no traceback."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        arg_list = list(sys.argv[1:] if args is None else args)
        lang = guess_lang(arg_list, os.environ)
        try:
            code = super().main(
                args=arg_list,
                prog_name=prog_name or "primehelp",
                complete_var=complete_var,
                standalone_mode=False,
                **extra,
            )
        except KeyboardInterrupt:
            code = ExitCode.INTERRUPTED
        except typer.Abort:
            code = ExitCode.INTERRUPTED
        except Exception as error:
            from typer._click.exceptions import ClickException, NoArgsIsHelpError

            from primehelp import render

            if isinstance(error, NoArgsIsHelpError):
                sys.stdout.write(error.ctx.get_help() + "\n")
                code = ExitCode.OK
            elif isinstance(error, ClickException):
                command = arg_list[0] if arg_list and arg_list[0] in self.commands else "primehelp"
                bad = BadInput(_usage_error_message(error, arg_list, command))
                render.emit_error(command, lang, bad, "--json" in arg_list)
                code = ExitCode.BAD_INPUT
            else:
                raise
        if code == ExitCode.INTERRUPTED:
            from primehelp import render

            render.emit_interrupted(lang)
        code = ExitCode.OK if code is None else int(code)
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=_PrimehelpGroup,
    name="primehelp",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "Offline help for Amazon Prime members in Japan: how to reach Amazon today, which "
        "numbers are dead, how to cancel, and when the renewal charge comes.\n\n"
        "Amazonプライム会員のための手引き（オフライン）：今使える問い合わせ方法、使われていない"
        "電話番号、解約の手順、更新日の確認。\n\n"
        "Example: primehelp contact --lang en"
    ),
)


def _resolve_lang(option: str | None) -> Lang:
    if option is None:
        wanted = os.environ.get(LANG_ENV)
        if wanted is not None and not is_lang(wanted.strip().lower()):
            raise BadInput(
                Text(
                    f"環境変数 {LANG_ENV} の値 {shown(wanted)} は使えません。使える値：ja、en",
                    f"{LANG_ENV}={shown(wanted)} is not a language; accepted: ja, en",
                )
            )
        return lang_from_environment(os.environ)
    value = option.strip().lower()
    if not is_lang(value):
        raise BadInput(
            Text(
                f"--lang の値 {shown(option)} は使えません。使える値：ja、en",
                f"--lang {shown(option)} is not a language; accepted: ja, en",
            )
        )
    return value


def _run(
    command: str,
    lang_option: str | None,
    as_json: bool,
    produce: Callable[[Lang], Result],
    show: Callable[[Result, Lang], None],
    exit_code: Callable[[Result], ExitCode] = lambda _: ExitCode.OK,
) -> NoReturn:
    """Resolve the language, build the result, print it (text or JSON), exit with its code."""
    from primehelp import render

    lang = lang_from_environment(os.environ)
    try:
        lang = _resolve_lang(lang_option)
        wanted = lang
        if not as_json:
            lang = render.output_lang(lang, lang_option is not None or LANG_ENV in os.environ)
        result = produce(lang)
    except PrimehelpError as error:
        render.emit_error(command, lang, error, as_json)
        raise typer.Exit(error.exit_code) from None
    if lang != wanted:
        render.emit_english_note()
    try:
        if as_json:
            render.emit_json(command, lang, result)
        else:
            show(result, lang)
    except BrokenPipeError:
        _stdout_to_devnull()  # the reader went away (`| head`): stop quietly
    raise typer.Exit(exit_code(result))


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"primehelp {__version__}\n")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Offline help for Amazon Prime members in Japan."""


@app.command(epilog="Example: primehelp contact --lang en")
def contact(lang: LangOption = None, json_output: JsonOption = False) -> None:
    """How to reach Amazon.co.jp today, dead numbers, and where to turn next.

    今使える問い合わせ方法（チャット・コールバック・メール）、使われていない番号、解決しないときの相談先を表示します。
    """
    from primehelp import render
    from primehelp.contact import contact_info
    from primehelp.content import contact as contact_data
    from primehelp.content import escalation

    _run(
        "contact",
        lang,
        json_output,
        lambda _lang: contact_info(contact_data.load(), escalation.load()),
        render.human_contact,
    )


@app.command("check-number", epilog="Example: primehelp check-number 0120-999-373")
def check_number(
    numbers: Annotated[
        list[str], typer.Argument(help="One or more numbers as pasted.", show_default=False)
    ],
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Is this number really Amazon? (Exit 1 when a number is dead or not official.)

    電話番号が本当にAmazonのものか確認します（使われていない番号・公式でない番号なら終了コード1）。
    """
    from primehelp import render
    from primehelp.content import contact, scams
    from primehelp.number_check import NumberReport, number_report

    def produce(_lang: Lang) -> NumberReport:
        return number_report(numbers, contact.load(), scams.advice())

    _run(
        "check-number",
        lang,
        json_output,
        produce,
        render.human_check_number,
        lambda report: report.exit_code,
    )


@app.command(epilog="Example: primehelp sources contact.defunct_numbers --lang en")
def sources(
    topic: Annotated[
        str | None,
        typer.Argument(
            help="Only facts whose id starts with this (e.g. contact, escalation, scam).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Every fact primehelp can state, with its source, check date and confidence.

    primehelp が表示するすべての情報を、出典・確認日・確度とともに表示します。
    """
    from primehelp import facts, render
    from primehelp.sources import facts_about

    _run(
        "sources",
        lang,
        json_output,
        lambda _lang: facts_about(topic, facts.all_facts()),
        render.human_sources,
    )


# --ics, --force and --save, shared by `renewal` and `trial`.
IcsOption = Annotated[
    str | None,
    typer.Option(
        "--ics",
        metavar="FILE",
        help="Also write the dates as a calendar file (RFC 5545, .ics); - writes it to stdout.",
        show_default=False,
    ),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="With --ics: overwrite an existing file.")
]
SaveOption = Annotated[
    bool,
    typer.Option(
        "--save", help="Remember the renewal date (and plan) for `primehelp renewal` without DATE."
    ),
]


# ---------------------------------------------------------------- renewal, trial, fees (issue 3)
# (commands for renewal, trial, fees (issue 3) go here)


# Japan's time, UTC+9. Japan has had no daylight saving since 1951, so this fixed offset gives the
# same date as zoneinfo's Asia/Tokyo at every instant since 1952 (tests/test_renewal_cli.py checks
# it against zoneinfo); importing zoneinfo and reading the zone file cost 3-4 ms at every start.
JAPAN = dt.timezone(dt.timedelta(hours=9), "JST")


def _today(raw: str | None) -> dt.date:
    """Today in Japan (Asia/Tokyo) whatever the machine's zone, or the ``--today`` date."""
    if raw is not None:
        from primehelp.dates import parse_date

        try:
            return parse_date(raw)
        except BadInput as error:
            raise BadInput(
                Text(f"--today の値 {error.message.ja}", f"--today {error.message.en}")
            ) from None
    return dt.datetime.now(JAPAN).date()


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="DATE",
        help="Pretend today is DATE (default: today in Japan, Asia/Tokyo).",
        show_default=False,
    ),
]


@app.command(epilog="Example: primehelp renewal 2026-12-31 --plan annual --explain")
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
            metavar="annual|monthly|student-annual|student-monthly",
            help="List the next renewals of this plan, with the fee due on each.",
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
    force: ForceOption = False,
    save: SaveOption = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """When the reminder mail comes, the last day to cancel, and the next renewals.

    更新日から、お知らせメールが届く日・解約の期限・今後の更新日と会費を計算します。
    """
    from primehelp import facts, render
    from primehelp.content import fees, reminder
    from primehelp.dates import parse_date
    from primehelp.plans import parse_plan
    from primehelp.renewal import DEFAULT_COUNT, RenewalReport, parse_count, renewal_report

    outputs = _Outputs(ics, force, save)

    def produce(lang: Lang) -> RenewalReport:
        outputs.check(json_output)
        chosen = parse_plan(plan) if plan is not None else None
        if date is None:
            saved = _saved_renewal()
            renewal_date = saved.renewal_date
            if chosen is None and saved.plan is not None:
                chosen = parse_plan(saved.plan)
        else:
            renewal_date = parse_date(date)
        how_many = parse_count(count) if count is not None else DEFAULT_COUNT
        if count is not None and chosen is None:
            raise BadInput(
                Text(
                    "--count は --plan と一緒に指定してください（例：--plan monthly --count 12）",
                    "--count needs --plan (e.g. --plan monthly --count 12)",
                )
            )
        report = renewal_report(
            renewal_date,
            _today(today),
            reminder.load(),
            plan=fees.load().of(chosen) if chosen is not None else None,
            count=how_many,
            wording=facts.labels("ui_renewal") if explain else None,
        )
        plan_value = chosen.value if chosen is not None else None
        outputs.write(report.schedule, lang, renewal_date, plan=plan_value)
        return report

    _run("renewal", lang, json_output, produce, _shown_unless_stdout(ics, render.human_renewal))


@app.command(epilog="Example: primehelp trial 2026-11-25 --student")
def trial(
    start: Annotated[
        str, typer.Argument(metavar="START", help="Day the free trial started.", show_default=False)
    ],
    student: Annotated[
        bool, typer.Option("--student", help="Prime Student (6-month trial).")
    ] = False,
    today: TodayOption = None,
    ics: IcsOption = None,
    force: ForceOption = False,
    save: SaveOption = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Estimate when a free trial turns into a paid membership, and the last day to cancel.

    無料体験の開始日から、有料会員への自動更新日（目安）と解約の期限を計算します。
    """
    from primehelp import facts, render
    from primehelp.content import reminder
    from primehelp.content import trial as trial_data
    from primehelp.dates import parse_date
    from primehelp.trial import TrialReport, trial_report

    outputs = _Outputs(ics, force, save)

    def produce(lang: Lang) -> TrialReport:
        outputs.check(json_output)
        report = trial_report(
            parse_date(start),
            _today(today),
            reminder.load(),
            student=student,
            data=trial_data.load(),
            wording=facts.labels("ui_renewal"),
        )
        outputs.write(report.schedule, lang, report.renewal_date, trial=True)
        return report

    _run("trial", lang, json_output, produce, _shown_unless_stdout(ics, render.human_trial))


@app.command(epilog="Example: primehelp fees --lang en")
def fees(lang: LangOption = None, json_output: JsonOption = False) -> None:
    """Prime fees now and before, and annual against monthly.

    Amazonプライムの現在の会費、改定の履歴、年会費と月会費の比較を表示します。
    """
    from primehelp import render
    from primehelp.content import fees as fee_data
    from primehelp.fees import fees_report

    _run(
        "fees",
        lang,
        json_output,
        lambda _lang: fees_report(fee_data.load()),
        render.human_fees,
    )


# ---------------------------------------------------------------- profile (issue 3)
# (commands for profile (issue 3) go here)


def _saved_renewal() -> "Profile":
    """The saved profile, for `renewal` without DATE; a bad input error if nothing is saved."""
    from primehelp.facts import ui
    from primehelp.profile import load_profile, profile_path

    saved = load_profile(profile_path(os.environ))
    if saved is None:
        missing, hint = ui("missing_date", "ui_renewal"), ui("save_hint", "ui_profile")
        raise BadInput(Text(f"{missing.ja}。{hint.ja}", f"{missing.en}; {hint.en}"))
    return saved


def _saved_deadline(today: dt.date) -> "RenewalDeadline | None":
    """The last day to cancel from the saved profile (rolled forward to the next renewal)."""
    from primehelp.cancellation import renewal_deadline
    from primehelp.profile import load_profile, profile_path

    saved = load_profile(profile_path(os.environ))
    if saved is None:
        return None
    from primehelp.plans import parse_plan
    from primehelp.renewal import next_renewal

    plan = None if saved.plan is None else parse_plan(saved.plan)
    upcoming = next_renewal(saved.renewal_date, plan, today)
    return renewal_deadline(upcoming, today, origin="profile")


def _shown_unless_stdout(
    ics: str | None, show: Callable[[Result, Lang], None]
) -> Callable[[Result, Lang], None]:
    """With `--ics -` the calendar is the only thing on stdout: print nothing else."""
    return (lambda _result, _lang: None) if ics == "-" else show


class _Outputs(NamedTuple):
    """The files `renewal` and `trial` may write: --ics (with --force) and --save."""

    ics: str | None
    force: bool
    save: bool

    def check(self, as_json: bool) -> None:
        """Refuse a bad --ics or --save before anything is written."""
        ics = self.ics
        if ics == "-" and as_json:
            raise BadInput(
                Text(
                    "--ics - と --json はどちらも標準出力に書くため、一緒に使えません",
                    "--ics - and --json both write to stdout; use one of them",
                )
            )
        if ics is not None and ics != "-":
            from pathlib import Path

            from primehelp.storage import check_can_create, check_writable_target

            if not ics.strip():
                raise BadInput(
                    Text(
                        "--ics にはファイル名か - を指定してください",
                        "--ics needs a file name, or - for stdout",
                    )
                )
            check_writable_target(Path(ics), force=self.force)
            check_can_create(Path(ics))
        if self.save:
            from primehelp.profile import load_profile, profile_path
            from primehelp.storage import check_can_create

            path = profile_path(os.environ)
            load_profile(path)  # a corrupt profile stops here, untouched
            check_can_create(path)  # before the calendar is written, not after

    def write(
        self,
        schedule: "Sequence[RenewalLike]",
        lang: Lang,
        renewal_date: dt.date,
        *,
        plan: str | None = None,
        trial: bool = False,
    ) -> None:
        """Write the calendar and the profile as asked; say so on stderr."""
        from pathlib import Path

        from primehelp import render
        from primehelp.facts import ui

        if self.ics is not None:
            from primehelp.ics import calendar_bytes, entry_from

            entries = [entry_from(e, plan) for e in schedule]
            data = calendar_bytes(entries, lang, dt.datetime.now(dt.UTC))
            if self.ics == "-":
                render.emit_bytes(data)
            else:
                from primehelp.storage import file_name, write_atomically

                write_atomically(Path(self.ics), data, force=self.force)
                notice = ui("wrote_file", "ui_calendar").format(file=file_name(self.ics))
                render.emit_notice(notice(lang))
        if self.save:
            from primehelp.profile import Profile, profile_path, save_profile
            from primehelp.storage import file_name

            path = profile_path(os.environ)
            save_profile(path, Profile(renewal_date=renewal_date, plan=plan, trial=trial))
            notice = ui("saved_profile", "ui_calendar").format(file=file_name(path))
            render.emit_notice(notice(lang))


@app.command("profile", epilog="Example: primehelp profile --lang en")
def profile_command(
    clear: Annotated[
        bool, typer.Option("--clear", help="Delete the saved renewal date and plan.")
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show the saved renewal date and plan, and where they are saved (--clear deletes them).

    保存した更新日とプラン、保存場所を表示します（--clear で削除します）。
    """
    from primehelp import render
    from primehelp.profile import clear_saved_profile, profile_path, saved_profile

    path = profile_path(os.environ)
    if clear:
        _run(
            "profile", lang, json_output, lambda _: clear_saved_profile(path), render.human_profile
        )
    _run("profile", lang, json_output, lambda _: saved_profile(path), render.human_profile)


# ---------------------------------------------------------------- cancel (issue 4)


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except ValueError:  # a closed stream
        return False


def _ask_line(prompt: Text, lang: Lang) -> str:
    """Read one line from the terminal; end of input counts as an interruption.

    The wait polls with a short timeout instead of blocking in ``input()``: a Ctrl-C that lands
    between the prompt and the blocking read would otherwise stay pending until Enter.
    """
    sys.stdout.write(prompt(lang))
    sys.stdout.flush()
    if os.name != "posix":
        try:
            return input()
        except EOFError:
            raise KeyboardInterrupt from None
    import select

    while not select.select([sys.stdin], [], [], 0.2)[0]:
        pass  # between polls Python delivers a pending SIGINT as KeyboardInterrupt
    line = sys.stdin.readline()
    if not line:
        raise KeyboardInterrupt
    return line.rstrip("\n")


@app.command(
    epilog="Example: primehelp cancel --via app --trial --no-interactive --lang en",
)
def cancel(
    via: Annotated[
        str | None,
        typer.Option(
            "--via",
            metavar="web|app|carrier",
            help="Where the membership is managed: website, shopping app, or a carrier plan. "
            "Asked on a terminal when not given; otherwise web.",
            show_default=False,
        ),
    ] = None,
    trial: Annotated[
        bool | None,
        typer.Option(
            "--trial/--paid",
            help="Free trial or paid membership (asked on a terminal; otherwise paid).",
            show_default=False,
        ),
    ] = None,
    student: Annotated[
        bool | None,
        typer.Option(
            "--student/--regular",
            help="Prime Student or regular Prime (asked on a terminal; otherwise regular).",
            show_default=False,
        ),
    ] = None,
    benefits_used: Annotated[
        bool | None,
        typer.Option(
            "--benefits-used/--no-benefits-used",
            help="Whether any benefit was used since the last charge (asked on a terminal; "
            "otherwise not known, and both refund cases are shown).",
            show_default=False,
        ),
    ] = None,
    renewal: Annotated[
        str | None,
        typer.Option(
            "--renewal",
            metavar="DATE",
            help="Your renewal date (e.g. 2026-12-24): shows the last day to cancel free of charge.",
            show_default=False,
        ),
    ] = None,
    no_interactive: Annotated[
        bool,
        typer.Option(
            "--no-interactive",
            help="Print the whole procedure instead of asking (always so without a terminal).",
        ),
    ] = False,
    today: TodayOption = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """How to cancel Prime: the exact Japanese labels, the refund, what follows.

    プライム会員の解約手順を、画面に表示される日本語のボタン名や返金、解約後に起きることとあわせて案内します。
    """
    from primehelp import render
    from primehelp.cancellation import (
        CancelPlan,
        answers_from_flags,
        branch_from,
        parse_via,
        renewal_deadline,
    )
    from primehelp.content.cancel import bundled_plan

    def answers_and_deadline() -> "tuple[dict[str, Any], RenewalDeadline | None]":
        answers = answers_from_flags(
            None if via is None else parse_via(via), trial, student, benefits_used
        )
        if renewal is None:
            return answers, _saved_deadline(_today(today))
        from primehelp.dates import parse_date

        try:
            renewal_date = parse_date(renewal)
        except BadInput as error:
            raise BadInput(
                Text(f"--renewal の値 {error.message.ja}", f"--renewal {error.message.en}")
            ) from None
        return answers, renewal_deadline(renewal_date, _today(today), origin="option")

    interactive = (
        not no_interactive
        and not json_output
        and _is_terminal(sys.stdin)
        and _is_terminal(sys.stdout)
    )
    if not interactive:

        def produce_plan(_lang: Lang) -> CancelPlan:
            answers, deadline = answers_and_deadline()
            return bundled_plan(branch_from(answers), renewal=deadline)

        _run("cancel", lang, json_output, produce_plan, render.human_cancel)

    from primehelp import walkthrough  # its screens only for the walkthrough (start-up time)

    def produce_walk(chosen: Lang) -> walkthrough.Outcome:
        answers, deadline = answers_and_deadline()
        return walkthrough.run(
            answers,
            lambda branch: bundled_plan(branch, renewal=deadline),
            lambda prompt: _ask_line(prompt, chosen),
            lambda screen: render.cancel_screen(screen, chosen),
        )

    _run("cancel", lang, False, produce_walk, render.human_cancel_outcome)


# ---------------------------------------------------------------- complain (issue 4)
# (commands for complain (issue 4) go here)


@app.command(
    epilog="Example: primehelp complain renewal --renewal 2026-05-17 --amount 5900 --plan annual"
)
def complain(
    topic: Annotated[
        str,
        typer.Argument(
            metavar="TOPIC",
            help="renewal (charged by a renewal you did not intend), refund, "
            "cancel (could not cancel / not taken), or other.",
            show_default=False,
        ),
    ],
    renewal: Annotated[
        str | None,
        typer.Option(
            "--renewal", metavar="DATE", help="Renewal date, e.g. 2026-05-17.", show_default=False
        ),
    ] = None,
    amount: Annotated[
        str | None,
        typer.Option(
            "--amount",
            metavar="YEN",
            help="Amount charged in yen, e.g. 5900, 5,900, ¥5,900 or 5900円.",
            show_default=False,
        ),
    ] = None,
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan",
            metavar="PLAN",
            help="annual, monthly, student-annual or student-monthly.",
            show_default=False,
        ),
    ] = None,
    benefits_used: Annotated[
        bool | None,
        typer.Option(
            "--benefits-used/--no-benefits-used",
            help="Whether you used any Prime benefit since the last charge.",
            show_default=False,
        ),
    ] = None,
    copy: Annotated[
        bool, typer.Option("--copy", help="Also put the message on the clipboard.")
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """A polite message to paste into Amazon's chat, and where to turn if the chat does not help.

    チャットに貼り付ける丁寧な問い合わせ文と、解決しないときの相談先を表示します（--lang en でも日本語の文面を併記）。
    """
    from primehelp import clipboard, complaint, render
    from primehelp.content import complaints, contact, escalation
    from primehelp.plans import parse_plan

    outcome: list[clipboard.CopyOutcome] = []

    def produce(chosen: Lang) -> complaint.Complaint:
        parsed_topic = complaint.parse_topic(topic)
        options = complaint.ComplaintOptions(
            renewal_date=complaint.parse_renewal(renewal) if renewal is not None else None,
            amount=complaint.parse_amount(amount) if amount is not None else None,
            plan=parse_plan(plan) if plan is not None else None,
            benefits_used=benefits_used,
        )
        data = complaints.load()
        kit = complaint.build_kit(contact.load(), escalation.load(), data)
        result = complaint.draft(parsed_topic, options, data, kit)
        if not copy:
            return result
        outcome.append(clipboard.copy(result.message(chosen)))
        if json_output:
            render.report_copy(outcome[0], chosen)
        return complaint.with_copied(result, copied=outcome[0].copied)

    _run(
        "complain",
        lang,
        json_output,
        produce,
        lambda result, chosen: render.human_complain(
            result, chosen, outcome[0] if outcome else None
        ),
    )


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that will run, when the first argument names one.

    Typer builds every command's options at each start, though one runs (measured: 3.5 ms for
    all nine against 1.1 ms for one). ``--version`` is eager: it prints and exits before any
    command is looked up. Anything else (``--help``, a mistyped name) gets every command.
    """
    first = args[0] if args else ""
    chosen = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and first == (info.name or typer.main.get_command_name(info.callback.__name__))
    ]
    if not chosen and first != "--version":
        return app
    only = copy.copy(app)
    only.registered_commands = chosen
    return only


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        _app_for(sys.argv[1:])()
    except BrokenPipeError:
        # The reader went away (e.g. `primehelp sources | head`): stop quietly.
        _stdout_to_devnull()
        sys.exit(ExitCode.OK)
    finally:
        # The process ends now. The interpreter's last garbage collection would walk every
        # object typer and rich created (15-20 ms, measured); frozen objects are left to the
        # operating system. Exit handlers and the final flush of stdout and stderr still run.
        gc.freeze()
