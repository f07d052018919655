"""Review 39a, R-minor 18: every ``--help`` (the app's and each command's, ja and en) at every
width from 40 to 120 columns: the English list of commands says each command's first sentence
whole (Click cut 14 of 15 with "..." at any width), and no line break falls at a hyphen inside
a word, a value or an option (``student-│monthly``), nor inside a command in backticks (review
37a S 6: the backticks stay the command marker, so a command in them is never split)."""

from __future__ import annotations

import itertools
import re

import pytest

from primehelp.cli import COMMANDS, app, help_ja
from primehelp.cli.help import english_summary
from tests.support.clihelp import run

WIDTHS = range(40, 121)
CALLS = [("--help",), *((command, "--help") for command in COMMANDS)]
_END = re.compile(r"[!-~]+$")  # the printable ASCII run a line ends with
_START = re.compile(r"^[!-~]+")


def _help(args: tuple[str, ...], lang: str, columns: int) -> str:
    result = run(*args, env={"PRIMEHELP_LANG": lang, "COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _unwrapped(args: tuple[str, ...], lang: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The help with nothing wrapped (each paragraph and each option's help on one line)."""
    import primehelp.cli.help as help_module

    with monkeypatch.context() as patched:
        patched.setattr(help_module, "terminal_width", lambda: 10_000)
        return _help(args, lang, 80)


def hyphen_breaks(text: str, whole: str) -> list[str]:
    """The words of ``whole`` (the unwrapped help) that ``text`` breaks at a hyphen: a line
    ending in the first part and the next starting with the rest, the hyphen at the join."""
    found = []
    for above, below in itertools.pairwise(text.splitlines()):
        end, start = _END.search(above.rstrip()), _START.search(below.lstrip())
        if end and start and "-" in (end[0][-1], start[0][0]):
            joined = end[0] + start[0]
            if joined in whole:
                found.append(f"{end[0]}│{start[0]}")
    return found


def _split_commands(text: str) -> list[str]:
    """Lines where a command in backticks opens and does not close."""
    return [line for line in text.splitlines() if line.count("`") % 2]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", CALLS, ids=" ".join)
def test_no_help_breaks_a_word_at_its_hyphen_at_any_width(
    args: tuple[str, ...], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _unwrapped(args, lang, monkeypatch)
    assert "student-monthly" in whole or args[0] != "complain"
    for columns in WIDTHS:
        text = _help(args, lang, columns)
        assert hyphen_breaks(text, whole) == [], (columns, text)
        assert _split_commands(text) == [], (columns, text)


def test_the_quoted_case_complain_plan_in_english() -> None:
    text = _help(("complain", "--help"), "en", 80)
    assert "student-\n" not in text
    assert "annual, monthly, student-annual or student-monthly." in " ".join(text.split())


def _command_rows(text: str) -> str:
    return " ".join(text.split("Commands:")[1].split("Example:")[0].split())


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_english_command_list_says_each_first_sentence_whole(columns: int) -> None:
    rows = _command_rows(_help(("--help",), "en", columns))
    assert "..." not in rows
    for name in COMMANDS:
        summary = english_summary(_docstring(name))
        assert summary.endswith(".") and len(summary) > 30, summary
        assert f"{name} {summary}" in rows, (name, summary, rows)


def _docstring(name: str) -> str:
    import typer.main

    command = typer.main.get_command(app)
    sub = command.commands[name]  # type: ignore[attr-defined]
    return str(sub.help)


def test_the_english_summary_is_the_first_sentence_as_the_japanese_one_is() -> None:
    text = """Tell what a phone number is: one of two kinds. (Exit 1 when any.)

    電話番号が何かを調べます。詳しくは下を。

    Example: primehelp check-number 0120-999-373"""
    assert english_summary(text) == "Tell what a phone number is: one of two kinds."
    assert help_ja.command_summary(text) == "電話番号が何かを調べます。"
    # a period inside a name or an abbreviation ends no sentence
    assert english_summary("Reach Amazon.co.jp, e.g. by chat. More.") == (
        "Reach Amazon.co.jp, e.g. by chat."
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", CALLS, ids=" ".join)
def test_no_help_line_is_wider_than_the_terminal_at_any_width(
    args: tuple[str, ...], lang: str
) -> None:
    """Review 40a R-minor 10: ``sources --help`` (en) had lines of Japanese words measured in
    characters (43 columns at 40); every help line must fit in display width (kanji are 2).
    Review 41a item 9: the examples too (``check-message``'s was 77 columns wide at 40; an
    option with its quoted value was let run past the line): no exception now."""
    from rich.cells import cell_len

    for columns in WIDTHS:
        text = _help(args, lang, columns)
        wide = [line for line in text.splitlines() if cell_len(line) > columns]
        assert wide == [], (columns, wide)


def test_an_example_too_wide_goes_under_its_label_and_its_value_below_its_option() -> None:
    """Review 41a item 9: at 40 columns the label stands alone, the commands under it, and an
    option's value too wide beside it is continued on its own line: still one shell command."""
    text = _help(("check-message", "--help"), "en", 40)
    assert "  Examples:\n    primehelp check-message \\\n      --text \\\n" in text, text
    wide = _help(("check-message", "--help"), "en", 120)
    assert "Examples: primehelp check-message --text " in wide, wide
