"""Review 53b: the carrier screen, `due`, its notification and `remind` (items 2, 3, 4, 5, 6,
7, 8, 18; review 52b item 32; `due --within`'s help in both languages)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_au_plan_is_written_as_the_paragraph_writes_docomo(lang: str) -> None:
    """Item 2: 「（「au の料金プランとセットになったAmazonプライム」など）」 — a half-width space
    before 「の」 (「docomoの」「au・UQの」 in the same paragraph have none)."""
    done = run("--lang", lang, "cancel", "--no-interactive", "--via", "carrier", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert "au の" not in done.stdout
    if lang == "ja":
        assert "（auの料金プランとセットになったAmazonプライムなど）" in done.stdout
    else:
        assert "(such as Amazon Prime that comes with an au plan)" in done.stdout
