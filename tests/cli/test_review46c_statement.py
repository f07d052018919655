"""Review 46c (charge --statement): a same-text refund of a dollar charge (item 1), a row billed
in a foreign currency other than US dollars (item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review46c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def _run(name: str, *more: str, lang: str = "ja", json: bool = False) -> Any:
    args = ("charge", "--statement", str(FILES / name), *more, "--lang", lang)
    done = run(*args, *(("--json",) if json else ()), env=ENV)
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


def _rows(data: Any) -> dict[int, Any]:
    return {x["row"]: x for x in data["lines"]}


# ---------------------------------------------------------------- item 1


def test_a_same_text_refund_takes_the_dollar_charges_reading() -> None:
    for lang in ("ja", "en"):
        rows = _rows(_run("m3.csv", lang=lang, json=True))
        charge, back = rows[2], rows[4]
        assert back["refund_of_row"] == 2
        assert (back["service"], back["label"]) == (charge["service"], charge["label"])
        assert charge["service"] == "amazon_com_prime"
        assert back["foreign_usd"] == "-14.99"  # its own 現地利用額 line, read
        assert back["foreign_amount"] == "-14.99"
        assert back["foreign_currency"] == "USD"
    data = _run("m3.csv", json=True)
    (month,) = data["months"]
    (total,) = month["services"]  # one line of the month table: the charge and its refund
    assert (total["charges"], total["refunds"]) == (1, 1)
    assert total["charged_yen"] == total["refunded_yen"] == 2391


def test_the_refunded_dollar_charge_says_it_was_refunded() -> None:
    rows = _rows(_run("m3.csv", json=True))
    assert "この請求は、2026年11月14日に返金されたと考えられます。" in rows[2]["detail"]
    out = _run("m3.csv")
    assert "この請求は、2026年11月14日に返金されたと考えられます。" in out
    assert (
        "Prime Videoチャンネル\n" not in out.split("Amazonの行")[1].split("明細の表記について")[0]
    )
    en = _run("m3.csv", lang="en")
    assert "This charge was probably refunded on 2026-11-14." in en
    assert _rows(_run("m3.csv", lang="en", json=True))[2]["detail"].endswith(
        "This charge was probably refunded on 2026-11-14."
    )


# ---------------------------------------------------------------- item 4


def test_a_pound_row_keeps_its_currency_in_json() -> None:
    rows = _rows(_run("v2.csv", json=True))
    for row in rows.values():
        if row["description"].startswith("ＡＭＡＺＯＮ") and row["amount_yen"] == 1800:
            assert (row["foreign_amount"], row["foreign_currency"]) == ("8.99", "GBP")
            assert row["foreign_usd"] is None
            assert row["service"] == "foreign_currency"
            assert "foreign_currency" in row["flags"]
            assert "no_known_price" not in row["flags"]
    dollars = [x for x in rows.values() if x["foreign_usd"] == "14.99"]
    assert [(x["foreign_amount"], x["foreign_currency"]) for x in dollars] == [("14.99", "USD")]
    assert sum(1 for x in rows.values() if x["foreign_currency"] is None) == 1  # 利用国USA, 600


def test_a_pound_row_is_said_on_screen() -> None:
    out = _run("v2.csv")
    assert "現地利用額は8.99英ポンド（GBP）です。" in out
    assert "※外国の通貨での請求です" in out
    assert "1,800円は、2026年11月10日時点の" not in out  # never read against the yen fees
    assert (
        "不正利用の可能性もあります。"
        not in out.split("確認が必要な行について")[1].split("月ごと")[0]
    )
    en = _run("v2.csv", lang="en")
    assert "The foreign amount is 8.99 pounds sterling (GBP)." in en
    assert "! Billed in a foreign currency" in en


def test_a_pound_row_at_a_yen_fee_is_not_that_fee() -> None:
    for lang in ("ja", "en"):
        rows = _rows(_run("gbp.csv", lang=lang, json=True))
        charge, back = rows[2], rows[4]
        assert charge["service"] == "foreign_currency"  # 600 yen: never the monthly fee
        assert (charge["foreign_amount"], charge["foreign_currency"]) == ("3.00", "GBP")
        assert back["refund_of_row"] == 2
        assert back["service"] == "foreign_currency"
        assert (back["foreign_amount"], back["foreign_currency"]) == ("-3.00", "GBP")
    out = _run("gbp.csv")
    assert "Amazonプライム（月間プラン）" not in out
    assert "現地利用額は3.00英ポンド（GBP）です。" in out


def test_the_currency_is_read_from_each_cards_layout() -> None:
    from primehelp.statement_foreign import smbc_money, view_money
    from primehelp.statement_values import foreign_money

    assert foreign_money(["", "現地利用額 8.99 GBP 変換レート 200.22円"]) == ("8.99", "GBP")
    assert foreign_money(["", "現地利用額 -14.99 USD 変換レート 159.506円"]) == ("-14.99", "USD")
    assert foreign_money(["", "現地利用額 600 JPY"]) is None  # yen: no foreign amount
    note = ["2026/11/10", "AMAZON.CO.UK", "1800", "", "", "", "8.99　GBP　200.22　11 10"]
    assert smbc_money(note) == ("8.99", "GBP")
    header = ["ご利用年月日", "ご利用箇所", "ご利用額", "払戻額", "現地通貨額", "通貨略称"]
    assert view_money(header, ["2026/11/10", "x", "1,800", "", "8.99", "GBP"]) == ("8.99", "GBP")
    assert view_money(header, ["2026/11/10", "x", "1,800", "", "1,800", "JPY"]) is None
