"""Review 21a item 2: the explanation paragraphs under 「確認が必要な行について」 broke inside words
(「あ│ります」 at 40, 「ご│自身」 at 60) — no fixture reached the both-plans paragraph, so the phrase
data had never seen it; review 21a's own CSV (tests/fixtures/statement_texts/generic-review21a.csv)
is now in the golden list. The after-today explanation (「読│み取り」 at 80) is on the same screen.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run, word_cut

CSV = "tests/fixtures/statement_texts/generic-review21a.csv"
WORDS = ("あります", "ご自身", "読み取り", "会員資格更新日", "領収書")


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_the_explanations_break_between_words(columns: str) -> None:
    args = ("charge", "--statement", CSV, "--columns", "date,description,amount", "--lang", "ja")
    env = {"COLUMNS": columns, "PRIMEHELP_TODAY": "2026-12-05"}
    shown = run(*args, env=env)
    assert shown.exit_code == 0, shown.stderr
    assert (
        "年会費と月会費の期間が重なっています：" in shown.stdout.replace("\n", "")
        and "利用日が今日より後です：" in shown.stdout
    )
    lines = shown.stdout.splitlines()
    assert [word for word in WORDS if word_cut(lines, word)] == [], shown.stdout
