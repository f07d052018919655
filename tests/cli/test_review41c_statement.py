"""Review 41c, ``charge --statement``: which refunds may clear a double-payment warning (items 1,
4, 7, 8, 11), through the real charge reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement


def _flags(path: str) -> dict[tuple[str, int], list[str]]:
    data: Any = _statement(path, json=True)
    return {(x["date"], x["amount_yen"]): x["flags"] for x in data["lines"]}


def _flagged(path: str) -> int:
    data: Any = _statement(path, json=True)
    return int(data["flagged"])


# ---------------------------------------------------------------- item 1

_FEES = {  # rows of Prime fees the member pays, each with a warning without any refund
    "annual_and_monthly": (
        "2026/08/15,AMAZON PRIME,600",
        "2026/08/20,AMAZON PRIME,5900",
        "2026/09/15,AMAZON PRIME,600",
        "2026/10/15,AMAZON PRIME,600",
        "2026/11/15,AMAZON PRIME,600",
    ),
    "annual_twice": ("2025/11/01,AMAZON PRIME,5900", "2026/10/15,AMAZON PRIME,5900"),
    "monthly_twice": ("2026/10/15,AMAZON PRIME,600", "2026/10/15,AMAZON PRIME,600"),
}
_NOT_FEE_REFUNDS = [  # read first as an order or a digital purchase, the fee only "possibly"
    f"{day},{text},{yen}"
    for day in ("2026/10/16", "2026/10/20", "2026/11/10")
    for text in ("AMAZON.CO.JP", "AMAZON DOWNLOADS")
    for yen in (-600, -5900)
]


@pytest.mark.parametrize("fees", list(_FEES))
@pytest.mark.parametrize("refund", _NOT_FEE_REFUNDS)
def test_1_a_refund_read_as_an_order_or_a_purchase_clears_no_warning(
    fees: str, refund: str, tmp_path: Path
) -> None:
    """Item 1: the warnings on the fees are the same with the refund as without it."""
    rows = _FEES[fees]
    alone = _flags(statement_file(tmp_path, *rows))
    assert any(alone.values()), fees
    with_refund = _flags(statement_file(tmp_path, *rows, refund))
    for key, flags in alone.items():
        assert with_refund[key] == flags, (key, refund)


# ---------------------------------------------------------------- item 4


@pytest.mark.parametrize("back", ["2026/08/20", "2026/08/22", "2026/09/10"])
def test_4_an_annual_fee_refunded_in_full_is_no_overlap(back: str, tmp_path: Path) -> None:
    """Item 4: the annual fee given back in full soon after (the screen says so without doubt)
    is no second fee for the time of the monthly fees, before the refund or after it."""
    rows = ("2026/08/15,AMAZON PRIME,600", f"{back},AMAZON PRIME,-5900")
    rows += ("2026/08/20,AMAZON PRIME,5900", "2026/09/15,AMAZON PRIME,600")
    assert _flagged(statement_file(tmp_path, *rows)) == 0


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("later", [-2000, -4900, -300])
def test_7_a_later_refund_after_a_whole_refund_is_no_part_of_that_fee(
    later: int, tmp_path: Path
) -> None:
    """Item 7: the annual fee given back in full in March, a smaller Prime refund in June is
    never 「年間プランの会費の一部返金」, and the flag names the fee, not 「この時期の会費」."""
    rows = ("2026/03/01,AMAZON PRIME,5900", "2026/03/03,AMAZON PRIME,-5900")
    rows += ("2026/04/01,AMAZON PRIME,600", "2026/05/01,AMAZON PRIME,600")
    rows += ("2026/06/01,AMAZON PRIME,600", f"2026/06/10,AMAZON PRIME,{later}")
    path = statement_file(tmp_path, *rows)
    data: Any = _statement(path, json=True)
    back = data["lines"][-1]
    assert "年間プラン" not in back["label"], back["label"]
    out = "".join(_statement(path).split())
    assert "この時期の会費" not in out
    if "fee_refunded_before" in back["flags"]:
        assert "2026年3月1日" in (back["detail"] or "")


# ---------------------------------------------------------------- item 8


@pytest.mark.parametrize("text", ["ｱﾏｿﾞﾝﾌﾟﾗｲﾑｶｲﾋ", "ｱﾏｿﾞﾝ ｼﾞｬﾊﾟﾝ"])
@pytest.mark.parametrize("yen", [600, 5900])
def test_8_a_refund_under_an_unknown_text_is_tied_to_its_charge(
    text: str, yen: int, tmp_path: Path
) -> None:
    """Item 8: a double charge under a text primehelp does not know, one of them refunded under
    the same text: the refund names the charge, and nothing is left to check."""
    rows = (f"2026/08/10,{text},{yen}", f"2026/08/10,{text},{yen}", f"2026/08/12,{text},-{yen}")
    path = statement_file(tmp_path, *rows)
    data: Any = _statement(path, json=True)
    back = data["lines"][-1]
    assert back["refund_of_row"] in (2, 3), back
    assert "2026年8月10日" in (back["detail"] or "")
    assert "金額から" in (back["detail"] or "")
    assert data["flagged"] == 0, [x["flags"] for x in data["lines"]]


# ---------------------------------------------------------------- item 11


@pytest.mark.parametrize("back", ["2026/06/28", "2026/07/01", "2026/07/02", "2026/07/20"])
def test_11_a_switch_to_prime_student_is_no_annual_fee_twice(back: str, tmp_path: Path) -> None:
    """Item 11: the regular annual fee's unused part refunded about the Student fee's day: a
    switch (FACTS §2), the regular year ends then, neither fee is 「年会費が2回以上」."""
    rows = ("2026/04/01,AMAZON PRIME,5900", "2026/07/01,AMAZON PRIME,2950")
    data: Any = _statement(statement_file(tmp_path, *rows, f"{back},AMAZON PRIME,-4425"), json=True)
    assert data["flagged"] == 0, [x["flags"] for x in data["lines"]]
    said = " ".join(x["detail"] or "" for x in data["lines"])
    assert "Prime Student" in said


def test_11_no_refund_keeps_the_annual_fee_twice(tmp_path: Path) -> None:
    rows = ("2026/04/01,AMAZON PRIME,5900", "2026/07/01,AMAZON PRIME,2950")
    assert _flagged(statement_file(tmp_path, *rows)) == 2


# ---------------------------------------------------------------- S 4


@pytest.mark.parametrize(("days", "flagged"), [(1, 0), (2, 0), (7, 0), (8, 2), (30, 2)])
def test_s4_the_same_margin_for_a_monthly_fee_at_the_annual_renewal(
    days: int, flagged: int, tmp_path: Path
) -> None:
    """S 4: a monthly fee a few days before the annual year ends is the switch at renewal, as a
    second annual fee that early is the renewal (statement_plans.YEAR_SLACK_DAYS)."""
    import datetime as dt

    monthly = dt.date(2026, 9, 15) - dt.timedelta(days=days)
    rows = ("2025/09/15,AMAZON PRIME,5900", f"{monthly:%Y/%m/%d},AMAZON PRIME,600")
    assert _flagged(statement_file(tmp_path, *rows)) == flagged
    again = ("2025/09/15,AMAZON PRIME,5900", f"{monthly:%Y/%m/%d},AMAZON PRIME,5900")
    assert _flagged(statement_file(tmp_path, *again)) == flagged


# ---------------------------------------------------------------- S 6


def test_s6_a_line_after_today_makes_no_other_line_double(tmp_path: Path) -> None:
    """S 6: today 2026-12-05 (statement_screen); the 12-20 line is 「利用日が今日より後です」 only."""
    rows = ("2026/11/05,AMAZON PRIME,600", "2026/12/05,AMAZON PRIME,600")
    data: Any = _statement(
        statement_file(tmp_path, *rows, "2026/12/20,AMAZON PRIME,600"), json=True
    )
    flags = [x["flags"] for x in data["lines"]]
    assert flags == [[], [], ["after_today"]], flags
