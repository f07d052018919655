"""Review 49c, item 16: under 「注意：」 (and 「考えられる内容：」) each note or ※ flag hangs its
wrapped lines under its own first character, so a flag's second line does not read as the next
note (「※同じ金額の請求が、…、」 then 「または25日未満の…」 at the margin of the notes)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

STATEMENT = "tests/fixtures/review49c/twice.csv"
ARGS = ("charge", "--statement", STATEMENT, "--columns", "date,description,amount")
FLAG = {"ja": "※", "en": "! "}
NOTE = {"ja": "注意：", "en": "Note:"}


def _notes(lang: str, columns: int) -> list[str]:
    done = run(
        *ARGS, "--lang", lang, env={"COLUMNS": str(columns), "PRIMEHELP_TODAY": "2026-12-06"}
    )
    assert done.exit_code in (0, 1), done.stderr
    lines = done.stdout.splitlines()
    start = lines.index(NOTE[lang])
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    return lines[start + 1 : end]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 50])
def test_a_wrapped_flag_hangs_under_its_mark(lang: str, columns: int) -> None:
    notes = _notes(lang, columns)
    first = [i for i, line in enumerate(notes) if line.startswith("  " + FLAG[lang])]
    assert first, notes
    # the flag wraps at these widths; its next line is indented past the mark
    assert notes[first[0] + 1].startswith("    "), notes
    assert not notes[first[0] + 1].startswith("     "), notes
    # every note starts at the notes' margin; every continuation is indented past it
    for line in notes:
        assert line.startswith("  "), notes


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_note_starts_at_the_margin(lang: str) -> None:
    notes = _notes(lang, 40)
    starts = [line for line in notes if not line.startswith("    ")]
    assert len(starts) == 2, notes  # the ※ flag and the note on the monthly fee
    assert starts[0].startswith("  " + FLAG[lang]), notes
