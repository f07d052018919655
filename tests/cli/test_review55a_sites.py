"""Review 55a, R-major 10: the sign for a link to a foreign domain said Amazon's sites are
amazon.co.jp only, while the same screen lists an amazon.jp link as Amazon's domain. The sign
now says Amazon's mail also uses amazon.jp and amazon.com (FACTS §11, H)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

MESSAGE = (
    "Amazonです。https://amazon.jp/2SV で設定し、https://evil.example/pay で支払ってください。"
)


@pytest.mark.parametrize(
    ("lang", "amazon_domain", "also_used"),
    [
        ("ja", "amazon.jp（Amazonのドメイン", "Amazonからのメールでは、amazon.jp、amazon.com"),
        ("en", "amazon.jp (Amazon's domain", "mail from Amazon also uses amazon.jp, amazon.com"),
    ],
)
def test_the_foreign_link_sign_does_not_deny_a_domain_the_screen_calls_amazons(
    lang: str, amazon_domain: str, also_used: str
) -> None:
    screen = run("check-message", "-", "--lang", lang, env=WIDE, stdin=MESSAGE).stdout
    assert amazon_domain in screen
    sites = "Amazonのサイトは" if lang == "ja" else "Amazon's sites are"
    sign = next(line for line in screen.splitlines() if sites in line)
    assert also_used in sign
