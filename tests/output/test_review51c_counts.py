"""Review 51c, item 19: in the month table a count with ※ (「2※」) was right-aligned as a whole,
so its digit stood a column left of the others and the ※ stuck out past 「件数」. The digits
now end in one column and the mark stands after them."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tests.support.clihelp import run

ARGS = ("charge", "--statement", "tests/fixtures/review51c/counts.csv")
HEADER = {"ja": "件数", "en": "Count"}
COUNT = re.compile(r"(?<=\S)( +)(\d+)(※| !)?(?= {2,}[\d,]+(円| yen))")


def _digit_ends(lang: str, columns: int) -> list[int]:
    env = {"COLUMNS": str(columns), "PRIMEHELP_TODAY": "2026-12-06"}
    done = run(*ARGS, "--lang", lang, env=env)
    assert done.exit_code in (0, 1), done.stderr
    lines = done.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if HEADER[lang] in line)
    end = lines.index("", start)
    ends = []
    for line in lines[start + 1 : end]:
        found = COUNT.search(line)
        if found:
            ends.append(cell_len(line[: found.end(2)]))
    return ends


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [80, 120])
def test_the_digits_of_the_counts_end_in_one_column(lang: str, columns: int) -> None:
    ends = _digit_ends(lang, columns)
    assert len(ends) >= 8, ends  # every service row of both months
    assert len(set(ends)) == 1, ends
