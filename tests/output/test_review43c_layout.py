"""Review 43c, items 11 and 13: the charge screens' amazon.com labels and amounts at narrow
widths. A label breaks between its phrases, leaving no bracket's tail alone on a line
(「…（現地利用額から│推定）」, item 11), and an amount keeps its particle (「残りの300円│は、」,
item 13)."""

from __future__ import annotations

import itertools
import re

import pytest

from primehelp.facts import ui
from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
US_LABELS = ("us_prime_label", "us_account_usd", "us_account_text", "us_account_total")


def lines_of(text: str, width: int) -> list[str]:
    bounds = [0, *BREAKER.offsets(text, width), len(text)]
    return [text[start:end].rstrip() for start, end in itertools.pairwise(bounds)]


def test_item11_the_amazon_com_fee_label_breaks_before_its_possibility_at_40_columns() -> None:
    label = ui("us_prime_label", "ui_statement_lines").ja
    assert lines_of(label, 38) == [
        "amazon.com（米国）のプライム会費の",
        "可能性（現地利用額から推定）",
    ]


@pytest.mark.parametrize("key", US_LABELS)
@pytest.mark.parametrize("width", range(24, 61))
def test_item11_no_label_leaves_the_end_of_its_bracket_alone(key: str, width: int) -> None:
    """Wherever an amazon.com label is broken, its bracketed note with its word, where they fit
    on a line, is whole (「可能性（現地利用額から推定）」, never 「…から│推定）」)."""
    label = ui(key, "ui_statement_lines").ja
    for found in re.finditer(r"[一-龥]{1,4}（[^（）]+）", label):
        note = found.group()  # with its word: 「可能性（現地利用額から推定）」
        if text_width(note) > width:
            continue
        shown = lines_of(label, width)
        assert any(note in line for line in shown), (width, shown)


AMOUNTS = ("300", "1,200", "5,900", "22,500", "600")


@pytest.mark.parametrize("amount", AMOUNTS)
@pytest.mark.parametrize("width", range(20, 101))
def test_item13_an_amount_keeps_its_particle(amount: str, width: int) -> None:
    text = (
        f"この請求のうち、2026年11月3日に{amount}円が返金されたと考えられます。"
        f"残りの{amount}円は、この明細では返金されていません。"
    )
    shown = lines_of(text, width)
    assert not any(line.startswith(("は", "が")) for line in shown[1:]), (width, shown)
    assert f"{amount}円は、" in "\n".join(shown)
