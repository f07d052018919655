"""Review 51a items 13, 20, 24, 32 and 51c item 41: words kept whole on their lines.

「次のいずれかのプラン：」 then one plan a line (complain --help, 32); the reminder's scam subject
first (sources reminder, 13); 「可能性の高い」「使わない列」 (charge --help, 20) and
「途中で改行」 (complain, 24) never split; a statement label in an example kept on one line
(charge --help, 51c 41)."""

from __future__ import annotations

import itertools
import re

import pytest

from primehelp.output.command_lines import command_lines
from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run

WIDTHS = [str(width) for width in range(30, 81)]
PLANS = [
    "annual（年間プラン）",
    "monthly（月間プラン）",
    "student-annual（Prime Student 年間プラン）",
    "student-monthly（Prime Student 月間プラン）",
]


def _split(shown: str, end: str, start: str) -> bool:
    return any(
        above.rstrip().endswith(end) and below.lstrip().startswith(start)
        for above, below in itertools.pairwise(shown.splitlines())
    )


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_plan_list_has_its_frame_first_and_one_plan_a_line(columns: str) -> None:
    rows = run("complain", "--help", "--lang", "ja", env={"COLUMNS": columns}).stdout.splitlines()
    at = next(n for n, row in enumerate(rows) if row.strip() == "次のいずれかのプラン：")
    block = [
        row.strip() for row in itertools.takewhile(lambda row: "--" not in row, rows[at + 1 :])
    ]
    assert re.sub(r"\s+", "", "".join(block)) == re.sub(r"\s+", "", "".join(PLANS))
    starts = [row for row in block if re.match(r"(annual|monthly|student-)", row)]
    assert [row.split("（")[0] for row in starts] == [plan.split("（")[0] for plan in PLANS]
    assert not any(row.lstrip().startswith("のいずれか") for row in rows)


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_the_reminder_scam_names_the_subject_first(columns: str) -> None:
    shown = run("sources", "reminder", "--lang", "ja", env={"COLUMNS": columns}).stdout
    flat = re.sub(r"\s+", "", shown)
    assert (
        "たとえば、「Primeの定期更新についてのお知らせ」という件名で、リンクの付いたメールです。"
        in flat
    )
    assert "リンクの付いた「Prime" not in flat
    assert "付いた" not in [row.strip() for row in shown.splitlines()]


@pytest.mark.parametrize("columns", WIDTHS)
def test_charge_help_keeps_its_units_whole(columns: str) -> None:
    shown = run("charge", "--help", "--lang", "ja", env={"COLUMNS": columns}).stdout
    assert "可能性の高い順" in re.sub(r"\s+", "", shown)
    assert not _split(shown, "可能性の", "高い")
    assert not _split(shown, "使わない", "列")


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_complaint_note_keeps_its_predicate_whole(columns: str) -> None:
    shown = run(
        *("complain", "refund", "--no-benefits-used", "--amount", "600", "--plan", "monthly"),
        *("--renewal", "2026-12-01", "--lang", "ja"),
        env={"COLUMNS": columns},
    ).stdout
    assert "途中で改行していません" in re.sub(r"\s+", "", shown)
    assert not _split(shown, "途中で", "改行")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_the_example_keeps_the_statement_label_on_one_line(lang: str, columns: str) -> None:
    shown = run("charge", "--help", "--lang", lang, env={"COLUMNS": columns}).stdout
    assert not any(row.rstrip().endswith("AMAZON \\") for row in shown.splitlines())
    assert any(
        "AMAZON DOWNLOADS" in row and ("\\" in row or "--date" in row) for row in shown.splitlines()
    )


def test_command_lines_break_before_the_amount_not_inside_the_label() -> None:
    lines = command_lines(
        "primehelp charge 980 AMAZON DOWNLOADS --date 2026-11-01", 32, unicode_text_width, True
    )
    assert lines == ["primehelp charge 980 \\", "  AMAZON DOWNLOADS \\", "  --date 2026-11-01"]
