"""Review 43c, `charge --statement` and amazon.com: the Prime fee (US$14.99 a month, US$139 a
year, plus tax: FACTS §10) is said to be possible only for amounts it can be (item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import RAKUTEN_HEADER, rakuten_statement, run, statement_file
from tests.support.clihelp import statement_screen as _statement

_RAKUTEN = RAKUTEN_HEADER
_card = rakuten_statement


def _dollar_rows(text: str, usd: str) -> tuple[str, str]:
    yen = str(round(float(usd) * 153))
    return (
        f"2026/10/07,{text},本人,1回払い,{yen},0,{yen}",
        f",現地利用額 {usd} USD 変換レート 153.000円,,,,,",
    )


FEE_PLUS_TAX = ["14.99", "16.21", "17.23", "139", "150.26", "159.85"]
NOT_THE_FEE = ["0.99", "5.00", "9.99", "14.98", "17.25", "20", "40", "138", "165", "300", "1000"]


@pytest.mark.parametrize("text", ["AMAZON.COM", "AMAZON PRIME", "AMAZON.COM 利用国USA"])
@pytest.mark.parametrize("usd", NOT_THE_FEE)
def test_item3_dollars_that_cannot_be_the_fee_name_no_fee(
    tmp_path: Path, text: str, usd: str
) -> None:
    """0.99–14.98 USD are less than the fee, 20–138 and 165–1,000 USD far more than it with any
    tax: an amazon.com account's charge, never 「プライム会費…の可能性」 nor its ※."""
    rows = _dollar_rows(text, usd)
    (line,) = _card(tmp_path, *rows, json=True)["lines"]
    assert "us_prime_fee" not in line["flags"], line
    assert "us_account" in line["flags"], line
    assert line["service"] == ("prime_text" if text == "AMAZON PRIME" else "amazon_com"), line
    out = _card(tmp_path, *rows)
    assert "税金を加えた金額の可能性" not in out
    assert "プライム会費の可能性があります" not in out
    assert "税金を加えた金額とは考えにくい" in out


@pytest.mark.parametrize("text", ["AMAZON.COM", "AMAZON PRIME"])
@pytest.mark.parametrize("usd", FEE_PLUS_TAX)
def test_item3_the_fee_with_tax_is_still_named(tmp_path: Path, text: str, usd: str) -> None:
    rows = _dollar_rows(text, usd)
    (line,) = _card(tmp_path, *rows, json=True)["lines"]
    assert "us_prime_fee" in line["flags"] and "us_account" not in line["flags"], line


@pytest.mark.parametrize(
    ("yen", "fee"),
    [
        ("150", False),
        ("1000", False),
        ("2301", True),
        ("3280", True),
        ("5000", False),
        ("12000", False),
        ("21300", True),
        ("31000", True),
        ("98000", False),
    ],
)
def test_item3_a_yen_only_amazon_com_line_names_the_fee_only_at_a_yen_it_can_be(
    tmp_path: Path, yen: str, fee: bool
) -> None:
    """Yen only: amazon.com's account always; its Prime fee converted to yen only for a yen
    amount the fee with tax gives at 100–200 yen a dollar."""
    path = statement_file(tmp_path, f"2026/11/05,AMAZON.COM,{yen}")
    (line,) = _statement(path, json=True)["lines"]
    assert line["service"] == "amazon_com", line
    assert ("us_prime_fee" in line["flags"]) is fee, line
    assert ("us_account" in line["flags"]) is not fee, line
    out = _statement(path).replace("\n", "").replace(" ", "")
    assert ("を円に換算した金額の可能性" in out) is fee
    assert ("プライム会費の可能性があります" in out) is fee


# ---------------------------------------------------------------- item 1


# FACTS §10 names 「利用国USA」 only: any other country after an Amazon text is not that text.
@pytest.mark.parametrize("country", ["CN", "RU", "JPN", "GB"])
def test_item1_another_country_is_not_the_prime_text(country: str) -> None:
    from tests.support.clihelp import json_data, screen

    data = json_data("charge", "600", f"AMAZON PRIME 利用国{country}")
    assert data["text_recognized"] is False, data
    out = screen("charge", "600", f"AMAZON PRIME 利用国{country}", lang="ja")
    assert "「利用国USA」は、日本での購入でも付くことがあります" not in out
    assert json_data("charge", "600", "AMAZON PRIME 利用国USA")["text_recognized"] is True


# ---------------------------------------------------------------- item 4: 「Amzn.com/bill」

_AMZN_COM = "Amazon Prime*2K8XY1Z Amzn.com/bill WA"


@pytest.mark.parametrize(
    "text", [_AMZN_COM, "AMAZON PRIME*AMZN.COM/BILL", "AMAZON.COM AMZN.COM/BILL"]
)
def test_item4_amzn_com_is_neither_amazons_nor_anothers(tmp_path: Path, text: str) -> None:
    """「amzn.com」 is not in the facts (a decision): never the borrowed-name warning, never called
    Amazon's; the screen says primehelp cannot confirm it, and the 14.99 dollars still read."""
    rows = _dollar_rows(text, "14.99")
    (line,) = _card(tmp_path, *rows, json=True)["lines"]
    assert "borrowed_name" not in line["flags"], line
    assert "us_prime_fee" in line["flags"], line
    out = _card(tmp_path, *rows)
    assert "ほかの会社やサイトの請求かもしれません" not in out
    assert "「amzn.com」がAmazonの名前かどうかは、primehelpの情報源では確認できません。" in out
    single = run("charge", "US$14.99", text, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "ほかの会社やサイトの請求かもしれません" not in single
    assert "「amzn.com」がAmazonの名前かどうかは、primehelpの情報源では確認できません。" in single


@pytest.mark.parametrize("text", ["AMAZON PRIME-JP.TOP", "Amazon Prime*2K8XY1Z Amzn.shop/bill WA"])
def test_item4_other_domains_keep_the_borrowed_name_note(tmp_path: Path, text: str) -> None:
    (line,) = _card(tmp_path, f"2026/10/07,{text},本人,1回払い,600,0,600", json=True)["lines"]
    assert "borrowed_name" in line["flags"], line
    assert "amzn.com" not in _card(tmp_path, f"2026/10/07,{text},本人,1回払い,600,0,600")


# ---------------------------------------------------------------- item 1: 「利用国CN」


@pytest.mark.parametrize("country", ["CN", "RU", "JP", "US", "UK"])
def test_item1_a_country_but_usa_is_flagged_never_the_usa_note(
    tmp_path: Path, country: str
) -> None:
    """FACTS §10 gives 「利用国USA」 only: any other country is no listed text, flagged with its
    own ※, and the 利用国USA note (「日本での購入でも付くことがあります」) is never said for it."""
    rows = [f"2026/{m}/03,AMAZON PRIME 利用国{country},本人,1回払い,600,0,600" for m in (10, 11)]
    data = _card(tmp_path, *rows, json=True)
    assert all("other_country" in line["flags"] for line in data["lines"]), data["lines"]
    assert not any(line["abroad"] for line in data["lines"])
    out = _card(tmp_path, *rows)
    assert "※利用国が米国（USA）以外です" in out
    assert "日本での購入でも付くことがあります" not in out
    assert "見つかりませんでした" not in out
    wide = {"COLUMNS": "1000"}
    single = run(
        "charge", "600", "AMAZON", "PRIME", f"利用国{country}", "--lang", "ja", env=wide
    ).stdout
    assert "Amazon以外の会社からの請求の可能性があります" in single


def test_item1_usa_keeps_its_note_and_no_flag(tmp_path: Path) -> None:
    rows = ["2026/10/03,AMAZON PRIME 利用国USA,本人,1回払い,600,0,600"]
    (line,) = _card(tmp_path, *rows, json=True)["lines"]
    assert "other_country" not in line["flags"] and line["abroad"], line
