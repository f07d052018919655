"""Review 17a, item 4: the fees history showed 「確度：H」 and 「既存会員：—」, neither explained."""

from __future__ import annotations

import itertools
import json

import pytest

from tests.support.clihelp import run

WORDS = {"ja": {"高", "中"}, "en": {"high", "medium"}}
# review 18a, S 16: 「記录なし」 read as missing data; the launch fee says so, and (review 25a,
# S 16) until when existing members paid it
NONE = {"ja": "いつからかは確認できていません", "en": "start date not confirmed"}  # review20a S8
LAUNCH = {
    "ja": "2019年5月16日までの更新時の請求",
    "en": "bills at renewals until 2019-05-16",
}
LABELS = {"ja": ("確度：", "既存会員：")}


def _history(lang: str, columns: str) -> list[str]:
    result = run("fees", "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("columns", ["40", "60"])
def test_each_history_row_says_its_confidence_in_words(columns: str) -> None:
    """At 40/60 the Japanese history is a block a row: 「確度：高」, 「既存会員：該当なし（…）」."""
    confidence, existing = LABELS["ja"]
    lines = _history("ja", columns)
    shown = [line.removeprefix(confidence) for line in lines if line.startswith(confidence)]
    assert len(shown) == 10, lines
    assert set(shown) <= WORDS["ja"], shown  # never the sheet's 「H」/「M」
    cells = []  # a cell wrapped at 40: the lines after it continue it (no 「：」 label there)
    for at, line in enumerate(lines):
        if line.startswith(existing):
            more = itertools.takewhile(lambda after: after and "：" not in after, lines[at + 1 :])
            # (indented two columns since review 49a, item 15)
            cells.append(line.removeprefix(existing) + "".join(after.strip() for after in more))
    # the three old fees say until when existing members paid them, and that the start is not
    # confirmed (review 24a, S 12): 「2023年9月23日までの請求（いつからかは確認できていません）」
    assert "—" not in cells and sum(NONE["ja"] in cell for cell in cells) == 3, cells
    assert cells.count(LAUNCH["ja"]) == 1, cells


def test_each_english_history_row_says_its_confidence_in_words() -> None:
    """English draws the history as a table: its last two cells a row."""
    rows = [line.split("│")[1:-1] for line in _history("en", "200") if line.startswith("│ ")]
    cells = [[cell.strip() for cell in row] for row in rows if len(row) == 5]
    history = [row for row in cells if row[1]]  # a row's first line (its fee)
    assert len(history) == 10, history
    assert {row[4] for row in history} <= WORDS["en"], history
    existing = [row[3] for row in history]
    table = " ".join(" ".join(row[3].split()) for row in cells)  # a cell wraps onto the next row
    assert "—" not in existing and table.count(NONE["en"]) == 3, existing
    assert existing.count(LAUNCH["en"]) == 1, existing


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_legend_names_the_words_the_rows_show(lang: str) -> None:
    lines = _history(lang, "60")
    at = lines.index(
        {"ja": "確度（情報の確かさ）", "en": "Confidence (how sure the information is)"}[lang]
    )
    colon = "：" if lang == "ja" else ": "
    # a grade's line, not the indented rest of 高's (longer since review 59a item 4)
    graded = [line for line in lines[at + 1 : at + 5] if line and not line.startswith(" ")]
    assert [line.split(colon)[0] for line in graded[:2]] == {
        "ja": ["高", "中"],
        "en": ["high", "medium"],
    }[lang]


def test_the_json_keeps_the_fact_sheet_letters() -> None:
    """The words are the screen's: --json (schema_version 1) is unchanged, its 「H」 stays."""
    result = run("fees", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    text = result.stdout
    # as a value of its own (the fact sheet's new-member note says 「いつからかは…」 too)
    assert all(f'"{word}"' not in text for word in NONE.values())
    # the launch fee's 「既存会員」 cell is data since review 31a item 7: `renewals`, as on screen
    assert data["data"]["history"][0]["renewals"] in LAUNCH.values()
    assert '"高"' not in text
