"""Review 42b item 11 (round 50): ``renewal --explain`` with a past ``--today`` said the fees were
today's (「現在の料金」) under a table of older fees. Now, where a row of the plan is not at today's
fee, the explanation says what the table shows: each renewal's fee on its date."""

from __future__ import annotations

import pytest

from primehelp.facts import ui
from tests.support.clihelp import run

_UI = "ui_renewal"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("plan", ["annual", "monthly", "student-annual"])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("today", "old"), [("2018-04-20", True), ("2026-12-06", False)])
def test_11_explain_names_the_fees_the_table_shows(
    plan: str, lang: str, today: str, old: bool
) -> None:
    args = ("renewal", "2018-05-01", "--plan", plan, "--today", today, "--count", "3")
    done = run(*args, "--explain", "--lang", lang, env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    flat = "".join(done.stdout.split()) if lang == "ja" else _flat(done.stdout)
    join = (lambda t: "".join(t.split())) if lang == "ja" else _flat
    by_date = join(ui("explain.fee_by_date", _UI)(lang))  # type: ignore[arg-type]
    assert (by_date in flat) is old, done.stdout
    today_fee = "現在の料金" if lang == "ja" else "today's fees"
    assert (today_fee in flat) is not old, done.stdout
