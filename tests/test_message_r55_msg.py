"""Fix round 55 (helper r55-msg), check-message: review 46a's R-majors 1–3 (aboutamazon.jp, a
site primehelp cites, called a look-alike; a second From header not checked; an authentication
pass for another domain shown as the sender's)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run

GUIDE = "https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails"


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


# ----------------------------- item 1: aboutamazon.jp is a source primehelp prints, no look-alike


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_guide_primehelp_cites_is_unconfirmed_never_a_lookalike(lang: str) -> None:
    text = (
        f"Amazonからのお知らせ：フィッシング詐欺にご注意ください。詳しくは {GUIDE} をご覧ください。"
    )
    flags = _json("--text", text, lang=lang)["red_flags"]
    assert flags  # FACTS does not list it as Amazon's: still not called Amazon's
    for one in flags:
        assert one["kind"] != "lookalike_domain", one
        assert "Amazonのドメインではありません" not in one["reason"], one
        assert "is not Amazon's domain" not in one["reason"], one
    assert any("誰のもの" in f["reason"] or "whose" in f["reason"] for f in flags), flags


def test_1_a_real_lookalike_is_still_one() -> None:
    for url in ("https://amazon-jp.top/x", "https://www.amazon.co.jp.evil.info/"):
        kinds = {f["kind"] for f in _json("--text", f"Amazon {url}")["red_flags"]}
        assert "lookalike_domain" in kinds, url
