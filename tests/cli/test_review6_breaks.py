"""Review 6 (issue 12), items 4, 5 and 10: lines broken where the text would have fitted.

Each test renders the screen the review quotes, at the width it names, piped.
"""

from __future__ import annotations

from tests.support.clihelp import run
from tests.support.kinsoku import text_width


def _lines(*args: str, columns: int) -> list[str]:
    result = run(*args, "--lang", "ja", env={"COLUMNS": str(columns)})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout.splitlines()


def test_4_a_label_in_a_table_cell_is_never_split_where_it_fits_on_the_screen() -> None:
    # At 60 columns the third column was 24 cells for a 28-cell label: the table is stacked
    # now (row after row of 「見出し：内容」), and the label is on one line.
    for columns in (40, 60, 80, 120):
        lines = _lines("contact", columns=columns)
        assert any("「カスタマーサービスへ連絡」" in line for line in lines), (columns, lines)
        assert all(text_width(line) <= columns for line in lines if "http" not in line)


def test_4_the_scam_subject_is_whole_at_40_columns() -> None:
    for columns in (40, 60, 80):
        lines = _lines("renewal", "2026-12-08", "--today", "2026-12-05", columns=columns)
        assert any("「Primeの定期更新についてのお知らせ」" in line for line in lines), lines
    text = "".join(_lines("renewal", "2026-12-08", "--today", "2026-12-05", columns=1000))
    assert "「Primeの定期更新についてのお知らせ」）" not in text  # nothing glued after 」


def test_5_a_verb_phrase_stays_whole_in_the_explanation_of_a_past_date() -> None:
    args = ("renewal", "2026-11-09", "--plan", "monthly", "--explain", "--today", "2026-12-05")
    lines = _lines(*args, columns=80)
    assert not any(line.endswith("から表示") for line in lines), lines
    assert "します。" not in lines


def test_10_a_list_of_choices_in_the_help_breaks_only_after_a_bar() -> None:
    for command in ("renewal", "complain"):
        lines = _lines(command, "--help", columns=40)
        at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("--plan "))
        assert lines[at : at + 3] == [
            "  --plan annual|monthly|",
            "         student-annual|",
            "         student-monthly",
        ]
        assert all(text_width(line) <= 40 for line in lines if "例：" not in line), lines
