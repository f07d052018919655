"""Review 46c (left open, share c): katakana in brackets after a listed text is the text's own
only when it is the reading of its own words (「（ｱﾏｿﾞﾝﾌﾟﾗｲﾑ）」), as without brackets: 「（ﾀﾞｳﾝﾛｰﾄﾞ）」
after 「AMAZON PRIME」 is another text's word, never accepted."""

from __future__ import annotations

import pytest

from tests.support.clihelp import wide_stdout

EXTRA = {
    "ja": "は、primehelpの情報源にあるAmazonの明細の表記には含まれない",
    "en": "has such a word",
}
NOT_OWN = [
    ("AMAZON PRIME（ﾀﾞｳﾝﾛｰﾄﾞ）", "ﾀﾞｳﾝﾛｰﾄﾞ"),
    ("AMAZON PRIME (ダウンロード)", "ダウンロード"),
    ("AMAZON PRIME ﾀﾞｳﾝﾛｰﾄﾞ", "ﾀﾞｳﾝﾛｰﾄﾞ"),
    ("AMAZON DOWNLOADS（ﾌﾟﾗｲﾑｶｲﾋ）", "ﾌﾟﾗｲﾑｶｲﾋ"),
    ("AMAZON.CO.JP（ﾄｳｷｮｳ）", "ﾄｳｷｮｳ"),
]
OWN = [
    "AMAZON PRIME（ｱﾏｿﾞﾝﾌﾟﾗｲﾑ）",
    "AMAZON PRIME（ｱﾏｿﾞﾝ･ﾌﾟﾗｲﾑ）",
    "AMAZON PRIME（ｱﾏｿﾞﾝﾌﾟﾗｲﾑｶｲﾋ）",
    "AMAZON DOWNLOADS（ﾀﾞｳﾝﾛｰﾄﾞ）",
    "AMAZON DIGITAL DWNLD（ｱﾏｿﾞﾝﾃﾞｼﾞﾀﾙ）",
    "AMAZON.CO.JP（ｱﾏｿﾞﾝ）",
]


@pytest.mark.parametrize(("text", "word"), NOT_OWN)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_katakana_of_another_texts_word_is_an_extra_word(text: str, word: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert EXTRA[lang] in screen
    assert (f"「{word}」" if lang == "ja" else f"“{word}”") in screen


@pytest.mark.parametrize("text", OWN)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reading_of_the_texts_own_words_is_accepted(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert EXTRA[lang] not in screen


# -- S 11: the period a fee is for, as Japanese statements write it, is no extra word

PERIODS = ["11月分", "2026年11月", "2026年11月分", "１１月分", "2026/11"]


@pytest.mark.parametrize("period", PERIODS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_period_in_japanese_is_no_extra_word(period: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", f"AMAZON PRIME {period}", "--lang", lang)
    assert EXTRA[lang] not in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_month_word_without_a_number_stays_extra(lang: str) -> None:
    screen = wide_stdout("charge", "600", "AMAZON PRIME 月分", "--lang", lang)
    assert EXTRA[lang] in screen
