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
