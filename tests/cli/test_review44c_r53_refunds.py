"""Review 44c, R-minor 8 (round 53): a refund under a look-alike or borrowed text (「AMAZ0N
PRIME」, 「AMAZON PRIME TOP」) gives back no fee of Amazon's listed text: the doubled-fee warning
of two 「AMAZON PRIME」 fees stays the fact (「月会費が2回以上請求されています」), never softened to
「同じ金額の請求が…2回以上あります」; a refund under the fees' own text still clears it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement

FEES = ("2026/10/01,AMAZON PRIME,600", "2026/10/05,AMAZON PRIME,600")


@pytest.mark.parametrize("refund", ["AMAZ0N PRIME", "AMAZON PRlME", "AMAZON PRIME TOP"])
def test_a_look_alike_refund_leaves_the_doubled_fee_warning(tmp_path: Path, refund: str) -> None:
    path = statement_file(tmp_path, *FEES, f"2026/10/07,{refund},-600")
    data: Any = _statement(path, json=True)
    fees = [x for x in data["lines"] if x["amount_yen"] > 0]
    for line in fees:
        assert "monthly_twice" in line["flags"], line
        assert "same_charge_twice" not in line["flags"], line
    ja = _statement(path)
    assert ja.count("※同じ月のうちに、または25日未満の間隔で月会費が2回以上請求されています") == 2
    assert "返金されたと考えられます" not in ja
    en = _statement(path, "en")
    assert "refunded on 2026-10-07" not in en


def test_a_refund_under_the_fees_own_text_still_clears_it(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *FEES, "2026/10/07,AMAZON PRIME,-600")
    data: Any = _statement(path, json=True)
    assert not any("monthly_twice" in x["flags"] for x in data["lines"])


def test_a_look_alike_refund_of_a_look_alike_fee_is_that_fee(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, *FEES, "2026/10/06,AMAZ0N PRIME,600", "2026/10/07,AMAZ0N PRIME,-600"
    )
    ja = " ".join(_statement(path).split())
    assert (
        "2026年10月6日の「AMAZ0N PRIME」（600円。金額から月会費と推定）の返金の可能性があります"
        in ja
    )
