"""Review 43c, items 12 and 5: what `charge` says of an amazon.com amount that is no fee.

Item 12: a yen amount under 「AMAZON.COM」 is the US fee converted only where 100–200 yen a dollar
(with up to 15 % tax) gives it (the statement's reading), never a Prime Video channel's range
(priced in yen), and the channel comes last. Item 5: a dollar amount is "higher by the tax" only
from a US fee to 15 % above it; any other dollar amount is neither the fee nor the fee plus tax.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run

CHANNELS = "Prime Videoチャンネルなど、料金に幅のあるサービス"


def _charge(*args: str) -> str:
    done = run("charge", "--lang", "ja", "--", *args, env={**WIDE, "PRIMEHELP_TODAY": "2026-12-05"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(("yen", "fee"), [("2293", True), ("1600", True), ("3447", True),
    ("21890", True), ("1000", False), ("3500", False), ("98000", False), ("400", False)])  # fmt: skip
def test_item12_a_yen_amazon_com_amount_is_the_fee_converted_only_where_it_can_be(
    yen: str, fee: bool
) -> None:
    out = _charge(yen, "AMAZON.COM")
    assert CHANNELS not in out
    assert ("を円に換算した金額の可能性があります" in out) is fee, out
    assert ("を円に換算した金額とも考えにくいです" in out) is not fee, out
    listed = [line for line in out.splitlines() if line[:1].isdigit() and ". " in line]
    # the amazon.com account first; review 53c item 35 named it 「amazon.com（米国）での請求」
    assert listed[0].startswith("1. amazon.com（米国）での請求"), listed
    channel = [i for i, line in enumerate(listed) if "Prime Videoチャンネル" in line]
    assert channel in ([], [len(listed) - 1]), listed  # last, if listed at all


def test_item12_a_yen_text_without_amazon_com_keeps_the_channels() -> None:
    assert CHANNELS in _charge("2293", "AMAZON DOWNLOADS") or CHANNELS in _charge("2293")


TAXED = ["14.99 + 0.01", "16.50", "17.23", "139.01", "150", "159.85"]
NOT_TAXED = ["0.99", "9.99", "14.98", "17.25", "50", "138", "160", "1000", "100000"]


@pytest.mark.parametrize("usd", [u for u in TAXED if " " not in u])
def test_item5_dollars_up_to_15_percent_above_a_fee_may_be_the_fee_with_tax(usd: str) -> None:
    out = _charge(f"US${usd}")
    assert "税金が加わる分、これより高くなることがあります" in out
    assert "考えにくいです" not in out


@pytest.mark.parametrize("usd", NOT_TAXED)
def test_item5_other_dollar_amounts_are_neither_the_fee_nor_the_fee_with_tax(usd: str) -> None:
    out = _charge(f"US${usd}")
    assert "税金が加わる分、これより高くなることがあります" not in out
    assert "その会費に税金を加えた金額とも考えにくいです" in out
