"""Review 46c (charge AMOUNT TEXT and charge --statement): items 6, 2, 5, 7 and 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import rakuten_statement, wide_stdout

UNLISTED = {
    "ja": "primehelpが知っているAmazonの明細の表記のどれでもありません",
    "en": "none of the Amazon statement texts primehelp knows",
}
PRIME_FEE = {"ja": "「AMAZON PRIME」は、多くの場合プライムの会費です", "en": "“AMAZON PRIME”"}


def _row(day: str, text: str, amount: str) -> str:
    return f"2026/11/{day},{text},本人,1回払い,{amount},0,{amount}"


# -- item 6: decorated letters are a look-alike; only widths are folded

DECORATED = ["ⒶⓂⒶⓏⓄⓃ PRIME", "𝐀𝐌𝐀𝐙𝐎𝐍 PRIME", "AMAZON PRIⅯE", "ᴬᴹᴬᶻᴼᴺ PRIME"]


@pytest.mark.parametrize("text", DECORATED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_decorated_letters_are_no_listed_text(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert UNLISTED[lang] in screen
    if lang == "ja":
        assert PRIME_FEE["ja"] not in screen


@pytest.mark.parametrize("text", ["ＡＭＡＺＯＮ　ＰＲＩＭＥ", "AMAZON PRIME ﾌﾟﾗｲﾑ"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_widths_still_fold(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert UNLISTED[lang] not in screen


def test_decorated_letters_on_statement_are_lookalikes(tmp_path: Path) -> None:
    for text in DECORATED:
        data = rakuten_statement(tmp_path, _row("03", text, "600"), json=True)
        assert "looks_like_amazon" in str(data), text
