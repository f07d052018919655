"""Review 51a (and 51c, charge --help): Japanese line breaks that cut a label, an article of a
law, a default or a list of symbols, or start a line with a particle, over a range of widths."""

from __future__ import annotations

import itertools
import re

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


PARTICLE_FIRST = re.compile(r"^[ぁ-ゖ]{1,2}[、。]")


@pytest.mark.parametrize(
    "text",
    [
        "・Amazon Photosはプライム会員なら無料です。プライムでなくなると保存できるのは5GBまでで、"
        "それを超えるとアップロードが止まり、",
        "携帯電話会社のプランのIP電話では、通話料がかかります。",
    ],
)
@pytest.mark.parametrize("width", range(30, 81))
def test_item_30_no_line_starts_with_a_particle(text: str, width: int) -> None:
    lines = _lines(text, width)
    for line in lines[1:]:
        assert not PARTICLE_FIRST.match(line), (width, lines)
    for before, after in itertools.pairwise(lines):
        assert not (before[-1:].isascii() and before[-1:].isalpha() and "ぁ" <= after[0] <= "ゖ")


@pytest.mark.parametrize(
    "text",
    [
        "ID：escalation.law.rescission 特定商取引法第15条の4により、最終確認画面の表示のルール"
        "（同法第12条の6）に違反した画面によって誤認して申し込んだ場合は、取り消せます。",
        "この請求は、民法第95条第1項による取り消しの対象になることがあります。",
    ],
)
@pytest.mark.parametrize("width", range(30, 81))
def test_item_11_an_article_stays_whole(text: str, width: int) -> None:
    lines = _lines(text, width)
    for before, after in itertools.pairwise(lines):
        assert not before.endswith("第"), (width, lines)
        assert not re.match(r"[0-9]+[条項号]|[条項号]", after), (width, lines)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("通知する日を指定します（0〜60、指定しない場合は 7,3,1）。", "指定しない場合は 7,3,1）"),
        ("--plan で一覧にする更新日の数（1〜120、指定しない場合は3）。", "指定しない場合は3）"),
        (
            "明細の表記（金額の横にある文字。例：AMAZON DOWNLOADS）。「*」「(」「)」「$」などの記号を"
            "含むときは、全体を '…' で囲みます。",
            "「*」「(」「)」「$」",
        ),
    ],
)
@pytest.mark.parametrize("width", range(30, 81))
def test_items_19_and_33_a_default_and_a_list_of_symbols_stay_whole(
    text: str, piece: str, width: int
) -> None:
    _kept(text, piece, width, HELP)
