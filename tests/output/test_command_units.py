"""Review 10b item 7: a command in backquotes is one unit for line breaking when it fits.

Cut at a space, a command copied from the terminal runs cut short (「`primehelp cancel
--trial` ⏎ --student`」 runs the regular-Prime steps).
"""

from __future__ import annotations

import pytest

from primehelp.cli import COMMANDS
from primehelp.output.break_units import NAMES, commands, units
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


def test_at_40_columns_the_bracket_and_the_command_stand_whole_on_a_line() -> None:
    """「（`…`）。」 is 42 cells wide. Review 11b item 2: an opening bracket never ends a line;
    review 12b item 1: nor is the command cut (「（`primehelp cancel --trial」│「--student`）。」):
    it starts a line of its own, whole, and runs past the width as a URL does."""
    lines = pieces(LINE, 40)
    assert "".join(lines) == LINE
    assert not [line for line in lines if line.rstrip().endswith("（")], lines
    assert "（`primehelp cancel --trial --student`）。" in lines, lines


@pytest.mark.parametrize("width", [20, 30])
def test_a_command_wider_than_the_line_stands_alone_unbroken(width: int) -> None:
    """Review 12b item 1: cut between its words, a command copied runs wrong
    (「--renewal│2026-12-24」); wider than the line, it runs past it, whole."""
    lines = pieces(LINE, width)
    assert "".join(lines) == LINE
    assert "（`primehelp cancel --trial --student`）。" in lines, lines
    others = [line for line in lines if "`" not in line]
    assert all(text_width(line.rstrip()) <= width for line in others), lines


EXAMPLE = "例：`primehelp cancel --trial --renewal 2026-12-24`"


@pytest.mark.parametrize("width", [30, 36, 40])
def test_an_option_and_its_value_stay_together(width: int) -> None:
    """The walkthrough at 40 columns: 「`primehelp cancel --trial --renewal」│「2026-12-24`」."""
    lines = [line.rstrip() for line in pieces(EXAMPLE, width)]
    assert lines == ["例：", "`primehelp cancel --trial --renewal 2026-12-24`"]


ERROR = (
    "primehelp: エラー: 更新日が保存されていません。「Amazonプライム会員情報」のページに表示される"
    "更新日を保存してください。例：primehelp renewal 2026-12-31 --plan annual --save"
    "（--plan を付けると、次の更新日も計算します）"
)


@pytest.mark.parametrize("width", [40, 60])
def test_a_command_written_out_in_an_error_is_one_unit(width: int) -> None:
    """Review 12b item 2: 「例：primehelp renewal 2026-12-31 --plan」│「annual --save（…」."""
    command = "primehelp renewal 2026-12-31 --plan annual --save"
    assert (ERROR.index(command), ERROR.index(command) + len(command)) in commands(ERROR)
    lines = pieces(ERROR, width)
    assert "".join(lines) == ERROR
    assert any(command in line for line in lines), lines


def test_a_command_written_out_ends_at_prose() -> None:
    for line, command in [
        ("crontab に primehelp due を実行する行があります。", "primehelp due"),
        ("設定するには：primehelp remind install", "primehelp remind install"),
        ("(e.g. primehelp renewal 2026-12-31 --save)", "primehelp renewal 2026-12-31 --save"),
        ("with primehelp renewal, a renewal date and --plan", "primehelp renewal"),
        ("no line in it runs primehelp due: nothing to remove", "primehelp due"),
    ]:
        ((start, end),) = commands(line)
        assert line[start:end] == command, line
    assert commands("primehelp は crontab を変更しません。") == ()
    assert commands("primehelp uses the day before as a safety margin.") == ()


def test_the_command_names_are_the_clis() -> None:
    assert set(COMMANDS) == NAMES


@pytest.mark.parametrize("width", [20, 30, 40])
def test_english_keeps_a_command_whole_too(width: int) -> None:
    line = "To cancel during the trial, use (`primehelp cancel --trial --student`) now."
    lines = [piece.strip() for piece in pieces(line, width, japanese=False)]
    assert " ".join(lines) == line
    assert any("`primehelp cancel --trial --student`" in piece for piece in lines), lines
