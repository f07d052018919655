"""Review 22b (a Japanese reader on d7a1905): renewal, trial, cancel, due and the calendar —
items 1, 2, 3, 5, 6, 7, 8, 10 and 12."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run, word_cut

TODAY = ("--today", "2026-12-05")
WIDTHS = (40, 60, 80, 100, 120)


def _out(*args: str, lang: str = "ja", columns: int = 1000) -> list[str]:
    result = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


# ---------------------------------------------------------------- item 1: 「支払った分」 whole

GIFT_CARD_SCREENS = (
    ("renewal", "2026-12-05", *TODAY),
    ("renewal", "2026-12-04", *TODAY),
    ("renewal", "2026-10-01", "--plan", "monthly", *TODAY),
    ("trial", "2026-11-05", *TODAY),
    ("cancel", "--no-interactive", "--renewal", "2026-12-05", *TODAY),
    ("cancel", "--no-interactive", "--via", "app", "--paid", "--student"),
)


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("args", GIFT_CARD_SCREENS, ids=lambda args: " ".join(args))
def test_1_paid_part_stays_whole(args: tuple[str, ...], columns: int) -> None:
    lines = _out(*args, columns=columns)
    assert any("ギフトカード残高" in line for line in lines), lines
    assert not word_cut(lines, "支払った分"), (columns, lines)
