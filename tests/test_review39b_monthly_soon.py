"""Review 39b item 3: a past date 28–31 days ago with no plan said only 「過ぎています」/「ページで
確認できます」 (and offered --plan annual), though for a monthly member the next renewal was
tomorrow or today. Over every date 20–40 days past, renewal, trial and cancel: the monthly case
is said exactly when a month after the date is today or later (and, under 29 days, within the
3 days `due` speaks up in: review 46b item 1), with the dates `renewal --plan
monthly` computes, and the example is then --plan monthly. Beyond 28 days (not a trial) both
plans are counted on (review 57b item 1)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 5)
WIDE = {"COLUMNS": "1000"}


def _ja(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.mark.parametrize("command", ["renewal", "trial", "cancel"])
def test_the_monthly_case_is_said_when_a_month_after_is_now(command: str) -> None:
    for back in range(20, 41):
        given = TODAY - dt.timedelta(days=back)
        # the trial's end (its renewal) is `given`; cancel takes it as --renewal
        first = {
            "trial": ["trial", (given - dt.timedelta(days=30)).isoformat()],
            "cancel": ["cancel", "--renewal", given.isoformat()],
            "renewal": ["renewal", given.isoformat()],
        }[command]
        shown = run(*first, "--today", TODAY.isoformat(), "--lang", "ja", "--json", env=WIDE)
        assert shown.exit_code == 0, shown.stderr
        action = json.loads(shown.stdout)["data"]["action"]
        text = action["text"]
        renewal = dt.date.fromisoformat(action["renewal_date"])
        monthly = json.loads(
            run(
                "renewal",
                renewal.isoformat(),
                "--plan",
                "monthly",
                "--today",
                TODAY.isoformat(),
                "--json",
                env=WIDE,
            ).stdout
        )["data"]
        nxt = dt.date.fromisoformat(monthly["action"]["renewal_date"])
        # 28–31 days ago, or (review 46b item 1) where `due` would speak up for the monthly
        # renewal: from 3 days before it
        soon = renewal < TODAY - dt.timedelta(days=28) or nxt - dt.timedelta(days=3) <= TODAY
        expected = (nxt - renewal).days <= 31 and soon
        if command != "trial" and renewal < TODAY - dt.timedelta(days=28):
            # Review 57b item 1: both plans counted on from a date long past, the monthly one
            # by its next renewal, or by its charge of the last 3 days.
            assert "月間プランなら" in text or "年間プランでも月間プランでも" in text, text
            charged = monthly["action"]["charged_on"]
            assert _ja(nxt) in text or (charged and _ja(dt.date.fromisoformat(charged)) in text)
            continue
        assert ("月間プランなら" in text) is expected, (command, given, text)
        if expected:  # in backticks, a sentence of its own (review 57b items 2 and 3)
            assert (
                _ja(nxt) in text
                and f"`primehelp renewal {renewal.isoformat()} --plan monthly` で確認" in text
            )
            assert "--plan annual" not in text
