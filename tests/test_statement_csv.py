"""Reading a card statement CSV: encodings, layouts, values, ``--columns``, limits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.errors import BadInput
from primehelp.statement_columns import parse_columns
from primehelp.statement_csv import (
    MAX_ROWS,
    Columns,
    Encoding,
    Layout,
    read_statement,
)
from primehelp.statement_decode import MAX_FILE_BYTES, decoded
from primehelp.statement_values import MAX_YEN, parse_amount, parse_date

FIXTURES = Path(__file__).parent / "fixtures" / "statements"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ---------------------------------------------------------------- the fixtures, as read


@pytest.mark.parametrize(
    ("name", "layout", "encoding", "lines", "rows"),
    [
        ("rakuten-utf8-bom.csv", Layout.RAKUTEN, Encoding.UTF8_BOM, 9, 11),
        ("paypay-utf8.csv", Layout.PAYPAY, Encoding.UTF8, 7, 8),
        ("view-shift_jis.csv", Layout.VIEW, Encoding.SHIFT_JIS, 6, 12),
        ("smbc-vpass-shift_jis.csv", Layout.SMBC, Encoding.SHIFT_JIS, 8, 11),
    ],
)
def test_each_layout_is_recognised_in_its_native_encoding(
    name: str, layout: Layout, encoding: Encoding, lines: int, rows: int
) -> None:
    read = read_statement(fixture(name))
    assert (read.layout, read.encoding) == (layout, encoding)
    assert (len(read.lines), read.rows, read.skipped_rows) == (lines, rows, rows - lines)


def test_the_fixtures_are_in_the_encoding_their_name_says() -> None:
    assert fixture("rakuten-utf8-bom.csv").startswith(b"\xef\xbb\xbf")
    fixture("paypay-utf8.csv").decode("utf-8")
    for name in ("view-shift_jis.csv", "smbc-vpass-shift_jis.csv"):
        with pytest.raises(UnicodeDecodeError):
            fixture(name).decode("utf-8")
        fixture(name).decode("cp932")


def test_rakuten_rows_keep_their_dates_amounts_and_texts() -> None:
    read = read_statement(fixture("rakuten-utf8-bom.csv"))
    first, *_, last = read.lines
    assert (first.row, first.date, first.description, first.amount_yen) == (
        2,
        dt.date(2026, 10, 3),
        "AMAZON PRIME",
        600,
    )
    assert (last.description, last.amount_yen) == ("ＡＭＡＺＯＮ ＰＲＩＭＥ", 600)
    assert [line.amount_yen for line in read.lines if line.amount_yen < 0] == [-600]


def test_view_card_refunds_come_from_the_refund_column() -> None:
    read = read_statement(fixture("view-shift_jis.csv"))
    refunded = [line for line in read.lines if line.amount_yen < 0]
    assert [(line.description, line.amount_yen) for line in refunded] == [
        ("ＡＭＡＺＯＮ．ＣＯ．ＪＰ", -1200)
    ]
    assert read.lines[0].amount_yen == 3000  # "3,000", quoted with its comma


def test_vpass_shop_names_keep_their_unquoted_commas() -> None:
    read = read_statement(fixture("smbc-vpass-shift_jis.csv"))
    by_text = {line.description: line.amount_yen for line in read.lines}
    assert by_text["GOOGLE*YOUTUBE, INC."] == 1280
    assert by_text["ＡＭＡＺＯＮ ＤＩＧＩＴＡＬ ＤＷＮＬＤ"] == 1394
    assert sum(1 for line in read.lines if line.description == "ＡＭＡＺＯＮ ＰＲＩＭＥ") == 2


def test_a_layout_is_found_in_either_encoding() -> None:
    text = fixture("paypay-utf8.csv").decode("utf-8")
    for data in (text.encode("cp932"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        assert read_statement(data).layout is Layout.PAYPAY


def test_header_names_are_compared_across_widths() -> None:
    data = "利用日,利用店名・商品名,利用金額\n2026/11/01,AMAZON PRIME,600\n".encode()
    half_width_dot = data.replace("・".encode(), "･".encode())
    assert read_statement(half_width_dot).layout is Layout.RAKUTEN


def test_an_unknown_layout_names_the_supported_ones_and_columns() -> None:
    with pytest.raises(BadInput) as refused:
        read_statement(b"a,b,c\n1,2,3\n")
    assert "--columns date,description,amount,_" in refused.value.message.en  # 38c, item 1
    assert "楽天カード" in refused.value.message.ja
    assert "三井住友カード（Vpass）" in refused.value.message.ja


# ---------------------------------------------------------------- --columns


def test_columns_read_a_generic_file() -> None:
    read = read_statement(fixture("generic-utf8.csv"), parse_columns("date,description,amount,_"))
    assert read.layout is Layout.COLUMNS
    assert [line.amount_yen for line in read.lines] == [600, 2300, 1500, -1500]
    assert read.skipped_rows == 1  # the header row


@pytest.mark.parametrize(
    ("spec", "columns"),
    [
        ("date,description,amount", Columns(0, 1, 2)),
        ("date,_,description,-,amount", Columns(0, 2, 4)),
        ("amount, date ,text", Columns(1, 2, 0)),
        ("ＤＡＴＥ，ＤＥＳＣＲＩＰＴＩＯＮ，ＡＭＯＵＮＴ", Columns(0, 1, 2)),
        ("日付,,内容,skip,金額,", Columns(0, 2, 4)),
    ],
)
def test_a_columns_spec_names_each_column_in_order(spec: str, columns: Columns) -> None:
    assert parse_columns(spec) == columns


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("", "`--columns` is empty"),
        (" , ", "lacks date, description, amount"),
        ("date,description", "lacks amount"),
        ("date,description,price", "'price' is not a column name"),
        ("date,date,description,amount", "names date twice"),
        ("_," * 100 + "date,description,amount", "at most 100 columns"),
    ],
)
def test_a_bad_columns_spec_is_one_clear_line(spec: str, said: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_columns(spec)
    assert said in refused.value.message.en
    assert "\n" not in refused.value.message.ja
    assert "--columns" in refused.value.message.ja


def test_columns_that_find_no_dated_amount_are_refused() -> None:
    with pytest.raises(BadInput, match="no row has a date and an amount"):
        read_statement(fixture("generic-utf8.csv"), parse_columns("description,date,amount"))


# ---------------------------------------------------------------- encodings and limits


def test_utf8_without_and_with_bom_and_shift_jis() -> None:
    text = "利用日,利用店名・商品名,利用金額\n"
    # the real path (statement_decode.decoded): the text, its encoding, no unreadable line
    assert decoded(text.encode("utf-8")) == (text, Encoding.UTF8, ())
    assert decoded(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, Encoding.UTF8_BOM, ())
    assert decoded(text.encode("cp932")) == (text, Encoding.SHIFT_JIS, ())
    assert decoded(text.encode("utf-8") + b"\x1a").text == text  # an old DOS end-of-file mark


# Review 38c, item 8 and S 3: UTF-16 with its BOM is read now, and a terminal escape in one
# line of several is read as 「�」 (tests/cli/test_review38c_reading.py); these stay refused.
@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\xef\xbb\xbf\xff\xfe bad after a UTF-8 BOM",
        b"\x81\x7f\xfc\xfc",  # neither UTF-8 nor cp932
        b"2026/11/01,\x1b[31mAMAZON,600\n",  # a terminal escape in every line
    ],
    ids=["binary", "broken-utf8-bom", "neither", "control-character"],
)
def test_what_is_not_text_is_refused(data: bytes) -> None:
    with pytest.raises(BadInput, match="UTF-8 or Shift_JIS"):
        decoded(data)


@pytest.mark.parametrize("data", [b"", b" \r\n\r\n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(BadInput, match="empty"):
        read_statement(data)


def test_a_file_over_the_limit_is_refused_naming_it() -> None:
    with pytest.raises(BadInput, match="up to 5 MiB"):
        decoded(b"a" * (MAX_FILE_BYTES + 1))


def test_too_many_rows_are_refused_naming_the_limit() -> None:
    with pytest.raises(BadInput, match=f"up to {MAX_ROWS:,}"):
        read_statement(b"x\n" + b"\n" * MAX_ROWS)


def test_a_cell_over_the_csv_limit_is_one_clear_line() -> None:
    data = b'date,text,amount\n2026/11/01,"' + b"A" * 200_000 + b'",600\n'
    with pytest.raises(BadInput, match="cannot read the statement file: line 2 is not CSV"):
        read_statement(data, parse_columns("date,text,amount"))


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2026/11/03", dt.date(2026, 11, 3)),
        ("2026/1/3", dt.date(2026, 1, 3)),
        ("2026-11-03", dt.date(2026, 11, 3)),
        ("2026.11.03", dt.date(2026, 11, 3)),
        ("2026年11月3日", dt.date(2026, 11, 3)),
        ("２０２６／１１／０３", dt.date(2026, 11, 3)),
        ("20261103", dt.date(2026, 11, 3)),
        ("'2026/11/03", dt.date(2026, 11, 3)),
        ("2026/02/30", None),
        ("'22/08", None),
        ("11/03/2026", None),
        ("1899/12/31", None),  # outside the years every date option accepts
        ("3000/01/01", None),
        ("2999/12/31", dt.date(2999, 12, 31)),
        ("", None),
        ("利用日", None),
    ],
)
def test_dates(value: str, day: dt.date | None) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    ("value", "yen"),
    [
        ("600", 600),
        ("5,900", 5900),
        ("￥5,900", 5900),
        ("¥ 5,900", 5900),
        ("５，９００円", 5900),
        ("-600", -600),
        ("－６００", -600),
        ("△600", -600),
        ("▲1,200", -1200),
        ("600.00", 600),
        ("", None),
        ("600.50", None),
        ("59,00", None),
        ("6OO", None),
        ("1" * 16, None),
        ("10,000,000", 10_000_000),
        ("10,000,001", None),  # more than `charge` accepts
        ("-10,000,001", None),
    ],
)
def test_amounts(value: str, yen: int | None) -> None:
    assert parse_amount(value) == yen


def test_a_statement_line_is_bounded_as_charge_bounds_an_amount() -> None:
    from primehelp.charges import JPY, LIMITS

    assert LIMITS[JPY] == MAX_YEN
