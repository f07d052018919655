"""Review 37b item 6: English ``--help`` at 40 columns was garbled for renewal and cancel:
Click's two columns left the help 10 cells (「$ / PRIMEHELP_」, 「A / sia/Tokyo」) and the
option column ran past the line. Now English stacks each help under its option, as Japanese
does, when the columns are too narrow."""

from __future__ import annotations

import pytest

from primehelp.cli import COMMANDS
from primehelp.output.linebreak import unicode_text_width
from tests.support.clihelp import run


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("columns", [40, 50, 60, 80])
def test_english_help_fits_the_width(command: str, columns: int) -> None:
    done = run(command, "--help", "--lang", "en", env={"COLUMNS": str(columns)})
    assert done.exit_code == 0, done.stderr
    for line in done.stdout.splitlines():
        if not line.isascii():  # Click counts a wide character as one cell: known, not here
            continue
        words = line.split()
        # a single word wider than the line, or an example's option with its value, runs past
        # it whole (never split between them)
        whole = len(words) == 1 or (len(words) == 2 and words[0].startswith("--"))
        assert unicode_text_width(line) <= columns or whole, (
            columns,
            line,
        )
    assert "PRIMEHELP_\n" not in done.stdout
