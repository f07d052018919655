"""Review 55c (charge, single charge): items 11, 14, 9."""

from __future__ import annotations

import json

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}


def _charge(*args: str, lang: str) -> str:
    return run("charge", *args, "--lang", lang, env=_WIDE).stdout


# -- item 11: a dollar price whose value on the date is not confirmed is never likely


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dollar_price_on_an_old_date_is_not_called_likely(lang: str) -> None:
    screen = _charge("US$14.99", "AMAZON", "PRIME", "--date", "2020-01-01", lang=lang)
    unknown = (
        "2020年1月1日時点の料金は確認できていません" if lang == "ja" else "2020-01-01 is not conf"
    )
    assert unknown in screen
    assert ("可能性が高い" if lang == "ja" else "Likely") not in screen
    assert ("明細の表記から見て、可能性があります。" if lang == "ja" else "Possible with") in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_dollar_price_without_a_date_is_still_likely(lang: str) -> None:
    screen = _charge("US$14.99", "AMAZON", "PRIME", lang=lang)
    likely = "明細の表記と金額が合います" if lang == "ja" else "It fits the statement text and"
    assert likely in screen  # the likely line (review 63c, R-minor 5)


# -- item 14: before 2007 the screen lists no candidate; the JSON says they are held back


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_says_the_candidates_are_held_back_before_prime_began(lang: str) -> None:
    done = run("charge", "600", "--date", "1990-01-01", "--json", "--lang", lang, env=_WIDE)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert data["candidates_held_back"] is True
    screen = _charge("600", "--date", "1990-01-01", lang=lang)
    assert ("考えられるもの" if lang == "ja" else "Prime Video channel") not in screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_candidates_not_held_back_on_a_date_after_prime_began(lang: str) -> None:
    done = run("charge", "600", "--date", "2026-11-01", "--json", "--lang", lang, env=_WIDE)
    assert json.loads(done.stdout)["data"]["candidates_held_back"] is False


# -- item 9: a match on Music Unlimited's 2023 price, reportedly changed since, is not likely


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("amount", ["580", "1,080"])
def test_music_unlimited_on_its_2023_price_is_not_called_likely(lang: str, amount: str) -> None:
    screen = _charge(amount, "AMAZON", "DOWNLOADS", lang=lang)
    first = screen[screen.index(". Amazon Music Unlimited") :].split("\n\n")[0]  # not 1st: 57c
    assert ("2023年4月時点の料金" if lang == "ja" else "the prices of April 2023") in first
    assert ("見て、可能性が高いです" if lang == "ja" else "Likely with") not in first
    assert ("明細の表記から見て、可能性があります。" if lang == "ja" else "Possible with") in first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_kindle_unlimited_at_its_price_is_still_likely(lang: str) -> None:
    screen = _charge("980", "AMAZON", "DOWNLOADS", lang=lang)
    likely = "明細の表記と金額が合います" if lang == "ja" else "It fits the statement text and"
    assert likely in screen  # the likely line (review 63c, R-minor 5)
