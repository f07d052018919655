"""Review 48c, item 3: a dollar line that is not the US Prime fee is read from its dollars,
never as a yen price (a Prime Video channel, 「Audibleの料金とも同じ金額です」)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import rakuten_statement, run

RUSD = Path(__file__).parent / "fixtures" / "review45c" / "rusd.csv"


def _rusd(lang: str, *, json: bool = False) -> Any:
    done = run("charge", "--statement", str(RUSD), "--lang", lang, *(("--json",) if json else ()),
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_purchase_text_in_dollars_is_no_yen_price(lang: str) -> None:
    line = next(x for x in _rusd(lang, json=True)["lines"] if x["foreign_usd"] == "9.99")
    assert line["service"] == "digital_purchase"
    assert line["same_price_as"] is None
    screen = _rusd(lang)
    row = screen.split("DIGITAL DWNLD", 1)[1].split("\n2026", 1)[0]
    assert (
        "現地利用額は9.99米ドルです" if lang == "ja" else "The foreign amount is US$9.99"
    ) in row
    assert "amazon.com" in row and "audible.co.jp" not in row
    assert "Prime Videoチャンネル" not in screen and "Prime Video channel" not in screen


def test_other_text_in_dollars_is_an_amazon_com_charge(tmp_path: Path) -> None:
    rows = ("2026/11/12,AMAZON.CO.JP,本人,1回払い,1500,0,1500", ",現地利用額 9.99 USD,,,,,")
    (line,) = rakuten_statement(tmp_path, *rows, json=True)["lines"]
    assert line["service"] == "amazon_com", line
    assert "us_account" in line["flags"], line["flags"]
    assert line["same_price_as"] is None
