"""Review 50a, item 13: no line starts with a formal noun (こと・ため・ほう・もの・とき) cut from
the word before it (「聞く│ことはありません」, 「偽装できる│ため」, 「年間プランの│ほうが」), on any
Japanese screen at 40, 60, 80 and 120 columns nor in any bundled text at any width."""

from __future__ import annotations

import itertools
import re

import pytest

from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support import phrases as reference
from tests.support.clihelp import run
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
CUT = re.compile(r"[\u3041-\u3096]\n(?:こと|ため|ほう|もの|とき)")


def _cuts(line: str, offsets: tuple[int, ...]) -> list[str]:
    return [
        line[max(0, at - 6) : at + 4]
        for at in offsets
        if CUT.match(line[at - 1] + "\n" + line[at : at + 2])
    ]


def test_no_screen_line_starts_with_a_formal_noun() -> None:
    found = {
        (screen.columns, " ".join(screen.call.args)[:40], cut)
        for screen in reference.screens()
        for wrapped in screen.wrapped
        for cut in _cuts(wrapped.line, wrapped.offsets or ())
    }
    assert sorted(found) == []


def test_no_bundled_text_breaks_before_a_formal_noun() -> None:
    found = {
        (width, cut)
        for piece in reference.data_pieces()
        if CUT.pattern and any(noun in piece for noun in ("こと", "ため", "ほう", "もの", "とき"))
        for width in range(20, 81, 2)
        for cut in _cuts(piece, tuple(BREAKER.offsets(piece, width)))
    }
    assert sorted(found)[:10] == []


@pytest.mark.parametrize(
    ("args", "columns", "kept"),
    [
        (("check-number", "0120-999-373"), 40, "聞くこと"),
        (("subscriptions",), 80, "できていないため"),  # check-message's 「できるため」 left (62m)
        (("fees",), 40, "のほうが"),
    ],
)
def test_the_review_s_lines_keep_the_noun(args: tuple[str, ...], columns: int, kept: str) -> None:
    done = run(*args, "--lang", "ja", env={"COLUMNS": str(columns)})
    rows = done.stdout.splitlines()
    for above, below in itertools.pairwise(rows):
        assert not CUT.match(above[-1:] + "\n" + below.lstrip()[:2]), (above, below)
    assert kept in done.stdout
