"""Review 37a item 11: the lines a 「・」 or 「1. 」 item wraps onto start under the item's text,
on every screen (check-number, contact, complain and subscriptions started them at column 0);
review 37b item 9: cancel's notes under a step all at the same depth, the trial's note too."""

from __future__ import annotations

import re

import pytest

from primehelp.output.bullets import item_mark
from tests.support.clihelp import run
from tests.support.golden import MESSAGES

COMMANDS = [
    ("check-number", "0120-999-373"),
    ("check-number", "188"),
    ("check-number", "03-1234-5678"),
    ("contact",),
    ("complain", "renewal"),
    ("complain", "refund"),
    ("complain", "cancel"),
    ("complain", "other"),
    ("subscriptions",),
    ("sources",),
    ("fees",),
    ("renewal", "2026-12-24", "--plan", "annual", "--today", "2026-12-05", "--explain"),
    ("trial", "2026-11-25", "--student", "--today", "2026-12-05"),
    ("cancel", "--today", "2026-12-05"),
    ("cancel", "--via", "app", "--today", "2026-12-05"),
    ("cancel", "--trial", "--today", "2026-12-05"),
    ("check-message", str(MESSAGES / "scam-subject-utf8.eml")),
]
QUOTED = {
    ("check-number", "0120-999-373"),
    ("contact",),
    ("complain", "renewal"),
    ("subscriptions",),
    ("cancel", "--today", "2026-12-05"),
}
ITEM = re.compile(r"^( *)(・|- |\d{1,2}\. )")


def _lines(args: tuple[str, ...], columns: int) -> list[str]:
    more = ("--no-interactive",) if args[0] == "cancel" else ()
    done = run(*args, *more, "--lang", "ja", env={"COLUMNS": str(columns)})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout.splitlines()


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args[:2]))
def test_continuation_lines_start_under_the_item_text(args: tuple[str, ...], columns: int) -> None:
    items = [line for line in _lines(args, 1000) if ITEM.match(line)]
    narrow = _lines(args, columns)
    checked = 0
    for item in items:
        whole = _squeezed(item)
        start = next(
            (
                index
                for index, line in enumerate(narrow)
                if ITEM.match(line) and whole.startswith(_squeezed(line)) and _squeezed(line)
            ),
            None,
        )
        if start is None or _squeezed(narrow[start]) == whole:
            continue  # one line at this width, or shown differently (a table)
        match = ITEM.match(narrow[start])
        assert match
        # 「・」 is 2 columns wide
        hang = item_mark(narrow[start]) + (1 if match.group(2) == "・" else 0)
        seen = _squeezed(narrow[start])
        for line in narrow[start + 1 :]:
            if seen == whole or not whole.startswith(seen + _squeezed(line)):
                break
            assert line.startswith(" " * hang), (columns, narrow[start], line)
            seen += _squeezed(line)
            checked += 1
    if args in QUOTED:
        assert checked, "no wrapped item to check"  # the screens 37a item 11 quotes


@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize("via", ["web", "app"])
def test_every_note_under_a_step_is_as_deep_as_the_others(via: str, columns: int) -> None:
    lines = _lines(("cancel", "--via", via, "--today", "2026-12-05"), columns)
    steps = lines[lines.index("手順") + 1 :]
    steps = steps[: steps.index("")]
    notes = [line for line in steps if line.lstrip().startswith("・")]
    assert len(notes) >= (3 if via == "web" else 1), steps
    # at the text column of its step (「3. 」), as deep as every other note
    assert {len(line) - len(line.lstrip()) for line in notes} == {3}, notes
    # 「・無料体験中は、このボタンの表示が変わります：」 (was 「無料体験中の場合」; 51a item 31)
    trial = next(at for at, line in enumerate(steps) if "無料体験中は" in line)
    # its label: whole where it fits under the note's text, else at its most even halves
    label = "「プライム無料体験と特典利用を止める」"
    shown = "".join(line.strip() for line in steps[trial : trial + 4])
    assert label in shown
    if columns >= 5 + 38:
        assert any(line.startswith("     " + label) or label in line for line in steps)
    else:
        assert any(line.rstrip().endswith("「プライム無料体験と") for line in steps), steps
