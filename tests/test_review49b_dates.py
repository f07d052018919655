"""Review 49b S 16: a date copied with its weekday (「2026年12月31日（木）」「2026/12/31(木)」) was
refused as no date. Now a trailing weekday in brackets that matches the date is accepted and
ignored; one that does not match is refused in one line naming the date's weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.dates import parse_date
from primehelp.errors import BadInput
from tests.support.clihelp import run

_THURSDAY = dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    "typed",
    [
        "2026年12月31日（木）",
        "2026/12/31(木)",
        "2026-12-31 (木)",
        "2026年12月31日（木曜日）",
        "2026/12/31(木曜)",
        "２０２６年１２月３１日（木）",
        "2026-12-31 (Thu)",
        "Dec 31, 2026 (Thursday)",
    ],
)
def test_a_matching_weekday_is_accepted(typed: str) -> None:
    assert parse_date(typed) == _THURSDAY


@pytest.mark.parametrize("typed", ["2026年12月31日（金）", "2026/12/31(Fri)"])
def test_a_weekday_that_does_not_match_is_refused_naming_the_right_one(typed: str) -> None:
    with pytest.raises(BadInput) as raised:
        parse_date(typed)
    ja, en = raised.value.message.ja, raised.value.message.en
    assert f"「{typed}」の曜日が日付と合いません（2026年12月31日は木曜日です）。" in ja, ja
    assert "is a Thursday" in en, en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_command_line_refuses_a_wrong_weekday_in_one_line(lang: str) -> None:
    done = run("renewal", "2026年12月31日（金）", "--today", "2026-12-06", "--lang", lang)
    assert done.exit_code == 2
    [line] = done.stderr.splitlines()
    assert ("曜日が日付と合いません" if lang == "ja" else "does not match") in line, line
    ok = run("renewal", "2026年12月31日（木）", "--today", "2026-12-06", "--lang", lang)
    assert ok.exit_code == 0, ok.stderr
    assert "2026年12月31日" in ok.stdout or "2026-12-31" in ok.stdout


def test_a_weekday_on_a_date_that_does_not_exist_is_still_that_error() -> None:
    with pytest.raises(BadInput) as raised:
        parse_date("2026-02-30(月)")
    assert "存在しない日付" in raised.value.message.ja
