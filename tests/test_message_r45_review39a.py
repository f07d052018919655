"""Review 39a, round 45 (a39m): check-message items 1, 2, 3, 5, 7, 8, 9, 12, 14, 15, 17."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


def _kinds(text: str) -> set[str]:
    return {flag["kind"] for flag in _json(text)["red_flags"]}


# ----------------------------- item 1: gift cards handed over or bought to pay, in any words

_CARDS = ("ギフト券", "ギフトカード", "Amazonギフトカード", "iTunesカード", "Google Playカード")
_HAND_OVER = (
    "{card}の裏面の番号を送ってください。",
    "{card}の写真を送ってください。",
    "{card}を撮影して送ってください。",
    "{card}5万円分の番号を送ってください。",
    "{card}のコードを返信してください。",
)


@pytest.mark.parametrize("form", _HAND_OVER)
def test_a_gift_cards_number_or_photo_to_send_is_the_sign(form: str) -> None:
    for card in _CARDS:
        text = "Amazonです。" + form.format(card=card)
        flags = [f for f in _json(text)["red_flags"] if f["kind"] == "asks_for_details"]
        assert flags and "ギフトカードの番号" in flags[0]["title"], text


@pytest.mark.parametrize(
    "text",
    [
        "Amazonです。お支払いはコンビニでAmazonギフトカードを購入して行ってください。",
        "Amazon: ギフト券をコンビニで購入し、そのギフト券でお支払いください。",
        "Amazon: send a photo of the back of the gift card.",
        "Amazonです。パスコードを入力してください。",
    ],
)
def test_other_gift_card_and_passcode_requests_are_signs(text: str) -> None:
    assert "asks_for_details" in _kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Amazon's own gift-card mails: sold, sent to a recipient, the number told to no one
        "Amazonギフトカードのご購入ありがとうございます。",
        "Amazonギフトカードの番号は誰にも教えないでください。",
        "Amazonギフトカードはコンビニでも購入できます。",
        "Appleの製品の写真を送ってください。",
    ],
)
def test_gift_card_words_without_a_request_are_no_sign(text: str) -> None:
    assert "asks_for_details" not in _kinds(text), text
