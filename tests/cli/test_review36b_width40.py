"""Review 36b item 3: every command's Japanese screen at 40 columns.

「（`primehelp cancel --trial --student`）。」 was 42 columns wide: the command fits a line, but
not with the 「（」 and 「）。」 that no break separates from it, so it was not continued, and a
40-column terminal wrapped the line itself, leaving 「。」 alone. The rule, over every Japanese
text run of the golden list (each command and branch) at 40 columns: no line is 「。」 alone, and
none is wider than 40 unless a URL or a command wider than the line is on it (both run past
it whole; a command is continued with 「 \\」 before an option).

Left out by design, each for a reason of its own: `complain`'s letter between its two rules (not
broken, to be pasted into the chat whole, as its screen says), `completion`'s script (shell code
to paste), and `due`'s line piped (one line for cron and notifications: checked here as a
terminal lays it out instead).
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from rich.cells import cell_len

from primehelp.output.break_units import whole
from primehelp.output.continued import breaks
from primehelp.output.linebreak import CITED
from tests.support import golden

WIDTH = 40
_RULE = "─" * WIDTH
_CRONTAB_LINE = re.compile(r"(?:@[a-z]+|(?:\S+ ){4}\S+) .*\bprimehelp\b.*")
_ID_LINE = re.compile(r"ID：[a-z0-9_.]+")  # a fact ID and its label, whole (review 34a S 23)


def _japanese_text_calls() -> list[golden.Call]:
    return [
        call
        for call in golden.command_calls()
        if call.args[-2:] == ("--lang", "ja")
        and "--json" not in call.args
        and "-" not in call.args  # --ics -: the calendar itself
        and call.args[0] not in ("completion", "due")
    ]


def _stdout(call: golden.Call) -> str:
    shown = golden.transcript(dataclasses.replace(call, env={**call.env, "COLUMNS": str(WIDTH)}))
    return shown.split("--- stdout\n", 1)[1].split("\n--- stderr\n", 1)[0]


def _excused(line: str) -> bool:
    """A line that may run past the width: a URL, a command, a path or an ID wider than the
    line (no break splits them)."""
    for url in CITED.finditer(line):  # with its indent and the 「 or （ it is glued to
        if cell_len(url.group()) > WIDTH - 2 or (
            not line[: url.start()].strip(" 　「（・") and cell_len(line[: url.end()]) > WIDTH
        ):
            return True
    if any(cell_len(line[start:end]) > WIDTH for start, end in whole(line)):
        return True
    if re.fullmatch(r"[「（]?[!-~]+[」）]?[。、]?", line.strip()):  # one word, a path: unbreakable
        return True
    if _CRONTAB_LINE.fullmatch(line.strip()):  # shown whole to be copied (review 38b item 1)
        return True
    return _ID_LINE.fullmatch(line.strip()) is not None


def _continued_in_brackets(line: str) -> bool:
    """A command continued with 「 \\」 inside Japanese brackets (「（`primehelp cancel --trial \\」):
    the backslash and the indent read as stray characters in a sentence (review 38b item 15)."""
    if not line.rstrip().endswith(" \\") or line.lstrip().startswith("（`"):
        return False  # 「（`…」 starting its line: the bracket is the command's (review 51b item 5)
    spans = whole(line)
    start = spans[0][0] if spans else len(line)
    return line.rfind("（", 0, start) > line.rfind("）", 0, start)


def _faults(text: str) -> list[str]:
    faults: list[str] = []
    letter = False
    for line in text.split("\n"):
        if line == _RULE:
            letter = not letter
            continue
        if letter:
            continue
        if line.strip() in ("。", "）。", "、"):
            faults.append(f"alone: {line!r}")
        elif _continued_in_brackets(line):
            faults.append(f"continued inside brackets: {line!r}")
        elif cell_len(line.rstrip()) > WIDTH and not _excused(line.rstrip()):
            faults.append(f"{cell_len(line.rstrip())} wide: {line!r}")
    return faults


CALLS = _japanese_text_calls()


def test_the_list_covers_every_command_with_a_screen() -> None:
    from tests.support.corpus import COMMANDS

    shown = {call.args[0] for call in CALLS}
    assert shown == {command.name for command in COMMANDS} - {"completion", "due"}


@pytest.mark.parametrize("call", CALLS, ids=lambda call: " ".join(call.args)[:80])
def test_no_line_is_a_stop_alone_or_wider_than_40(call: golden.Call) -> None:
    assert _faults(_stdout(call)) == []


def test_the_reviewed_screen_continues_the_command_with_its_brackets() -> None:
    """Review 38b item 15 put the command bare on a line of its own after the sentence; review
    51b item 5: it kept its backquotes and brackets; review 52b item 12: it is in a sentence of
    its own (「解約の手順は `…` で確認できます。」), whole, with its backquotes."""
    (call,) = [
        call
        for call in CALLS
        if call.args[:2] == ("trial", "2026-11-25") and "--student" in call.args
    ]
    lines = _stdout(call).split("\n")
    assert "`primehelp cancel --trial --student` で" in lines, lines
    assert "（`primehelp" not in "".join(lines), lines
    assert "primehelp cancel --trial --student" not in lines, lines


@pytest.mark.parametrize("width", range(20, 61))
def test_a_command_that_fits_only_without_its_brackets_is_continued(width: int) -> None:
    """The general form: for every width, a line holding a bracketed command is continued
    when the command with its 「（」「）。」 is wider than the line, and not otherwise."""
    command = "`primehelp cancel --trial --student --renewal 2027-05-24`"
    for before, after in (("（", "）。"), ("", "。"), ("（例：", "）"), ("", "")):
        line = before + command + after
        # 「（例：」: a line may break after its 「：」, so only 「）」 is glued to the command
        glued = cell_len(line) if before != "（例：" else cell_len(command + after)
        split = breaks(line, width, cell_len)
        assert bool(split) == (cell_len(line) > width and glued > width), (line, width)
        for at in split:
            assert line[at : at + 2] == "--"  # before an option, never inside one


def test_due_on_a_terminal_lays_out_every_line_within_40() -> None:
    from primehelp.output.stderr_lines import laid_out

    for call in golden.command_calls():
        if call.args[0] != "due" or call.args[-2:] != ("--lang", "ja"):
            continue
        text = _stdout(call).strip()
        if text:
            assert _faults(laid_out(text, WIDTH)) == [], call.args
