"""Review 32c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen as _screen
from tests.support.clihelp import run, statement_file, stderr_on_a_terminal
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 1

R600 = ("2026/03/01,AMAZON PRIME,5900", "2026/06/01,AMAZON PRIME,-600",
        "2026/07/01,AMAZON PRIME,-2950", "2026/08/01,AMAZON PRIME,-300")  # fmt: skip


def test_a_refund_of_a_whole_fee_of_another_plan_is_the_second_reading_beside_room(
    tmp_path: Path,
) -> None:
    """Round 38 (review 30c item 1 reconciled with 32c item 1): the annual fee of the file still
    has room, so it is the first reading; the other plan's whole fee, not in the file, the
    second. (Before round 38 this test pinned the other plan's fee first.)"""
    path = statement_file(tmp_path, *R600)
    data = _statement(path, json=True)
    refunds = [x for x in data["lines"] if x["amount_yen"] < 0]
    assert [x["service"] for x in refunds] == ["prime_annual"] * 3
    assert all(x["refund_of_row"] == 2 for x in refunds)  # the 5,900 yen of 2026-03-01
    assert all("一部返金（推定）" in x["label"] for x in refunds)
    out = _statement(path).replace("\n", "").replace(" ", "")
    first = "2026年3月1日の年会費（5,900円）の一部返金の可能性があります。"
    second = "月間プランの会費（600円）の返金の可能性もあります（この返金までの1か月に、その会費の請求はこの明細にありません）。"
    assert first + second in out  # the part of the annual fee first, the whole fee second
    months = [m for m in data["months"] if m["month"] == "2026-06"]
    assert [s["label"] for s in months[0]["services"]] == [
        "Amazonプライム（年間プラン）の会費の一部返金（推定）"
    ]
    en = _statement(path, "en").replace("\n", " ")
    assert "Possibly a partial refund of the annual fee" in en
    assert "It may also be a refund of the monthly plan fee (600 yen;" in en


def test_a_whole_fee_of_another_plan_after_a_fee_refunded_in_full_is_no_refund_twice(
    tmp_path: Path,
) -> None:
    rows = ("2025/11/01,AMAZON PRIME,5900", "2025/11/03,AMAZON PRIME,-5900",
            "2026/06/01,AMAZON PRIME,-600")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    data = _statement(path, json=True)
    assert data["lines"][2]["service"] == "prime_monthly"
    assert "fee_refunded_before" not in data["lines"][2]["flags"]
    out = _statement(path).replace("\n", "").replace(" ", "")
    assert (
        "月間プランの会費（600円）の返金の可能性があります（この返金までの1か月に、その会費の請求はこの明細にありません）"
        in out
    )
    assert "一部返金の可能性もあります" not in out  # a fee refunded in full is no source


def test_a_part_of_a_fee_is_still_a_partial_refund(tmp_path: Path) -> None:
    rows = ("2026/03/01,AMAZON PRIME,5900", "2026/06/01,AMAZON PRIME,-1200")
    data = _statement(statement_file(tmp_path, *rows), json=True)
    assert data["lines"][1]["refund_of_row"] == 2
    assert "一部返金（推定）" in data["lines"][1]["label"]


# ---------------------------------------------------------------- item 2


def test_a_part_of_a_fee_refunded_before_is_named_a_partial_refund(tmp_path: Path) -> None:
    rows = ("2026/08/01,AMAZON PRIME,5900", "2026/08/03,AMAZON PRIME,-5900",
            "2026/11/02,AMAZON PRIME,△2000", "2026/11/03,AMAZON PRIME,-5900")  # fmt: skip
    data = _statement(statement_file(tmp_path, *rows), json=True)
    part, whole = data["lines"][2], data["lines"][3]
    # review 41c, item 7: no part of a fee given back in full months before (was 「Amazonプライム
    # （年間プラン）の会費の一部返金（推定）」)
    # review 54c item 11: 「（元の請求はこの明細にない可能性）」 (memo shorthand) became 「（元の請求は不明）」
    elsewhere = "Amazonプライムの会費の返金（元の請求は不明）"
    assert part["label"] == elsewhere
    assert whole["label"] == "Amazonプライム（年間プラン）"  # a whole fee's amount: its name
    assert "fee_refunded_before" in part["flags"] and "fee_refunded_before" in whole["flags"]
    labels = [s["label"] for m in data["months"] for s in m["services"] if m["month"] == "2026-11"]
    assert labels == [elsewhere, "Amazonプライム（年間プラン）"]


# ---------------------------------------------------------------- items 3, 4


def test_why_a_date_is_unreadable_is_said_inside_the_row_number(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/13/01,AMAZON PRIME,600")
    out = _statement(statement_file(tmp_path, *rows), width="40")
    flat = out.replace("\n", "")
    # review 54c, item 5: 「3行目は存在しない日付です」 became 「3行目の日付は存在しません」; the reason is
    # still said inside the row number's brackets, and its verb is kept whole
    assert "（ファイルの3行目の日付は存在しません）。明細と" in flat
    assert any("存在しません）" in line for line in out.splitlines())  # 「存在しません」 kept whole


def test_one_at_a_time_is_never_split_after_the_counter(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/11/02,AMAZON DIGITAL,US$14.99",
            "2026/11/03,AMAZON DIGITAL,14.99")  # fmt: skip
    out = _statement(statement_file(tmp_path, *rows), width="40")
    # review 37c, item 4: the amount quoted for a shell ('US$14.99')
    assert out.count("`primehelp charge 'US$14.99'` のように、\n1件ずつ確認できます。") == 1
    # 52c, item 11; review 54c, item 8: the dollar paragraph says 「のように入力すると確認できます」
    assert "`primehelp charge 'US$14.99'` のように\n入力すると確認できます。" in out
    assert "1件\nずつ" not in out


# ---------------------------------------------------------------- item 5


@pytest.mark.parametrize("separator", [";", "\t"])
def test_save_again_is_never_split_in_the_separator_error(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "semi.csv"
    rows = ("利用日", "利用店名", "金額"), ("2026/11/01", "AMAZON PRIME", "600")
    path.write_text("\n".join(separator.join(row) for row in rows) + "\n", encoding="utf-8")
    shown = stderr_on_a_terminal(
        "charge", "--statement", str(path), env={"COLUMNS": "40", "PRIMEHELP_LANG": "ja"}
    )
    assert "保存し直した" in shown  # 「…保存し直したファイルを指定してください」 (52c, S 30)
    assert "保存し\n" not in shown


# ---------------------------------------------------------------- item 6


def test_what_is_not_listed_under_amazon_pay_has_its_subject() -> None:
    ja = _screen("charge", "880", "Amazon Pay提携サイト").replace("\n", "")
    assert (
        "Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため、それらは" in ja
    )
    en = _screen("charge", "880", "Amazon Pay提携サイト", lang="en").replace("\n", " ")
    assert "A payment with Amazon Pay is usually none of Amazon's fees or subscriptions" in en


# ---------------------------------------------------------------- item 7


@pytest.mark.parametrize("amount", ["880", "-880"])
def test_the_json_lists_no_candidate_the_amazon_pay_screen_leaves_out(amount: str) -> None:
    done = run("charge", amount, "Amazon Pay提携サイト", "--json", "--lang", "ja")
    kinds = [c["kind"] for c in done.json()["data"]["candidates"]]
    assert kinds == ["amazon_pay", "unknown"]  # never music_unlimited, channels, orders


# ---------------------------------------------------------------- item 8


def test_the_iso_month_of_a_price_is_as_of_from_and_as_of_says_it_is_words() -> None:
    import json
    import re

    schema = json.loads((Path(__file__).parents[2] / "schemas/common.schema.json").read_text())
    price = next(d for d in schema["$defs"].values() if "as_of_from" in d.get("properties", {}))
    assert "YYYY-MM-DD" in price["properties"]["as_of_from"]["description"]
    assert price["properties"]["as_of"]["description"].startswith("Words, not a date")
    for args in (("charge", "480", "AMAZON KIDS"), ("subscriptions",)):
        text = run(*args, "--json", "--lang", "ja").stdout
        dated = re.findall(r'"as_of_from": "([^"]+)"', text)
        assert dated and all(re.fullmatch(r"\d{4}-\d{2}-01", x) for x in dated)


# ---------------------------------------------------------------- item 9


def test_where_the_receipts_are_is_said_once_in_the_places_to_check(tmp_path: Path) -> None:
    """Review 51c, item 14: no floating line after the bullets (「確認する場所」 says it); the
    bullets that ask for the receipts say where they are."""
    rows = ("2025/01/10,AMAZON PRIME,5900", "2025/03/10,AMAZON PRIME,600",
            "2025/06/10,AMAZON PRIME,5900", "2026/11/01,AMAZON PRIME,2950")  # fmt: skip
    path = statement_file(tmp_path, *rows)
    for lang, title, where in (
        (
            "ja",
            "確認が必要な行について",
            "「会員資格更新日」のところで、プライム会費の領収書を確認できます。",
        ),
        ("en", "About the lines to check", "next to 「会員資格更新日」 (the renewal date)."),
    ):
        out = _statement(path, lang)
        lines = out.split(title + "\n", 1)[1].split("\n\n", 1)[0].splitlines()
        mark = "・" if lang == "ja" else "- "  # "- " in English (review 36c, item 13)
        assert len(lines) >= 2 and all(x.startswith(mark) for x in lines)
        assert out.count(where) == 1 and all(where not in x for x in lines)


# ---------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    "args", [("1394", "AMZN", "DIGITAL"), ("390", "AMAZON", "DOWNLOADS", "--date", "2025-04-01")]
)
def test_the_heading_of_the_list_does_not_say_the_amount_again(args: tuple[str, ...]) -> None:
    out = _screen("charge", *args).replace("\n", "")
    assert out.count("一致しません") == 1 and "明細の表記に合うものを先に並べています。1. " in out


def test_a_partial_refund_is_said_once_before_its_fee() -> None:
    out = _screen("charge", "△1500", "AMAZON", "PRIME", "--date", "2020-06-01")
    flat = out.replace("\n", "")
    assert flat.count("一部返金の可能性があります") == 1
    assert "1. Amazonプライム（年間プラン）\n   返金の元になりうる会費：年額4,900円" in out
    en = _screen("charge", "△1500", "AMAZON", "PRIME", "--date", "2020-06-01", lang="en")
    assert "Possibly a partial refund of the fee" not in en and "The fee it may come from" in en


# ---------------------------------------------------------------- S 11


@pytest.mark.parametrize(
    ("args", "lang", "title"),
    [
        (("600",), "ja", "この請求の候補（情報は"),
        (("-600",), "ja", "この返金の候補（情報は"),
        (("600",), "en", "What this charge can be  (information as of "),
    ],
)
def test_the_date_after_the_title_is_when_the_information_was_checked(
    args: tuple[str, ...], lang: str, title: str
) -> None:
    first = _screen("charge", *args, lang=lang).splitlines()[0]
    assert first.startswith(title) and "確認）" not in first and "checked" not in first


# ---------------------------------------------------------------- S 14


@pytest.mark.parametrize("amount", ["△600", "-5900", "△1500"])
def test_a_refund_screen_does_not_say_a_negative_amount_is_a_refund(amount: str) -> None:
    ja = _screen("charge", amount, "AMAZON", "PRIME")
    assert ja.startswith("この返金の候補") and "マイナスの金額" not in ja  # the title says it
    en = _screen("charge", amount, "AMAZON", "PRIME", lang="en")
    assert "A negative amount" not in en


# ---------------------------------------------------------------- S 15


def test_the_two_limits_of_a_student_monthly_fee_do_not_overlap() -> None:
    ja = _screen("charge", "250", "AMAZON", "PRIME").replace("\n", "")
    assert (
        "までの請求。Prime Student 月間プランは2019年より前にはなく、2019年4月11日までの会費は"
        "確認できていません）" in ja
    )
    assert "2019年4月12日より前の会費" not in ja
    en = " ".join(_screen("charge", "250", "AMAZON", "PRIME", lang="en").split())
    assert "before 2019, and the fee until 2019-04-11 is not confirmed" in en


# ---------------------------------------------------------------- S 16


def test_the_student_fee_bullet_does_not_repeat_its_heading(tmp_path: Path) -> None:
    out = _statement(statement_file(tmp_path, "2018/06/01,AMAZON PRIME,2450"))
    bullet = next(x for x in out.replace("\n", "").split("・") if x.startswith("この日付のPrime"))
    assert bullet.startswith(
        "この日付のPrime Studentの会費は確認できていません：当時のPrime Studentの会費"
    )  # 33c item 4; the explanation's wording from review 39c, item 2
    assert bullet.split("。")[0].count("確認できていません") == 1


# ---------------------------------------------------------------- S 17


def test_no_line_ends_with_no_before_the_row_number(tmp_path: Path) -> None:
    rows = ("2026/11/01,AMAZON PRIME,600", "2026/11/02,AMAZON PRIME,US$14.99",
            "2026/12/20,AMAZON PRIME,600")  # fmt: skip
    out = _statement(statement_file(tmp_path, *rows), width="40")
    flat = out.replace("\n", "")
    # review 53c item 38: every dollar row is AMAZON PRIME's, so one paragraph names it once
    assert "ファイルの3行目は米ドルの「AMAZON PRIME」の請求で、" in flat
    assert "ファイルの4行目は利用日が今日より後のため、月ごとの合計に含めていません。" in flat
    assert "の\n行（" not in out


def test_the_missing_amount_error_never_leaves_the_word_alone_at_40() -> None:
    shown = stderr_on_a_terminal(
        "charge", "AMAZON", "PRIME", env={"COLUMNS": "40", "PRIMEHELP_LANG": "ja"}
    )
    first = shown.splitlines()[0]
    assert first.startswith("primehelp: エラー: 金額") and "金額は最初に" in shown.replace("\n", "")


# ---------------------------------------------------------------- S 18


@pytest.mark.parametrize(
    ("separator", "ja", "en"),
    [(";", "セミコロン（;）", "semicolons (;)"), ("|", "縦線（|）", "vertical bars (|)"),
     ("\t", "タブ", "tabs")],
)  # fmt: skip
def test_each_separator_is_named_as_the_comma_is(
    tmp_path: Path, separator: str, ja: str, en: str
) -> None:
    path = tmp_path / "sep.csv"
    rows = ("利用日", "利用店名", "金額"), ("2026/11/01", "AMAZON PRIME", "600")
    path.write_text("\n".join(separator.join(row) for row in rows) + "\n", encoding="utf-8")
    said = run("charge", "--statement", str(path), "--lang", "ja")
    assert said.exit_code == 2 and f"列の区切りがカンマ（,）ではなく{ja}のようです。" in said.stderr
    assert (
        f"separated by {en}, not commas"
        in run("charge", "--statement", str(path), "--lang", "en").stderr
    )
