"""Review 48b (round 58), cancel: item 7 (the English heading had two spaces before its check
date), item 1 (--via carrier --renewal gave Amazon's renewal−1 as the carrier plan's deadline),
item 4 (--no-interactive ignored what the saved plan answers), item 11 (two blank lines)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("via", ["web", "carrier"])
def test_7_english_heading_has_one_space_before_the_check_date(via: str) -> None:
    done = run("cancel", "--no-interactive", "--via", via, "--lang", "en", env={"COLUMNS": "120"})
    assert done.exit_code == 0, done.stderr
    first = next(line for line in done.stdout.splitlines() if "(checked " in line)
    assert first.startswith(("How to cancel Prime", "Cancelling Prime")), done.stdout
    assert "  (checked" not in first, first


def test_7_japanese_heading_unchanged() -> None:
    done = run("cancel", "--no-interactive", "--lang", "ja", env={"COLUMNS": "120"})
    assert "プライム会員の解約手順（2026年" in done.stdout, done.stdout
