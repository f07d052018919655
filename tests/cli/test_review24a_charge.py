"""Review 24a (charge, charge --statement): dates before a fee or price existed, the flags one
per line, the Amazon Pay screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja", env: dict[str, str] | None = None) -> str:
    done = run(*args, "--lang", lang, env={**WIDE, **(env or {})})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _lines(path: str) -> list[dict[str, Any]]:
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    args = (*args, "--json", "--lang", "ja")
    done = run(*args, env={"PRIMEHELP_TODAY": "2026-12-05"})
    assert done.exit_code in (0, 1), done.stderr
    lines: list[dict[str, Any]] = done.json()["data"]["lines"]
    return lines


# ---------------------------------------------------------------- items 1 and 3


def test_a_student_fee_before_2019_is_no_candidate() -> None:
    for lang, said in (
        ("ja", "2018年6月1日の時点では、Prime Student 月間プランはまだありませんでした"
               "（開始日は確認できていません）。"),  # review 25a, item 7: no start date
        ("en", "On 2018-06-01 there was no Prime Student monthly plan yet"
               " (when it started is not confirmed)."),
    ):  # fmt: skip
        out = _screen("charge", "300", "--date", "2018-06-01", lang=lang)
        assert said in out
        assert "Prime Student" not in out.replace(said, "")  # never listed as a candidate
    out = _screen("charge", "2450", "--date", "2018-06-01")
    assert "2018年6月1日時点のPrime Student 年間プランの会費は確認できていないため、" in out
    assert "1. Amazonプライム" not in out


def test_statement_rows_before_2019_name_no_student_plan(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2018/05/01,AMAZON PRIME,2450", "2018/05/01,AMAZON PRIME,300",
        "2018/06/01,AMAZON PRIME,250",
    )  # fmt: skip
    for line in _lines(path):
        # never read as a Student plan's fee; the same amount as one, named (review 33c, item 4)
        assert not line["label"].startswith("Amazonプライム（Prime Student"), line
        assert line["label"] in (  # review 25a, S 12; one name a case (31c, item 5)
            "Amazonプライム（その後のPrime Student 年間プランの会費と同額）",
            "Amazonプライム（その後のPrime Student 月間プランの会費と同額）",
        ), line
        # no both-plans, no "no fixed price": the Student fee on the date is unknown (25a, S 12)
        assert line["flags"] in (["student_fee_unknown"], ["student_monthly_none"]), line


# ---------------------------------------------------------------- item 2


def test_a_price_that_started_later_is_not_likely() -> None:
    for lang, said in (
        ("ja", "この料金は2016年8月3日からのもので、利用日（2016年1月1日）はそれより前です。"
               "金額が同じというだけなので、可能性は低めです。"),  # review 25a, item 4
        ("en", "This price is from 2016-08-03, and the day of use (2016-01-01) is before that."
               " Only the amount is the same, so this is less likely."),
    ):  # fmt: skip
        # No text: with 「AMAZON DOWNLOADS」 no price is confirmed on that day since Kids+'s
        # start is unknown too (review 34c, item 7), and Kindle Unlimited is said not to fit it
        # after the list (review 30c, item 11)
        out = _screen("charge", "980", "--date", "2016-01-01", lang=lang)
        assert said in out
        block = out[out.index("Kindle Unlimited\n") :]
        assert "可能性が高いです" not in block.split("\n\n")[0]
    out = _screen("charge", "980", "AMAZON DOWNLOADS", "--date", "2016-01-01")
    assert (
        "※Kindle Unlimitedの月額980円は2016年8月3日からの料金のため、候補に入れていません。" in out
    )
    done = run("charge", "980", "AMAZON DOWNLOADS", "--date", "2016-01-01", "--json")
    found = {c["kind"]: c["match"] for c in done.json()["data"]["candidates"]}
    assert found["kindle_unlimited"] == "price_before_start"
    assert next(iter(found)) != "kindle_unlimited"
    for amount, date, kind in (
        ("1500", "2021-06-01", "audible"),
        ("880", "2022-01-01", "music_unlimited"),
    ):
        done = run("charge", amount, "--date", date, "--json")
        found = {c["kind"]: c["match"] for c in done.json()["data"]["candidates"]}
        assert found[kind] == "price_before_start"
    # Without a date: the prices now, as before
    done = run("charge", "980", "--json")
    found = {c["kind"]: c["match"] for c in done.json()["data"]["candidates"]}
    assert found["kindle_unlimited"] == "price"


def test_statement_rows_before_a_price_started(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2024/03/01,PRIME VIDEO,390", "2021/06/01,AUDIBLE JP,1500",
        "2016/01/01,AMAZON DOWNLOADS,980",
    )  # fmt: skip
    video, audible, downloads = _lines(path)
    assert video["service"] != "prime_video_ad_free" and "広告なし" not in video["label"]
    assert "利用日より後に始まりました" in audible["label"]
    assert downloads["service"] != "kindle_unlimited"


# ---------------------------------------------------------------- item 4


def test_several_flags_of_a_row_are_one_a_line(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "2026/11/01,AMAZON PRIME,5900", "2026/11/03,AMAZON PRIME,600",
        "2026/11/03,AMAZON PRIME,600", "2026/12/20,AMAZON PRIME,600",
    )  # fmt: skip
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    for lang, mark in (("ja", "※"), ("en", "! ")):
        for width in ("40", "60", "80", "120"):
            env = {"COLUMNS": width, "PRIMEHELP_TODAY": "2026-12-05"}
            out = _screen(*args, lang=lang, env=env)
            # the month table's mark after a count (「1※」, review 36c S 21) is no flag's words
            count = re.compile(r"(件数：|Count: )?\d+(※| !)( |$)")
            rows = [count.sub("", line) for line in out.splitlines()]
            flagged = [line for line in rows if mark in line]
            # six: the line dated after today has only its own flag (review 41c S6, round 47)
            assert len(flagged) >= 6, (lang, width)
            for line in flagged:
                assert line.count(mark) == 1, (lang, width, line)  # one flag a line
                assert not line.rstrip().endswith(mark.strip()), (lang, width, line)


# ---------------------------------------------------------------- item 5


def _depth(text: str) -> int:
    deepest = depth = 0
    for char in text:
        depth += {"（": 1, "）": -1, "(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


def test_a_former_fee_period_has_no_bracket_inside_its_bracket() -> None:
    for lang in ("ja", "en"):
        for amount in ("400", "500"):
            out = _screen("charge", amount, "--date", "2026-11-01", lang=lang)
            sentence = next(line for line in out.splitlines() if line.startswith(amount))
            assert _depth(sentence) == 1, sentence
            # review 51c, item 6: the doubt once, on a line after the periods
            said = "年間プランと同じ日と考えられます。" if lang == "ja" else "as the annual plan's."
            assert said in out and said not in sentence


# ---------------------------------------------------------------- item 6


def test_an_amazon_pay_text_says_why_once() -> None:
    for lang, line, hint, twice in (
        ("ja", "Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため、それらは候補に挙げていません。",
         "日付の指定がないため", "この表記は、ほかのお店で"),
        ("en", "A payment with Amazon Pay is usually none of Amazon's fees or subscriptions, so"
         " those are not listed as candidates.", "No date given", "This text is for a payment"),
    ):  # fmt: skip
        out = _screen("charge", "880", "Amazon Pay提携サイト", lang=lang)
        assert out.count(line) == 1
        assert hint not in out and twice not in out and "--date" not in out
    plain = _screen("charge", "880")  # another text: the hint stays
    assert "日付の指定がないため" in plain


# ---------------------------------------------------------------- S 9


def test_a_digital_purchase_is_not_flagged_and_the_flag_names_the_pages(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026/11/01,AMAZON DOWNLOADS,2880", "2026/11/02,ｱﾏｿﾞﾝ,139")
    downloads, other = _lines(path)
    assert downloads["service"] == "digital_purchase" and downloads["flags"] == []
    assert other["flags"] == ["no_known_price"]
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    out = "".join(_screen(*args).split())
    # the labels listed with 「、」 between them (review 25a, S 16)
    assert "まず注文履歴、「コンテンツライブラリ」、「メンバーシップおよび購読」を確認し" in out


# ---------------------------------------------------------------- S 10


def test_the_rows_of_the_file_are_kept_whole(tmp_path: Path) -> None:
    rows = [f"2026/10/{day:02d},ローソン,300" for day in range(1, 14)]
    path = statement_file(
        tmp_path, *rows, "2026/11/02,AMAZON DOWNLOADS,US$14.99", "2026/11/03,AMAZON,US$4.99"
    )
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    for width in range(36, 82, 2):
        out = _screen(*args, env={"COLUMNS": str(width)})
        assert any("（ファイルの15、16行目）" in line for line in out.splitlines()), width


# ---------------------------------------------------------------- S 15


def test_a_header_only_file_is_named_without_columns(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("利用日,利用店名,金額\n", encoding="utf-8")
    for lang, said in (("ja", "見出しの行だけです"), ("en", "only a header row")):
        done = run("charge", "--statement", str(path), "--lang", lang)
        assert done.exit_code == 2 and said in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


# ---------------------------------------------------------------- S 16


def test_an_unreadable_row_says_why(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path, "11/01,AMAZON PRIME,600", "2026/11/02,AMAZON DOWNLOADS,14.99",
        "2026/11/03,AMAZON PRIME,600-", "2026/11/04,AMAZON PRIME,600",
    )  # fmt: skip
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    out = _screen(*args)
    assert "（ファイルの2行目は日付が月と日だけです）。" in out
    assert "（ファイルの3行目）。小数の金額は円として読み取れません。" in out
    assert "（ファイルの4行目）。明細とAmazonのアカウントで確認してください。" in out  # no why
    en = _screen(*args, lang="en")
    assert "the date has only a month and a day" in en and "decimals is not read as yen" in en


# ---------------------------------------------------------------- S 18


def test_the_channels_range_has_one_form() -> None:
    said = "月額300〜4,000円ほど（チャンネルごと"
    for args in (("charge", "990"), ("subscriptions",)):
        out = "".join(_screen(*args).split())
        assert (
            said in out and "チャンネルごとの料金" not in out and "チャンネルごとに月額" not in out
        )
