"""Review 50b items 10 and 14: trial's fee sentence (a past charge in the past tense; the checked
date's parenthesis kept whole)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

ENV = {"PRIMEHELP_TODAY": "2026-12-06", "COLUMNS": "1000"}
PAST = {
    "ja": "2023年9月25日ごろの自動更新で請求された会費は、年間プランなら5,900円、月間プランなら600円で、"
    "現在も同じです（2026年12月2日に確認）。",
    "en": "The automatic renewal around 2023-09-25 charged 5,900 yen on the annual plan, or 600 yen "
    "on the monthly plan; the fees are the same now (as checked on 2026-12-02).",
}
NOW = {"ja": "自動更新で請求される会費は", "en": "The automatic renewal charges"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item14_a_past_charge_at_todays_fee_is_in_the_past_tense(lang: str) -> None:
    done = run("--lang", lang, "trial", "2023-08-26", env=ENV)
    assert done.exit_code == 0, done.stderr
    assert PAST[lang] in done.stdout, done.stdout
    assert NOW[lang] not in done.stdout, done.stdout
    recent = run("--lang", lang, "trial", "2026-10-01", env=ENV)
    assert "2026年10月31日ごろの" in recent.stdout or "around 2026-10-31" in recent.stdout
    coming = run("--lang", lang, "trial", "2026-11-20", env=ENV)  # the renewal still to come
    assert NOW[lang] in coming.stdout, coming.stdout


@pytest.mark.parametrize(
    ("columns", "start"), [("80", "2018-01-01"), ("40", "2023-03-01"), ("60", "2018-01-01")]
)
def test_item10_the_checked_parenthesis_is_kept_whole(columns: str, start: str) -> None:
    env = {**ENV, "COLUMNS": columns}
    done = run("--lang", "ja", "trial", start, "--student", env=env)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert not any(line.strip().startswith("確認）") for line in lines), done.stdout
    assert not any(line.rstrip().endswith("2日に") for line in lines), done.stdout
    assert "（2026年12月2日に確認）" in done.stdout, done.stdout
