"""Review 43c, item 2: a text one letter (or look-alike letters) away from a text the fact sheet
lists is not that text: never read as Amazon's, said to be perhaps another company's."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from primehelp.charges import Amount, read_charge
from primehelp.content import charges as charge_data
from tests.support.clihelp import rakuten_statement

BOOK = charge_data.load()
LISTED = [part for text in BOOK.texts for part in text.label.split(" / ")]
_LETTERS = "abcdefghijklmnopqrstuvwxyz01\u0456\u0430\u03bf"  # with 0/1, Cyrillic і а, Greek ο


def _edits(word: str) -> Iterator[str]:
    """``word`` with one letter left out, added, changed, or two next to each other swapped."""
    for at in range(len(word)):
        yield word[:at] + word[at + 1 :]
        for letter in _LETTERS:
            yield word[:at] + letter + word[at + 1 :]
            yield word[:at] + letter + word[at:]
        if at + 1 < len(word):
            yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    for letter in _LETTERS:
        yield word + letter


def _near(label: str) -> Iterator[str]:
    """Each listed text with one of its Latin words changed by one edit (upper case, as cards)."""
    words = label.split(" ")
    for place, word in enumerate(words):
        latin = word.rstrip("提携サイト")
        for part_at, part in enumerate(latin.split(".")):
            parts = latin.split(".")
            for edited in _edits(part.upper()):
                if edited.casefold() == part.casefold():
                    continue
                parts[part_at] = edited
                changed = ".".join(parts) + word[len(latin) :]
                yield " ".join([*words[:place], changed, *words[place + 1 :]])


NEAR = sorted({text for label in LISTED for text in _near(label.upper())})


def test_item2_every_text_one_letter_from_a_listed_one_is_no_listed_text() -> None:
    """The property: each one-letter change of a listed text (FACTS §10) is either still a text
    primehelp reads (it became another listed one) or is said to imitate one, and `charge` then
    never reads it as naming Amazon (no 「情報源にない表記」 comfort, the other-company lead)."""
    assert len(NEAR) > 1000
    missed = []
    for text in NEAR:
        if BOOK.statement_for(text) is not None:
            continue
        if not BOOK.imitates_listed(text):
            missed.append(text)
            continue
        reading = read_charge(Amount(Decimal(600), "JPY"), text, None, book=BOOK)
        assert reading.text_recognized is False and not reading.names_amazon, text
    assert not missed, missed[:20]


@pytest.mark.parametrize(
    "text",
    [
        *LISTED,
        "AMAZON PRIME*2K8XY1Z",
        "AMAZON PRIME 利用国USA",
        "Amazon Prime*2K8XY1Z Amzn.com/bill WA",
        "AMAZON.COM",
        "WWW.AMAZON.CO.JP",
        "AMAZON CO JP",
        "AMAZON PRIME VIDEO",
        "AMAZON MUSIC",
        "AMAZON KIDS",
        "AMAZON DIGITAL",
        "AMZN PRIME",
        "AUDIBLE",
        "AMAZON.CO.UK",
        "AMAZON.DE",
        "NETFLIX.COM",
    ],
)
def test_item2_listed_and_other_amazon_texts_imitate_nothing(text: str) -> None:
    assert BOOK.imitates_listed(text) is None


@pytest.mark.parametrize(
    "text", ["AMAZONE PRIME", "AMAZONN PRIME", "AMAZON PRlME", "AMAZON PRIMEE", "AMAZON PR\u0406ME"]
)
def test_item2_the_quoted_texts_are_look_alikes(text: str) -> None:
    assert BOOK.imitates_listed(text) == "AMAZON PRIME"


def test_item2_the_statement_flags_them(tmp_path: Path) -> None:
    quoted = ["AMAZONE PRIME", "AMAZONN PRIME", "AMAZON PRlME", "AMAZON PRIMEE"]
    rows = [f"2026/{9 + i:02d}/03,{text},本人,1回払い,600,0,600" for i, text in enumerate(quoted)]
    data = rakuten_statement(tmp_path, *rows, json=True)
    assert [line["description"] for line in data["lines"]] == quoted
    for line in data["lines"]:
        assert "looks_like_amazon" in line["flags"], line
    out = rakuten_statement(tmp_path, *rows)
    assert out.count("※Amazonに似た、つづりの違う表記です") == 4
    assert "見つかりませんでした" not in out
