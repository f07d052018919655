"""Review 51a (and 51c, charge --help): Japanese line breaks that cut a label, an article of a
law, a default or a list of symbols, or start a line with a particle, over a range of widths."""

from __future__ import annotations

import itertools

import pytest

from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
HELP = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled("help"))


def _lines(text: str, width: int, breaker: LineBreaker = BREAKER) -> list[str]:
    bounds = [0, *breaker.offsets(text, width), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def _kept(text: str, piece: str, width: int, breaker: LineBreaker = BREAKER) -> None:
    lines = _lines(text, width, breaker)
    assert any(piece in line for line in lines), (width, lines)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("+81 50 1234 5678（050-1234-5678、IP電話）", "IP電話）"),
        ("1-855-370-0151（+1 855 370 0151、海外の番号）", "海外の番号）"),
        ("+81 120 999 373（0120-999-373、通話料無料の番号）", "通話料無料の番号）"),
    ],
)
@pytest.mark.parametrize("width", range(30, 81))
def test_item_1_the_kind_of_a_number_stays_whole(text: str, label: str, width: int) -> None:
    _kept(text, label, width)
