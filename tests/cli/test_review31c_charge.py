"""Review 31c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import charge_screen as _screen
from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 1


def test_a_fee_refunded_in_full_is_no_source_of_a_later_refund(tmp_path: Path) -> None:
    rows = ("2025/02/01,AMAZON PRIME,5900", "2025/08/01,AMAZON PRIME,5900",
            "2025/08/05,AMAZON PRIME,-5900", "2025/09/01,AMAZON PRIME,-1200")  # fmt: skip
    data = _statement(statement_file(tmp_path, *rows), json=True)
    refunds = [x for x in data["lines"] if x["amount_yen"] < 0]
    assert [x["refund_of_row"] for x in refunds] == [3, 2]  # the open fee: 2025-02-01
    out = _statement(statement_file(tmp_path, *rows)).replace("\n", "")
    assert "2025年2月1日の年会費（5,900円）の一部返金の可能性があります。" in out
    assert "2025年8月1日の年会費（5,900円）の一部返金" not in out


def test_a_second_full_refund_of_one_fee_is_a_line_to_check(tmp_path: Path) -> None:
    rows = ("2026/02/01,AMAZON PRIME,5900", "2026/02/05,AMAZON PRIME,-5900",
            "2026/02/06,AMAZON PRIME,-5900")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    out = _statement(path).replace("\n", "")
    assert out.count("2026年2月1日の年会費（5,900円）の返金の可能性があります。") == 1
    assert "この明細にある年会費（2026年2月1日、5,900円）は、2026年2月5日にすでに全額返金" in out
    assert "見つかりませんでした" not in out
    # review 41c, item 7: the fee meant named, never 「この時期の会費」
    # review 42c, item 7: one 「この」, the statement's
    assert "※返金の元と考えられる会費は、この明細ではすでに全額返金されています" in out
    en = _statement(path, "en").replace("\n", " ")
    assert "already refunded in full on 2026-02-05" in en
    data = _statement(path, json=True)
    assert "fee_refunded_before" in data["lines"][2]["flags"]
    assert data["lines"][2]["refund_of_row"] is None


# ---------------------------------------------------------------- item 2


def test_a_student_fee_period_says_it_is_confirmed_from_2019_04_12_only() -> None:
    out = _screen("charge", "2450").replace("\n", "")
    assert "2023年9月23日までの請求。2019年4月12日より前の会費は確認できていません）" in out
    monthly = _screen("charge", "250", "AMAZON PRIME").replace("\n", "")
    assert "2019年4月11日までの会費は確認できていません）" in monthly  # review 32c, S 15
    assert "Prime Student 月間プランは2019年より前にはなく、" in monthly
    refund = _screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01")
    assert "2019年4月12日より前の会費は確認できていません" in refund.replace("\n", "")
    en = _screen("charge", "250", "AMAZON PRIME", lang="en").replace("\n", " ")
    assert "no Prime Student monthly plan before 2019, and the fee until 2019-04-11" in en
    data = run("charge", "2450", "--json").json()["data"]
    assert [t["known_from"] for t in data["former_fee_terms"]] == ["2019-04-12"]


# ---------------------------------------------------------------- item 3


def test_no_prime_refund_rule_when_no_prime_fee_is_a_candidate() -> None:
    out = _screen("charge", "--", "-7000", "AMAZON PRIME", width="60")
    assert "支払いに使った方法に返金されます" not in out
    assert "ギフトカード残高に戻ります" not in out
    assert "どれとも一致しません" in out
    data = run("charge", "--json", "--", "-7000", "AMAZON PRIME").json()["data"]
    assert not [n for n in data["notes"] if "refund" in n["id"] or "gift" in n["id"]]
    former = _screen("charge", "--", "-4900", "AMAZON PRIME")  # an earlier annual fee: kept
    assert former.count("支払いに使った方法に返金されます") == 1


# ---------------------------------------------------------------- item 4


def test_no_fee_before_the_refund_is_said_of_the_rows_before_it(tmp_path: Path) -> None:
    rows = ("2026/01/01,AMAZON PRIME,-5900", "2026/02/01,AMAZON PRIME,5900")
    out = _statement(statement_file(tmp_path, *rows)).replace("\n", "")
    assert "この明細には、返金より前の年間プランの会費の請求が見当たりません。" in out
    assert "この明細には年間プラン" not in out


# ---------------------------------------------------------------- item 5


def test_three_cases_of_a_prime_text_have_a_name_and_a_total_each(tmp_path: Path) -> None:
    rows = ("2018/05/01,AMAZON PRIME,2450", "2018/05/02,AMAZON PRIME,250",
            "2018/05/03,AMAZON PRIME,7000")  # fmt: skip
    data = _statement(statement_file(tmp_path, *rows), json=True)
    names = [x["label"] for x in data["lines"]]
    assert names == ["Amazonプライム（その後のPrime Student 年間プランの会費と同額）",
                     "Amazonプライム（その後のPrime Student 月間プランの会費と同額）",
                     # review 39c, item 2: before 2019-04-12 the Student fee is unknown
                     "不明（表記はプライム。当時のPrime Studentの会費は未確認）"]  # fmt: skip
    assert "プラン不明" not in " ".join(names)
    (month,) = data["months"]
    assert sorted(x["label"] for x in month["services"]) == sorted(names)
    assert month["charged_yen"] == 2450 + 250 + 7000  # each in the month's total, its own row
    en = _statement(statement_file(tmp_path, *rows), "en")
    assert "Amazon Prime (the same amount as a later Prime Student monthly plan fee)" in en


# ---------------------------------------------------------------- item 6


def test_the_refund_rules_are_said_once_on_a_screen() -> None:
    out = _screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", width="60")
    flat = out.replace("\n", "").replace(" ", "")
    assert flat.count("支払いに使った方法に返金されます") == 1
    assert flat.count("計算方法は公開されていません") == 1
    second = out.split("\n2. ", 1)[1].split("\n3. ", 1)[0]
    assert "そのほかの注意は、上の1と同じです。" in second  # review 38c, S 10
    en = _screen("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", lang="en")
    assert "The other notes are as under 1 above." in en  # review 38c, S 10
    data = run("charge", "△1500", "AMAZON PRIME", "--date", "2020-06-01", "--json").json()
    first, second_c = data["data"]["candidates"][:2]  # the JSON keeps each candidate's notes
    assert [n["id"] for n in first["notes"]] == [n["id"] for n in second_c["notes"]]


# ---------------------------------------------------------------- item 7


def test_a_later_fee_is_said_sono_ato_in_sentences(tmp_path: Path) -> None:
    out = _screen("charge", "600", "AMAZON PRIME", "--date", "2019-03-01").replace("\n", "")
    # 51c; its start since review 56c, item 8
    assert "2023年8月24日からの月間プランの会費です" in out and "のちの月間" not in out
    rows = ("2018/06/01,AMAZON PRIME,250",)
    explained = _statement(statement_file(tmp_path, *rows)).replace("\n", "")
    assert "金額は、その後のPrime Student 月間プランの会費と同額です。" in explained


# ---------------------------------------------------------------- S 8


def test_a_tab_separated_file_is_named_once_with_one_hedge(tmp_path: Path) -> None:
    path = tmp_path / "tab.csv"
    path.write_text("利用日\t利用店名\t金額\n2026/11/01\tAMAZON PRIME\t600\n", encoding="utf-8")
    done = run("charge", "--statement", str(path), "--lang", "ja")
    assert done.exit_code == 2
    assert "列の区切りがカンマ（,）ではなくタブのようです。" in done.stderr
    assert "「タブ」" not in done.stderr and "区切られています" not in done.stderr
    en = run("charge", "--statement", str(path), "--lang", "en")
    assert "seem to be separated by tabs, not commas" in en.stderr


# ---------------------------------------------------------------- S 9


def test_no_full_stop_right_after_the_example_command() -> None:
    for args in (("charge", "AMAZON", "PRIME"), ("charge", "abc")):
        done = run(*args, "--lang", "ja")
        assert done.exit_code == 2
        assert "`primehelp charge 600 AMAZON PRIME` のように" in done.stderr
        assert "PRIME。" not in done.stderr and "PRIME`。" not in done.stderr


# ---------------------------------------------------------------- S 10


def test_another_currency_is_told_which_two_are_read() -> None:
    for amount in ("€10", "EUR 10", "£5", "10ユーロ"):
        done = run("charge", amount, "--lang", "ja")
        assert done.exit_code == 2
        assert (
            "は読み取れません。使える通貨は円と米ドルだけです。明細に円に換算した金額があれば、その金額を指定してください。使える形式："
            in done.stderr
        )
    assert "only yen and US dollars are accepted" in run("charge", "€10", "--lang", "en").stderr
    for amount in ("abc", "US$"):  # no other currency named
        assert "使える通貨" not in run("charge", amount, "--lang", "ja").stderr


# ---------------------------------------------------------------- S 11


def test_an_unreadable_date_is_not_explained_by_itself(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/1x/05,AMAZON PRIME,600",
            "2026/02/30,AMAZON PRIME,600")  # fmt: skip
    out = _statement(statement_file(tmp_path, *rows)).replace("\n", "")
    assert "3行目は形式の分からない日付、4行目は存在しない日付です" in out
    assert "読み取れない日付" not in out


# ---------------------------------------------------------------- S 12


def test_a_kindle_unlimited_row_says_kids_plus_costs_the_same(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON DOWNLOADS,980")
    data = _statement(path, json=True)
    (line,) = data["lines"]
    # review 36c, item 6: a Kindle book can cost 980 too, named beside it
    assert line["label"] == "Kindle Unlimitedまたはデジタルコンテンツの購入（Kindle本など）"
    assert line["flags"] == []
    assert line["same_price_as"] == "Amazon Kids+"
    # 33c S 8; Kids+'s price is known as of December 2026 only (FACTS §9, review 34c, item 7)
    flat = "".join(_statement(path, width="60").split())  # one wording (review 60c, item 9)
    assert "注意：AmazonKids+の料金（月額980円、プライム会員でない場合）とも同じ金額です" in flat


# ---------------------------------------------------------------- S 13


def test_the_help_of_columns_names_the_columns() -> None:
    out = run("charge", "--help", "--lang", "ja", env={"COLUMNS": "200"}).stdout
    assert "使える名前：date（利用日）、description（明細の表記）、amount（金額）" in "".join(
        out.split()
    )
    en = run("charge", "--help", "--lang", "en", env={"COLUMNS": "200"}).stdout
    assert (
        "by the names date (the day of use), description (the statement text) and amount"
        in " ".join(en.split())
    )


# ---------------------------------------------------------------- S 14


def test_a_dollar_prime_row_may_be_a_separate_amazon_com_fee(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,US$14.99", "2026/11/02,AMAZON DOWNLOADS,$9.99",
            "2026/11/03,AMAZON PRIME,600")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    out = _statement(path).replace("\n", "")
    said = "ファイルの2行目にある米ドルの「AMAZON PRIME」の請求は、amazon.co.jpとは別のamazon.com"
    assert said in out
    assert _statement(path, json=True)["dollar_prime_rows"] == [2]
    assert "separate from amazon.co.jp" in " ".join(_statement(path, "en").split())
    other = statement_file(
        tmp_path, "2026/11/02,AMAZON DOWNLOADS,$9.99", "2026/11/03,AMAZON PRIME,600"
    )
    assert "amazon.comアカウント" not in _statement(other)


# ---------------------------------------------------------------- S 15


def test_dollar_rows_are_counted_as_dollar_rows(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,US$14.99", "2026/11/02,AMAZON PRIME,abc",
            "2026/11/03,AMAZON PRIME,600")  # fmt: skip
    out = _statement(statement_file(tmp_path, *rows))
    assert "・Amazonの行：3件（うち金額を読み取れない行1件、米ドルの金額の行1件）" in out
    en = _statement(statement_file(tmp_path, *rows), "en")
    assert "Amazon lines: 3 (1 with an amount primehelp cannot read, 1 in dollars)" in en
