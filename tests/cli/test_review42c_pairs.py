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


# ---------------------------------------------------------------- item 11


@pytest.mark.parametrize(("yen", "days"), [(600, ("03/10", "03/20")), (5900, ("03/10", "03/12"))])
@pytest.mark.parametrize("count", [2, 3])
def test_11_a_refund_of_fees_at_once_names_them(
    yen: int, days: tuple[str, str], count: int, tmp_path: Path
) -> None:
    """Item 11: a refund equal to the sum of the fees of its text charged twice (or more) just
    before it gives them back: each named, nothing left to check, never 「見当たりません」."""
    fees = [f"2026/{day},AMAZON PRIME,{yen}" for day in (*days, "03/21")[:count]]
    rows = (*fees, f"2026/03/25,AMAZON PRIME,-{yen * count}")
    data: Any = _statement(statement_file(tmp_path, *rows), json=True)
    back = data["lines"][-1]
    assert "見当たりません" not in (back["detail"] or ""), back
    assert f"×{count}" in (back["detail"] or ""), back
    assert back["refund_of_row"] == count + 1, back
    assert data["flagged"] == 0, [x["flags"] for x in data["lines"]]
    for fee in data["lines"][:-1]:
        assert "2026年3月25日に返金" in (fee["detail"] or ""), fee


def test_11_a_refund_of_another_sum_keeps_the_double_fee(tmp_path: Path) -> None:
    rows = ("2026/03/10,AMAZON PRIME,600", "2026/03/20,AMAZON PRIME,600")
    data: Any = _statement(
        statement_file(tmp_path, *rows, "2026/03/25,AMAZON PRIME,-1000"), json=True
    )
    assert data["flagged"] == 2, [x["flags"] for x in data["lines"]]


# ---------------------------------------------------------------- item 7


def test_7_no_flag_says_this_twice() -> None:
    """Item 7: a flag's title never points with 「この」 at two things (the refund, the statement)."""
    import tomllib

    from primehelp.facts import DATA_DIR

    flags = tomllib.loads((DATA_DIR / "ui_statement.toml").read_text(encoding="utf-8"))["flag"]
    assert flags
    for key, said in flags.items():
        assert said["ja"].count("この") < 2, (key, said["ja"])


def test_7_the_fee_refunded_before_in_the_flag(tmp_path: Path) -> None:
    rows = ("2026/03/10,AMAZON PRIME,5900", "2026/03/12,AMAZON PRIME,-5900")
    out = _statement(statement_file(tmp_path, *rows, "2026/05/01,AMAZON PRIME,-3000"))
    assert "※返金の元と考えられる会費は、この明細ではすでに全額返金されています" in out


# ---------------------------------------------------------------- item 12


@pytest.mark.parametrize("yen", [600, 5900, 2950, 300])
@pytest.mark.parametrize("days", [("11/01", "11/02"), ("11/01", "11/20"), ("10/25", "11/05")])
def test_12_one_double_fee_one_flag(yen: int, days: tuple[str, str], tmp_path: Path) -> None:
    """Item 12: two fees of one plan close together carry the fee's own double flag only, never
    the generic 「同じ金額の請求が…」 beside it (as two monthly fees already did)."""
    rows = [f"2026/{day},AMAZON PRIME,{yen}" for day in days]
    data: Any = _statement(statement_file(tmp_path, *rows), json=True)
    for line in data["lines"]:
        flags = set(line["flags"])
        assert flags & {"annual_twice", "monthly_twice"}, line
        assert "same_charge_twice" not in flags, line


# ---------------------------------------------------------------- S 6


@pytest.mark.parametrize(("fee", "yen"), [("2026/03/10", 5900), ("2026/05/10", 600)])
@pytest.mark.parametrize("text", ["AMAZON.CO.JP", "AMAZON DOWNLOADS"])
def test_s6_an_annual_fee_is_named_as_a_monthly_one_is(
    fee: str, yen: int, text: str, tmp_path: Path
) -> None:
    """S 6: a refund under an order's text at the annual fee's amount within the fee's year names
    that fee, as one at the monthly fee's amount within its month does: more than a month after
    it, with why it is unlikely (a full refund: no benefit used since the charge, FACTS §5)."""
    rows = (f"{fee},AMAZON PRIME,{yen}", f"2026/06/01,{text},-{yen}")
    back = _statement(statement_file(tmp_path, *rows), json=True)["lines"][-1]
    if yen == 5900:
        said = "2026年3月10日の年会費（5,900円）と同じ金額ですが、その83日後の返金です。"
    else:
        said = "2026年5月10日の月会費（600円）の返金の可能性もあります。"
    assert said in (back["detail"] or ""), back


# ---------------------------------------------------------------- S 7


def test_s7_a_month_of_one_group_has_its_total_at_40_columns(tmp_path: Path) -> None:
    """S 7 left out 「請求の合計」 of a month with one group at 40 columns; review 61c, item 9
    has it back, as the table's 「合計」 at 80: every month says its total, once."""
    one = ("2026/10/05,AMAZON PRIME,600", "2026/11/05,AMAZON PRIME,600")
    out = _statement(statement_file(tmp_path, *one), width="40")
    assert "請求：600円" in out
    assert out.count("請求の合計：600円") == 2
    assert "返金の合計" not in out
    assert "\n\n\n" not in out
    two = (*one, "2026/11/06,AMAZON DOWNLOADS,1500")
    assert "請求の合計：2,100円" in _statement(statement_file(tmp_path, *two), width="40")


# ---------------------------------------------------------------- item 14 (in part)


@pytest.mark.parametrize("second", ["AMAZON.COM", "AMAZON DOWNLOADS", "AMZN DIGITAL 利用国USA"])
def test_14_two_amazon_com_fees_of_two_texts_are_double(second: str, tmp_path: Path) -> None:
    """Item 14: two charges read from their dollars as amazon.com's Prime fee, the same amount a
    day apart, under two texts: 「同じ金額の請求が…2回以上あります」 (the same service), as under
    one text."""
    path = tmp_path / "rakuten.csv"
    rows = ["利用日,利用店名・商品名,利用者,支払方法,利用金額,支払手数料,支払総額"]
    for day, text in (("2026/10/05", "AMAZON.COM"), ("2026/10/06", second)):
        rows.append(f"{day},{text},本人,1回払い,2301,0,2301")
        rows.append(",現地利用額 14.99 USD 変換レート 153.502円,,,,,")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    from tests.support.clihelp import run

    done = run("charge", "--statement", str(path), "--json", env={"PRIMEHELP_TODAY": "2026-12-05"})
    lines = done.json()["data"]["lines"]
    assert [x["service"] for x in lines] == ["amazon_com_prime"] * 2, lines
    for line in lines:
        assert "same_charge_twice" in line["flags"], line
