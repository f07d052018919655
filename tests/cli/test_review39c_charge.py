"""Review 39c (charge, single amounts and --statement): one test or more per item."""

from __future__ import annotations

import pytest

from primehelp.charges import Category, parse_amount, read_charge
from primehelp.content import charges as charge_data
from primehelp.content import statement as statement_data
from tests.support.clihelp import json_data, screen

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 1

_NOT_FEE_TEXTS = ("AMAZON WEB SERVICES", "AMZN Mktp JP", "AMAZON MARKETPLACE", "AWS EMEA")
# Every fee and fixed price the facts give (the amounts a text could be ranked by)
_AMOUNTS = sorted(
    {int(p.fee_yen) for plan in BOOK.fees.plans for p in plan.history}
    | {int(p.value) for s in BOOK.services for p in s.prices}
)


def test_1_the_not_fee_words_are_the_statement_readers() -> None:
    words = statement_data.load().not_fee_words
    assert words and all(
        any(w in t.lower().replace(" ", "") for w in words) for t in _NOT_FEE_TEXTS
    )


@pytest.mark.parametrize("text", _NOT_FEE_TEXTS)
def test_1_no_fee_or_subscription_is_ranked_first_under_a_not_fee_text(text: str) -> None:
    for yen in _AMOUNTS:
        for date in (
            None,
            *(p.renewals_from for plan in BOOK.fees.plans for p in plan.history if p.renewals_from),
        ):
            reading = read_charge(parse_amount(str(yen)), text, date, book=BOOK)
            first = reading.candidates[0]
            assert reading.not_fee, (text, yen)
            assert first.category not in (Category.PRIME_FEE, Category.SUBSCRIPTION), (text, yen)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", _NOT_FEE_TEXTS)
def test_1_the_screen_says_none_is_likely_and_what_to_check(text: str, lang: str) -> None:
    shown = screen("charge", "600", text, lang=lang)
    if lang == "ja":
        assert "可能性の高い順" not in shown
        assert "当てはまりそうなもの（可能性は低め）" in shown
        assert "金額が同じでも会費とは限りません" in shown
        assert "注文履歴" in shown and "カード会社に問い合わせてください" in shown
    else:
        assert "most likely first" not in shown.lower()
        assert "does not make it a fee" in shown
    data = json_data("charge", "600", text)
    assert data["candidates"][0]["kind"] == "shop_order"


def test_1_a_text_naming_prime_still_ranks_the_fee_first() -> None:
    reading = read_charge(parse_amount("600"), "AMAZON PRIME", None, book=BOOK)
    assert not reading.not_fee and reading.candidates[0].kind == "prime_monthly"
