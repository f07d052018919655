"""Review 30c, items 2 to 13 (charge, charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path

from tests.support.clihelp import charge_screen as _screen
from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

WIDE = {"COLUMNS": "1000"}


# ---------------------------------------------------------------- item 2


def test_the_launch_fee_is_not_denied_after_it_is_named() -> None:
    for args in (("3900", "--date", "2007-03-01"), ("400", "--date", "2008-01-01")):
        out = _screen("charge", *args)
        assert "この金額と一致するものはありません" in out
        assert "プライム会費のうち確認できているもの" not in out  # only the other services
        assert "ほかのサービスには、この金額と一致するものはありません" in out
    en = _screen("charge", "3900", "--date", "2007-03-01", lang="en")
    assert "No confirmed Prime fee" not in en
    assert "The annual fee of 3,900 yen dates from the launch" in en


def test_the_old_monthly_fee_is_everyones_with_the_existing_members_date() -> None:
    out = _screen("charge", "400", "--date", "2008-01-01")
    assert "新規会員の月会費" not in out
    assert "月間プランの会費は2019年4月11日（既存会員は2019年5月16日ごろ）まで400円でした" in out
    en = _screen("charge", "400", "--date", "2008-01-01", lang="en")
    assert "for existing members until about 2019-05-16" in en


def test_statement_names_the_plan_of_an_unconfirmed_date(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2007/08/01,AMAZON PRIME,3900", "2015/03/01,AMAZON PRIME,400")
    out = _statement(path).replace("\n", "")
    assert "プラン不明" not in out
    assert "Amazonプライム（年間プラン。この時期の会費は未確認）" in out
    assert "Amazonプライム（月間プラン。この時期の会費は未確認）" in out
    assert "Amazon Prime (Annual plan; the fee at this time is not confirmed)" in _statement(
        path, "en"
    )


# ---------------------------------------------------------------- item 3


def test_a_prime_refund_opens_with_the_partial_refund_reading() -> None:
    out = _screen("charge", "△1500", "AMAZON", "PRIME", "--date", "2020-06-01")
    flat = out.replace("\n", "")
    assert (
        "決まった会費とは一致しませんが、表記から、プライム会費の一部返金の可能性があります。"
        in flat
    )
    assert "Prime Videoチャンネルなど" not in flat
    assert flat.count("一致しませんが") == 1  # the list's heading does not say it again
    # both members' dates of the fee it may come from
    assert "新規会員は2019年4月12日〜2023年8月23日、既存会員は2019年5月17日〜" in flat
    en = _screen("charge", "△2000", "AMAZON", "PRIME", "--date", "2026-11-01", lang="en")
    assert "the text points to a partial refund of the Prime fee" in en.replace("\n", " ")
    assert "existing members from bills dated 2023-09-24" in en.replace("\n", " ")


# ---------------------------------------------------------------- item 4


def test_an_assumed_day_keeps_its_goro_at_40_columns() -> None:
    for date in ("2026-11-01", "2019-02-01"):
        out = _screen("charge", "500", "--date", date, width="40")
        assert "2019年5月17日ごろ" in out
        assert not any(line.startswith("ごろ") for line in out.splitlines())


# ---------------------------------------------------------------- item 5


def test_the_none_likely_heading_fits_on_one_line_at_40() -> None:
    out = _screen("charge", "2880", width="40")
    assert "考えられるもの（どれも可能性は低めです）\n" in out


# ---------------------------------------------------------------- item 6


def test_another_separator_is_named_without_columns(tmp_path: Path) -> None:
    path = tmp_path / "semicolon.csv"
    path.write_text("利用日;利用店名;利用金額\n2026/11/01;AMAZON PRIME;600\n", encoding="utf-8")
    for extra in ((), ("--columns", "date,description,amount")):
        done = run("charge", "--statement", str(path), *extra, "--lang", "ja")
        assert done.exit_code == 2
        assert "カンマ（,）ではなくセミコロン（;）のようです" in done.stderr
        assert "列の並びが分かりません" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------- item 7


def test_a_later_fee_is_named_nochino_in_the_table_and_on_the_screen(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2019/04/05,AMAZON PRIME,4900")
    out = _statement(path)
    # a cell and a sentence both say 「その後の」 (review 33c, item 4; 「のちの」 in cells before)
    assert "（のちの" not in out
    assert "Amazonプライム（その後の年間プランの会費と同額）" in out
    # a sentence names the date (review 51c, item 26: 「その後の」 said not after what)
    assert (
        # from its start, never 「…より後の」 (review 56c, item 8)
        "時点のAmazonプライムの会費ではありません。4,900円は、2019年4月12日〜2023年8月23日の年間プラン"
        in out.replace("\n", "")
    )
    assert "500円は、2019年4月12日〜2023年8月23日の月間プランの会費です" in _screen(
        "charge", "500", "--date", "2019-02-01"
    )


# ---------------------------------------------------------------- item 8


def test_the_both_plans_flag_is_true_of_either_row(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/12,AMAZON PRIME,300", "2026/11/13,AMAZON PRIME,5900")
    out = _statement(path)
    assert "年会費の期間中に" not in out  # true of either row (34c, S 11: 「期間が重なっています」)
    assert out.count("※年会費と月会費の期間が重なっています") == 2


# ---------------------------------------------------------------- item 9


def test_help_names_text_as_the_screens_do() -> None:
    ja = _screen("charge", "--help", width="60").replace("\n", "").replace(" ", "")
    assert "表記...明細の表記（金額の横にある文字。" in ja  # 49a item 1: 「表記」, not TEXT
    assert "--statementで読み込むときに、ファイルの列を順に指定します" in ja  # 52c, 27
    assert "一緒に：" not in ja
    en = _screen("charge", "--help", lang="en", width="60").replace("\n", " ")
    assert "The statement text" in " ".join(en.split())


# ---------------------------------------------------------------- item 10


def test_a_word_that_is_no_amount_asks_for_the_amount_before_the_text() -> None:
    done = run("charge", "abc", "--lang", "ja")
    assert done.exit_code == 2
    said = (
        "明細の表記を指定する場合は、`primehelp charge 600 AMAZON PRIME` のように、その前に金額を"
    )
    assert said in done.stderr  # the example inside the sentence (review 31c, S 9)
    assert "表記だけなら" not in done.stderr


# ---------------------------------------------------------------- item 11


def test_a_service_not_yet_there_is_no_candidate_under_the_text_heading() -> None:
    out = _screen("charge", "390", "AMAZON", "DOWNLOADS", "--date", "2025-04-01")
    listed = [line for line in out.splitlines() if line[:1].isdigit() and ". " in line]
    assert not any("広告なし" in line for line in listed)
    assert "明細の表記に合うものを先に並べています。" in out  # unlikely ones after (59c, 3)
    flat = out.replace("\n", "")
    assert "※Prime Videoを広告なしで見るためのオプションは2025年4月8日からのもののため、" in flat
    en = _screen("charge", "390", "AMAZON", "DOWNLOADS", "--date", "2025-04-01", lang="en")
    assert "so it is not listed" in en.replace("\n", " ")  # review 34c, S 9
    # the JSON still lists it (schema_version 1 is additive only)
    done = run("charge", "390", "AMAZON", "DOWNLOADS", "--date", "2025-04-01", "--json")
    kinds = [c["kind"] for c in done.json()["data"]["candidates"]]
    assert "prime_video_ad_free" in kinds


# ---------------------------------------------------------------- item 12


def test_the_date_is_not_said_twice_in_a_row() -> None:
    for amount in ("2450", "300"):
        out = _screen("charge", amount, "--date", "2018-06-01").replace("\n", "")
        assert "この日付のプライム会費のうち確認できているものにも" in out
        assert "2018年6月1日時点のプライム会費" not in out
    en = _screen("charge", "2450", "--date", "2018-06-01", lang="en").replace("\n", " ")
    assert "No confirmed Prime fee on this date" in en


# ---------------------------------------------------------------- item 13


def test_the_two_annual_fees_note_is_the_same_text_in_every_file(tmp_path: Path) -> None:
    notes = set()
    for rows in (("2026/01/10,AMAZON PRIME,5900", "2026/11/10,AMAZON PRIME,5900"),
                 ("2022/01/10,AMAZON PRIME,4900", "2022/11/10,AMAZON PRIME,4900")):  # fmt: skip
        out = _statement(statement_file(tmp_path, *rows))
        note = next(x for x in out.splitlines() if x.startswith("・1年以内に年会費が2回以上"))
        notes.add(note)
    assert len(notes) == 1
    assert "今すぐ終了する場合" not in notes.pop()


# ---------------------------------------------------------------- item 14

_ROWS14 = ("2025-09-01,AMAZON PRIME,5900", "2025-09-10,AMAZON PRIME,-2950",
           "2024-06-01,AMAZON PRIME,-2000", "2026-11-03,AMAZON PRIME,300",
           "2026-11-04,AMAZON PRIME,-300")  # fmt: skip


def test_a_refund_names_the_fee_of_the_file_or_says_there_is_none(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *_ROWS14)
    details = {
        (x["date"], x["amount_yen"]): x["detail"] or ""
        for x in _statement(path, json=True)["lines"]
    }
    assert details[("2025-09-10", -2950)].startswith(  # first, the Student fee second (round 38)
        "2025年9月1日の年会費（5,900円）の一部返金の可能性があります。"
        "Prime Student 年間プランの会費（2,950円）の返金の可能性もあります"
    )
    assert (
        details[("2026-11-04", -300)] == "2026年11月3日の月会費（300円）の返金の可能性があります。"
    )
    # review 37c, S 10: −2,000 in 2024 is part of the annual or the Student annual fee: no plan
    assert details[("2024-06-01", -2000)].startswith(
        "この明細には、返金より前のプライム会費の請求が見当たりません。"
    )
    en = _statement(path, "en").replace("\\n", " ")
    assert (
        "This statement holds no Prime fee before this refund that it could come from."
        in " ".join(en.split())
    )
