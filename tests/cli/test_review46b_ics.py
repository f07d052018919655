"""Review 46b S 7: `renewal DATE --ics FILE` without --plan wrote one renewal and said nothing of
it (a monthly member had no reminder from the next month on)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
ONE = {
    "ja": "カレンダーファイルに入れた予定は、2026年12月20日の更新1回分だけです。次回以降の分も入れるには、`--plan` を付けて"
    "ください（例：年間プランなら `primehelp renewal 2026-12-20 --plan annual --ics ",
    "en": "the calendar file holds the events of only one renewal, on 2026-12-20; to add the next ones too, "
    "add `--plan` (e.g. `primehelp renewal 2026-12-20 --plan annual --ics ",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s7_one_renewal_without_plan_is_said(tmp_path: Path, lang: str) -> None:
    ics = str(tmp_path / "y.ics")
    done = run("--lang", lang, "renewal", "2026-12-20", "--ics", ics, env=ENV)
    assert done.exit_code == 0, done.stderr
    assert ONE[lang] in done.stderr, done.stderr
    planned = run("--lang", lang, "renewal", "2026-12-20", "--plan", "monthly", "--ics", ics,
                  "--force", env=ENV)  # fmt: skip
    # not the one-renewal note (a monthly plan's own count follows it: review 59b S 5)
    only = {"ja": "1回分だけ", "en": "only one renewal"}[lang]
    assert planned.exit_code == 0 and only not in planned.stderr, planned.stderr
    trial = run("--lang", lang, "trial", "2026-12-01", "--ics", "-", env=ENV)
    assert trial.exit_code == 0 and ONE[lang][:12] not in trial.stderr, trial.stderr


PASSED = {"ja": "（過ぎました）", "en": "(passed)"}


@pytest.mark.parametrize("columns", ["40", "80", "120"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s8_the_renewal_days_passed_cancel_by_is_marked(lang: str, columns: str) -> None:
    env = {**ENV, "COLUMNS": columns}
    done = run("--lang", lang, "renewal", "2026-12-06", "--plan", "annual", env=env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "2026-12-05" in line)
    assert PASSED[lang] in lines[at] or PASSED[lang] in lines[at + 1], done.stdout
    # the notice date (2026-12-03) marked too (review 64b item 2); not next year's
    assert done.stdout.count(PASSED[lang]) == 2, done.stdout
    assert "2027-12-03" + " " * (lang == "en") + PASSED[lang] not in done.stdout
    later = run("--lang", lang, "renewal", "2026-12-10", "--plan", "annual", env=env)
    assert PASSED[lang] not in later.stdout, later.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s8_the_calendar_says_the_renewal_days_cancel_by_has_passed(lang: str) -> None:
    args = ("renewal", "2026-12-06", "--plan", "annual", "--ics", "-", "--count", "2")
    done = run("--lang", lang, *args, env=ENV)
    assert done.exit_code == 0, done.stderr
    unfolded = re.sub(r"\r?\n ", "", done.stdout)
    passed = {"ja": "解約の目安日（2026年12月5日）は過ぎています。",
              "en": "This renewal's cancel-by date (2026-12-05) has passed."}  # fmt: skip
    by = {"ja": "余裕をみて2026年12月5日までに", "en": "2026-12-05 (Amazon only"}
    later = {"ja": "余裕をみて2027年12月5日までに", "en": "2027-12-05 (Amazon only"}
    renewal_day = next(
        e for e in unfolded.split("BEGIN:VEVENT") if "DTSTART;VALUE=DATE:20261206" in e
    )
    assert passed[lang] in renewal_day, renewal_day
    assert by[lang] not in renewal_day and later[lang] in unfolded, unfolded
