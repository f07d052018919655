"""Review 49b (renewal): the upcoming-renewals table keeps a date and its mark together (item 8)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.support.clihelp import run

ARGS = ("renewal", "2025-12-06", "--plan", "annual", "--today", "2026-12-06")
PASSED = {"ja": "2026-12-05（過ぎました）", "en": "2026-12-05 (passed)"}
TODAY = {"ja": "2026-12-06（今日）", "en": "2026-12-06 (today)"}


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_passed_cancel_by_stays_with_its_date(lang: str, columns: str) -> None:
    done = run(*ARGS, "--lang", lang, env={"COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(PASSED[lang] in line for line in lines), done.stdout
    assert any(TODAY[lang] in line for line in lines), done.stdout
    assert all(cell_len(line) <= int(columns) for line in lines if "2026-12-0" in line)
