"""The statement summary: Amazon lines found, read, flagged and totalled per month and service."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from primehelp import data_check
from primehelp import facts as bundled
from primehelp.content import statement as content
from primehelp.errors import DataError
from primehelp.facts import Fact, ui
from primehelp.i18n import Text
from primehelp.statement import (
    Classification,
    Flag,
    StatementSummary,
    StatementText,
    statement_text,
    summarise,
)
from primehelp.statement_columns import parse_columns
from primehelp.statement_csv import (
    Encoding,
    Layout,
    StatementFile,
    StatementLine,
    read_statement,
)
from tests.support.tiny_classifier import classify

FIXTURES = Path(__file__).parent / "fixtures" / "statements"
CONTENT = content.load()


def summary_of(name: str, columns: str | None = None) -> StatementSummary:
    data = (FIXTURES / name).read_bytes()
    where = parse_columns(columns) if columns else None
    return summarise(read_statement(data, where), CONTENT, classify)


def flags(summary: StatementSummary) -> list[tuple[str, int, tuple[Flag, ...]]]:
    return [(line.date.isoformat(), line.amount_yen, line.flags) for line in summary.lines]


# ---------------------------------------------------------------- statement texts


@pytest.mark.parametrize(
    ("description", "text"),
    [
        ("AMAZON DOWNLOADS", StatementText.AMAZON_DOWNLOADS),
        ("Amazon Downloads", StatementText.AMAZON_DOWNLOADS),
        ("ＡＭＡＺＯＮ　ＤＯＷＮＬＯＡＤＳ", StatementText.AMAZON_DOWNLOADS),
        ("AMAZON PRIME 利用国USA", StatementText.AMAZON_PRIME),
        ("AMAZON DIGITAL DWNLD", StatementText.AMAZON_DIGITAL),
        ("AMZN Digital*1A2B3C", StatementText.AMAZON_DIGITAL),
        ("ＡＭＡＺＯＮ．ＣＯ．ＪＰ", StatementText.AMAZON_CO_JP),
        ("amazon.co.jp", StatementText.AMAZON_CO_JP),
        ("Amazon Pay提携サイト", StatementText.AMAZON_PAY),
        ("Ａｍａｚｏｎ　Ｐａｙ提携サイト", StatementText.AMAZON_PAY),
        ("AMAZON.COM", StatementText.OTHER_AMAZON),
        ("ｱﾏｿﾞﾝﾌﾟﾗｲﾑ", StatementText.OTHER_AMAZON),
        ("ローソン", None),
        ("AMAZING GRACE CAFE", None),
        ("", None),
    ],
)
def test_statement_texts_in_every_width_and_case(description: str, text: str | None) -> None:
    assert statement_text(description, CONTENT) == text


def test_amazon_pay_is_never_read_as_a_prime_charge() -> None:
    # Review 44c, item 2: the classifier is asked whether the text is a look-alike (it used to be
    # never called); what it reads of the amount is not used for the listed Amazon Pay text.
    def as_a_fee(line: StatementLine) -> Classification:
        return Classification("prime_monthly", Text("月会費", "fee"), True)

    line = StatementLine(1, dt.date(2026, 11, 1), "Amazon Pay提携サイト", 600)
    statement = StatementFile(Layout.COLUMNS, Encoding.UTF8, (line,), 1, 0)
    summary = summarise(statement, CONTENT, as_a_fee)
    (found,) = summary.lines
    assert (found.service, found.known_price, found.flags) == ("amazon_pay", None, ())
    assert "not a Prime charge" in summary.texts[0].text.en


# ---------------------------------------------------------------- each fixture


def test_rakuten_statement() -> None:
    summary = summary_of("rakuten-utf8-bom.csv")
    assert (summary.layout, summary.layout_name.ja) == (Layout.RAKUTEN, "楽天カード")
    assert (len(summary.lines), summary.other_lines, summary.skipped_rows) == (8, 1, 2)
    assert flags(summary) == [
        ("2026-10-03", 600, ()),
        ("2026-10-12", 980, (Flag.SAME_CHARGE_TWICE,)),
        ("2026-10-12", 980, (Flag.SAME_CHARGE_TWICE,)),
        ("2026-10-15", 2880, (Flag.NO_KNOWN_PRICE,)),
        ("2026-10-20", 3480, ()),  # a shop order: any amount, no flag
        ("2026-10-22", 5000, ()),  # Amazon Pay
        ("2026-10-25", -600, (Flag.REFUND,)),
        ("2026-11-03", 600, ()),
    ]
    assert summary.flagged == 3
    october, november = summary.months
    assert (october.month, october.charged_yen, october.refunded_yen, october.flagged) == (
        "2026-10",
        600 + 980 + 980 + 2880 + 3480 + 5000,
        600,
        3,
    )
    assert (november.month, november.charged_yen, november.refunded_yen) == ("2026-11", 600, 0)
    prime = october.services[0]
    assert (prime.service, prime.charges, prime.charged_yen, prime.refunds, prime.refunded_yen) == (
        "prime_monthly",
        1,
        600,
        1,
        600,
    )
    assert [s.service for s in october.services] == [
        "prime_monthly",
        "kindle_unlimited",
        "unknown",
        "shop_order",
        "amazon_pay",
    ]
    whole = {s.service: (s.charges, s.charged_yen) for s in summary.services}
    assert whole["prime_monthly"] == (2, 1200)
    assert [line.abroad for line in summary.lines].count(True) == 1
    assert [note.id for note in summary.notes] == ["statement.abroad_marker"]


def test_paypay_statement() -> None:
    summary = summary_of("paypay-utf8.csv")
    assert (summary.layout, summary.encoding) == (Layout.PAYPAY, Encoding.UTF8)
    assert summary.other_lines == 2
    assert flags(summary) == [
        ("2026-09-24", 5900, (Flag.BOTH_PRIME_PLANS,)),  # annual and monthly (review 11a S 24)
        ("2026-10-01", 1500, ()),
        ("2026-10-05", -980, (Flag.REFUND,)),
        # ｱﾏｿﾞﾝﾌﾟﾗｲﾑ twice: read as the monthly fee, said as one (review 34c, item 1)
        ("2026-10-08", 600, (Flag.BOTH_PRIME_PLANS, Flag.MONTHLY_TWICE)),
        ("2026-10-30", 600, (Flag.BOTH_PRIME_PLANS, Flag.MONTHLY_TWICE)),
    ]
    assert [line.text for line in summary.lines][-1] is StatementText.OTHER_AMAZON
    assert [m.month for m in summary.months] == ["2026-09", "2026-10"]


def test_view_card_statement() -> None:
    summary = summary_of("view-shift_jis.csv")
    assert (summary.layout, summary.encoding) == (Layout.VIEW, Encoding.SHIFT_JIS)
    assert summary.other_lines == 2
    assert flags(summary) == [
        ("2026-10-24", 980, (Flag.SAME_CHARGE_TWICE,)),
        ("2026-10-28", 980, (Flag.SAME_CHARGE_TWICE,)),
        ("2026-10-30", -1200, (Flag.REFUND,)),
        ("2026-11-02", 600, ()),
    ]


def test_smbc_statement() -> None:
    summary = summary_of("smbc-vpass-shift_jis.csv")
    assert summary.layout is Layout.SMBC
    assert summary.other_lines == 3  # a shop, a name with a comma, a vending machine
    assert flags(summary) == [
        ("2026-10-02", 600, (Flag.MONTHLY_TWICE,)),  # a monthly fee twice, said once (34c, 1)
        ("2026-10-02", 600, (Flag.MONTHLY_TWICE,)),
        ("2026-10-15", 1394, (Flag.NO_KNOWN_PRICE,)),
        ("2026-10-20", 2200, ()),
        ("2026-10-25", -1500, (Flag.REFUND,)),
    ]
    assert {fact.id for fact in summary.texts} == {
        "statement.text.amazon_prime",
        "statement.text.amazon_digital",
        "statement.text.amazon_pay",
        "statement.text.amazon_co_jp",
    }


def test_generic_statement_with_columns() -> None:
    summary = summary_of("generic-utf8.csv", "date,description,amount,_")
    assert (summary.layout, summary.layout_name.en) == (
        Layout.COLUMNS,
        "the columns given with --columns",
    )
    assert flags(summary) == [
        ("2026-11-01", 600, ()),
        ("2026-11-09", 1500, ()),
        ("2026-11-20", -1500, (Flag.REFUND,)),
    ]
    (month,) = summary.months
    assert (month.charged_yen, month.refunded_yen) == (2100, 1500)


# ---------------------------------------------------------------- rules in isolation


def _one_month(*lines: tuple[int, str, int]) -> StatementSummary:
    read = tuple(
        StatementLine(row, dt.date(2026, 11, day), text, yen)
        for row, (day, text, yen) in enumerate(lines, start=1)
    )
    return summarise(
        StatementFile(Layout.COLUMNS, Encoding.UTF8, read, len(read), 0), CONTENT, classify
    )


def test_same_charge_twice_needs_the_same_month_text_and_amount() -> None:
    summary = _one_month(
        (1, "AMAZON PRIME", 600), (2, "AMAZON DOWNLOADS", 600), (3, "AMAZON PRIME", 5900)
    )
    assert not any(Flag.SAME_CHARGE_TWICE in line.flags for line in summary.lines)
    december = StatementLine(9, dt.date(2026, 12, 1), "AMAZON PRIME", 600)
    statement = StatementFile(
        Layout.COLUMNS,
        Encoding.UTF8,
        (StatementLine(1, dt.date(2026, 11, 30), "AMAZON PRIME", 600), december),
        2,
        0,
    )
    # Review 36c, item 2: one day apart across a month's end is one monthly fee charged twice
    # (its own flag); the same text and amount of two months is still no 「2回以上あります」.
    lines = summarise(statement, CONTENT, classify).lines
    assert [line.flags for line in lines] == [(Flag.MONTHLY_TWICE,)] * 2
    december = StatementLine(9, dt.date(2026, 12, 30), "AMAZON PRIME", 600)
    statement = replace(statement, lines=(statement.lines[0], december))
    assert summarise(statement, CONTENT, classify).flagged == 0


def test_a_charge_and_its_refund_are_not_the_same_charge_twice() -> None:
    summary = _one_month((1, "AMAZON PRIME", 600), (2, "AMAZON PRIME", -600))
    assert [line.flags for line in summary.lines] == [(), (Flag.REFUND,)]


def test_a_refund_of_an_unknown_amount_is_not_flagged_as_unknown() -> None:
    summary = _one_month((1, "AMAZON DOWNLOADS", -2880))
    assert summary.lines[0].flags == (Flag.REFUND,)
    assert summary.flagged == 0


def test_the_classifier_sees_refunds_below_zero_and_its_facts_are_kept() -> None:
    price = Fact(
        "fees.monthly.600",
        Text("600円", "600 yen"),
        "H",
        dt.date(2026, 12, 2),
        ("https://example.com/p",),
    )
    seen: list[int] = []

    def with_facts(line: StatementLine) -> Classification:
        seen.append(line.amount_yen)
        return Classification("prime_monthly", Text("月間", "monthly"), True, (price,))

    lines = (StatementLine(1, dt.date(2026, 11, 1), "AMAZON PRIME", 600),
             StatementLine(2, dt.date(2026, 11, 2), "AMAZON PRIME", -600))  # fmt: skip
    statement = StatementFile(Layout.COLUMNS, Encoding.UTF8, lines, 2, 0)
    summary = summarise(statement, CONTENT, with_facts)
    assert seen == [600, -600]
    assert summary.facts == (price,)  # once, though two lines gave it


def test_lines_are_sorted_by_date_then_file_order() -> None:
    summary = _one_month(
        (20, "AMAZON PRIME", 600), (3, "AMAZON DOWNLOADS", 980), (3, "AMZN DIGITAL", 1500)
    )
    assert [line.row for line in summary.lines] == [2, 3, 1]


def test_no_amazon_line_gives_an_empty_summary_with_the_other_lines_counted() -> None:
    summary = _one_month((1, "ローソン", 600), (2, "セブン－イレブン", 398))
    assert (summary.lines, summary.months, summary.services, summary.flagged) == ((), (), (), 0)
    assert (summary.other_lines, summary.texts, summary.notes) == (2, (), ())
    assert summary.where_to_check  # still shown: where to look in the account


# ---------------------------------------------------------------- content


def test_every_statement_text_has_a_rule_and_every_label_built_from_a_value_exists() -> None:
    assert [rule.text for rule in CONTENT.rules] == list(StatementText)  # "other" last
    assert all(rule.fact is not None for rule in CONTENT.rules[:-1])
    assert set(CONTENT.layout_names) == set(Layout)
    for flag in Flag:
        ui(f"flag.{flag.value}", "ui_statement")
    for flag in (Flag.NO_KNOWN_PRICE, Flag.SAME_CHARGE_TWICE):
        ui(f"explain.{flag.value}", "ui_statement")
    for encoding in Encoding:
        ui(f"encoding.{encoding.value}", "ui_statement")


def test_a_blank_match_word_is_a_data_error() -> None:
    source = (bundled.DATA_DIR / "statement.toml").read_text("utf-8")
    broken = source.replace('match = ["amazonprime"]', 'match = [" "]')
    assert broken != source
    with pytest.raises(DataError, match="must list words that are not blank"):
        content.read(
            bundled.Node("statement.toml", "", data_check.parse_data("statement.toml", broken))
        )


def test_twice_is_found_by_place_not_by_row_number() -> None:
    # 980 (not a monthly Prime fee: those are said as the monthly fee twice, review 34c, item 1)
    same = StatementLine(7, dt.date(2026, 11, 1), "AMAZON DIGITAL", 980)
    other = StatementLine(7, dt.date(2026, 11, 1), "AMAZON PRIME", 5900)
    statement = StatementFile(Layout.COLUMNS, Encoding.UTF8, (same, other, same), 3, 0)
    summary = summarise(statement, CONTENT, classify)
    assert [(line.amount_yen, line.flags) for line in summary.lines] == [
        (980, (Flag.SAME_CHARGE_TWICE,)),
        (5900, ()),
        (980, (Flag.SAME_CHARGE_TWICE,)),
    ]


# ---------------------------------------------------------------- amounts that cannot be read

_RAKUTEN_HEADER = '"利用日","利用店名・商品名","利用者","支払方法","利用金額"\n'


@pytest.mark.parametrize("amount", ["600-", "+600", "(600)", "六百円", "14.99"])
def test_an_amazon_line_whose_amount_cannot_be_read_is_named_not_dropped(amount: str) -> None:
    """A dated AMAZON PRIME line with an amount the reader cannot read was counted among
    "rows without a date and an amount", and the summary said no Amazon line was found."""
    data = (
        _RAKUTEN_HEADER
        + f'"2026/10/03","AMAZON PRIME","本人","1回払い","{amount}"\n'
        + '"2026/10/04","ローソン","本人","1回払い","(500)"\n'
    ).encode()
    summary = summarise(read_statement(data), CONTENT, classify)
    assert summary.lines == ()
    assert summary.unreadable_amazon_rows == (2,)  # the Lawson line is not Amazon's


@pytest.mark.parametrize("date", ["11/01", "11/02/26", "2026/13/40"])
def test_an_amazon_line_whose_date_cannot_be_read_is_named_not_dropped(date: str) -> None:
    """Review 21a, item 1: such a line was counted among "rows without a date and an amount"
    (headings); no year is guessed for a short date (review 36c, S 19: 「26/11/03」, a year
    first that cannot be a month, is read now; 「11/02/26」 is not)."""
    data = (
        _RAKUTEN_HEADER
        + f'"{date}","AMAZON PRIME","本人","1回払い","600"\n'
        + f'"{date}","ローソン","本人","1回払い","500"\n'
        + '"2026/10/04","AMAZON PRIME","本人","1回払い","600"\n'
    ).encode()
    summary = summarise(read_statement(data), CONTENT, classify)
    assert [line.row for line in summary.lines] == [4]
    assert summary.undated_amazon_rows == (2,)  # the Lawson line is not Amazon's
    assert summary.unreadable_amazon_rows == ()


def test_an_annual_and_a_monthly_prime_fee_in_one_file_are_flagged() -> None:
    """Review 11a S 24: both plans' fees in one file deserve a look at the Prime page; one plan
    alone does not."""
    both = _one_month((1, "AMAZON PRIME", 600), (2, "AMAZON PRIME", 5900))
    assert all(Flag.BOTH_PRIME_PLANS in line.flags for line in both.lines)
    assert both.flagged == 2
    one = _one_month((1, "AMAZON PRIME", 600), (2, "AMAZON DOWNLOADS", 980))
    assert one.flagged == 0
