"""Review 36b item 5: `--help`'s 例 lines ran past 40 columns (「例：primehelp renewal 2026-12-31
--plan annual --explain」, 58). Now a command wider than the line is continued with 「 \\」, as
the option texts and every screen's commands are: for every command's help, in both languages,
at several widths, each line fits unless it is one word the shell must get whole (a quoted
argument, or an option with its value), and the continued lines still make the same command."""

from __future__ import annotations

import shlex

import pytest

from primehelp.cli import COMMANDS
from primehelp.output.command_lines import command_lines, word_spaces
from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run

LABELS = {"ja": ("  例：",), "en": ("  Example: ", "  Examples: ")}


def _examples(screen: str, lang: str) -> tuple[list[str], list[list[str]], int]:
    """The example block's lines (the last paragraph of help), its commands, each as the lines
    it is printed on, and where its commands start."""
    lines = screen.splitlines()
    alone = tuple(label.rstrip() for label in LABELS[lang])
    first = max(i for i, line in enumerate(lines) if line.startswith(LABELS[lang]) or line in alone)
    block = lines[first:]
    if block[0] in alone:  # review 41a item 9: too wide beside it, the commands go under it
        block, label = block[1:], "    "
    else:
        label = next(p for p in LABELS[lang] if block[0].startswith(p))
    hang = unicode_text_width(label)  # the further commands start under the first
    commands: list[list[str]] = []
    going_on = False
    for number, line in enumerate(block):
        text = line[len(label) :] if number == 0 else line
        if going_on:
            commands[-1].append(text)
        elif text.startswith(" " * (hang if number else 0) + "primehelp"):
            commands.append([text.strip()])
        going_on = line.endswith(" \\")
    return block, commands, hang


def _unsplittable(text: str) -> bool:
    """One shell word, or an option and its value: nothing the shell would still run if cut."""
    words = shlex.split(text.removesuffix(" \\"))
    return len(words) == 1 or (len(words) == 2 and words[0].startswith("-"))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_example_fits_40_columns_or_is_continued(command: str, lang: str) -> None:
    for columns in (40, 50, 60, 80):
        env = {"PRIMEHELP_LANG": lang, "COLUMNS": str(columns)}
        args = (command, "--help") if command else ("--help",)
        done = run(*args, env=env)
        assert done.exit_code == 0, done.stderr
        block, commands, hang = _examples(done.stdout, lang)
        assert commands, done.stdout
        for line in block:
            if unicode_text_width(line) <= columns:
                continue
            assert _unsplittable(line.strip().split("：", 1)[-1]), (columns, line)
        for pieces in commands:
            joined = " ".join(piece.strip().removesuffix(" \\") for piece in pieces)
            words = shlex.split(joined)
            assert words[0] == "primehelp" and (not command or words[1] == command), joined
            for piece in pieces[1:]:  # indented by 2 under the command's start
                assert piece.startswith(" " * (hang + 2)) and piece[hang + 2] != " ", pieces
            for piece in pieces[:-1]:
                assert piece.endswith(" \\"), pieces


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reported_examples_now_fit(lang: str) -> None:
    for command in ("renewal", "cancel", "trial"):
        screen = run(command, "--help", env={"PRIMEHELP_LANG": lang, "COLUMNS": "40"}).stdout
        block, _, _ = _examples(screen, lang)
        assert max(map(unicode_text_width, block)) <= 40, block
        assert block[0].endswith(" \\"), block


def test_command_lines_never_split_an_option_from_its_value_or_a_quoted_word() -> None:
    command = 'primehelp check-number 0120-999-373 "+81 120 999 373" --lang en --plan annual'
    for width in range(10, 80):
        lines = command_lines(command, width, unicode_text_width)
        joined = " ".join(line.strip().removesuffix(" \\") for line in lines)
        assert shlex.split(joined) == shlex.split(command)
        for line in lines:
            words = shlex.split(line.removesuffix(" \\"))
            assert words[-1] not in ("--lang", "--plan"), (width, lines)  # its value follows
    assert word_spaces("a \"b c\" 'd e' f\\ g  h") == [1, 7, 13]
