"""Review 27a (charge, charge --statement): a fee before the sheet confirms it (item 1), a Student
monthly amount before 2019 (item 10), the two-annual-fees note (item 2), a refunded annual fee
(item 9), refunds (items 7, 8)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja") -> str:
    done = run(*args, "--lang", lang, env=WIDE)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _statement(path: str, lang: str = "ja", *, json: bool = True) -> Any:
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={**WIDE, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


# ---------------------------------------------------------------- item 1


def test_a_fee_before_its_confirmed_start_is_never_named_the_fee_on_that_date() -> None:
    for args, said in (
        (("400", "--date", "2008-01-01"),
         "2008年1月1日に月間プランがあったかどうかは確認できていません"),
        (("400", "--date", "2015-01-01"),
         "2015年1月1日に月間プランがあったかどうかは確認できていません"),
        (("3900", "--date", "2007-03-01"),
         "2007年のサービス開始日が分からないため、"
         "2007年3月1日に年間プランがあったかどうかは確認できていません"),
    ):  # fmt: skip
        out = _screen("charge", *args)
        assert said in out
        # Review 49c, item 5: listed first, its fee on that date only possibly the amount,
        # never named the fee on that date
        assert "1. Amazonプライム" in out
        assert (
            "だった可能性があります（その日にこのプランがあったかどうかは確認できていません）"
            in out
        )
        assert re.search(r"時点の会費：[年月]額[\d,]+円（", out) is None
    en = _screen("charge", "400", "--date", "2008-01-01", lang="en")
    assert "whether it existed on 2008-01-01 is not confirmed" in en
    # The dates the sheet confirms keep the fee
    assert "2019年5月10日時点の会費：" in _screen("charge", "400", "--date", "2019-05-10")
    assert "2008年3月1日時点の会費：年額3,900円" in _screen(
        "charge", "3900", "--date", "2008-03-01"
    )
    # launched in 2007 (no day given): the year's last day is the first day it surely existed
    assert "1. Amazonプライム（年間プラン）" in _screen("charge", "3900", "--date", "2007-12-31")
    assert "年間プランがあったかどうかは確認できていません" in _screen(
        "charge", "3900", "--date", "2007-12-30"
    )


def test_json_lists_no_prime_fee_before_its_confirmed_start() -> None:
    done = run("charge", "400", "--date", "2008-01-01", "--json", "--lang", "ja")
    found = [(c["kind"], c["match"]) for c in done.json()["data"]["candidates"]]
    assert ("prime_monthly", "fee_on_date") not in found  # possibly the fee (49c, item 5)
    assert found[0] == ("prime_monthly", "fee_unknown")


def test_statement_flags_a_fee_before_its_confirmed_start(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2015/01/15,AMAZON PRIME,400", "2007/03/01,AMAZON PRIME,3900")
    lines = _statement(path)["lines"]
    assert [x["flags"] for x in lines] == [["fee_unconfirmed"]] * 2
    out = _statement(path, json=False)
    assert "400円は、\n" not in out and "会費ではありません" not in out
    assert "※この日付の会費は確認できていません" in out


# ---------------------------------------------------------------- item 10


def test_a_student_monthly_amount_before_2019_is_flagged_as_no_plan(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2018/03/01,AMAZON PRIME,300", "2018/05/01,AMAZON PRIME,2450")
    lines = _statement(path)["lines"]
    assert [x["flags"] for x in lines] == [["student_monthly_none"], ["student_fee_unknown"]]
    out = _statement(path, json=False)
    assert "※この日付にはPrime Student 月間プランはありませんでした" in out
    # the flag's clause said once, its paragraph saying what else is known (review 28c, item 7)
    assert "金額は、その後のPrime Student 月間プランの会費と同額です" in out.replace("\n", "")


# ---------------------------------------------------------------- items 2 and 9

_TWICE = "・1年以内に年会費が2回以上請求されています："
_REFUND = "なお、解約して今すぐ終了する場合、前回の支払い以降に特典を使っていなければ、現在の期間の会費が全額返金されます。"
_SWITCH = "通常のプライムからPrime Studentに切り替えた場合は、年会費のうち使っていない期間の分が返金されます。"


def _twice_note(tmp_path: Path, *rows: str, lang: str = "ja") -> str:
    out = _statement(statement_file(tmp_path, *rows), lang, json=False)
    mark = _TWICE if lang == "ja" else "- Annual fees are charged twice or more within a year: "
    return next(line for line in out.splitlines() if line.startswith(mark))


def test_the_two_annual_fees_note_promises_no_refund(tmp_path: Path) -> None:
    now = _twice_note(tmp_path, "2026/01/10,AMAZON PRIME,5900", "2026/11/10,AMAZON PRIME,5900")
    assert "全額返金の対象です" not in now
    assert (
        "カスタマーサービスに問い合わせてください。問い合わせ方は `primehelp complain refund`"
        in now
    )
    # Review 30c, item 13: one text in every file, never the cancellation refund (27a: only
    # while the later fee's year was not over, so said in one file and not in another)
    assert _REFUND not in now and now.endswith("`primehelp complain refund` で確認できます。")
    en = _twice_note(tmp_path, "2026/01/10,AMAZON PRIME,5900", "2026/11/10,AMAZON PRIME,5900",
                     lang="en")  # fmt: skip
    assert "choose to end now" not in en
    # A year long over: no cancellation refund promised
    past = _twice_note(tmp_path, "2022/01/10,AMAZON PRIME,4900", "2022/11/10,AMAZON PRIME,4900")
    assert _REFUND not in past and "全額返金" not in past
    # A regular annual fee then a Student one: the switch's refund (FACTS §2), not the other
    switch = _twice_note(tmp_path, "2023/09/30,AMAZON PRIME,5900", "2024/05/01,AMAZON PRIME,2950")
    assert switch.endswith(_SWITCH) and _REFUND not in switch


def test_a_refunded_annual_fee_is_no_fee_paid(tmp_path: Path) -> None:
    rows = ("2025/11/10,AMAZON PRIME,5900", "2025/11/20,AMAZON PRIME,-5900",
            "2026/01/05,AMAZON PRIME,600", "2026/06/10,AMAZON PRIME,5900")  # fmt: skip
    lines = _statement(statement_file(tmp_path, *rows))["lines"]
    assert [x["flags"] for x in lines] == [[], ["refund"], [], []]


# ---------------------------------------------------------------- items 7 and 8


def test_a_refund_is_looked_for_with_the_charge_it_gives_back() -> None:
    out = _screen("charge", "△600", "--date", "2023-09-01")
    assert "同じ日付と金額の請求" not in out
    assert "この返金と、返金の元になった請求（返金より前の日付のもの）を探してください。" in out
    assert "same date and amount" not in _screen(
        "charge", "△600", "--date", "2023-09-01", lang="en"
    )
    # a charge keeps its advice
    assert "同じ日付と金額の請求を探してください" in _screen(
        "charge", "600", "--date", "2023-09-01"
    )


def test_no_prime_refund_paragraph_when_the_date_rules_the_fee_out() -> None:
    out = _screen("charge", "-5900", "AMAZON", "PRIME", "--date", "2023-08-01")
    assert "2023年8月1日時点のAmazonプライムの会費ではありません" in out
    assert "プライム会費は、支払いに使った方法に返金されます" not in out
    assert "ギフトカード残高に戻ります" not in out
    # an amount no fee (a partial refund, perhaps) keeps it; a Prime candidate says it under it
    assert "支払いに使った方法に返金されます" in _screen("charge", "-1000", "AMAZON", "PRIME")
    said = _screen("charge", "△600", "AMAZON PRIME", "--date", "2023-09-01")
    assert said.index("1. Amazonプライム") < said.index("支払いに使った方法に返金されます")


# ---------------------------------------------------------------- S 21


def test_the_ad_free_option_did_not_exist_before_the_ads() -> None:
    out = _screen("charge", "390", "--date", "2024-06-01")
    flat = out.replace("\n", "")  # said after the list since review 33c, S 11
    assert "※Prime Videoを広告なしで見るためのオプションは2025年4月8日からのもののため、" in flat
    assert "可能性は低めです。" not in out  # the heading's 「（どれも可能性は低めです）」 aside
    en = _screen("charge", "390", "--date", "2024-06-01", lang="en")
    assert "is from 2025-04-08, so it is not listed" in en.replace("\n", " ")  # 34c, S 9
    # a price that began later than its service keeps its wording
    assert "可能性は低めです。" in _screen("charge", "980", "--date", "2016-01-01")


# ---------------------------------------------------------------- S 19


def test_a_channel_inside_its_range_is_not_said_to_miss_a_fixed_price() -> None:
    out = _screen("charge", "1394", "AMZN", "DIGITAL")
    channel = out[out.index("Prime Videoチャンネル\n") :]
    assert "明細の表記と合い、金額も料金の範囲内です。" in channel
    assert "決まった料金とは一致しません" not in channel
    en = _screen("charge", "1394", "AMZN", "DIGITAL", lang="en")
    assert "the amount is within its range of prices" in en


# ---------------------------------------------------------------- S 24


def test_only_a_prime_row_before_2007_is_flagged_by_its_date(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2006/01/01,AMAZON.CO.JP,3000", "2006/02/01,AMAZON PRIME,3900")
    order, prime = _statement(path)["lines"]
    assert order["flags"] == [] and prime["flags"] == ["before_launch"]


# ---------------------------------------------------------------- S 25


def test_a_regular_and_a_student_monthly_fee_for_the_same_time_are_flagged(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/11/05,AMAZON PRIME,300",
            "2026/01/01,AMAZON PRIME,600")  # fmt: skip
    lines = _statement(statement_file(tmp_path, *rows))["lines"]
    assert [x["flags"] for x in lines] == [[], ["two_monthly_plans"], ["two_monthly_plans"]]
    out = _statement(statement_file(tmp_path, *rows), json=False)
    assert "※通常のプライムとPrime Studentの月会費が同じ時期に請求されています" in out


# ---------------------------------------------------------------- S 26


def test_rows_unreadable_for_several_reasons_are_one_paragraph(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "11/01,AMAZON PRIME,600", "2026/02/30,AMAZON PRIME,600")
    out = _statement(statement_file(tmp_path, *rows), json=False)
    assert (
        "日付を読み取れないAmazonの行があります（ファイルの3行目は日付が月と日だけ、4行目は存在しない"
        "日付です）。明細とAmazonのアカウントで確認してください。"
    ) in out
    assert out.count("明細とAmazonのアカウントで確認してください。") == 1
    en = _statement(statement_file(tmp_path, *rows), "en", json=False)
    assert "(line 3: the date has only a month and a day; line 4: no such day exists)" in en
    # one reason keeps its own sentence
    one = _statement(statement_file(tmp_path, *rows[:2]), json=False)
    assert "（ファイルの3行目は日付が月と日だけです）。" in one
