"""The command line: the Typer app, ``main()``, the error policy, and the table of commands.

Only typer and the standard library are imported here at start-up. Each command lives in its
own module (:data:`COMMANDS`), imported only when that command runs; ``--help`` and mistyped
names import them all. The modules import what their command needs (see benchmarks/README.md).

No ``from __future__ import annotations`` in this package: Typer reads every command's
annotations at each start-up, and string annotations must then be evaluated one by one
(measured: 1.5 ms of 2.2 ms for building three commands).
"""

import copy
import functools
import gc
import os
import sys
from collections.abc import Iterable, MutableMapping, Sequence
from typing import Annotated, Any

import typer
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup

from primehelp import FACTS_CHECKED, __version__
from primehelp.errors import BadInput, ExitCode, Interrupted
from primehelp.i18n import Lang, Text, guess_lang

# Command name → its module in this package, which defines a function of the same name (the
# command) and EPILOG. The order is the order of `primehelp --help`.
COMMANDS: dict[str, str] = {
    "contact": "contact",
    "check-number": "check_number",
    "check-message": "check_message",
    "sources": "sources",
    "renewal": "renewal",
    "due": "due",
    "remind": "remind",
    "trial": "trial",
    "fees": "fees",
    "charge": "charge",
    "subscriptions": "subscriptions",
    "profile": "profile",
    "cancel": "cancel",
    "complain": "complain",
    "completion": "completion",
}

# Set by the completion scripts (primehelp.completion.COMPLETE_VAR; a test compares them).
_COMPLETE_VAR = "_PRIMEHELP_COMPLETE"


_help_lang: list[Lang] = ["ja"]  # the language of this run, for --help (set by main)


def _help(command: Any, ctx: Any) -> str:
    from primehelp.cli.help import render  # help only

    return render(command, ctx, _help_lang[0])


class _PrimehelpCommand(TyperCommand):
    """A command whose help is in the member's language (:mod:`primehelp.cli.help`)."""

    def get_help(self, ctx: Any) -> str:
        return _help(self, ctx)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Let a command take a negative number as its first argument (``charge -600``).

        A command module may define ``negative_argument(word) -> bool``. The first word that
        is neither an option, an option's value nor after ``--``, and that the module calls a
        negative value, has its ``-`` written as ``−`` (U+2212, which the command reads as a
        minus), so Click does not take it for an unknown option ``-6``.
        """
        module = sys.modules.get(f"{__name__}.{COMMANDS.get(self.name or '', '')}")
        negative = getattr(module, "negative_argument", None)
        if negative is not None:
            args = _negative_first_argument(args, self.params, negative)
        ctx.meta["primehelp.args"] = tuple(args)  # the words as typed (cancel: --trial --paid)
        from primehelp.cli.valueless import refuse_option_without_value  # a command's run only

        refuse_option_without_value(ctx, args, self.get_params(ctx))  # `--today --plan annual`
        from primehelp.cli.repeated import refuse_repeated_option  # `--date 1 --date 2`

        refuse_repeated_option(ctx, args, self.get_params(ctx))
        return list(super().parse_args(ctx, args))


def _negative_first_argument(args: list[str], params: Sequence[Any], negative: Any) -> list[str]:
    takes_value = {
        name
        for param in params
        if param.param_type_name == "option" and not param.is_flag
        for name in param.opts
    }
    words = list(args)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            break
        if word in takes_value:
            index += 2
            continue
        if not word.startswith("-") or word == "-":
            break  # the first argument is not negative
        if negative(word):
            words[index] = "\u2212" + word[1:]
            break
        index += 1
    return words


class _PrimehelpGroup(TyperGroup):
    """Run every command with one error policy: one line, a named exit code, no traceback.

    Help is in the member's language (:mod:`primehelp.cli.help`).
    """

    def get_help(self, ctx: Any) -> str:
        return _help(self, ctx)

    def _command_in(self, args: Sequence[str]) -> str:
        """The command ``args`` name, or ``primehelp`` when they name none (or an unknown one)."""
        return args[0] if args and args[0] in self.commands else "primehelp"

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        """Answer a completion script (``_PRIMEHELP_COMPLETE`` set) and exit; else nothing."""
        instruction = os.environ.get(_COMPLETE_VAR)
        if instruction:
            from primehelp.cli.completing import answer  # only when completing (start-up)

            sys.exit(answer(self, ctx_args, instruction))

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
        if len(arg_list) > 1 and arg_list[0].startswith(_FIRST_OPTIONS):  # `--lang ja contact`
            from primehelp.cli.global_options import command_first

            arg_list = command_first(arg_list, self.commands)
        _help_lang[0] = lang
        if " ".join(arg_list).replace("=", " ") in ("--lang ja", "--lang en"):  # 50a S 26: help
            arg_list = ["--help"]
        if arg_list[:1] == ["help"]:  # `primehelp help [COMMAND]` is --help (review 36a, S 21)
            named = [word for word in arg_list[1:2] if word in self.commands]
            arg_list = [*named, "--help"]
        code: Any
        said: Text | None = None  # an interruption's own words (errors.Interrupted)
        try:
            if len(arg_list) > 1 and _VERSION in arg_list:  # `--version --lang en`, either order
                from primehelp.cli.version_option import version_alone

                arg_list = version_alone(arg_list)
            if sys.stdout is None:  # started with fd 1 closed (`>&-`): nowhere to print
                code = stdout_failed(None, lang)
            else:
                code = super().main(
                    args=arg_list,
                    prog_name=prog_name or "primehelp",
                    complete_var=complete_var,
                    standalone_mode=False,
                    **extra,
                )
        except Interrupted as stop:  # a Ctrl-C said in the interrupted screen's words
            code = ExitCode.INTERRUPTED
            said = stop.said
        except KeyboardInterrupt:
            code = ExitCode.INTERRUPTED
        except typer.Abort:
            code = ExitCode.INTERRUPTED
        except BrokenPipeError:
            raise  # main() stops quietly
        except OSError as error:
            if not _HELP_OPTIONS.intersection(arg_list):
                raise
            code = stdout_failed(error, lang)  # the help text could not be written
        except Exception as error:
            # Errors only: `--version` and the commands that work do not load it (start-up time).
            from primehelp.output.envelope import emit_error

            if isinstance(error, click_errors.NoArgsIsHelpError):
                code = _write_stdout(error.ctx.get_help() + "\n", lang)
            elif isinstance(error, click_errors.ClickException):
                from primehelp.cli.usage_errors import usage_error_message

                command = self._command_in(arg_list)
                parsed = self.commands.get(command, self)
                bad = BadInput(usage_error_message(error, arg_list, command, parsed))
                emit_error(command, lang, bad, "--json" in arg_list)
                code = ExitCode.BAD_INPUT
            else:
                raise
        if code == ExitCode.INTERRUPTED:
            from primehelp.output.envelope import emit_interrupted

            emit_interrupted(lang, self._command_in(arg_list), "--json" in arg_list, said)
        code = ExitCode.OK if code is None else int(code)
        if standalone_mode:
            sys.exit(code)
        return code


_HELP_OPTIONS = frozenset(("-h", "--help"))
_VERSION = "--version"
# taken before the command too (review 19a, S 13); help with them, in either order
_FIRST_OPTIONS = ("--json", "--lang", "-h", "--help")


def _write_stdout(text: str, lang: Lang) -> ExitCode:
    """Print ``text``; a stdout that cannot take it is one line on stderr and exit 2."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        return stdout_failed(error, lang)
    return ExitCode.OK


def stdout_failed(error: OSError | None, lang: Lang) -> ExitCode:
    """Say on stderr why nothing could be printed: stdout closed (``None``) or failing.

    Exit 2, like a file that cannot be written; nothing more goes to the failed stdout.
    """
    from primehelp.output.envelope import emit_error, stdout_problem

    if error is not None:
        stdout_to_devnull()  # what is still buffered goes nowhere; the last flush cannot fail
    problem = stdout_problem(error)
    emit_error("primehelp", lang, problem, as_json=False)
    return problem.exit_code


_APP = typer.Typer(
    cls=_PrimehelpGroup,
    name="primehelp",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "Offline help for Amazon Prime members in Japan: how to reach Amazon today, checking "
        "numbers and messages that claim to be Amazon, how to cancel, and when the renewal charge comes.\n\n"
        "--lang and --json can be given before or after the command.\n\n"
        "Amazonプライム会員のための手引き（オフライン）：今使える問い合わせ方法、Amazonを名乗る"
        "電話番号やメッセージの確認、解約の手順、更新日の確認。\n\n"
        "Example: primehelp contact --lang en"
    ),
)


def stdout_to_devnull() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def version_line(lang: Lang) -> str:
    """``primehelp 0.1.0 (facts checked 2026-12-02)``: the version and the facts' check dates,
    written as the screens write them (「2026年12月2日」; facts.japanese_date costs 1.3 ms here)."""
    oldest, newest = FACTS_CHECKED
    ja = ["{}年{}月{}日".format(*map(int, day.split("-"))) for day in FACTS_CHECKED]
    dates = (
        Text(ja[0], oldest) if oldest == newest else Text("～".join(ja), f"{oldest} to {newest}")
    )
    return Text(
        f"primehelp {__version__}（情報の確認日：{dates.ja}）",
        f"primehelp {__version__} (facts checked {dates.en})",
    )(lang)


def _version(value: bool) -> None:
    if value:
        lang = _help_lang[0]  # the language of this run (`--lang` read before it was set aside)
        line = version_line(lang)
        try:  # English where stdout cannot carry Japanese: a line of '?' helps nobody
            line.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
        except (UnicodeEncodeError, LookupError):
            line = version_line("en")
        raise typer.Exit(_write_stdout(line + "\n", lang))


@_APP.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Offline help for Amazon Prime members in Japan."""


def _app_with(names: Iterable[str]) -> typer.Typer:
    """The app with the commands ``names`` only, importing each one's module."""
    built = copy.copy(_APP)
    built.registered_commands = []
    for name in names:
        # __import__, not importlib.import_module: the import then shows in `-X importtime`,
        # which tests/test_import_discipline.py reads.
        __import__(f"{__name__}.{COMMANDS[name]}")
        module = sys.modules[f"{__name__}.{COMMANDS[name]}"]
        command = getattr(module, COMMANDS[name])
        built.command(name, cls=_PrimehelpCommand, epilog=module.EPILOG)(command)
    return built


@functools.cache
def _whole_app() -> typer.Typer:
    return _app_with(COMMANDS)


def __getattr__(name: str) -> typer.Typer:
    """``app``: the app with every command (for ``--help``, tests and documentation)."""
    if name == "app":
        return _whole_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that will run, when the first argument names one.

    Typer builds every command's options at each start, though one runs (measured: 3.5 ms for
    all nine against 1.1 ms for one). ``--version`` (after ``--lang X`` too) is eager: it prints
    and exits before any command is looked up. Anything else (``--help``, a mistyped name) gets every command.
    """
    first = args[0] if args else ""
    if first in COMMANDS:
        return _app_with([first])
    if first == _VERSION or (first.startswith("--lang") and args[-1] == _VERSION and len(args) < 4):
        return _app_with([])
    return _whole_app()


def _is_non_blocking(stream: Any) -> bool:
    try:
        return not os.get_blocking(stream.fileno())
    except (AttributeError, OSError, ValueError):  # no stream, or not a file (tests)
        return False


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    if _is_non_blocking(sys.stdout):  # set so by another program sharing the pipe
        from primehelp.streams import complete_writes

        sys.stdout = complete_writes(sys.stdout)
    args = sys.argv[1:]
    if len(args) > 1 and args[0].startswith(_FIRST_OPTIONS):  # `--lang ja contact`: its app
        from primehelp.cli.global_options import command_first

        moved = command_first(args, COMMANDS)
        if moved[:1] != args[:1] and moved[0] in COMMANDS:  # help: the group reads --lang first
            args = sys.argv[1:] = moved
    code: Any = ExitCode.OK
    try:
        words = args
        if not args and os.environ.get(_COMPLETE_VAR):  # a Tab: the app for the words typed
            from primehelp.cli.completing import words_before_the_cursor

            words = words_before_the_cursor(os.environ)
        _app_for(words)()
    except BrokenPipeError:
        # The reader went away (e.g. `primehelp sources | head`): stop quietly.
        stdout_to_devnull()
    except SystemExit as done:
        code = done.code
    finally:
        # The process ends now. The interpreter's last garbage collection would walk every
        # object typer and rich created (15-20 ms, measured); frozen objects are left to the
        # operating system. Exit handlers and the final flush of stdout and stderr still run.
        gc.freeze()
    if sys.stdout is not None:
        try:
            sys.stdout.flush()  # here, not at exit: a full stdout (>/dev/full) fails only now
        except BrokenPipeError:
            stdout_to_devnull()  # the command's exit code stays
        except OSError as error:
            code = stdout_failed(error, guess_lang(args, os.environ))
    sys.exit(code)
