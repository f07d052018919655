"""English tables on a narrow terminal: a word is never split nor cut (「Annua│l」, 「Amaz…」).

The Japanese console has always stacked a table whose phrases cannot fit side by side; English
counted no minimum width, so Rich folded words letter by letter. Now a column's least width in
English is its widest word, and a table that cannot give every column that much is stacked.
"""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

STATEMENTS = "tests/fixtures/statements"
SCREENS = [
    ("fees",),
    ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7", "--today", "2026-12-05"),
    ("trial", "2026-11-25", "--student", "--today", "2026-12-05"),
    ("charge", "--statement", f"{STATEMENTS}/rakuten-utf8-bom.csv"),
    ("subscriptions",),
    ("contact",),
]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*…?")


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _table_words(text: str) -> set[str]:
    """The words inside table rows (lines drawn with borders): where Rich folds a word."""
    return _words("\n".join(line for line in text.splitlines() if "│" in line or "┃" in line))


@pytest.mark.parametrize("columns", ["40", "60"])
@pytest.mark.parametrize("args", SCREENS, ids=lambda args: " ".join(args[:2]))
def test_no_english_word_is_split_or_cut_in_a_narrow_table(
    args: tuple[str, ...], columns: str
) -> None:
    wide = run(*args, "--lang", "en", env={"COLUMNS": "1000"})
    narrow = run(*args, "--lang", "en", env={"COLUMNS": columns})
    assert wide.exit_code == narrow.exit_code == 0, narrow.stderr
    # a word cut with an ellipsis (borderless tables: the statement's) or folded in a bordered row
    cut = {word for word in _words(narrow.stdout) if word.endswith("…")}
    broken = sorted((_table_words(narrow.stdout) | cut) - _words(wide.stdout))
    assert broken == [], broken


def test_a_table_that_fits_is_still_a_table() -> None:
    shown = run("fees", "--lang", "en", env={"COLUMNS": "120"}).stdout
    assert "┃ Plan" in shown
