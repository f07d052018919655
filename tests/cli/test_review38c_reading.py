"""Review 38c, ``charge --statement``, reading the file (helper s45): items 7, 8, 9, 11, 12,
15, 17 and S 1, 2, 3, 5, 8; review 36c, S 18, 24, 25."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.clihelp import run, statement_file
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 7 and S 2

# (date cell, amount cell, reason): every way an Amazon line is not read
UNREAD = [
    ("10/05", "1500", "no_year"),
    ("2026/11", "600", "no_day"),
    ("2026/02/30", "600", "no_such_day"),
    ("11/02/26", "980", "unknown_date"),
    ("2026-11-03", "600-円", "no_amount"),
    ("2026-11-04", "", "no_amount"),
    ("2026-11-05", "14.99", "decimal"),
    ("2026-11-06", "US$14.99", "dollars"),
]


@pytest.mark.parametrize(("day", "amount", "reason"), UNREAD)
def test_7_an_unread_amazon_line_is_named_with_its_cells_on_screen_and_in_json(
    tmp_path: Path, day: str, amount: str, reason: str
) -> None:
    path = statement_file(
        tmp_path, "2026-11-01,AMAZON PRIME,600", f"{day},AMAZON DOWNLOADS,{amount}"
    )
    data = _statement(path, json=True)
    (line,) = data["unread_amazon_lines"]
    assert line["row"] == 3 and line["reason"] == reason
    assert line["description"] == "AMAZON DOWNLOADS"
    assert line["date_text"] == day and line["amount_text"] == amount
    assert data["heading_rows"] == 1  # the header alone
    screen = _statement(path)
    assert "「AMAZON DOWNLOADS」" in screen or "AMAZON DOWNLOADS" in screen
    unreadable = day if line["date"] is None else (amount or "空欄")
    assert f"読み取れません（{unreadable}）" in screen


def test_7_the_json_count_of_headings_is_the_screens(tmp_path: Path) -> None:
    rows = [f"{day},AMAZON PRIME,{amount}" for day, amount, _ in UNREAD]
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "合計,,", *rows)
    data = _statement(path, json=True)
    screen = _statement(path)
    found = re.search(r"日付と金額のない行（見出しなど）：(\d+)件", screen)
    assert found is not None and int(found[1]) == data["heading_rows"] == 2  # the header, 「合計」
    assert len(data["unread_amazon_lines"]) == len(UNREAD)
    assert data["heading_rows"] == data["skipped_rows"] - len(UNREAD)


def test_s2_only_unread_lines_are_still_listed(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "10/05,AMAZON PRIME,600")
    done = run("charge", "--statement", path, env={"COLUMNS": "80", "PRIMEHELP_LANG": "ja"})
    assert done.exit_code == 0, done.stderr
    assert "読み取れません（10/05）" in done.stdout and "600円" in done.stdout
