"""Review 51c (charge --statement)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
_DIR = "tests/fixtures/review51c/"


def _screen(name: str, lang: str, width: int = 1000) -> str:
    env = {**_WIDE, "COLUMNS": str(width)}
    return run("charge", "--statement", _DIR + name, "--lang", lang, env=env).stdout


def _lines(name: str, lang: str) -> list[dict[str, object]]:
    args = ("charge", "--statement", _DIR + name, "--json", "--lang", lang)
    lines: list[dict[str, object]] = run(*args, env=_WIDE).json()["data"]["lines"]
    return lines


# -- items 39 and 21: one refund to one charge, a dollar refund to its own charge


@pytest.mark.parametrize("name", ["rk4.csv", "vp2.csv"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_refund_is_said_once_under_its_own_charge(name: str, lang: str) -> None:
    screen = _screen(name, lang)
    said = "この請求は、{}に返金されたと考えられます。" if lang == "ja" else "refunded on {}."
    for day in ("2026年11月6日", "2026年11月8日") if lang == "ja" else ("2026-11-06", "2026-11-08"):
        assert screen.count(said.format(day)) == 1
    lines = _lines(name, lang)
    rows = {line["date"]: line for line in lines}
    charge, back = rows["2026-11-07"], rows["2026-11-08"]
    assert back["refund_of_row"] == charge["row"]
    assert back["service"] == charge["service"] == "amazon_com_prime"
    first = rows["2026-11-05"]
    details = [line["detail"] for line in lines if line["row"] == first["row"]]
    text = str(details[0])
    assert text.count("返金されたと" if lang == "ja" else "refunded on") == 1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dollar_refund_of_amazon_com_is_tied_to_its_charge(lang: str) -> None:
    screen = _screen("vp-sjis.csv", lang)
    unknown = (
        "情報源にない表記。金額も" if lang == "ja" else "not in primehelp's sources. Its amount"
    )
    assert unknown not in screen
    said = "2026年11月5日の同じ表記の請求（2,250円）の返金" if lang == "ja" else "2026-11-05"
    assert said in screen
    rows = {line["date"]: line for line in _lines("vp-sjis.csv", lang)}
    assert rows["2026-11-06"]["refund_of_row"] == rows["2026-11-05"]["row"]


# -- items 9, 10, 11, 16 (generic.csv: 「日付,内容,金額」)


def test_split_line_is_listed_and_said_so_ja() -> None:
    screen = _screen("generic.csv", "ja", 99)
    screen += _screen("generic.csv", "ja")
    assert "読み込んでいません" not in screen
    assert "金額を読み取れず、合計に含めていません（金額の「,」で列が分かれている" in screen
    assert "金額：読み取れません（列が分かれています：「1」「200円」）" in screen


def test_split_line_is_listed_and_said_so_en() -> None:
    screen = _screen("generic.csv", "en", 99)
    screen += _screen("generic.csv", "en")
    assert "were not read" not in screen
    assert "so the amount cannot be read and is not included in the totals" in screen
    assert "Amount: cannot be read (split into columns: “1” “200円”)" in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dollars_are_said_not_in_the_totals(lang: str) -> None:
    screen = _screen("generic.csv", lang, 99)
    screen += _screen("generic.csv", lang)
    if lang == "ja":
        assert "米ドルの請求は合計に含めていません（ファイルの8、10行目）" in screen
        assert "金額：12.34米ドル（合計には含めていません）" in screen
        assert "金額：19.99米ドル（合計には含めていません）" in screen
        assert "読み取りません" not in screen and "「US$12.34」" not in screen
    else:
        assert "Charges in dollars are not included in the totals (lines 8 and 10" in screen
        assert "Amount: US$12.34 (not included in the totals)" in screen
        assert "does not read amounts in dollars" not in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_header_names_are_the_files_own(lang: str) -> None:
    first = _screen("generic.csv", lang).splitlines()[0]
    assert ("（日付・内容・金額）" if lang == "ja" else "(日付, 内容, 金額;") in first
    assert "摘要" not in first and "description" not in first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_date_without_day_one_wording(lang: str) -> None:
    screen = _screen("generic.csv", lang, 99)
    screen += _screen("generic.csv", lang)
    if lang == "ja":
        assert "注意：日付が年と月だけです（2026年9月）" in screen
        assert "ファイルの2行目は日付が年と月だけです" in screen
        assert "日にち" not in screen and "日のない日付" not in screen
    else:
        assert "Note: The date has only a year and a month (2026-09)" in screen
