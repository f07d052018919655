"""Review 46c (charge AMOUNT TEXT and charge --statement): items 6, 2, 5, 7 and 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import (
    charge_screen,
    json_data,
    rakuten_statement,
    statement_file,
    statement_screen,
    wide_stdout,
)

UNLISTED = {
    "ja": "primehelpの情報源にあるAmazonの明細の表記のどれでもありません",
    "en": "none of the Amazon statement texts primehelp knows",
}
# Review 52c, item 13: a look-alike's own sentence (never 「表記にある会社やサービスの請求かどうか」)
LOOKALIKE = {
    "ja": "Amazonの名前に似ていますが、primehelpの情報源にあるAmazonの明細の表記ではありません",
    "en": "looks like Amazon's name, but is none of the Amazon statement texts primehelp knows",
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
    assert LOOKALIKE[lang] in screen
    if lang == "ja":
        assert PRIME_FEE["ja"] not in screen


@pytest.mark.parametrize("text", ["ＡＭＡＺＯＮ　ＰＲＩＭＥ", "AMAZON PRIME ﾌﾟﾗｲﾑ"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_widths_still_fold(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert UNLISTED[lang] not in screen and LOOKALIKE[lang] not in screen


def test_decorated_letters_on_statement_are_lookalikes(tmp_path: Path) -> None:
    for text in DECORATED:
        data = rakuten_statement(tmp_path, _row("03", text, "600"), json=True)
        assert "looks_like_amazon" in str(data), text


# -- item 2: two listed texts run on are said as such; a word is quoted without its sign

JOINED = {
    "ja": "Amazonの明細の表記（「AMAZON PRIME」と「AMAZON.CO.JP」）を続けたもの",
    "en": "joins Amazon statement texts primehelp knows (“AMAZON PRIME” and “AMAZON.CO.JP”)",
}
NO_SUCH_WORD = {"ja": "明細の表記には含まれない語です", "en": "has such a word"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_two_listed_texts_are_no_unknown_word(lang: str) -> None:
    screen = wide_stdout("charge", "600", "AMAZON PRIME AMAZON.CO.JP", "--lang", lang)
    assert JOINED[lang] in screen and NO_SUCH_WORD[lang] not in screen
    data = json_data("charge", "600", "AMAZON PRIME", "AMAZON.CO.JP", "--lang", lang)
    assert JOINED[lang] in str(data["text_detail"])
    for text in ("AMAZON.CO.JP AMAZON PRIME", "AMAZON.CO.JP*AMAZON PRIME"):
        screen = wide_stdout("charge", "600", text, "--lang", lang)
        assert NO_SUCH_WORD[lang] not in screen and "AMAZON.CO.JP" in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_extra_word_quoted_without_its_sign(lang: str) -> None:
    screen = wide_stdout("charge", "600", "AMAZON PRIME *TOP", "--lang", lang)
    assert ("表記にある「TOP」は" if lang == "ja" else "“TOP” in the text") in screen
    assert "「*TOP」" not in screen and "“*TOP”" not in screen


def test_two_listed_texts_on_statement(tmp_path: Path) -> None:
    screen = rakuten_statement(tmp_path, _row("03", "AMAZON PRIME AMAZON.CO.JP", "600"))
    assert NO_SUCH_WORD["ja"] not in screen


# -- item 5: a label in 「」 is never broken inside, in English as in Japanese


def _quotes_whole(screen: str) -> bool:
    return all(line.count("「") == line.count("」") for line in screen.splitlines())


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_channel_label_kept_whole(columns: int, lang: str) -> None:
    screen = charge_screen("charge", "390", "PRIME VIDEO", lang=lang, width=str(columns))
    assert "「Prime Videoチャンネルの管理」" in screen
    assert _quotes_whole(screen)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_channel_label_whole_in_statement(tmp_path: Path, lang: str) -> None:
    path = statement_file(tmp_path, "2026-11-05,PRIME VIDEO,990")
    screen = statement_screen(path, lang=lang, width="60")
    assert "「Prime Videoチャンネルの管理」" in screen
    assert _quotes_whole(screen)


# -- item 7: --json says a yen amount may be amazon.com's fee converted, as the screen does

USD_HINT = {"ja": "charge 'US$14.99'", "en": "charge 'US$14.99'"}
CONVERTED = {"ja": "換算", "en": "convert"}


@pytest.mark.parametrize("text", [("AMAZON PRIME", "利用国USA"), ("AMAZON.COM",)])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_says_yen_may_be_usd_fee(text: tuple[str, ...], lang: str) -> None:
    screen = wide_stdout("charge", "2300", *text, "--lang", lang)
    data = json_data("charge", "2300", *text, "--lang", lang)
    said = " ".join(data["usd_fee_in_yen"])
    assert USD_HINT[lang] in said and CONVERTED[lang] in said
    assert all(sentence in screen for sentence in data["usd_fee_in_yen"])


@pytest.mark.parametrize("text", [("AMAZON", "PRIME"), ("AMAZON.COM",)])
def test_json_no_usd_sentence_when_the_screen_has_none(text: tuple[str, ...]) -> None:
    assert "US$14.99" not in wide_stdout("charge", "600", *text)
    assert json_data("charge", "600", *text)["usd_fee_in_yen"] == []


# -- item 3: katakana readings of a text's own words and of 会費/年会費/月会費

OWN_KATAKANA = [
    "AMAZON.CO.JP ｱﾏｿﾞﾝ",
    "AMAZON PRIME ｶｲﾋ",
    "AMAZON PRIME カイヒ",
    "AMAZON PRIME ﾈﾝｶｲﾋ",
    "AMAZON PRIME ｹﾞﾂｶｲﾋ",
    "AMAZON DOWNLOADS ﾀﾞｳﾝﾛｰﾄﾞ",
]


@pytest.mark.parametrize("text", OWN_KATAKANA)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_katakana_own_words_are_no_extra_word(text: str, lang: str) -> None:
    screen = wide_stdout("charge", "600", text, "--lang", lang)
    assert NO_SUCH_WORD[lang] not in screen
    assert json_data("charge", "600", text, "--lang", lang)["text_detail"] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_other_katakana_still_an_extra_word(lang: str) -> None:
    assert NO_SUCH_WORD[lang] in wide_stdout("charge", "600", "AMAZON PRIME ｶｲｼﾔ", "--lang", lang)
