"""Review 44c, R-minor 7 (round 53): a dollar amount dated in the past is compared with the US
Prime fee the facts give, today's (FACTS §10 gives no earlier one): the screen says so, never
comparing it with today's fee as if that were the fee of its date. Without a date, as before."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

JA_SAID = "請求の日付の会費はprimehelpの情報源にないため、現在の会費と比べています。"
EN_SAID = (
    "primehelp's sources do not give the fee on the charge's date, so it is compared with today's."
)


def _screen(*args: str, lang: str) -> str:
    done = run("charge", *args, env={"PRIMEHELP_LANG": lang, "COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("amount", ["US$12.99", "US$119", "US$15.99", "US$150"])
def test_a_past_dollar_amount_says_it_is_compared_with_todays_fee(amount: str) -> None:
    ja = _screen(amount, "--date", "2021-05-01", lang="ja")
    assert JA_SAID in ja
    assert "現在の米国のAmazonプライム（amazon.com）の会費" in ja
    en = _screen(amount, "--date", "2021-05-01", lang="en")
    assert EN_SAID in en
    assert "today's amazon.com (US) Prime fee" in en


@pytest.mark.parametrize("amount", ["US$12.99", "US$15.99"])
def test_without_a_date_nothing_more_is_said(amount: str) -> None:
    assert JA_SAID not in _screen(amount, lang="ja")
    assert EN_SAID not in _screen(amount, lang="en")
