"""Review 48c (charge and charge --statement): items 1, 2, 3 and 5."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen, statement_file, statement_screen

BORROWED_JA = "Amazonの名前を使ったほかの会社やサイト"
BORROWED_EN = "may be a charge of another company or site using Amazon's name"
EXTRA_JA = "は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です"
EXTRA_EN = "no Amazon statement text primehelp knows has such a word"
FLAG_JA = "※Amazonやそのサービスの名前を含みますが"
FLAG_EN = "! Contains the name of Amazon or one of its services"


# -- item 1: a word joined to AMAZON by 「-」「_」「/」「[ ]」「【 】」 is a word like any other

JOINED = [
    ("AMAZON-REFUND CENTER", "5900", ("REFUND", "CENTER")),
    ("AMAZON_PRIME_SUPPORT", "600", ("SUPPORT",)),
    ("AMAZON[SUPPORT] PRIME", "980", ("SUPPORT",)),
    ("AMAZON/SECURE PRIME", "600", ("SECURE",)),
    ("AMAZON【サポート】", "600", ("サポート",)),
]


@pytest.mark.parametrize(("text", "amount", "words"), JOINED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_joined_word_is_an_extra_word(
    text: str, amount: str, words: tuple[str, ...], lang: str
) -> None:
    screen = charge_screen("charge", amount, text, lang=lang)
    assert (BORROWED_JA if lang == "ja" else BORROWED_EN) in screen
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) in screen
    for word in words:
        assert (f"「{word}」" if lang == "ja" else f"“{word}”") in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_joined_words_in_a_statement(tmp_path: Path, lang: str) -> None:
    rows = [f"2026/11/0{i + 1},{text},{amount}" for i, (text, amount, _) in enumerate(JOINED)]
    screen = statement_screen(statement_file(tmp_path, *rows), lang)
    assert screen.count(FLAG_JA if lang == "ja" else FLAG_EN) >= len(JOINED)
    data = statement_screen(statement_file(tmp_path, *rows), lang, json=True)
    flagged = [line for line in data["lines"] if "borrowed_name" in line["flags"]]
    assert len(flagged) == len(JOINED)


# -- item 5: a digit after a hyphen is a reference, 「-JP」 still an extra word


@pytest.mark.parametrize("text", ["AMAZON PRIME-1", "AMAZON PRIME-12"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_hyphened_reference_is_the_listed_text(text: str, lang: str) -> None:
    screen = charge_screen("charge", "600", text, lang=lang)
    assert BORROWED_JA not in screen and BORROWED_EN not in screen
    assert EXTRA_JA not in screen and EXTRA_EN not in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_hyphened_reference_in_a_statement(tmp_path: Path, lang: str) -> None:
    path = statement_file(
        tmp_path, "2026/11/01,AMAZON PRIME-1,600", "2026/11/02,AMAZON DOWNLOADS-12,980"
    )
    screen = statement_screen(path, lang)
    assert FLAG_JA not in screen and FLAG_EN not in screen
    assert ("Amazonプライム（月間プラン）" if lang == "ja" else "Monthly plan") in screen


def test_hyphened_word_still_borrows() -> None:
    assert BORROWED_JA in charge_screen("charge", "600", "AMAZON PRIME-JP")


@pytest.mark.parametrize("text", ["XYZ-AMAZON PRIME", "SHOP/AMAZON DOWNLOADS"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_joined_word_before_amazon_is_named(text: str, lang: str) -> None:
    word = text.split("-")[0].split("/")[0]
    screen = charge_screen("charge", "600", text, lang=lang)
    assert (f"「{word}」" if lang == "ja" else f"“{word}”") in screen
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) in screen


# -- item 2: an accent inside AMAZON, an invisible character, a katakana swap: look-alikes

LOOKALIKES = [
    "AMÀZON PRIME",
    "AMÁZON.CO.JP",
    "AMAZÕN",
    "AMA\u200bZON PRIME",
    "アマゾソ",
    "アマゾソプライム",
]
LOOKALIKE_JA = "※Amazonに似た、つづりの違う表記です"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_decorated_lookalikes_are_shown(tmp_path: Path, lang: str) -> None:
    rows = [f"2026/11/{i + 1:02},{text},600" for i, text in enumerate(LOOKALIKES)]
    path = statement_file(tmp_path, *rows, "2026/11/20,セブンイレブン,600")
    data = statement_screen(path, lang, json=True)
    alike = [line for line in data["lines"] if "looks_like_amazon" in line["flags"]]
    assert len(alike) == len(LOOKALIKES)
    screen = statement_screen(path, lang)
    if lang == "ja":
        assert screen.count(LOOKALIKE_JA) == len(LOOKALIKES)
        assert "そのほかの行：1件" in screen
    else:
        assert "Other lines: 1 " in screen


@pytest.mark.parametrize("text", ["AMÀZON PRIME", "AMAZÕN", "アマゾソ"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_decorated_lookalike_charge(text: str, lang: str) -> None:
    from tests.support.clihelp import json_data

    assert json_data("charge", "600", text, "--lang", lang)["looks_like_amazon"] is True


@pytest.mark.parametrize("text", ["セブンイレブン", "ローソン", "ソフトバンク", "マツモトキヨシ"])
def test_other_shops_stay_other(tmp_path: Path, text: str) -> None:
    data = statement_screen(statement_file(tmp_path, f"2026/11/01,{text},600"), "ja", json=True)
    assert data["lines"] == []
