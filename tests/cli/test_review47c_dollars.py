"""Review 47c, item 3: two amazon.com fees of US$14.99 in a month are a doubled charge though
their yen amounts differ (each converted at its day's rate): compared in dollars."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_two_dollar_fees_in_a_month_are_flagged(lang: str) -> None:
    args = ("charge", "--statement", str(FILES / "usd3.csv"), "--lang", lang)
    rows = {x["row"]: x for x in run(*args, "--json", env=ENV).json()["data"]["lines"]}
    assert (rows[2]["amount_yen"], rows[4]["amount_yen"]) == (2317, 2320)
    assert "same_charge_twice" in rows[2]["flags"] and "same_charge_twice" in rows[4]["flags"]
    out = run(*args, env=ENV).stdout
    said = {
        "ja": "同じ月のうちに、または25日未満の間隔で2回以上あります",
        "en": "charged twice or more in a month",
    }
    assert said[lang] in out
