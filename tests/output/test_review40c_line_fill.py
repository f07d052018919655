"""Review 40c item 4: at 40 columns a note of 「確認が必要な行について」 left 「月会費が」 alone
on its line: BudouX splits 「2回以上│請求されています：月間プランの」, but a break between two
kanji was a last resort everywhere (review 39b item 5), so the 37 columns moved whole. A break
BudouX makes between two kanji, after a word of two kanji or more, now stands."""

from __future__ import annotations

import itertools

import pytest
from rich.cells import cell_len

from primehelp.output.linebreak import LineBreaker
from primehelp.output.phrases import bundled
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, bundled())


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_no_line_of_a_note_to_check_is_far_too_short(columns: int) -> None:
    """Every note at 40, 60 and 80 columns: no line but a paragraph's last fills less than a
    quarter of the room, unless the next starts with a piece kept whole (「…」, （…））."""
    from primehelp.facts import ui
    from primehelp.output.charge_notes import bullet
    from primehelp.output.console import console_for
    from primehelp.output.statement import _LOOK, flag_heading, statement_ui

    console = console_for("ja")
    console.width = columns
    room = columns - 2  # under 「・」
    short = []
    for flag in _LOOK:
        heading = flag_heading(flag, "ja", 2007) + ui("colon")("ja")
        with console.capture() as captured:
            console.print(bullet(heading + statement_ui(f"explain.{flag.value}", "ja"), "ja"))
        lines = [x[1:].strip() for x in captured.get().rstrip("\n").split("\n")]
        for line, after in itertools.pairwise(lines):
            if cell_len(line) * 4 < room and after[0] not in "「（":
                short.append((flag.value, line, after))
    assert short == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("月会費が2回以上請求されています：月間プランの会費は", "月会費が2回以上"),
        ("会費は現在の料金です。今後変わることがあります。", "会費は現在の料金です。今後"),
    ],
)
def test_a_break_budoux_makes_after_a_kanji_word_stands(text: str, cut: str) -> None:
    width = text_width(cut) + 4  # the next phrase does not fit beside it
    assert text[: BREAKER.offsets(text, width)[0]] == cut
