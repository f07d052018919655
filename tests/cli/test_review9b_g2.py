"""Review 9b (a native-level Japanese reader): renewal, trial, due and .ics fixes (g2).

Transcripts through the real CLI at the widths the reviewer read.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")


def _out(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: the reminder row label


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize(
    "command",
    [("renewal", "2026-12-31"), ("renewal", "2026-10-15"), ("trial", "2026-11-25")],
)
def test_2_the_reminder_row_label_stays_whole(command: tuple[str, ...], columns: int) -> None:
    screen = _out(*command, columns=columns)
    assert "お知らせメール（オンの場合）" in screen
    assert "届く日（オン" not in screen
    assert "オンの\n" not in screen and "（オンの" not in screen.replace("（オンの場合）", "")
    english = _out(*command, lang="en")
    assert "Reminder mail (if switched on)" in english
