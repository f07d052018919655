"""Review 19a (charge, charge --statement): a Prime text of another amount, rows hidden or
counted apart, a service named in the text, refund routes and the wording of errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import run, screen

COLUMNS = "date,description,amount"

# The reviewer's own CSV (review 19a, Coverage): a header row, then ten data lines.
MINE = """利用日,利用店名,金額
2026/11/01,AMAZON DIGITAL DWNLD,390
2026/11/02,PRIME VIDEO,990
2026/11/03,AMAZON KIDS+,480
2026/11/04,AMZ*PRIME JP,600
2026/11/06,AMAZON PRIME,"4,900"
2026/11/07,AMAZON PRIME,"-5,900"
2026/11/08,ｱﾏｿﾞﾝ,"¥5,900"
2026/11/09,AMAZON.COM*AB12,14.99
2026/11/10,セブンイレブン,300
2026/11/11,KINDLE UNLIMITED,980
"""


@pytest.fixture
def mine(tmp_path: Path) -> str:
    path = tmp_path / "mine.csv"
    path.write_text(MINE, encoding="utf-8")
    return str(path)


def _data(*args: str) -> Any:
    done = run("charge", *args, "--json")
    assert done.exit_code == 0, done.stderr
    return done.json()["data"]


def _line(data: Any, description: str, amount: int) -> Any:
    return next(
        x for x in data["lines"] if x["description"] == description and x["amount_yen"] == amount
    )


def test_a_prime_text_of_another_amount_stays_under_prime(mine: str) -> None:
    """Item 1 (R-major): 「AMAZON PRIME」 4,900 was 「Amazon.co.jpでの注文」, totalled as an order."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    line = _line(data, "AMAZON PRIME", 4900)
    assert line["service"] == "prime_text"
    assert line["service"] != "shop_order"
    month = data["months"][0]["services"]
    assert "shop_order" not in [s["service"] for s in month]
    prime = next(s for s in month if s["service"] == "prime_text")
    assert prime["charged_yen"] == 4900
    # the charge screen's own sentence about the amount (one code path): the former fee
    ja = screen("charge", "4900", "AMAZON PRIME", "--date", "2026-11-06", lang="ja")
    said = "4,900円は、2026年11月6日時点のAmazonプライムの会費ではありません。以前の年間プランの会費です"
    assert said in ja.replace("\n", "")
    assert said in line["detail"]
    out = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="ja")
    assert "Amazonプライム（金額が会費と一致しない）" in out
    assert "表記からはプライムの会費と考えられます。" + said in out
    assert "Amazon.co.jpでの注文" not in out
    en = screen("charge", "--statement", mine, "--columns", COLUMNS, lang="en")
    assert "Amazon Prime (the amount matches no fee)" in en
    assert "The text points to the Prime fee. 4,900 yen is not the Amazon Prime fee" in en


def test_a_prime_video_option_text_is_no_prime_fee_text(mine: str) -> None:
    """Item 1: AMAZON DIGITAL DWNLD stands for prime_video_ad_free, no Prime plan's fee."""
    data = _data("--statement", mine, "--columns", COLUMNS)
    assert _line(data, "AMAZON DIGITAL DWNLD", 390)["service"] == "prime_video_ad_free"
