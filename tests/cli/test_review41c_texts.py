"""Review 41c (charge and charge --statement text recognition): one test or more per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.charges import load
from tests.support.clihelp import json_data, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 3

# Texts that merely contain a listed text: another name before it, a domain that is not Amazon's,
# more words after it. None is read as the listed text (never 「可能性が高いです」).
BORROWED = [
    "AMAZONPRIME-JP.TOP",
    "PAYPAL *AMAZONPRIME",
    "SQ *AMAZON PRIME",
    "amazon-prime.shop",
    "AMAZON.CO.JP.XYZ",
    "STRIPE AMAZON DOWNLOADS",
]
NOT_LISTED = [*BORROWED, "AMAZON PRIME SUPPORT CENTER", "AMAZON PRIME-JP"]
# Listed texts as cards print them: still read as the listed text
LISTED = [
    ("AMAZON PRIME", "AMAZON PRIME"),
    ("AMAZON PRIME JP", "AMAZON PRIME"),
    ("AMAZON PRIME 利用国USA", "AMAZON PRIME"),
    ("Amazon Prime*2K3L45ZX0", "AMAZON PRIME"),
    ("ＡＭＡＺＯＮ　ＰＲＩＭＥ", "AMAZON PRIME"),
    ("AMAZON.CO.JP プライム会費", "AMAZON.CO.JP"),
    ("AMAZON DOWNLOADS PRIME VIDEO", "AMAZON DOWNLOADS"),
    ("AMZN DIGITAL 利用国USA", "AMAZON DIGITAL DWNLD / AMZN DIGITAL"),
]


@pytest.mark.parametrize("text", NOT_LISTED)
@pytest.mark.parametrize("amount", ["600", "5900"])
def test_a_text_containing_a_listed_one_is_not_it(text: str, amount: str) -> None:
    data = json_data("charge", amount, text)
    assert data["text_recognized"] is False and data["statement_text"] is None, text
    borrowed = any(n["id"] == "statement.borrowed_name" for n in data["notes"])
    assert borrowed is (text in BORROWED), text


@pytest.mark.parametrize(("text", "label"), LISTED)
def test_a_listed_text_as_cards_print_it_is_still_read(text: str, label: str) -> None:
    data = json_data("charge", "600", text)
    assert data["statement_text"] == label, text
    assert not any(n["id"] == "statement.borrowed_name" for n in data["notes"])


def test_every_listed_text_with_another_name_before_it_is_borrowed() -> None:
    book = load()
    for text in book.texts:
        if "amazon_pay" in text.means:
            continue
        for word in text.words:
            for before in ("PAYPAL *", "SQ*", "STRIPE "):
                said = before + word
                assert book.statement_for(said) is None, said
                assert book.borrows_amazon(said), said
            assert book.statement_for(word) is text, word
            assert not book.borrows_amazon(word), word


@pytest.mark.parametrize("text", BORROWED)
def test_a_borrowed_name_on_a_statement_is_flagged(tmp_path: Path, text: str) -> None:
    path = statement_file(tmp_path, f"2026-10-01,{text},600", f"2026-11-01,{text},600")
    data = _statement(path, json=True)
    assert data["flagged"] == 2
    for line in data["lines"]:
        assert "borrowed_name" in line["flags"] and line["text"] == "other_amazon", line
    out = _flat(_statement(path))
    assert "見つかりませんでした" not in out
    assert "primehelpが知っているAmazonの明細の表記ではありません" in out
    assert "notfoundanything" not in _flat(_statement(path, "en")).lower()
