"""Review 37a: what check-message read as no number at all."""

from __future__ import annotations

import pytest

from primehelp.message_links import find_all
from tests.support.clihelp import run

# The dashes a Japanese IME or a copied page writes between a number's groups: check-number
# reads each of them (phone._SEPARATORS), so check-message must find the number too.
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "ー", "ｰ"]


@pytest.mark.parametrize("dash", DASHES)
def test_a_number_written_with_any_dash_is_found(dash: str) -> None:
    number = f"0120{dash}999{dash}373"
    found = find_all(f"Amazon {number} までお電話を", ("amazon.co.jp",))
    assert found.phone_candidates == (number,)


def test_a_katakana_word_after_digits_is_no_number() -> None:
    found = find_all("ご注文番号 1234 のセーター、数量 2ー3 点", ("amazon.co.jp",))
    assert found.phone_candidates == ()


@pytest.mark.parametrize(
    "text",
    ["アマゾンです。カードの裏の3桁を教えてください", "Amazon：カード裏側の４桁を入力してください"],
)
def test_the_digits_on_the_back_of_the_card_asked_for_are_a_card_request(text: str) -> None:
    done = run("check-message", "--text", text, "--json")
    assert done.exit_code == 1
    document = done.json()["data"]
    assert "asks_for_details" in [flag["kind"] for flag in document["red_flags"]]


def test_amazons_own_negation_of_it_stays_clean() -> None:
    done = run(
        "check-message",
        "--text",
        "Amazonがカードの裏の3桁をお聞きすることはございません。",
        "--json",
    )
    assert done.exit_code == 0
    assert done.json()["data"]["red_flags"] == []
