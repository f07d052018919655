"""Review 47c, item 2: a word put between Amazon's name and a listed text's word (「AMAZON
SECURITY PRIME」), or after Amazon's name alone (「AMAZON SUPPORT」), is an extra word as one put
after the text is (「AMAZON PRIME SUPPORT」): the same sentence, note and ※."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
SAID = {
    "ja": "表記にある「{w}」は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です。",
    "en": "“{w}” in the text: no Amazon statement text primehelp knows has such a word.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("AMAZON SECURITY PRIME", "SECURITY"),
        ("AMAZON GIFT PRIME", "GIFT"),
        ("AMAZON CO JP PRIME", "CO"),
        ("AMAZON SUPPORT", "SUPPORT"),
        ("AMAZON PRIME SUPPORT", "SUPPORT"),  # as before
    ],
)
def test_a_word_anywhere_beside_amazon_s_name_is_an_extra_word(
    text: str, word: str, lang: str
) -> None:
    done = run("charge", "600", text, "--lang", lang, "--json", env=ENV)
    data = done.json()["data"]
    assert any(SAID[lang].format(w=word) in x for x in data["text_detail"])
    assert "statement.borrowed_name" in [n["id"] for n in data["notes"]]
    out = run("charge", "600", text, "--lang", lang, env=ENV).stdout
    assert SAID[lang].format(w=word) in out


@pytest.mark.parametrize("text", ["AMAZON PRIME", "AMAZON MUSIC", "AMAZON.CO.JP", "AMAZON"])
def test_amazon_s_own_texts_and_names_keep_no_extra_word(text: str) -> None:
    data = run("charge", "600", text, "--json", env=ENV).json()["data"]
    assert data["text_detail"] == []
    assert "statement.borrowed_name" not in [n["id"] for n in data["notes"]]


def test_the_statement_marks_both_rows_alike() -> None:
    for lang in ("ja", "en"):
        done = run(
            "charge", "--statement", str(FILES / "mid.csv"), "--lang", lang, "--json", env=ENV
        )
        rows = {x["row"]: x for x in done.json()["data"]["lines"]}
        assert "borrowed_name" in rows[2]["flags"]  # 「AMAZON SECURITY PRIME」
        assert "borrowed_name" in rows[3]["flags"]  # 「AMAZON PRIME SUPPORT」
