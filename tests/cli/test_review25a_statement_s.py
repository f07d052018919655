"""Review 25a, S items 11–14 and 16 (charge, charge --statement): what a member in a hurry
reads first must not mislead them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file

COLUMNS = ("--columns", "date,description,amount")
TODAY = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"}


def _statement(folder: Path, *rows: str, lang: str) -> str:
    result = run(
        "charge", "--statement", statement_file(folder, *rows), *COLUMNS, "--lang", lang, env=TODAY
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "ファイルの3行目は利用日が今日より後のため、月ごとの合計に含めていません。"),
        (
            "en",
            "The line dated after today (line 3 of the file) is left out of the totals per month.",
        ),
    ],
)
def test_s14_a_day_after_today_makes_no_month_of_its_own(
    tmp_path: Path, lang: str, said: str
) -> None:
    rows = ("2026/11/05,AMAZON PRIME,600", "2027/01/01,AMAZON.CO.JP,1200")
    out = _statement(tmp_path, *rows, lang=lang)
    table = out.split("\n\n")
    [by_month] = [part for part in table if said in part]
    assert ("2027年1月" if lang == "ja" else "2027-01") not in by_month
    assert ("2026年11月" if lang == "ja" else "2026-11") in by_month
    args = ("charge", "--statement", statement_file(tmp_path, *rows), *COLUMNS, "--json")
    data = run(*args, env=TODAY).json()["data"]
    assert [month["month"] for month in data["months"]] == ["2026-11"]
    assert data["after_today_rows"] == [3]
    assert [line["row"] for line in data["lines"]] == [2, 3]  # still listed, flagged


def test_s14_only_days_after_today_give_no_table(tmp_path: Path) -> None:
    out = _statement(tmp_path, "2027/01/01,AMAZON PRIME,600", lang="ja")
    assert "月ごとの合計に含めていません" in out
    by_month = out.split("月ごとの合計（利用日の月）")[1].split("Amazonの行")[0]
    assert "月ごとの合計に含めていません" in by_month
    assert "件数" not in by_month  # no empty table under the heading


@pytest.mark.parametrize(
    ("lang", "no_such_day", "no_day"),
    [
        # one paragraph for both reasons since review 27a, S 26
        ("ja", "3、5行目は存在しない日付", "4行目は日付が年と月だけです）。"),
        (
            "en",
            "lines 3 and 5: no such day exists",
            "line 4: the date has only a year and a month).",
        ),
    ],
)
def test_s13_an_unreadable_date_says_why(
    tmp_path: Path, lang: str, no_such_day: str, no_day: str
) -> None:
    rows = (
        "2026/11/01,AMAZON PRIME,600",
        "2026/02/30,AMAZON PRIME,600",
        "2026/11,AMAZON PRIME,600",
    )
    out = _statement(tmp_path, *rows, "2026/13/01,AMAZON PRIME,600", lang=lang)
    assert no_such_day in out
    assert no_day in out


def test_s12_a_prime_text_of_no_fee_is_named_by_what_it_is(tmp_path: Path) -> None:
    """「Amazonプライム（金額が会費と一致しない）」 described a problem in the content column."""
    rows = ("2026/11/20,AMAZON PRIME,7000",)
    for lang, name, flag in (
        (
            "ja",
            "不明（プライムの表記で、会費とは違う金額）",
            "※決まった料金のどれとも一致しません",
        ),
        (
            "en",
            "Unknown (a Prime text, but the amount is not a Prime fee)",
            "! Matches none of the fixed prices",
        ),
    ):
        out = _statement(tmp_path, *rows, lang=lang)
        assert name in out and flag in out
        assert "一致しない）" not in out and "matches no fee)" not in out


@pytest.mark.parametrize(
    ("lang", "count", "flag"),
    [
        (
            "ja",
            "確認が必要な行（※の行）が2件あります",
            "※この日付のPrime Studentの会費は確認できていません",
        ),
        ("en", "2 lines to check", "! The Prime Student fee on this date is not confirmed"),
    ],
)
def test_s12_a_student_fee_before_it_is_known_is_marked_and_counted(
    tmp_path: Path, lang: str, count: str, flag: str
) -> None:
    """FACTS §1: no Student monthly plan before 2019, the Student annual fee before 2019-04-12 not
    confirmed: the amount matches no fee primehelp knows on its date, so the row is checked."""
    rows = ("2018/05/01,AMAZON PRIME,2450", "2018/06/01,AMAZON PRIME,250")
    out = _statement(tmp_path, *rows, lang=lang)
    assert count in out
    assert out.count(flag) == 1  # the monthly one: no such plan then (review 27a, item 10)
    args = ("charge", "--statement", statement_file(tmp_path, *rows), *COLUMNS, "--json")
    data = run(*args, env=TODAY).json()["data"]
    assert data["flagged"] == 2
    flags = [["student_fee_unknown"], ["student_monthly_none"]]
    assert [x["flags"] for x in data["lines"]] == flags


@pytest.mark.parametrize(
    ("lang", "title", "said"),
    [
        ("ja", "日付を確認してください", "この請求の候補"),
        ("en", "Check the date", "What this charge can be"),
    ],
)
def test_s11_a_date_before_prime_began_is_headed_by_what_to_do(
    lang: str, title: str, said: str
) -> None:
    """「この請求の候補」 was followed by no candidate."""
    result = run("charge", "600", "--date", "2006-01-01", "--lang", lang, env=TODAY)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == title
    assert said not in result.stdout
    later = run("charge", "600", "--date", "2026-11-01", "--lang", lang, env=TODAY).stdout
    assert later.startswith(said)


def test_s16_listed_labels_are_separated(tmp_path: Path) -> None:
    """「まず注文履歴や「コンテンツライブラリ」「メンバーシップおよび購読」を確認し」: no separator."""
    # a text primehelp does not know: 「AMAZON.COM」 is now amazon.com's account (review 42c, 15)
    # 「AMAZON MKTPL」 has a word of its own now (review 47c, item 2): AMZN's, still unknown
    out = _statement(tmp_path, "2026/11/20,AMZN MKTPL*AB12CD,139", lang="ja")
    assert "注文履歴、「コンテンツライブラリ」、「メンバーシップおよび購読」を確認し" in out
    assert "」「" not in out
