"""Review 51c (charge --statement)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
_DIR = "tests/fixtures/review51c/"


def _screen(name: str, lang: str) -> str:
    return run("charge", "--statement", _DIR + name, "--lang", lang, env=_WIDE).stdout


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
