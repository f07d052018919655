"""A command wider than the line, continued on the next with a backslash (review 18b item 2).

A command is never broken where a phrase would be (:func:`~primehelp.output.break_units.whole`):
cut, it runs short when copied. One wider than the line used to stand on a line of its own and
run past it, so a terminal cut it wherever its width fell, mid-option
(「--pla│n annual」). Instead it is split between its words, before an option (an option stays
with its value: 「--renewal 2026-12-24」), as late as fits; each piece but the last ends with
「 \\」 and the next is indented by 2, so that pasted into a shell it still runs as one command.
What is glued to the command on its line (「（例：」 before it, 「。」「）」「、」 after it) stays
with its first and last pieces, and counts: a command that fits the line but not with its
「（」 and 「）。」 is continued too (review 36b item 3). A single word wider than the line still
runs past it.

The same rule for every screen that lays its lines out for a width: a terminal's stderr
(:mod:`primehelp.output.stderr_lines`; piped, a message stays one line), stdout
(:mod:`primehelp.output.console`), and ``remind``'s commands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from primehelp.output.break_units import commands

if TYPE_CHECKING:
    from rich.containers import Lines

CONTINUED = " \\"
"""What ends each piece but the last (a shell joins the next line to it)."""
INDENT = "  "
"""What starts each piece but the first."""
_OPTION = re.compile(r" (?=--?[a-zA-Z])")
"""A space before an option: where a command may be continued."""


def breaks(line: str, width: int, text_width: Callable[[str], int]) -> list[int]:
    """Where ``line`` (one line, already laid out) continues: the offset of each option that
    starts a new piece, or nothing when the line fits or holds no command to split. Each piece
    but the first is measured with its indent, each but the last with its backslash."""
    if text_width(line) <= width:
        return []
    for start, end in commands(line):
        if text_width(line[_glued_from(line, start) : _glued_to(line, end)]) <= width:
            continue  # not what makes the line too wide
        options = [space.end() for space in _OPTION.finditer(line, start, end)]
        if not options:
            continue
        found: list[int] = []
        piece = 0  # where the current piece starts
        for at, after in zip(options, [*options[1:], None], strict=True):
            # the piece from ``piece`` grows to the option after ``at`` (or the line's end)
            stop = len(line) if after is None else after - 1
            indent = len(INDENT) if found else 0
            tail = 0 if after is None else len(CONTINUED)
            if indent + text_width(line[piece:stop]) + tail > width:
                found.append(at)
                piece = at
        return found
    return []


_OPENING = "（(「『["
_CLOSING = "）)」』]。、，．,.:;：；"


def _glued_from(line: str, start: int) -> int:
    """Where the command at ``start`` begins with the brackets no break separates from it."""
    while start > 0 and line[start - 1] in _OPENING:
        start -= 1
    return start


def _glued_to(line: str, end: int) -> int:
    """Where the command ending at ``end`` ends with the 「）。」 no break separates from it: a
    command that fits but not with them (「（`primehelp cancel --trial --student`）。」, 42
    columns at 40) is continued too, else a terminal wraps the line and leaves 「。」 alone
    (review 36b item 3)."""
    while end < len(line) and line[end] in _CLOSING:
        end += 1
    return end


def continued(line: str, width: int, text_width: Callable[[str], int]) -> list[str]:
    """``line`` as the lines it is printed as: itself, or its command's pieces (:func:`breaks`)."""
    bounds = [0, *breaks(line, width, text_width), len(line)]
    return pieces([line[a:b] for a, b in itertools.pairwise(bounds)])


def pieces(parts: Sequence[str]) -> list[str]:
    """``parts`` of a command (split before its options) with their backslashes and indents."""
    last = len(parts) - 1
    return [
        (INDENT if index else "") + (part.rstrip(" ") + CONTINUED if index < last else part)
        for index, part in enumerate(parts)
    ]


def continued_text(lines: Lines, width: int) -> Lines:
    """Rich's lines of a wrapped text, each command wider than ``width`` continued (its styles
    kept)."""
    from rich.cells import cell_len
    from rich.containers import Lines

    result = Lines()
    for line in lines:
        offsets = breaks(line.plain, width, cell_len) if line.cell_len > width else []
        if not offsets:
            result.append(line)
            continue
        parts = list(line.divide(offsets))
        for index, part in enumerate(parts):
            if index < len(parts) - 1:
                part.rstrip()
                part.append(CONTINUED)
            if index:
                part.pad_left(len(INDENT))
            result.append(part)
    return result
