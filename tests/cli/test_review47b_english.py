"""Review 47b S 12: English wording of renewal's rolled-forward note, --explain's monthly rule,
and remind's cron lines."""

from __future__ import annotations

from primehelp.facts import labels
from tests.support.clihelp import run


def test_s12_counting_monthly_from_the_date() -> None:
    env = {"COLUMNS": "1000"}
    args = ("renewal", "2026-01-31", "--plan", "monthly", "--today", "2026-12-06", "--lang", "en")
    out = run(*args, env=env).stdout
    assert "the next one, counting monthly from 2026-01-31 (309 days ago)." in out, out
    explained = run(*args, "--explain", env=env).stdout
    assert "is 1, 2, 3… months after 2026-01-31" in explained, explained
    assert "plus k months" not in explained


def test_s12_remind_lines_read_as_english() -> None:
    cron = labels("ui_remind_cron")
    assert cron["cron_program_other"].en.startswith("This line runs a different program (")
    assert " from the primehelp you ran now." in cron["cron_program_other"].en
    for said in (labels("ui_remind")["next_run_if_added"], cron["next_run_if_added_cron"]):
        assert "it next runs on {when}" in said.en
