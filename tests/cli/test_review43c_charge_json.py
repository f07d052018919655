"""Review 43c, item 10: what the `charge` screens say is in the JSON too — a text imitating
Amazon's name (`looks_like_amazon`), a line's dollars (`foreign_usd`) and a line whose dollars
are the amazon.com fee counted as a known price (docs/charge.md: `known_price`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import rakuten_statement, run

TEXTS = [
    # imitations of Amazon's name (FACTS §11): a zero, a missing, a changed, a Cyrillic letter
    ("AMAZ0N PRIME", True),
    ("AMZON PRIME", True),
    ("AMAZOM PRIME", True),
    ("\u0410MAZON PRIME", True),
    # Amazon's own texts, another company's, a text naming Amazon: no imitation
    ("AMAZON PRIME", False),
    ("AMAZON.COM", False),
    ("NETFLIX.COM", False),
    ("AMAZON DOWNLOADS", False),
]


def _charge(*args: str) -> dict[str, object]:
    done = run("charge", *args, "--json", "--lang", "ja", env={"PRIMEHELP_TODAY": "2026-12-05"})
    assert done.exit_code == 0, done.stderr
    data: dict[str, object] = done.json()["data"]
    return data


@pytest.mark.parametrize(("text", "imitates"), TEXTS)
def test_item10_the_look_alike_warning_is_in_the_json_as_the_statement_flags_it(
    tmp_path: Path, text: str, imitates: bool
) -> None:
    """The single charge's `looks_like_amazon` is what the statement's flag says of the same
    text (one reading), and what the screen warns of."""
    assert _charge("600", text)["looks_like_amazon"] is imitates
    row = f"2026/11/03,{text},本人,1回払い,600,0,600"
    lines = rakuten_statement(tmp_path, row, json=True)["lines"]
    flagged = any("looks_like_amazon" in line["flags"] for line in lines)
    assert flagged is imitates, lines


def test_item10_no_text_no_look_alike() -> None:
    assert _charge("600")["looks_like_amazon"] is False


@pytest.mark.parametrize(("usd", "fee"), [("14.99", True), ("139", True), ("16.50", False)])
def test_item10_a_line_s_dollars_are_in_the_json(tmp_path: Path, usd: str, fee: bool) -> None:
    yen = str(round(float(usd) * 153))
    rows = (
        f"2026/10/07,AMAZON.COM,本人,1回払い,{yen},0,{yen}",
        f",現地利用額 {usd} USD 変換レート 153.000円,,,,,",
        "2026/10/08,AMAZON.CO.JP,本人,1回払い,3280,0,3280",
    )
    dollars, yen_only = rakuten_statement(tmp_path, *rows, json=True)["lines"]
    assert dollars["foreign_usd"] == usd
    assert yen_only["foreign_usd"] is None
    # the text says 「現地利用額の14.99米ドルは、…プライム会費と同じ金額です」: a known price
    assert dollars["known_price"] is fee, dollars
    assert (dollars["service"] == "amazon_com_prime") is fee
