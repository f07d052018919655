"""Review 28c (charge, charge --statement): Student monthly fees in early 2019 (item 1), partial
Prime refunds (item 2), the flag's direction (item 5), plan labels (items 6, 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja") -> str:
    done = run(*args, "--lang", lang, env=WIDE)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _statement(path: str, lang: str = "ja", *, json: bool = False) -> Any:
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={**WIDE, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


# ---------------------------------------------------------------- item 1


def test_a_student_monthly_amount_early_in_2019_is_unconfirmed_as_in_the_statement() -> None:
    for date in ("2019-01-01", "2019-03-15", "2019-04-11"):
        ja = _screen("charge", "300", "AMAZON PRIME", "--date", date)
        assert "まだありませんでした" not in ja
        assert "月間プランの会費は確認できていないため" in ja
        assert "2019年より前には、Prime Student 月間プランはありませんでした" in ja
        en = _screen("charge", "300", "AMAZON PRIME", "--date", date, lang="en")
        assert "no Prime Student monthly plan yet" not in en and "is not confirmed" in en
    # before 2019 the plan did not exist (FACTS §1)
    ja = _screen("charge", "300", "AMAZON PRIME", "--date", "2018-12-31")
    assert "2018年12月31日の時点では、Prime Student 月間プランはまだありませんでした" in ja


# ---------------------------------------------------------------- item 2


def test_a_refund_under_a_prime_text_smaller_than_a_fee_lists_a_partial_refund_first() -> None:
    ja = _screen("charge", "-3000", "AMAZON PRIME", "--date", "2025-06-02")
    first = ja.split("1. ", 1)[1].split("\n", 1)[0]
    assert first.startswith("Amazonプライム（年間プラン）")
    assert "会費の一部返金の可能性があります" in ja and "Amazonが計算し" in ja
    assert "3,000円の" not in ja  # never a yen figure of the part
    en = _screen("charge", "-3000", "AMAZON PRIME", "--date", "2025-06-02", lang="en")
    assert "a partial refund of the Prime fee" in en  # said once, before the list (32c, 10)
    done = run("charge", "-3000", "AMAZON PRIME", "--date", "2025-06-02", "--json", env=WIDE)
    assert done.json()["data"]["candidates"][0]["match"] == "partial_refund"
    # a whole fee stays the fee; no Prime text, no partial refund
    assert "一部返金" not in _screen("charge", "-5900", "AMAZON PRIME", "--date", "2025-06-02")
    assert "一部返金" not in _screen("charge", "-3000", "NETFLIX.COM", "--date", "2025-06-02")


def test_a_statement_refund_after_a_switch_is_a_possible_partial_refund(tmp_path: Path) -> None:
    rows = ("2025-01-10,AMAZON PRIME,5900", "2025-06-01,AMAZON PRIME,2950",
            "2025-06-03,AMAZON PRIME,-3500")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    ja = _statement(path)
    assert "Amazonプライム（年間プラン）の会費の一部返金（推定）" in ja
    assert "3,500円は、2025年6月3日時点の" not in ja
    # connected to the switch the flag paragraph explains (FACTS §2 [r2])
    row = ja.split("の会費の一部返金（推定）\n", 1)[1].replace("\n", "").replace(" ", "")
    # review 38c, item 23: the regular fee's unused part, said on the refund's row
    assert "通常のプライムからPrimeStudentに切り替えたときの、2025年1月10日の年会費" in row
    assert "Partial refund of the Amazon Prime (Annual plan) fee" in _statement(path, "en")


# ---------------------------------------------------------------- item 5


def test_the_flag_says_no_direction_the_rows_contradict(tmp_path: Path) -> None:
    rows = ("2019-04-05,AMAZON PRIME,4900", "2023-08-20,AMAZON PRIME,5900")
    ja = _statement(statement_file(tmp_path, *rows)).replace("\n", "")
    # the row: a fee that began after the date (51c), from its start (review 56c, item 8)
    assert "5,900円は、2023年8月24日からの年間プランの会費です" in ja
    assert "以前のプライム会費と同じ金額です" not in ja
    assert "この日付の会費と一致しません：ほかの時期のプライム会費と同額です" in ja
    en = _statement(statement_file(tmp_path, *rows), "en").replace("\n", " ")
    assert "a Prime fee of another time" in en and "a former Prime fee" not in en


# ---------------------------------------------------------------- item 6


def test_a_former_fee_is_named_by_its_plan_and_no_match_stays_plan_unknown(tmp_path: Path) -> None:
    rows = ("2026-11-06,AMAZON PRIME,4900", "2026-11-07,AMAZON PRIME,7000",
            "2019-04-05,AMAZON PRIME,4900")  # fmt: skip
    data = _statement(statement_file(tmp_path, *rows), json=True)
    labels = {(line["date"], line["amount_yen"]): line["label"] for line in data["lines"]}
    assert labels[("2026-11-06", 4900)] == "Amazonプライム（以前の年間プランの会費と同額）"
    assert labels[("2019-04-05", 4900)] == "Amazonプライム（その後の年間プランの会費と同額）"
    assert (
        labels[("2026-11-07", 7000)] == "不明（プライムの表記で、会費とは違う金額）"
    )  # 31c, item 5
    en = _statement(statement_file(tmp_path, *rows), "en")
    assert "Amazon Prime (the same amount as an earlier Annual plan fee)" in en


# ---------------------------------------------------------------- item 7


def test_the_student_monthly_plan_has_one_name_said_once(tmp_path: Path) -> None:
    ja = _statement(statement_file(tmp_path, "2018-06-01,AMAZON PRIME,300")).replace("\n", "")
    assert "Prime Studentの月間プラン" not in ja
    assert "この日付にはPrime Student 月間プランはありませんでした" in ja
    assert ja.count("ありませんでした：") == 1  # the flag paragraph
    explained = ja.split("ありませんでした：", 1)[1].split("月ごとの合計", 1)[0]
    assert "ありませんでした" not in explained  # the label's clause is not said again
    assert "金額は、その後のPrime Student 月間プランの会費と同額です" in explained
    fees = run("fees", "--lang", "ja", env=WIDE).stdout
    assert "Prime Student 月間プラン" in fees and "Prime Studentの月間プラン" not in fees


# ---------------------------------------------------------------- items 3 and 4


FIXTURE = Path(__file__).parents[1] / "fixtures" / "statement_texts" / "generic-review28c.csv"


def test_request_and_or_are_never_split_and_no_line_starts_with_ga() -> None:
    args = ("charge", "--statement", str(FIXTURE), "--columns", "date,description,amount")
    for width in ("40", "60", "80"):
        out = run(*args, "--lang", "ja", env={"COLUMNS": width}).stdout
        lines = [line.strip() for line in out.splitlines()]
        assert any("請求されています" in line for line in lines), width
        assert not any(line.endswith(("請", "また")) for line in lines), (width, out)
        assert not any(line.startswith(("求されて", "は", "が同じ時期")) for line in lines), width


# ---------------------------------------------------------------- review 28a, item 9


def test_a_negative_amount_is_the_tools_reading_never_a_sourced_fact() -> None:
    ja = _screen("charge", "-5900", "AMAZON PRIME", "--date", "2023-08-01")
    assert "マイナスの金額" not in ja  # the title and 「（返金）」 say it (review 32c, S 14)
    assert ja.startswith("この返金の候補") and "返金額：5,900円（2023年8月1日の返金）" in ja
    en = _screen("charge", "-5900", "AMAZON PRIME", "--date", "2023-08-01", lang="en")
    assert "A negative amount" not in en and en.startswith("What this refund can be for")
    listed = run("sources", "--lang", "ja", env=WIDE).stdout
    assert "ID：charges.refund\n" not in listed and "マイナスの金額" not in listed
    assert "ID：charges.refund_prime" in listed  # the refund route stays a sourced fact


# ---------------------------------------------------------------- S 12


def test_the_order_of_the_candidates_is_said_once() -> None:
    ja = _screen("charge", "480", "AMAZON KIDS").replace("\n", "")
    assert "書かれているサービス名と金額から、可能性の高い順に並べています。" in ja
    assert ja.count("並べています") == 1
    en = _screen("charge", "480", "AMAZON KIDS", lang="en")
    assert en.count("Most likely first.") == 0 and "most likely first" in en


# ---------------------------------------------------------------- S 8


def test_an_amazon_pay_refund_is_no_charge_and_its_fallback_is_the_card_company() -> None:
    ja = _screen("charge", "-880", "Amazon Pay提携サイト").replace("\n", "")
    assert (
        "Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため、それらは候補に挙げていません。"
        in ja
    )
    assert "請求ではないため" not in ja
    fallback = ja.split("どれにも当てはまらないとき：", 1)[1]
    assert fallback.startswith(
        "お店の注文履歴にも見つからない場合は、カード会社に問い合わせてください"
    )
    assert "Amazonの注文履歴" not in fallback
    en = _screen("charge", "880", "Amazon Pay提携サイト", lang="en").replace("\n", " ")
    assert "if the shop's order history does not show it either, ask your card company" in en


# ---------------------------------------------------------------- S 16


def test_the_columns_help_names_the_cards_primehelp_does_not_support() -> None:
    ja = " ".join(_screen("charge", "--help").split()).replace(" ", "")
    assert (
        "primehelpが対応していないカードの明細を--statementで読み込む" in ja
        and "形式が分からない" not in ja
    )
    en = " ".join(_screen("charge", "--help", lang="en").split())
    assert "for a card primehelp does not support" in en


# ---------------------------------------------------------------- S 15


def test_the_json_names_the_last_candidate_as_the_screen_heads_it() -> None:
    for lang, heading in (("ja", "どれにも当てはまらないとき"), ("en", "If none of these fits")):
        done = run("charge", "600", "--json", "--lang", lang, env=WIDE)
        assert done.json()["data"]["candidates"][-1]["name"] == heading
        assert heading in _screen("charge", "600", lang=lang)


# ---------------------------------------------------------------- S 13


def test_a_semicolon_statement_is_told_to_be_saved_with_commas(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("date;description;amount\n2026-11-01;AMAZON PRIME;600\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    for lang, said in (("ja", "列の区切りがカンマ（,）ではなくセミコロン（;）のようです。"),
                       ("en", "seem to be separated by semicolons (;), not commas")):  # fmt: skip
        done = run(*args, "--lang", lang)
        assert done.exit_code == 2 and said in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


# ---------------------------------------------------------------- S 10


def test_an_assumed_last_day_says_goro_and_the_old_fee_says_whose() -> None:
    ja = _screen("charge", "400", "--date", "2019-05-10").replace("\n", "")
    assert "既存会員の更新は月額400円（2019年5月16日ごろまでの請求）" in ja
    en = _screen("charge", "400", "--date", "2019-05-10", lang="en")
    assert "(bills up to around 2019-05-16)" in en
    old = _screen("charge", "400", "--date", "2008-01-01").replace("\n", "")
    assert (
        "月間プランの会費は2019年4月11日（既存会員は2019年5月16日ごろ）まで400円でした" in old
    )  # 30c, 2
    assert "2019年4月11日までの月会費は400円でした" not in old
