"""Fix round 57 (helper fix-msg), check-message: review 47a's R-minors 8, 11, 14, 6, 7, 10, 9."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- item 14: amzn.com, amazon.jobs, amazon.dev are unconfirmed, as in charge


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("url", ["https://amzn.com/dp/B00TEST", "https://amazon.jobs/x", "https://amazon.dev/y"])
def test_14_amazon_names_facts_do_not_list_are_unconfirmed_not_lookalikes(lang: str, url: str) -> None:
    flags = _json("--text", f"Amazon: {url}", lang=lang)["red_flags"]
    assert flags  # still not among the listed domains: still a sign
    for one in flags:
        assert one["kind"] != "lookalike_domain", one
        assert "Amazonのドメインではありません" not in one["reason"], one
        assert "is not Amazon's domain" not in one["reason"], one
    assert any("誰のもの" in f["reason"] or "whose" in f["reason"] for f in flags), flags
