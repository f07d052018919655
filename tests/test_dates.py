"""Reading dates as members type them: accepted forms, refused forms, one-line errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp.dates import ACCEPTED_DATE_FORMS, MAX_YEAR, MIN_YEAR, parse_date
from primehelp.errors import BadInput

NEW_YEARS_EVE = dt.date(2026, 12, 31)

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@pytest.mark.parametrize(
    "raw",
    [
        "2026-12-31",
        "2026/12/31",
        "2026.12.31",
        "20261231",
        "2026年12月31日",
        "2026 年 12 月 31 日",
        "２０２６年１２月３１日",
        "２０２６－１２－３１",
        "２０２６／１２／３１",
        "31 December 2026",
        "Dec 31, 2026",
        "December 31 2026",
        "31 Dec 2026",
        "dec. 31, 2026",
        "31st December 2026",
        "  2026-12-31  ",
        "2026−12−31",
    ],
)
def test_accepted_forms(raw: str) -> None:
    assert parse_date(raw) == NEW_YEARS_EVE


def test_single_digit_month_and_day() -> None:
    assert parse_date("2026-1-5") == dt.date(2026, 1, 5)
    assert parse_date("2026年1月5日") == dt.date(2026, 1, 5)
    assert parse_date("Sept 3, 2026") == dt.date(2026, 9, 3)


def _error(raw: str) -> BadInput:
    with pytest.raises(BadInput) as caught:
        parse_date(raw)
    return caught.value


@pytest.mark.parametrize("raw", ["01/02/2026", "1-2-2026", "02.03.2026", "12/11/2026"])
def test_day_or_month_first_is_refused_as_ambiguous(raw: str) -> None:
    error = _error(raw)
    assert "ambiguous" in error.message.en
    assert "日と月のどちらが先か分かりません" in error.message.ja


@pytest.mark.parametrize(
    "raw", ["2026-02-30", "2026-13-01", "2027-02-29", "20260431", "2026年4月31日"]
)
def test_impossible_dates_are_refused(raw: str) -> None:
    error = _error(raw)
    assert "not a real date" in error.message.en
    assert "存在しない日付です" in error.message.ja


@pytest.mark.parametrize("raw", ["1899-12-31", "3000-01-01", "0001-01-01"])
def test_years_outside_the_range_are_refused_and_named(raw: str) -> None:
    error = _error(raw)
    assert f"{MIN_YEAR}-{MAX_YEAR}" in error.message.en
    assert f"{MIN_YEAR}年〜{MAX_YEAR}年" in error.message.ja


def test_range_edges_are_accepted() -> None:
    assert parse_date("1900-01-01") == dt.date(1900, 1, 1)
    assert parse_date("2999-12-31") == dt.date(2999, 12, 31)


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "abc", "tomorrow", "2026-12/31", "31 Foo 2026", "2026", "2026-12", "12026-01-01"],
)
def test_garbage_is_refused_with_one_line_naming_the_forms(raw: str) -> None:
    error = _error(raw)
    for lang in ("ja", "en"):
        message = getattr(error.message, lang)
        assert "\n" not in message
        assert getattr(ACCEPTED_DATE_FORMS, lang) in message
        assert "2026年11月1日" in message


def test_control_characters_in_input_are_escaped() -> None:
    error = _error("2026\n12\n31")
    assert "\n" not in error.message.en


def _forms(day: dt.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    month = _MONTH_NAMES[m - 1]
    ascii_forms = [
        f"{y}-{m:02}-{d:02}",
        f"{y}/{m}/{d}",
        f"{y}.{m:02}.{d:02}",
        f"{y}{m:02}{d:02}",
        f"{y}年{m}月{d}日",
        f"{d} {month} {y}",
        f"{month[:3]} {d}, {y}",
        f"{month} {d} {y}",
        f"{d} {month[:3]} {y}",
    ]
    full_width = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")
    return ascii_forms + [form.translate(full_width) for form in ascii_forms[:5]]


@given(st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(MAX_YEAR, 12, 31)))
def test_every_form_of_a_date_parses_to_that_date(day: dt.date) -> None:
    assert {parse_date(form) for form in _forms(day)} == {day}


@given(st.text(max_size=30))
def test_any_text_gives_a_date_or_bad_input(raw: str) -> None:
    try:
        parsed = parse_date(raw)
    except BadInput as error:
        assert "\n" not in error.message.ja
        assert "\n" not in error.message.en
    else:
        assert MIN_YEAR <= parsed.year <= MAX_YEAR


# Review 23a, item 6: only a form that reads as two real days is called ambiguous.
@pytest.mark.parametrize(
    ("raw", "ja", "en"),
    [
        (
            "13/11/2026",
            "は日・月・年の順に見えます。年・月・日の順に書いてください（例：2026-11-13）。",
            "looks like day, month, year: write year, month, day (e.g. 2026-11-13)",
        ),
        (
            "31.12.2026",
            "は日・月・年の順に見えます。年・月・日の順に書いてください（例：2026-12-31）。",
            "(e.g. 2026-12-31)",
        ),
        (
            "12/31/2026",
            "は月・日・年の順に見えます。年・月・日の順に書いてください（例：2026-12-31）。",
            "looks like month, day, year",
        ),
        (
            "01/01/2026",
            "は年が最後に書かれています。年・月・日の順に書いてください（例：2026-01-01）。",
            "has the year last",
        ),
        (
            "26-11-01",
            "は年が2桁です。年は4桁で書いてください（例：2026-11-01）。",
            "has a two-digit year: write the year with four digits (e.g. 2026-11-01)",
        ),
        ("98/11/01", "は年が2桁です。年は4桁で書いてください（例：1998-11-01）。", "1998-11-01"),
        ("01/11/26", "は年が2桁です。年は4桁で、年・月・日の順に書いてください。", "year first"),
        ("31/11/2026", "は存在しない日付です。", "is not a real date"),
        ("13/13/2026", "は日付として読み取れません。", "is not a date primehelp can read"),
    ],
)
def test_a_year_not_first_is_named_for_what_it_is(raw: str, ja: str, en: str) -> None:
    error = _error(raw)
    assert f"「{raw}」{ja}使える形式：" in error.message.ja
    assert en in error.message.en
    assert "ambiguous" not in error.message.en
