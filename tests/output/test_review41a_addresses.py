"""Review 41a item 17: at 40 columns a Return-Path was broken inside its domain,
「…@bounces.amazon.co」 / 「.jp」, the first line reading as another, complete domain. An e-mail
address or a domain name is never broken nor folded, in Japanese or English text, alone on its
line or inside a sentence, at any width: one wider than the line runs past it, as a URL does."""

from __future__ import annotations

import pytest

from primehelp.output.break_units import whole
from tests.output.test_japanese_wrapping import wrapped

ADDRESSES = [
    "20261205123456abcdef@bounces.amazon.co.jp",
    "bounce@mailer-evil.top",
    "store-news@amazon.co.jp",
    "amaz0n-login.top",
    "a.very-long-subdomain.of-a-look-alike.amaz0n-security-check.top",
]
CONTEXTS = ["{}", "・Return-Path：{}", "差出人のアドレスは {} です。", "The sender is {} here."]


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_address_is_never_broken_inside(address: str, context: str, lang: str) -> None:
    line = context.format(address)
    for width in range(20, 61):
        lines = [piece.strip() for piece in wrapped(line, width, lang)]
        assert any(address in piece for piece in lines), (width, lines)


def test_whole_names_addresses_and_domains_only() -> None:
    line = "差出人 bounce@mailer-evil.top、リンク先 amaz0n-login.top。e.g. 3.5 i.e."
    kept = [line[start:end] for start, end in whole(line)]
    assert "bounce@mailer-evil.top" in kept and "amaz0n-login.top" in kept
    assert not {"e.g", "3.5", "i.e"} & set(kept), kept
