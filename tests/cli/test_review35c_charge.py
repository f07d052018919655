"""Review 35c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from primehelp.charges import Amount, Category, read_charge
from primehelp.cli.charge import _classifier
from primehelp.content import statement as statement_content
from primehelp.statement import Flag, is_flagged, summarise
from primehelp.statement_csv import Layout, StatementFile, StatementLine
from primehelp.statement_decode import Encoding
from tests.support.clihelp import charge_screen, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 1

NONE_FOUND = "確認が必要な行（決まった料金と一致しない請求や、同じ月のうちに、または25日未満の間隔で2回以上ある請求）は見つかりませんでした"


def test_a_prime_text_at_another_services_price_is_flagged(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-05,AMAZON PRIME,1500", "2026-10-06,AMAZON PRIME,980")
    data = _statement(path, json=True)
    assert [x["flags"] for x in data["lines"]] == [["prime_text_no_fee"]] * 2
    assert data["flagged"] == 2
    out = _flat(_statement(path))
    assert _flat(NONE_FOUND) not in out
    assert "確認が必要な行（※の行）が2件あります" in out
    assert "※表記はプライムですが、会費と一致しません" in out
    assert "Audible（audible.co.jp）の料金（月額1,500円）とも同じ金額です" in out
    assert "KindleUnlimitedの料金（月額980円）とも同じ金額です" in out
    en = _flat(_statement(path, "en"))
    assert "!APrimetext,butnotaPrimefee" in en


def test_a_prime_text_at_another_price_beside_an_unknown_amount(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-05,AMAZON PRIME,1500", "2026-10-07,AMAZON PRIME,7000")
    data = _statement(path, json=True)
    assert [x["flags"] for x in data["lines"]] == [["prime_text_no_fee"], ["no_known_price"]]
    assert data["flagged"] == 2


def test_a_single_charge_says_the_amount_is_no_prime_fee() -> None:
    dated = _flat(charge_screen("charge", "1500", "AMAZON PRIME", "--date", "2026-10-05"))
    assert "1,500円は、2026年10月5日時点のAmazonプライムの会費ではありません。" in dated
    now = _flat(charge_screen("charge", "1500", "AMAZON PRIME"))
    assert "1,500円は、現在のAmazonプライムの会費ではありません。" in now
    en = _flat(charge_screen("charge", "1500", "AMAZON PRIME", "--date", "2026-10-05", lang="en"))
    assert "1,500yenisnottheAmazonPrimefeeon2026-10-05." in en
    fee = _flat(charge_screen("charge", "600", "AMAZON PRIME", "--date", "2026-10-05"))
    assert "会費ではありません" not in fee
    dollars = _flat(charge_screen("charge", "US$139", "AMAZON PRIME"))  # its own notes
    assert "会費ではありません" not in dollars


_CLASSIFY = _classifier()
_CONTENT = statement_content.load()


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=1, max_value=20000),
    st.dates(min_value=dt.date(2007, 6, 1), max_value=dt.date(2026, 12, 5)),
    st.sampled_from(
        ["AMAZON PRIME", "ＡＭＡＺＯＮ　ＰＲＩＭＥ", "AMAZON PRIME 利用国USA", "ｱﾏｿﾞﾝﾌﾟﾗｲﾑ"]
    ),
)
def test_any_prime_text_row_at_no_prime_fee_is_flagged(yen: int, on: dt.date, text: str) -> None:
    reading = read_charge(Amount(Decimal(yen), "JPY"), text, on)
    if not reading.prime_text:  # 「ｱﾏｿﾞﾝﾌﾟﾗｲﾑ」: a text read by its amount alone (review 15a)
        return
    if any(c.category is Category.PRIME_FEE for c in reading.candidates):
        return  # a Prime fee of that date
    line = StatementLine(2, on, text, yen)
    statement = StatementFile(Layout.COLUMNS, Encoding.UTF8, (line,), 1, 0)
    (found,) = summarise(statement, _CONTENT, _CLASSIFY).lines
    assert is_flagged(found), (yen, on, text, found.flags)
    assert Flag.REFUND not in found.flags


# ---------------------------------------------------------------- item 2


def test_a_refund_of_another_plan_says_no_fee_of_its_time(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2024-04-01,AMAZON PRIME,2950",
        "2025-10-01,AMAZON PRIME,5900",
        "2026-04-01,AMAZON PRIME,-2950",
    )
    out = _flat(_statement(path))
    assert "（この明細に、その請求は見当たりません）" not in out
    assert "（この返金までの1年間に、その会費の請求はこの明細にありません）" in out
    en = " ".join(_statement(path, "en").split())
    assert "this statement shows no such charge in the year before this refund" in en


# ---------------------------------------------------------------- item 3

ENDED = ("2025-01-10,AMAZON PRIME,5900", "2026-01-12,AMAZON PRIME,600",
         "2026-03-01,AMAZON PRIME,2950", "2026-03-05,AMAZON PRIME,-4000")  # fmt: skip
PARTIAL_LABEL = "の会費の一部返金（推定）"
ELSEWHERE = "Amazonプライムの会費の返金（元の請求は不明）"


def test_a_refund_no_fee_of_the_file_can_give_names_every_fee_looked_at(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *ENDED)
    data = _statement(path, json=True)
    (refund,) = [x for x in data["lines"] if x["amount_yen"] < 0]
    assert refund["label"] == ELSEWHERE
    assert "2026年3月1日のPrime Student 年間プランの会費（2,950円）" in refund["detail"]
    assert "（2025年1月10日、5,900円）" in refund["detail"]
    assert PARTIAL_LABEL not in _flat(_statement(path))


def test_a_refund_over_the_rest_is_not_labelled_a_partial_refund(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2025-01-10,AMAZON PRIME,5900",
        "2025-02-01,AMAZON PRIME,-2950",
        "2025-03-01,AMAZON PRIME,-4900",
    )
    data = _statement(path, json=True)
    over = data["lines"][-1]
    assert over["flags"] == ["refund", "refund_over_rest"]
    assert over["label"] == ELSEWHERE
    en = _statement(path, "en", json=True)["lines"][-1]
    assert (
        en["label"]
        == "A refund of an Amazon Prime fee (its charge was not found in this statement)"
    )


# ---------------------------------------------------------------- item 4


def test_two_equal_guessed_monthly_fees_are_said_once(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-01,ｱﾏｿﾞﾝﾌﾟﾗｲﾑ,600", "2026-10-20,ｱﾏｿﾞﾝﾌﾟﾗｲﾑ,600")
    data = _statement(path, json=True)
    assert [x["flags"] for x in data["lines"]] == [["same_charge_twice"]] * 2
    out = _flat(_statement(path))
    assert (
        "※同じ金額の請求が、同じ月のうちに、または25日未満の間隔で2回以上あります" in out
    )  # review 36c, item 2: its words
    assert (
        "同じ月のうちに、または25日未満の間隔で、月会費と同じ金額の請求がほかにもあります"
        not in out
    )
    other = statement_file(tmp_path, "2026-10-01,ｱﾏｿﾞﾝﾌﾟﾗｲﾑ,600", "2026-10-20,AMAZON PRIME,600")
    assert "monthly_guess_twice" in _statement(other, json=True)["lines"][0]["flags"]


# ---------------------------------------------------------------- item 5


def test_a_second_partial_refund_is_said_plainly(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2025-01-10,AMAZON PRIME,5900",
        "2025-02-01,AMAZON PRIME,-1000",
        "2025-04-01,AMAZON PRIME,-1000",
    )
    out = _flat(_statement(path))
    assert "※同じ会費への2回目以降の一部返金です" in out
    # review 38c, item 6 (statement legend): the choice named as `cancel` names it
    assert "会費の一部返金は、プライムを解約するときに今すぐ終了するほうを選んだ場合に" in out
    assert "あることがある" not in out
    assert "maybemadewhen,cancellingPrime,youchoosetoenditnow" in _flat(_statement(path, "en"))


# ---------------------------------------------------------------- item 6


def test_a_named_service_outside_its_range_is_said_so(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-04,PRIME VIDEO,5000")
    data = _statement(path, json=True)
    (line,) = data["lines"]
    assert line["flags"] == ["outside_named_range"]
    (total,) = data["months"][0]["services"]
    assert total["label"] == "不明（表記はPrime Videoチャンネル、金額は範囲外）"
    assert total["estimated"] is None
    out = _flat(_statement(path))
    assert "料金に幅のあるサービスの可能性" not in out
    assert "primehelpの情報源にない表記" not in out
    assert "※表記にあるサービスの料金の範囲を超えています" in out
    assert "注文履歴と「PrimeVideoチャンネルの管理」で確認し" in out
    assert "!Outsidethepricerangeoftheservicethetextnames" in _flat(_statement(path, "en"))


# ---------------------------------------------------------------- S 8


def test_date_labels_say_what_is_unknown(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2006-01-10,AMAZON PRIME,3900", "2018-01-10,AMAZON PRIME,400")
    labels = [x["label"] for x in _statement(path, json=True)["lines"]]
    assert labels == [
        "不明（プライム開始前の日付）",  # review 38c, item 14
        "Amazonプライム（月間プラン。この時期の会費は未確認）",
    ]
    assert "日付を確認してください）" not in _statement(path) and "日付未確認" not in _statement(
        path
    )


# ---------------------------------------------------------------- S 10


def test_a_refund_header_says_refund_as_a_charge_says_charge() -> None:
    out = charge_screen("charge", "△600", "AMAZON PRIME", "--date", "2023-09-01")
    assert "返金額：600円（2023年9月1日の返金）" in out
    en = charge_screen("charge", "△600", "AMAZON PRIME", "--date", "2023-09-01", lang="en")
    assert "Refund: 600 yen, refunded on 2023-09-01" in en


# ---------------------------------------------------------------- S 11


def test_dollar_amounts_have_one_name(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2026-10-01,AMAZON PRIME,US$14.99", "2026-10-02,AMAZON PRIME,600"
    )
    out = _flat(_statement(path))
    assert "ドル建て" not in out
    assert "米ドルの金額の行1件" in out and "米ドルの請求は合計に含めていません" in out


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
