"""Review 39b item 2: on the last safe day after a recent charge (a monthly plan, a past date),
the screen opened with ten lines about refunding the last fee and gave 「今日中に解約」 on line 11
(the JSON had the action first). Over plans, past dates and languages, for renewal: whenever
the action is to cancel today, the screen's first line is that action, and the charge (as a
side note) and its refund rules follow; on other days before the renewal too (review 52b item 34)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}
TODAY = dt.date(2026, 12, 5)


def _screen(*args: str) -> tuple[list[str], dict[str, object]]:
    shown = run(*args, env=WIDE)
    assert shown.exit_code == 0, shown.stderr
    data = json.loads(run(*args, "--json", env=WIDE).stdout)["data"]
    return [line for line in shown.stdout.splitlines() if line.strip()], data["action"]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("plan", ["monthly", "student-monthly", "annual"])
def test_the_deadline_today_leads_and_the_charge_follows(lang: str, plan: str) -> None:
    seen = 0
    for back in range(0, 65) if plan != "annual" else range(362, 372):
        given = TODAY - dt.timedelta(days=back)
        args = ("renewal", given.isoformat(), "--plan", plan, "--today", "2026-12-05")
        lines, action = _screen(*args, "--lang", lang)
        if action["then"] is None:
            continue
        text, then = str(action["text"]), str(action["then"])
        then_at = next(i for i, line in enumerate(lines) if then[5:40] in line)
        # review 52b item 34: on other days before the renewal too, the deadline leads
        if action["act"] in {"cancel_today", "cancel_by"}:
            seen += action["act"] == "cancel_today"
            assert lines[0] == text, given
            assert then_at > 0 and lines[then_at].startswith("なお、" if lang == "ja" else "Also:")
    assert seen
