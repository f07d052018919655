"""Small fixes, item 2: an English number kept with the word after it.

``fees --lang en`` at 60 columns printed "…Prime Student monthly plan for 10" and then
"months or more…": a number and its unit on two lines. Like "5,900 yen" (review 48a, item 7),
"10 months", "30 days", "1 year" and "10 ×" are kept whole, in every English screen that wraps
through the same breaker (fees, renewal, trial, charge).
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from primehelp.output.break_amounts import amounts
from primehelp.output.console import console_for
from tests.support.clihelp import run

SCREENS = [
    ("fees",),
    ("renewal", "2026-12-31", "--plan", "student-annual", "--count", "7", "--today", "2026-12-05"),
    ("renewal", "2026-12-31", "--plan", "monthly", "--today", "2026-12-05"),
    ("trial", "2026-11-25", "--student", "--today", "2026-12-05"),
    ("trial", "2026-11-25", "--today", "2026-12-05"),
    ("charge", "600"),
    ("charge", "5900"),
]
_NUMBER_AT_END = re.compile(r"(?<![\w.,/-])\d[\d,]*(?:\.\d+)?$")
_UNIT_AT_START = re.compile(r"(?:yen|months?|days?|weeks?|years?|hours?|minutes?|times)\b|×")


def _split(text: str) -> list[tuple[str, str]]:
    lines = [line.rstrip() for line in text.splitlines()]
    return [
        (before, after)
        for before, after in pairwise(lines)
        if _NUMBER_AT_END.search(before) and _UNIT_AT_START.match(after.lstrip(" │"))
    ]


@pytest.mark.parametrize("columns", ["40", "50", "60", "70", "80"])
@pytest.mark.parametrize("args", SCREENS, ids=lambda args: " ".join(args[:3]))
def test_no_number_is_split_from_its_unit(args: tuple[str, ...], columns: str) -> None:
    shown = run(*args, "--lang", "en", env={"COLUMNS": columns})
    assert shown.exit_code == 0, shown.stderr
    assert _split(shown.stdout) == []


def test_the_fees_line_of_the_report() -> None:
    shown = run("fees", "--lang", "en", env={"COLUMNS": "60"}).stdout
    assert "monthly plan for 10\n" not in shown
    assert "10 months or more" in shown


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("keep it for 10 months or more", ["10 months"]),
        ("within 30 days of 1 year", ["30 days", "1 year"]),
        ("(10 × 600 yen = 6,000 yen)", ["10 ×", "600 yen", "6,000 yen"]),
        ("US$14.99 a month, 2026-12-31", []),
    ],
)
def test_the_pieces_kept_whole(line: str, kept: list[str]) -> None:
    assert [line[start:end] for start, end in amounts(line)] == kept


def test_a_sentence_wraps_before_the_number() -> None:
    console = console_for("en")
    text = "If you would keep the Prime Student monthly plan for 10 months or more, it is cheaper"
    with console.capture() as captured:
        console.width = 60
        console.print(text)
    assert "for\n10 months" in captured.get().replace(" \n", "\n")
