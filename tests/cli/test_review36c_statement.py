"""Review 36c (charge --statement, how a statement is read): one test or more per item."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from primehelp.cli.charge import _classifier
from primehelp.content import statement as statement_content
from primehelp.errors import BadInput
from primehelp.statement import summarise
from primehelp.statement_columns import parse_columns
from primehelp.statement_csv import read_statement
from primehelp.statement_values import parse_date
from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


NONE_FOUND = "確認が必要な行（決まった料金と一致しない請求や、同じ月のうちに、または25日未満の間隔で2回以上ある請求）は見つかりませんでした"
MAY_BE_FEE = ("AMAZON.CO.JP", "AMAZON DOWNLOADS")
_CLASSIFY = _classifier()
_CONTENT = statement_content.load()


def _flags(path: str) -> list[list[str]]:
    return [line["flags"] for line in _statement(path, json=True)["lines"]]


# ---------------------------------------------------------------- item 1

# (the Prime fee's row, the row under a text that may be a fee, its flag)
ONE_FEE_TWO_TEXTS = (
    ("2026-11-01,AMAZON PRIME,600", "2026-11-01,{text},600", "monthly_guess_twice"),
    ("2026-10-25,AMAZON PRIME,600", "2026-11-10,{text},600", "monthly_guess_twice"),
    ("2026-06-01,AMAZON PRIME,5900", "2026-11-01,{text},5900", "annual_guess_twice"),
    ("2026-09-24,AMAZON PRIME,5900", "2026-10-08,{text},600", "monthly_guess_in_annual"),
    ("2026-10-01,AMAZON PRIME,300", "2026-10-15,{text},300", "monthly_guess_twice"),
)


# Review 37c, item 7: 「AMAZON DOWNLOADS」 is no fee text (FACTS §10: digital content only); a
# charge under it at a fee's amount is no second fee (tests/cli/test_review37c_statement.py)
@pytest.mark.parametrize("text", ["AMAZON.CO.JP"])
@pytest.mark.parametrize(("fee", "other", "flag"), ONE_FEE_TWO_TEXTS)
def test_a_fee_under_a_second_text_is_flagged(
    tmp_path: Path, text: str, fee: str, other: str, flag: str
) -> None:
    path = statement_file(tmp_path, fee, other.format(text=text))
    data = _statement(path, json=True)
    second = next(x for x in data["lines"] if x["description"] == text)
    assert flag in second["flags"]
    assert data["flagged"] >= 1
    out = _flat(_statement(path))
    assert _flat(NONE_FOUND) not in out
    assert "確認が必要な行（※の行）が" in out


def test_the_same_month_case_reads_as_the_unknown_text_case(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "2026-11-01,AMAZON.CO.JP,600")
    assert _flags(path) == [["monthly_guess_twice"]] * 2
    out = _flat(_statement(path))
    assert (
        "※同じ月のうちに、または25日未満の間隔で、月会費と同じ金額の請求がほかにもあります" in out
    )
    assert "表記からは会費かどうか分からない行があり、注文などの可能性もあります" in out


@pytest.mark.parametrize("text", MAY_BE_FEE)
def test_a_second_text_is_no_finding_without_a_fee_beside_it(tmp_path: Path, text: str) -> None:
    alone = statement_file(tmp_path, f"2026-11-01,{text},600", "2026-09-01,AMAZON PRIME,600")
    assert _flags(alone) == [[], []]
    (tmp_path / "statement.csv").unlink()
    returned = statement_file(  # an order returned in the month: no fee paid twice
        tmp_path,
        "2026-11-01,AMAZON PRIME,600",
        f"2026-11-02,{text},600",
        f"2026-11-04,{text},-600",
    )
    assert all("monthly_guess_twice" not in x for x in _flags(returned))


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize(
    ("first", "second", "twice"),
    [
        ("2026-10-31", "2026-11-01", True),
        ("2026-10-20", "2026-11-13", True),  # 24 days
        ("2026-10-20", "2026-11-14", False),  # 25 days: renewals may be 28 days apart
        ("2026-11-01", "2026-11-30", True),  # one calendar month, as before
        ("2026-10-01", "2026-11-01", False),
        ("2026-01-31", "2026-02-28", False),
    ],
)
def test_monthly_fees_close_together_are_flagged_whatever_the_month(
    tmp_path: Path, first: str, second: str, twice: bool
) -> None:
    fees = statement_file(tmp_path, f"{first},AMAZON PRIME,600", f"{second},AMAZON PRIME,600")
    flags = _flags(fees)
    assert all(("monthly_twice" in x) is twice for x in flags), flags
    (tmp_path / "statement.csv").unlink()
    ku = statement_file(tmp_path, f"{first},AMAZON DOWNLOADS,980", f"{second},AMAZON DOWNLOADS,980")
    flags = _flags(ku)
    assert all(("same_charge_twice" in x) is twice for x in flags), flags


def test_a_double_fee_across_a_month_end_is_said_so(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-31,AMAZON PRIME,600", "2026-11-01,AMAZON PRIME,600")
    out = _flat(_statement(path))
    assert _flat(NONE_FOUND) not in out
    assert out.count("※同じ月のうちに、または25日未満の間隔で月会費が2回以上請求されています") == 2
    en = _flat(_statement(path, "en"))
    assert "!Themonthlyfeeischargedtwiceormorewithinonemonth,orlessthan25daysapart" in en


# ---------------------------------------------------------------- item 3

FIXTURES = Path(__file__).parent.parent / "fixtures" / "statements"


def _cut(data: bytes, encoding: str) -> list[tuple[int, bytes]]:
    """Each Amazon row of a statement cut after its text (date and text only), as (line, file)."""
    text = data.decode(encoding)
    rows = text.splitlines()
    cut = []
    for index, row in enumerate(rows):
        cells = next(csv.reader([row]))
        if len(cells) > 2 and "amazon" in unicodedata.normalize("NFKC", cells[1]).casefold():
            short = ",".join(cells[:2])
            changed = "\n".join([*rows[:index], short, *rows[index + 1 :]]) + "\n"
            cut.append((index + 1, changed.encode(encoding)))
    return cut


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.csv")))
def test_an_amazon_row_cut_short_is_named_with_its_line(fixture: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    encoding = "cp932" if "shift_jis" in fixture else "utf-8-sig" if "bom" in fixture else "utf-8"
    columns = parse_columns("date,description,amount,_") if "generic" in fixture else None
    cases = _cut(data, encoding)
    assert cases
    for line, changed in cases:
        summary = summarise(read_statement(changed, columns), _CONTENT, _CLASSIFY)
        named = (*summary.unreadable_amazon_rows, *summary.undated_amazon_rows)
        assert line in named, (fixture, line)
        assert line not in [x.row for x in summary.lines]


def test_a_row_cut_short_is_never_a_heading(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME", "2026-10-01,AMAZON PRIME,600")
    data = _statement(path, json=True)
    assert data["unreadable_amazon_rows"] == [2]
    out = _flat(_statement(path))
    assert "Amazonの行：2件（うち金額を読み取れない行1件）" in out
    assert "金額を読み取れないAmazonの行があります（ファイルの2行目）" in out
    assert "日付か金額のない行：1件（見出しや合計の行など）" in out  # the header only
    assert _flat(NONE_FOUND) not in out


def test_a_short_row_of_another_shop_or_a_note_stays_unnamed(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026-11-01,ローソン",
        "カード名称,Amazon Mastercard",
        "2026-10-01,AMAZON PRIME,600",
    )
    data = _statement(path, json=True)
    assert data["unreadable_amazon_rows"] == data["undated_amazon_rows"] == []
    assert data["skipped_rows"] == 3
    (tmp_path / "statement.csv").unlink()
    undated = statement_file(tmp_path, "11/01,AMAZON PRIME", "2026-10-01,AMAZON PRIME,600")
    assert _statement(undated, json=True)["undated_amazon_rows"] == [2]


# ---------------------------------------------------------------- item 5

# no 「こと│がある」 break (50a 13); 「可能性」「場合」 once each (review 52c, item 20)
GRACE_SAID = (
    "の返金かもしれません。返金の処理には数日かかることがあり、"
    "明細の日付がその会費の期間より後になることもあります。"
)


@pytest.mark.parametrize(
    ("fee_day", "yen", "ended", "word"),
    [
        ("2026-10-01", 600, dt.date(2026, 11, 1), "月会費"),
        ("2025-11-01", 5900, dt.date(2026, 11, 1), "年会費"),
        ("2026-10-01", 300, dt.date(2026, 11, 1), "月会費"),
        ("2025-11-01", 2950, dt.date(2026, 11, 1), "年会費"),
    ],
)
def test_a_refund_just_after_its_fees_period_is_that_fees_possibly(
    tmp_path: Path, fee_day: str, yen: int, ended: dt.date, word: str
) -> None:
    for days in range(9):
        day = ended + dt.timedelta(days=days)
        path = statement_file(
            tmp_path, f"{fee_day},AMAZON PRIME,{yen}", f"{day},AMAZON PRIME,-{yen}"
        )
        back = _statement(path, json=True)["lines"][1]
        said = _flat(back["detail"] or "")
        if days < 7:
            assert back["refund_of_row"] == 2, (day, back)
            date = dt.date.fromisoformat(fee_day)
            assert (
                f"{date.year}年{date.month}月{date.day}日の{word}（{yen:,}円）{GRACE_SAID}" in said
            )
            assert "この明細にない請求の返金の可能性もあります" in said
            assert "考えにくい" not in said
        else:
            assert back["refund_of_row"] is None, (day, back)
            assert "考えにくい" in said
        (tmp_path / "statement.csv").unlink()


def test_a_refund_just_after_the_period_gives_a_fee_back_once(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026-10-01,AMAZON PRIME,600",
        "2026-11-02,AMAZON PRIME,-600",
        "2026-11-03,AMAZON PRIME,-600",
    )
    first, second = _statement(path, json=True)["lines"][1:]
    assert first["refund_of_row"] == 2
    assert second["refund_of_row"] is None


# ---------------------------------------------------------------- item 17


@pytest.mark.parametrize("text", MAY_BE_FEE)
@pytest.mark.parametrize(
    ("fee", "yen", "later", "said"),
    [
        ("2026-10-01", 5900, "2026-11-01,AMAZON PRIME 利用国USA,600", "年会費（5,900円）"),
        ("2026-10-01", 600, "2026-10-20,AMAZON PRIME,5900", "月会費（600円）"),
        ("2026-10-01", 2950, "2026-10-15,AMAZON PRIME,600", "年会費（2,950円）"),
    ],
)
def test_a_fee_refunded_under_a_shop_text_is_named_and_the_overlap_kept(
    tmp_path: Path, text: str, fee: str, yen: int, later: str, said: str
) -> None:
    path = statement_file(tmp_path, f"{fee},AMAZON PRIME,{yen}", f"2026-10-03,{text},-{yen}", later)
    data = _statement(path, json=True)
    # review 41c, item 1: a refund read first as an order or a purchase is the fee's only
    # possibly — named on its line, the overlap warning kept (it cleared it before)
    assert data["flagged"] == 2, [x["flags"] for x in data["lines"]]
    back = data["lines"][1]
    assert f"2026年10月1日の{said}の返金の可能性もあります。" in (back["detail"] or "")
    out = _flat(_statement(path))
    assert "期間が重なっています" in out
    assert f"2026年10月1日の{said}の返金の可能性もあります。" in out


def test_a_shop_refund_long_after_the_fee_is_no_refund_of_it(tmp_path: Path) -> None:
    path = statement_file(
        tmp_path,
        "2026-09-01,AMAZON PRIME,5900",
        "2026-10-03,AMAZON.CO.JP,-5900",
        "2026-11-01,AMAZON PRIME,600",
    )
    data = _statement(path, json=True)
    assert "both_prime_plans" in data["lines"][0]["flags"]
    assert "返金の可能性もあります" not in (data["lines"][1]["detail"] or "")


# ---------------------------------------------------------------- item 15


@pytest.mark.parametrize("yen", [400, 500, 250])
def test_a_former_monthly_fee_in_an_annual_year_overlaps(tmp_path: Path, yen: int) -> None:
    path = statement_file(
        tmp_path, "2025-10-01,AMAZON PRIME,5900", f"2026-01-05,AMAZON PRIME,{yen}"
    )
    annual, monthly = _statement(path, json=True)["lines"]
    assert "not_the_fee_on_date" in monthly["flags"]
    assert "both_prime_plans" in monthly["flags"]
    assert "both_prime_plans" in annual["flags"]
    (tmp_path / "statement.csv").unlink()
    apart = statement_file(
        tmp_path, "2024-10-01,AMAZON PRIME,5900", f"2026-01-05,AMAZON PRIME,{yen}"
    )
    assert all("both_prime_plans" not in x for x in _flags(apart))


# ---------------------------------------------------------------- item 9

NOT_FEES = (
    "AMAZON WEB SERVICES",
    "AMAZON AWS",
    "AMZN Mktp JP",
    "AMAZON MARKETPLACE",
    "ＡＭＺＮ　ＭＫＴＰ",
)


@pytest.mark.parametrize("text", NOT_FEES)
@pytest.mark.parametrize("yen", [600, 5900, 980])
def test_another_amazon_business_is_never_guessed_as_a_fee(
    tmp_path: Path, text: str, yen: int
) -> None:
    path = statement_file(tmp_path, f"2026-11-01,{text},{yen}", "2026-11-02,AMAZON PRIME,600")
    data = _statement(path, json=True)
    row = data["lines"][0]
    assert row["service"] == "unknown"
    assert (
        row["label"] == "不明（primehelpの情報源にない表記。Amazonの会費ではない可能性もあります）"
    )
    assert not {"monthly_guess_twice", "monthly_guess_in_annual", "annual_guess_twice"} & set(
        row["flags"]
    )
    labels = [s["label"] for m in data["months"] for s in m["services"]]
    assert not any("推定" in label for label in labels), labels
    assert "不明（primehelpの情報源にない表記）" in labels


# ---------------------------------------------------------------- item 10


@pytest.mark.parametrize("fixture", ["generic-utf8.csv", "rakuten-utf8-bom.csv", "paypay-utf8.csv"])
def test_a_quote_left_open_is_named_with_its_line(fixture: str) -> None:
    text = (FIXTURES / fixture).read_bytes().decode("utf-8-sig")
    rows = text.splitlines()
    columns = parse_columns("date,description,amount,_") if "generic" in fixture else None
    for index in range(1, len(rows)):
        cells = next(csv.reader([rows[index]]))
        broken = ",".join([cells[0], '"' + cells[1], *cells[2:]])  # a quote opened, not closed
        changed = "\n".join([*rows[:index], broken, *rows[index + 1 :]]) + "\n"
        with pytest.raises(BadInput) as refused:
            read_statement(changed.encode("utf-8"), columns)
        said = refused.value.message
        assert said.ja.startswith(f'ファイルの{index + 1}行目で引用符（"）が閉じられていません'), (
            said
        )
        assert f"line {index + 1} of the file opens a quote" in said.en


def test_a_quoted_line_break_is_still_read(tmp_path: Path) -> None:
    path = statement_file(tmp_path, '2026-11-01,"AMAZON\nPRIME",600', "2026-10-01,AMAZON PRIME,600")
    assert len(_statement(path, json=True)["lines"]) == 2


def test_an_open_quote_is_said_on_the_screen(tmp_path: Path) -> None:
    path = statement_file(tmp_path, '2026-11-01,"AMAZON PRIME,600', "2026-10-01,AMAZON PRIME,600")
    done = run(
        "charge", "--statement", path, "--columns", "date,description,amount", "--lang", "ja"
    )
    assert done.exit_code == 2
    assert 'ファイルの2行目で引用符（"）が閉じられていません' in done.stderr
    assert "列の並びを確認してください" not in done.stderr


# ---------------------------------------------------------------- S 19


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("26/11/03", dt.date(2026, 11, 3)),
        ("26-1-3", dt.date(2026, 1, 3)),
        ("2026-11-07 12:34", dt.date(2026, 11, 7)),
        ("2026/11/07 12:34:56", dt.date(2026, 11, 7)),
        ("２６／１１／０３", dt.date(2026, 11, 3)),
        ("11/02/26", None),  # a month first? its order is unclear: not read
        ("11/02/2026", None),
        ("26/13/01", None),
        ("2026-11-07 noon", None),
    ],
)
def test_a_short_year_or_a_time_is_read(cell: str, day: dt.date | None) -> None:
    assert parse_date(cell) == day
    data = f"date,description,amount\n{cell},AMAZON PRIME,600\n2026-10-01,AMAZON PRIME,600\n"
    read = read_statement(data.encode("utf-8"), parse_columns("date,description,amount"))
    assert (read.lines[0].date if len(read.lines) == 2 else None) == day


# ---------------------------------------------------------------- S 22


@pytest.mark.parametrize(
    ("text", "yen"), [("AMAZON PRIME", 600), ("AMAZON DOWNLOADS", 980), ("AMAZON PRIME", 5900)]
)
def test_a_double_charge_refunded_says_which_one(tmp_path: Path, text: str, yen: int) -> None:
    path = statement_file(
        tmp_path,
        f"2026-11-01,{text},{yen}",
        f"2026-11-03,{text},{yen}",
        f"2026-11-05,{text},-{yen}",
    )
    first, second, back = _statement(path, json=True)["lines"]
    assert back["refund_of_row"] == 3
    assert "この請求は、2026年11月5日に返金されたと考えられます。" in (second["detail"] or "")
    # Review 40c, item 5: the first says its twin was refunded, never that it was itself
    assert "この請求は" not in (first["detail"] or "")
    assert "2026年11月3日にもありましたが、そちらは" in (first["detail"] or "")
    assert "2026年11月5日に返金されたと考えられます" in _flat(_statement(path))


def test_a_refunded_charge_not_charged_twice_says_nothing_more(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "2026-11-05,AMAZON PRIME,-600")
    assert _statement(path, json=True)["lines"][0]["detail"] is None


# Review 37c, S 13: the wording 「primehelpが知らない表記」 pinned above is 「primehelpの情報源にない表記」 now.
