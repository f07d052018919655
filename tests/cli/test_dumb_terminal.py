"""Review 7 item 6: a dumb terminal (TERM=dumb: Emacs's shell, some IDE consoles) is laid out
at its own width, as any other terminal, and stays colourless. Rich made it 80×25 whatever
its size or COLUMNS, and the terminal folded every line inside words."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from rich.cells import cell_len

from primehelp.output.console import console_for
from tests.cli.test_terminals import ESCAPE, _env

_URL = re.compile(r"https?://\S+")


def _on_pty(args: list[str], env: dict[str, str], columns: int) -> str:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", *args],
        env=env,
        dimensions=(50, columns),
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    output: str = child.before
    child.close()
    assert child.exitstatus == 0, output
    return output


@pytest.mark.parametrize("columns_variable", [False, True], ids=["pty size", "COLUMNS"])
def test_contact_on_a_40_column_dumb_terminal_fits_and_has_no_colour(
    columns_variable: bool, tmp_path: Path
) -> None:
    extra = {"TERM": "dumb", "PRIMEHELP_LANG": "ja"}
    extra |= {"COLUMNS": "40"} if columns_variable else {}
    # The pty is 40 wide, or 120 wide with COLUMNS=40: COLUMNS wins, as on other terminals.
    output = _on_pty(["contact"], _env(tmp_path, extra), 120 if columns_variable else 40)
    lines = [_URL.sub("", line) for line in output.replace("\r\n", "\n").splitlines()]
    assert max(cell_len(line.rstrip()) for line in lines) <= 40
    assert any(cell_len(line.rstrip()) > 30 for line in lines)  # laid out for 40, not 20
    assert ESCAPE not in output


def test_the_console_takes_the_width_of_a_dumb_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Constructed with a fake environment: TERM=dumb, a terminal, COLUMNS=52, no LINES (with
    both, Rich never asked whether the terminal is dumb)."""
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "52")
    monkeypatch.delenv("LINES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # Rich: stdout counts as a terminal
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    console = console_for("ja")
    assert console.is_terminal and console.is_dumb_terminal
    assert (console.width, console.height) == (52, 25)
    assert console.color_system is None
    assert os.environ["TERM"] == "dumb"
