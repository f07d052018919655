"""Review 48c, item 3: a dollar line that is not the US Prime fee is a dollar charge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run

# -- item 3: dollars that are not the US Prime fee are a dollar charge, never a yen price

RUSD = Path(__file__).parent / "fixtures" / "review45c" / "rusd.csv"


def _rusd(lang: str, *, json: bool = False) -> Any:
    done = run("charge", "--statement", str(RUSD), "--lang", lang, *(("--json",) if json else ()),
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dollar_line_is_a_dollar_charge(lang: str) -> None:
    line = next(x for x in _rusd(lang, json=True)["lines"] if x["foreign_usd"] == "9.99")
    assert line["service"] == "amazon_com"
    assert line["flags"] == ["us_account"]
    assert line["same_price_as"] is None
    screen = _rusd(lang)
    assert (
        "現地利用額は9.99米ドルです" if lang == "ja" else "The foreign amount is US$9.99"
    ) in screen
    assert "audible.co.jp" not in screen.split("DIGITAL DWNLD", 1)[1].split("\n2026")[0]
    assert "Prime Videoチャンネル" not in screen and "Prime Video channel" not in screen
