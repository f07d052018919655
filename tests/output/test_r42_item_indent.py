"""Review 37a item 11: the lines a 「・」 or 「1. 」 item wraps onto start under the item's text,
on every screen (check-number, contact, complain and subscriptions started them at column 0)."""

from __future__ import annotations

import re

import pytest

from primehelp.output.console import item_prefix_length
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
    ("check-message", str(MESSAGES / "scam-subject-utf8.eml")),
]
QUOTED = {("check-number", "0120-999-373"), ("complain", "renewal"), ("subscriptions",)}
ITEM = re.compile(r"^( *)(・|- |\d{1,2}\. )")


def _lines(args: tuple[str, ...], columns: int) -> list[str]:
    done = run(*args, "--lang", "ja", env={"COLUMNS": str(columns)})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout.splitlines()


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("columns", [40, 60])
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
        hang = (
            len(match.group(1))
            + item_prefix_length(narrow[start].lstrip())
            + (
                1 if match.group(2) == "・" else 0  # 「・」 is 2 columns wide
            )
        )
        seen = _squeezed(narrow[start])
        for line in narrow[start + 1 :]:
            if seen == whole or not whole.startswith(seen + _squeezed(line)):
                break
            assert line.startswith(" " * hang), (columns, narrow[start], line)
            seen += _squeezed(line)
            checked += 1
    if args in QUOTED:
        assert checked, "no wrapped item to check"  # the screens 37a item 11 quotes


# Review 37b item 5: the facts-are-old footer was broken by characters (「最│新版」, a line
# starting with 「の」); it breaks between phrases like every other Japanese paragraph.
@pytest.mark.parametrize("columns", [40, 50, 60])
def test_the_staleness_footer_breaks_between_phrases(columns: int) -> None:
    args = ("renewal", "2027-12-24", "--plan", "annual", "--today", "2027-12-05", "--lang", "ja")
    done = run(*args, env={"COLUMNS": str(columns), "PRIMEHELP_TODAY": "2027-12-05"})
    lines = done.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("この情報は"))
    footer = lines[at:]
    assert len(footer) >= 2, footer
    for line in footer[1:]:
        assert not line.startswith(("の", "新", "版", "て", "を")), footer
    for word in ("最新版", "確認した", "可能性", "実行して"):
        assert word in "".join(footer), footer
        assert any(word in line for line in footer), footer
