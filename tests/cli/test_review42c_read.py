"""Review 42c, how ``charge`` and ``charge --statement`` read a statement line and its text
(items 4, 5, 9, 15 and S items), through the real charge reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement

# ---------------------------------------------------------------- item 4

# Near misses of Amazon's name that `charge` calls possibly another company's: a zero for the
# 「O」, a letter left out, a Cyrillic 「А」. The statement never hides them as "other lines".
LOOK_ALIKES = ["AMAZ0N PRIME", "AMZON PRIME", "AMAZN PRIME", "АMAZON PRIME", "PAY AMAXON"]


@pytest.mark.parametrize("text", LOOK_ALIKES)
@pytest.mark.parametrize("amount", ["600", "5900", "1234"])
def test_item4_look_alike_lines_are_shown_and_flagged(
    tmp_path: Path, text: str, amount: str
) -> None:
    data: Any = _statement(statement_file(tmp_path, f"2026/11/05,{text},{amount}"), json=True)
    assert data["other_lines"] == 0
    (line,) = data["lines"]
    assert "looks_like_amazon" in line["flags"]
    assert line["text"] == "other_amazon"
    assert data["flagged"] == 1
    screen = _statement(statement_file(tmp_path, f"2026/11/05,{text},{amount}"))
    assert "Amazon以外の会社からの請求の可能性があります" in screen
    assert "Amazonの行は見つかりませんでした" not in screen


@pytest.mark.parametrize("text", ["NETFLIX.COM", "APPLE.COM/BILL", "AMAZING CAFE", "MAZDA"])
def test_item4_other_names_stay_other_lines(tmp_path: Path, text: str) -> None:
    data: Any = _statement(statement_file(tmp_path, f"2026/11/05,{text},600"), json=True)
    assert data["other_lines"] == 1
    assert data["lines"] == []
