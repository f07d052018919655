"""Review 37a, round 42: check-message items 5, 7, 8, 6, 9, 16, 18 and S 1, 3, 9."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import WIDE, run


def _json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


def _flags(text: str, lang: str = "ja") -> list[dict[str, str]]:
    flags: list[dict[str, str]] = _json(text, lang)["red_flags"]
    return flags


def _screen(text: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", "--text", text, env=WIDE).stdout


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.amazon.co.jp/gp/redirect.html?location=https%3A%2F%2Fevil.xyz", "evil.xyz"),
        (
            "https://www.amazon.co.jp/ap/signin?openid.return_to=https://evil.example.xyz/",
            "evil.example.xyz",
        ),
        ("https://www.amazon.co.jp/x?u=https%253A%252F%252Fa.evil.top%252Fx", "a.evil.top"),
        ("https://amazon.com/r#next=//evil.top/", "evil.top"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_an_amazon_link_that_forwards_elsewhere_is_flagged_naming_the_site(
    url: str, site: str, lang: str
) -> None:
    flags = _flags(f"Amazonより。{url}", lang)
    forwards = [f for f in flags if f["kind"] == "foreign_link"]
    assert forwards, flags
    assert site in forwards[0]["reason"]
    assert forwards[0]["domain"] == site.split(".", site.count(".") - 1)[-1]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.co.jp/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.co.jp%2Fgp",
        "https://www.amazon.co.jp/dp/B0000?ref=abc&th=1",
        "https://www.amazon.co.jp/gp/css/order-history",
    ],
)
def test_5_an_amazon_link_back_to_amazon_raises_nothing(url: str) -> None:
    assert _flags(f"ご注文の商品を発送しました。{url}") == []


_AMAZON_REDEEM = "https://www.amazon.co.jp/gc/redeem"
_GIFT_MAILS = [
    "Amazonギフトカードが届きました。ギフトカード番号：ABCD-EFGHIJ-KLMN アカウントに登録するには"
    " {url} から番号を入力してください。",
    "Amazonギフトカードが届きました。ギフトカード番号 ABCD-EFGHIJ-KLMN を {url} で入力すると、"
    "アカウントにチャージされます。",
    "Your Amazon gift card has arrived. To add it to your account, enter the claim code"
    " ABCD-EFGHIJ-KLMN at {url}",
    "Your Amazon gift card has arrived. Enter the claim code at {url} to redeem it.",
]


@pytest.mark.parametrize("mail", _GIFT_MAILS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_a_gift_card_registered_on_amazon_is_no_request_for_its_number(
    mail: str, lang: str
) -> None:
    data = _json(mail.format(url=_AMAZON_REDEEM), lang)
    assert data["verdict"] == "no_red_flags_found", data["red_flags"]


@pytest.mark.parametrize("mail", _GIFT_MAILS)
def test_7_the_same_on_another_site_is_still_a_request(mail: str) -> None:
    kinds = [f["kind"] for f in _flags(mail.format(url="https://gift-card-redeem.top/gc"))]
    assert "asks_for_details" in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "アカウントに登録するため、ギフトカード番号を返信してください。",
        "アカウントに登録するため、ギフトカード番号を教えてください。",
        "チャージのため、ギフトカードの番号を撮影して送信してください。",
        "To redeem it, reply with the claim code.",
    ],
)
def test_7_handing_the_number_over_is_still_a_request_even_with_amazons_link(
    sentence: str,
) -> None:
    kinds = [f["kind"] for f in _flags(f"Amazonギフトカード {sentence} {_AMAZON_REDEEM}")]
    assert kinds == ["asks_for_details"]
