"""Review 51a, items 14 and 26: an empty value (an unset shell variable) is said to be empty,
the same way for every option and argument — 「--plan の値が空です。使える値：…」 — never
「--plan の値「」は使えません」 (an invisible character to look for) nor the garbled
「--renewal の値 日付が空です」."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

EMPTY = [
    ("complain", "renewal", "--renewal", ""),
    ("complain", "renewal", "--renewal", "  "),
    ("complain", "renewal", "--plan", ""),
    ("complain", "renewal", "--amount", ""),
    ("complain", ""),
    ("renewal", "2026-12-31", "--plan", ""),
    ("renewal", "2026-12-31", "--ics", "-", "--events", ""),
    ("renewal", "2026-12-31", "--ics", "-", "--alarm-time", ""),
    ("cancel", "--no-interactive", "--via", ""),
    ("due", "--within", ""),
    ("remind", "status", "--scheduler", ""),
    ("remind", ""),
    ("completion", ""),
    ("check-number", ""),
    ("charge", "600", "--date", ""),
]


@pytest.mark.parametrize("args", EMPTY, ids=lambda a: " ".join(repr(x) for x in a))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_empty_value_is_said_to_be_empty(args: tuple[str, ...], lang: str) -> None:
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"})
    assert done.exit_code == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert ("が空です。" if lang == "ja" else " is empty") in line, line
    assert "「」" not in line and "''" not in line, line
    assert "値 日付" not in line and "値 " not in line.split("が空です")[0][-3:], line
    # what is accepted follows
    assert (
        ("使える" in line or "指定してください" in line)
        if lang == "ja"
        else ("accepted" in line or "give" in line or "use" in line)
    ), line
