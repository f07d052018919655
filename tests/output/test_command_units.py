"""Review 10b item 7: a command in backquotes is one unit for line breaking when it fits.

Cut at a space, a command copied from the terminal runs cut short (「`primehelp cancel
--trial` ⏎ --student`」 runs the regular-Prime steps).
"""

from __future__ import annotations

import pytest

from primehelp.output.break_units import commands, units
from tests.support.kinsoku import pieces, text_width

LINE = (
    "費用をかけずに無料体験を終えるには、2027年5月24日（あと180日）までに解約してください"
    "（`primehelp cancel --trial --student`）。2027年5月25日に有料会員へ自動で更新されます（目安）。"
)
COMMAND = "`primehelp cancel --trial --student`"


def test_a_command_in_backquotes_is_a_unit() -> None:
    start = LINE.index(COMMAND)
    assert commands(LINE) == ((start, start + len(COMMAND)),)
    assert (start, start + len(COMMAND), False) in units(LINE)
    assert commands("バッククォートのない行") == ()


@pytest.mark.parametrize("width", [42, 50, 60, 80])
def test_a_command_that_fits_is_never_split(width: int) -> None:
    lines = pieces(LINE, width)
    assert "".join(lines) == LINE
    assert all(text_width(line.rstrip()) <= width for line in lines)
    assert any(COMMAND in line for line in lines), lines


def test_at_40_columns_the_bracket_stays_with_the_command_split_only_at_a_space() -> None:
    """「（`…`）。」 is 42 cells wide. Review 10b left 「（」 at the end of a line; review 11b item 2:
    an opening bracket never ends a line, so the command breaks, only at a space inside it."""
    lines = pieces(LINE, 40)
    assert not [line for line in lines if line.rstrip().endswith("（")], lines
    at = next(i for i, line in enumerate(lines) if "`primehelp" in line)
    assert lines[at].startswith("（`primehelp cancel --trial")
    assert lines[at + 1].lstrip().startswith("--student`）。")


def test_a_command_wider_than_the_line_still_breaks_between_its_words() -> None:
    lines = pieces(LINE, 30)
    assert "".join(lines) == LINE
    assert all(text_width(line.rstrip()) <= 30 for line in lines)
