"""Issue 11: a warning when the facts a command prints are more than 180 days old.

"Today" is --today where the command has it, else $PRIMEHELP_TODAY, else the date in Japan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp import facts
from primehelp.facts import Fact
from primehelp.freshness import STALE_AFTER_DAYS, checked_dates, freshness
from primehelp.i18n import Text
from tests.support.clihelp import run

# Every command that prints facts, with arguments that make it print some.
FACT_COMMANDS = [
    ("contact",),
    ("check-number", "0120-999-373"),
    ("check-number", "110"),
    ("sources", "解約"),
    ("renewal", "2027-12-31"),
    ("trial", "2027-05-01"),
    ("fees",),
    ("charge", "600", "AMAZON", "PRIME", "--date", "2026-11-01"),
    ("subscriptions",),
    ("cancel", "--no-interactive", "--via", "web"),
    ("complain", "refund"),
]


def _oldest(args: tuple[str, ...]) -> dt.date:
    """The oldest check date of the facts the command prints (from its JSON, read at a fresh date)."""
    document = run(*args, "--json", env={"PRIMEHELP_TODAY": "2026-12-02"}).json()
    return dt.date.fromisoformat(document["data"]["facts_checked"])


def _warning(day: dt.date, days: int, lang: str) -> str:
    # review 36a item 18: the days only, the date is on the screen's line above it
    if lang == "ja":
        return f"この情報は{days}日前に確認したもので"
    return f"These facts were checked {days} days ago"


@pytest.mark.parametrize("args", FACT_COMMANDS, ids=[" ".join(a) for a in FACT_COMMANDS])
def test_the_age_warning_appears_at_181_days_and_not_at_179(args: tuple[str, ...]) -> None:
    oldest = _oldest(args)
    assert oldest == min(f.checked for f in facts.all_facts())  # all facts share one date today
    for days, stale in ((181, True), (179, False)):
        env = {"PRIMEHELP_TODAY": (oldest + dt.timedelta(days=days)).isoformat(), "COLUMNS": "1000"}
        for lang in ("ja", "en"):
            shown = run(*args, "--lang", lang, env=env)
            assert shown.exit_code in (0, 1), shown.stderr
            assert (_warning(oldest, days, lang) in shown.stdout) is stale, (days, lang)
            # review 36a item 18: the update command of this install (a copy of the
            # repository here: `git pull`; installed, `uv tool upgrade primehelp` …)
            assert ("git pull" in shown.stdout) is stale
            data = run(*args, "--json", "--lang", lang, env=env).json()["data"]
            assert data["facts_checked"] == oldest.isoformat()
            assert data["facts_stale"] is stale


def test_the_today_option_decides_where_the_command_has_it() -> None:
    oldest = min(f.checked for f in facts.all_facts())
    late, early = (oldest + dt.timedelta(days=d) for d in (181, 179))
    env = {"PRIMEHELP_TODAY": early.isoformat()}
    args = ("renewal", "2028-01-31", "--json")
    assert run(*args, "--today", late.isoformat(), env=env).json()["data"]["facts_stale"] is True
    env = {"PRIMEHELP_TODAY": late.isoformat()}
    assert run(*args, "--today", early.isoformat(), env=env).json()["data"]["facts_stale"] is False


def test_a_bad_primehelp_today_is_an_error_naming_it() -> None:
    result = run("contact", "--lang", "en", env={"PRIMEHELP_TODAY": "someday"})
    assert result.exit_code == 2
    assert "PRIMEHELP_TODAY" in result.stderr


def test_a_command_without_facts_has_no_age() -> None:
    data = run("profile", "--json", env={"PRIMEHELP_TODAY": "2030-01-01"}).json()["data"]
    assert "facts_checked" not in data and "facts_stale" not in data


def _fact(checked: dt.date) -> Fact:
    return Fact("x.y", Text("ja", "en"), "H", checked, ("https://example.org/page",))


def test_freshness_is_stale_only_after_180_days() -> None:
    checked = dt.date(2026, 12, 2)
    at = [checked + dt.timedelta(days=d) for d in (STALE_AFTER_DAYS, STALE_AFTER_DAYS + 1)]
    assert [freshness([checked], day).facts_stale for day in at] == [False, True]  # type: ignore[union-attr]
    assert freshness([], checked) is None


def test_checked_dates_finds_the_facts_inside_a_result() -> None:
    found = list(checked_dates({"a": (_fact(dt.date(2026, 1, 1)), [_fact(dt.date(2025, 5, 5))])}))
    assert sorted(found) == [dt.date(2025, 5, 5), dt.date(2026, 1, 1)]
