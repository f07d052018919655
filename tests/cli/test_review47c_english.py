"""Review 47c, item 7: the English statement screen says 「Line 7 … holds」, 「lines 12 and 16」,
「12 lines to check」, never 「line(s)」 (the count is known); the Japanese is unchanged."""

from __future__ import annotations

from pathlib import Path

from primehelp.output.statement_count import counted
from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"
ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}


def test_the_english_header_counts_its_lines() -> None:
    out = run("charge", "--statement", str(FILES / "rak.csv"), "--lang", "en", env=ENV).stdout
    assert "line(s)" not in out.lower()
    assert "Line 7 of the file holds a character" in out
    assert "the Amazon line at line 19 of the file: an amount with decimals" in out
    assert "Amazon lines at lines 12 and 16 of the file" in out
    assert "Also, 12 lines are marked ! (see “About the lines to check” below)." in out
    assert "The line dated after today (line 10 of the file) is left out" in out


def test_one_line_to_check_is_one() -> None:
    said = "{count} line(s) to check (marked !)."
    assert counted(said.format(count=1), 1, "en") == "1 line to check (marked !)."
    assert counted(said.format(count=2), 2, "en") == "2 lines to check (marked !)."
    one = (
        "Line(s) 4 of the file were not read: they have fewer columns; check them on the statement."
    )
    assert counted(one, 1, "en") == (
        "Line 4 of the file was not read: it has fewer columns; check it on the statement."
    )


def test_the_japanese_is_unchanged() -> None:
    out = run("charge", "--statement", str(FILES / "rak.csv"), "--lang", "ja", env=ENV).stdout
    assert "ファイルの7行目" in out and "ほかに、※の付いた行が12件あります" in out
