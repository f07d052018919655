"""Review 27b (renewal, trial, cancel): the fixes of round 30, through the real CLI."""

from __future__ import annotations

import pytest

from tests.cli.test_review12b_q3 import _events
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _out(*args: str, lang: str = "ja", env: dict[str, str] = WIDE) -> str:
    result = run(*args, "--lang", lang, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 4: the fee's check date


@pytest.mark.parametrize(
    ("lang", "note", "month"),
    [
        ("ja", "会費は2026年12月2日に確認した料金です。今後変わることがあります。", "2027年5月時点"),
        ("en", "The fee shown is the one checked on 2026-12-02. It may change.", "as of May 2027"),
    ],
)
def test_4_the_calendar_names_the_fee_check_date_not_today(lang: str, note: str, month: str) -> None:
    ics = _out("renewal", "2027-06-01", "--today", "2027-05-20", "--plan", "annual",
               "--ics", "-", lang=lang)  # fmt: skip
    renewals = [e for e in _events(ics) if "5,900" in e["SUMMARY"]]
    assert renewals and all(note in e["DESCRIPTION"] for e in renewals)
    assert not any(month in e["DESCRIPTION"] for e in _events(ics))
    assert not any("git pull" in e["DESCRIPTION"] for e in renewals)  # not old yet


@pytest.mark.parametrize(
    ("lang", "warning"),
    [
        ("ja", "このカレンダーを作った2027年12月20日には確認から383日たっていたため、"
               "変わっている可能性があります。primehelpのフォルダーで git pull を実行してから"),
        ("en", "When this calendar was made (2027-12-20), that check was 383 days old, so the "
               "fee may have changed: run git pull in primehelp's folder"),
    ],
)  # fmt: skip
def test_4_old_facts_put_the_screens_warning_in_the_calendar(lang: str, warning: str) -> None:
    ics = _out("renewal", "2028-06-01", "--today", "2027-12-20", "--plan", "monthly",
               "--ics", "-", lang=lang)  # fmt: skip
    renewals = [e for e in _events(ics) if "600" in e["SUMMARY"]]
    assert renewals and all(warning in e["DESCRIPTION"] for e in renewals)
