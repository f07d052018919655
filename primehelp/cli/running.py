"""What every command does around its domain call: read the language, build the result, print
it as text or JSON, turn an error into one line, exit with a named code."""

import os
import sys
from collections.abc import Callable
from typing import NoReturn, TypeVar

import typer

from primehelp.cli import stdout_failed, stdout_to_devnull
from primehelp.cli.schedule import today_in_japan
from primehelp.errors import BadInput, ExitCode, PrimehelpError, shown
from primehelp.freshness import checked_dates, freshness
from primehelp.i18n import LANG_ENV, LANGS, Lang, Text, is_lang, lang_from_environment
from primehelp.output.envelope import emit_english_note, emit_error, emit_json, output_lang

Result = TypeVar("Result")
_JA_LIST, _EN_LIST = "、".join(LANGS), ", ".join(LANGS)  # the languages, as errors name them


# Other names of a language (review 42a item 24, decided in round 50): not accepted — one spelling
# each in scripts, help and completion — but the error names the value to give instead.
_OTHER_NAMES: dict[Lang, tuple[frozenset[str], Text]] = {
    "ja": (
        frozenset({"jp", "jpn", "jap", "japanese", "日本語", "にほんご"}),
        Text("日本語", "Japanese"),
    ),
    "en": (frozenset({"eng", "english", "英語", "えいご"}), Text("英語", "English")),
}


class LanguageRefused(BadInput):
    """A refused value that names a language (「en-US」「en_US.UTF-8」「jp」): its error is said
    in that language, whatever the locale (review 46a, item 10: English asked for under a C
    locale was answered in Japanese)."""

    def __init__(self, message: Text, meant: Lang) -> None:
        super().__init__(message)
        self.meant: Lang = meant


def _not_a_language(named: Text, value: str) -> BadInput:
    """「`--lang` の値「jp」は使えません。日本語は ja です（使える値：ja、en）。」, else the list."""
    folded = value.strip().lower()
    for lang, (names, language) in _OTHER_NAMES.items():
        starts = (lang, "jp") if lang == "ja" else (lang,)  # en-US, en_US.UTF-8, ja_JP, jp-JP
        if folded in names or folded.startswith(tuple(f"{x}{c}" for x in starts for c in "-_.")):
            return LanguageRefused(
                Text(
                    f"{named.ja} {shown(value)} は使えません。{language.ja}は {lang} です"
                    f"（使える値：{_JA_LIST}）",
                    f"{named.en} {shown(value)} is not accepted: for {language.en}, use {lang}"
                    f" (accepted: {_EN_LIST})",
                ),
                lang,
            )
    return BadInput(
        Text(
            f"{named.ja} {shown(value)} は使えません。使える値：{_JA_LIST}",
            f"{named.en} {shown(value)} is not accepted (accepted: {_EN_LIST})",
        )
    )


def resolve_lang(option: str | None) -> Lang:
    """The language asked for by ``--lang``, else $PRIMEHELP_LANG, else the locale. An empty
    $PRIMEHELP_LANG is not set (review 42a item 24: `export PRIMEHELP_LANG=` failed every
    command)."""
    if option is None:
        wanted = os.environ.get(LANG_ENV, "")
        if wanted.strip() and not is_lang(wanted.strip().lower()):
            raise _not_a_language(Text(f"環境変数 {LANG_ENV} の値", LANG_ENV), wanted)
        return lang_from_environment(os.environ)
    value = option.strip().lower()
    if not is_lang(value):
        raise _not_a_language(Text("`--lang` の値", "`--lang`"), option)
    return value


def run(
    command: str,
    lang_option: str | None,
    as_json: bool,
    produce: Callable[[Lang], Result],
    show: Callable[[Result, Lang], None],
    exit_code: Callable[[Result], ExitCode] = lambda _: ExitCode.OK,
    today_option: str | None = None,
    data_on_stdout: bool = False,
) -> NoReturn:
    """Resolve the language, build the result, print it (text or JSON), exit with its code.

    When the result holds facts, their age on today (``--today``, $PRIMEHELP_TODAY, or the date
    in Japan) goes into the JSON (``facts_checked``, ``facts_stale``), and a warning line into
    the text when they are stale. ``data_on_stdout`` (a calendar on stdout, ``--ics -``): stdout
    holds only that data, so the warning goes to stderr (review 37b item 1).
    """
    lang = lang_from_environment(os.environ)
    try:
        lang = resolve_lang(lang_option)
        wanted = lang
        if not as_json:
            lang = output_lang(
                lang, lang_option is not None or bool(os.environ.get(LANG_ENV, "").strip())
            )
        result = produce(lang)
        dates = list(checked_dates(result))
        fresh = freshness(dates, today_in_japan(today_option)) if dates else None
    except PrimehelpError as error:
        lang = error.meant if isinstance(error, LanguageRefused) else lang  # 46a, item 10
        emit_error(command, lang, error, as_json)
        raise typer.Exit(error.exit_code) from None
    if lang != wanted:
        emit_english_note()
    try:
        if as_json:
            age = {} if fresh is None else {"facts_checked": fresh.facts_checked.isoformat(),
                                            "facts_stale": fresh.facts_stale}  # fmt: skip
            emit_json(command, lang, result, age)
        else:
            show(result, lang)
            if fresh is not None and fresh.facts_stale:
                import contextlib

                from primehelp.cli.installed import this_install  # rarely: only when old
                from primehelp.output.console import stale_facts_warning

                advice = this_install()
                with contextlib.redirect_stdout(sys.stderr if data_on_stdout else sys.stdout):
                    stale_facts_warning(fresh, lang, advice.command, advice.in_checkout)
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_to_devnull()  # the reader went away (`| head`): stop quietly
    except OSError as error:  # only stdout is written here: full (>/dev/full), or an I/O error
        raise typer.Exit(stdout_failed(error, lang)) from None
    raise typer.Exit(exit_code(result))


def run_with_calendar(
    command: str,
    lang_option: str | None,
    as_json: bool,
    produce: Callable[[Lang], Result],
    show: Callable[[Result, Lang], None],
    ics: str | None,
    today_option: str | None,
) -> NoReturn:
    """:func:`run` for `renewal` and `trial`: with `--ics -` the calendar is the only thing on
    stdout, so the screen is not printed and the stale-facts notice goes to stderr."""
    to_stdout = ics == "-"
    run(
        command,
        lang_option,
        as_json,
        produce,
        (lambda _result, _lang: None) if to_stdout else show,
        today_option=today_option,
        data_on_stdout=to_stdout,
    )
