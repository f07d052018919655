"""Review 42c, ``charge --statement``: which charge a refund gives back, the double-charge
flags and the statement screen's layout (items 6, 7, 8, 10, 11, 12, 13, 14; S 6, S 7, S 8),
through the real charge reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 8


@pytest.mark.parametrize("text", ["AMAZON DOWNLOADS", "AMAZON.CO.JP"])
@pytest.mark.parametrize("prime", [True, False])
@pytest.mark.parametrize("yen", [600, 5900, 1234])
def test_8_a_refund_names_the_same_text_charge_before_it(
    text: str, prime: bool, yen: int, tmp_path: Path
) -> None:
    """Item 8: a refund under a purchase's text with a charge of the same text and amount just
    before it is that charge's refund, never pointed at a Prime fee of the same amount."""
    fee = (f"2026/03/10,AMAZON PRIME,{yen}",) if prime else ()
    rows = (*fee, f"2026/03/12,{text},{yen}", f"2026/03/13,{text},-{yen}")
    data: Any = _statement(statement_file(tmp_path, *rows), json=True)
    back = data["lines"][-1]
    assert back["refund_of_row"] == len(rows), back  # the charge's row (the header is row 1)
    assert "2026年3月12日" in (back["detail"] or ""), back
    assert "会費" not in (back["detail"] or ""), back


def test_8_no_same_text_charge_keeps_the_fee_reading(tmp_path: Path) -> None:
    rows = ("2026/03/10,AMAZON PRIME,600", "2026/03/13,AMAZON DOWNLOADS,-600")
    back = _statement(statement_file(tmp_path, *rows), json=True)["lines"][-1]
    assert "2026年3月10日の月会費" in (back["detail"] or ""), back
