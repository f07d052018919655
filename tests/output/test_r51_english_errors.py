"""Round 51 (leftover of review 43): `primehelp charge abc --lang en` on a 60-column terminal left
「(a」 alone on a line: the English error holds 「5900円」 and 「△600」, so it was laid out as
Japanese text, its Latin words breaking as Japanese phrases do. An English message is laid out
as English now. Every English error line of the goldens (and that one), at 40, 60 and 80
columns: broken only at spaces, never an opening bracket with a short word alone on a line, and
a command that fits on a line whole on one, with its 「(e.g.」 not alone before it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from primehelp.output.break_units import commands
from primehelp.output.stderr_lines import laid_out
from tests.support.clihelp import run
from tests.support.kinsoku import text_width

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
_SHORT_BRACKET = re.compile(r"[(（]\S{0,3}")
_LABEL_ALONE = re.compile(r"\(?(?:e\.g\.|[Hh]ow:)")


def _errors() -> list[str]:
    found = {run("charge", "abc", "--lang", "en").stderr.rstrip("\n")}
    for name in ("corpus.txt", "commands.txt"):
        text = (GOLDEN / name).read_text(encoding="utf-8", errors="replace")
        found |= {line for line in text.splitlines() if line.startswith("primehelp: error: ")}
    return sorted(line for line in found if text_width(line) > 40)


ERRORS = _errors()


def test_the_quoted_error_is_english_with_japanese_in_it() -> None:
    quoted = next(line for line in ERRORS if "'abc' is not an amount" in line)
    assert "円" in quoted and "△" in quoted
    assert len(ERRORS) > 500


@pytest.mark.parametrize("width", [40, 60, 80])
def test_english_errors_break_at_spaces_only(width: int) -> None:
    bad = []
    for error in ERRORS:
        lines = laid_out(error, width).split("\n")
        if any(line.endswith(" \\") for line in lines):  # a command wider than the line
            continue
        if any(text_width(word) > width for word in error.split()):
            continue  # a word wider than the line (pasted text) is folded, rightly
        if " ".join(lines).split() != error.split():
            bad.append(("inside a word", lines))
        for line in lines:
            if _SHORT_BRACKET.fullmatch(line.strip()) or _LABEL_ALONE.fullmatch(line.strip()):
                bad.append(("alone", line, error))
        for start, end in commands(error):
            command = error[start:end]
            if text_width(command) + 1 <= width and not any(command in line for line in lines):
                bad.append(("command", command, error))
    assert bad[:5] == []
