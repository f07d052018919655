"""Review 49c (charge and charge --statement)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import charge_screen

# -- item 3: a service whose later price is the amount is named, never "none matches"

NONE_MATCH_JA = "料金の決まったほかのサービスにも、この金額と一致するものはありません"
NONE_MATCH_EN = "no other fixed subscription price, matches"


@pytest.mark.parametrize("date", ["2010-01-01", "2016-01-01"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_same_later_price_is_named_in_the_summary(date: str, lang: str) -> None:
    screen = charge_screen("charge", "980", "--date", date, lang=lang)
    summary = screen.split("\n\n")[0]
    assert (NONE_MATCH_JA if lang == "ja" else NONE_MATCH_EN) not in summary
    assert "Amazon Kids+" in summary and "Kindle Unlimited" in summary
    if lang == "ja":
        assert "この日付に同じ料金だったかは確認できていません" in summary
    else:
        assert "whether they had it on" in summary
