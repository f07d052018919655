"""Review 25b items 1 and 2, cancel at 40 columns: an Amazon label in 「…」 that fits on a line
(with its brackets and the indent) is never split. The two labels the review saw split do not
fit: 「プライム無料体験と特典利用を止める」 is 38 columns with its brackets (41 under the 3-column
indent of a step), 「プライム会員情報の管理、キャンセルなど」 42 (wider than an unindented page
line). They break where a quotation wider than the line breaks (review 13b item 3): at its own
「、」, else between its two most even halves."""

from __future__ import annotations

import os
import pty
import re
import sys
from itertools import pairwise
from pathlib import Path

import pexpect
import pytest

from tests.support.clihelp import run
from tests.support.kinsoku import text_width

ROOT = Path(__file__).resolve().parents[2]
needs_pty = pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
_OPEN = re.compile(r"「[^「」]*$")
_CLOSE = re.compile(r"[^「」]*」")


def _split_quotations(lines: list[str]) -> list[tuple[str, int]]:
    """Each quotation cut at a line's end, whole, with the width it had: 40 less the indent of
    the line it continues on."""
    found = []
    for line, after in pairwise(lines):
        opened, closed = _OPEN.search(line), _CLOSE.match(after.lstrip())
        if opened and closed:
            indent = len(after) - len(after.lstrip())
            found.append((opened.group() + closed.group(), 40 - indent))
    return found


_SCREENS = [
    (*via, *state)
    for via in [(), ("--via", "web"), ("--via", "app")]
    for state in [(), ("--trial",), ("--paid",), ("--trial", "--student")]
]


@pytest.mark.parametrize("args", _SCREENS)
def test_25b_1_no_quotation_that_fits_is_split(args: tuple[str, ...]) -> None:
    done = run("cancel", "--no-interactive", *args, "--lang", "ja", env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    for quoted, room in _split_quotations(lines):
        assert text_width(quoted) > room, (quoted, room)
    if "--trial" in args:
        # The label is there, in step 3, under the indent: 38 > 37 columns.
        assert ("「プライム無料体験と特典利用を止める」", 37) in _split_quotations(lines)
        assert any(line.rstrip().endswith("「プライム無料体験と") for line in lines), lines
    elif not args or args == ("--via", "web"):
        # in step 3's note, under the note's text as deep as every other note (review 37b
        # item 9, 37a item 11; review 31b S 15 indented this note less to keep it whole):
        # 38 > 35 columns, it breaks at its most even halves, as in step 3 itself
        assert ("「プライム無料体験と特典利用を止める」", 35) in _split_quotations(lines)


@needs_pty
def test_25b_2_the_app_label_wider_than_a_page_breaks_at_its_comma() -> None:
    """Step 3 of the app path at (40,40): 42 columns, the label breaks at its 「、」."""
    env = {**os.environ, "COLUMNS": "40", "TERM": "dumb", "PRIMEHELP_LANG": "ja"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--via", "app", "--paid", "--regular", "--no-benefits-used"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 40),
    )
    pages = []
    for _ in range(4):  # the situation, steps 1, 2 and 3
        child.expect("> ")
        pages.append(child.before.replace("\r", "").split("\n"))
        child.sendline("")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    step3 = [line.rstrip() for line in pages[3]]
    assert text_width("「プライム会員情報の管理、キャンセルなど」") == 42
    at = step3.index("「プライム会員情報の管理、")
    assert step3[at + 1].startswith("キャンセルなど」。"), step3  # the label ends it (51a, 31)
    for page in pages:
        for quoted, room in _split_quotations([line.rstrip() for line in page]):
            assert text_width(quoted) > room, (quoted, room)
