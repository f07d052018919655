"""Review 47c, item 8: 「金額が会費や料金と同じ│でも、」 broke before the particle; 「同じでも、」 is
one phrase, and no line starts with 「でも、」 (read as the conjunction "but")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

FILES = Path(__file__).parents[1] / "fixtures" / "review47c"


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
def test_the_same_amount_sentence_keeps_its_phrase(columns: str) -> None:
    env = {"COLUMNS": columns, "PRIMEHELP_TODAY": "2026-12-06"}
    out = run("charge", "--statement", str(FILES / "mid.csv"), "--lang", "ja", env=env).stdout
    lines = [line.strip() for line in out.splitlines()]
    assert any("同じでも、" in line for line in lines)
    assert not any(line.startswith("でも、") for line in lines)
