"""Review 39b item 5: words of kanji split across lines (「計│算による目安」, 「場│合」): the
phrase file holds only windows BudouX kept whole among the screens the generator renders, and
計, 算 are not in BudouX's model. A break between two kanji is now a last resort: over every
Japanese screen's paragraphs at widths 40–50, and over the reviewer's commands at 40–50
columns, no line breaks between two kanji where the paragraph could break elsewhere."""

from __future__ import annotations

import itertools

import pytest

from primehelp.output import phrases
from primehelp.output.linebreak import LineBreaker
from tests.support import phrases as reference
from tests.support.clihelp import run
from tests.support.kinsoku import char_width, divide_at_spaces, text_width

BREAKER = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())


def _kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "\u3005"


def _kanji_cuts(text: str, width: int) -> list[str]:
    offsets = BREAKER.offsets(text, width)
    bounds = [0, *offsets, len(text)]
    found = []
    for start, end in itertools.pairwise(bounds):
        piece = text[start:end]
        between = end < len(text) and _kanji(text[end - 1]) and _kanji(text[end])
        if between and (_phrase_after_word(text, end) or _after_a_date(text, end)):
            continue
        # a last resort only: the piece had nowhere else to break (all kanji)
        if between and any(not _kanji(c) for c in piece.strip()):
            found.append(text[max(0, end - 6) : end] + "│" + text[end : end + 6])
    return found


def _after_a_date(text: str, at: int) -> bool:
    """Review 52c item 5: a 「…の＋名詞」 unit starts after a date's 「日」
    (「2023年9月24日│以降の請求から）」): a break between the date and the next word."""
    return at > 1 and text[at - 1] == "日" and text[at - 2].isdigit()


def _phrase_after_word(text: str, at: int) -> bool:
    """Review 40c item 4: BudouX starts a phrase at ``at``, after a word of two kanji or more
    (「2回以上│請求されています」, 「今後│変わる」): a break between words, not inside one."""
    return at > 1 and _kanji(text[at - 2]) and at in reference.boundaries(text)


def test_no_screen_paragraph_breaks_inside_a_kanji_word() -> None:
    cut = {
        (width, wrapped.line[:30], found)
        for screen in reference.screens()
        for wrapped in screen.wrapped
        for width in range(32, 43)  # 40–50 columns less the indents
        for found in _kanji_cuts(wrapped.line, width)
    }
    assert sorted(cut)[:10] == []


COMMANDS = [
    ("renewal", "2026-11-05", "--plan", "monthly", "--today", "2026-12-05"),
    ("renewal", "2026-11-06", "--plan", "monthly", "--today", "2026-12-05"),
    ("renewal", "2026-11-06", "--today", "2026-12-05"),
    ("cancel", "--renewal", "2026-12-04", "--student", "--benefits-used", "--today", "2026-12-05"),
    ("cancel", "--renewal", "2026-12-20", "--today", "2026-12-19"),
    ("trial", "2026-10-07", "--today", "2026-12-05"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_the_reviewers_screens_keep_kanji_words_whole(args: tuple[str, ...]) -> None:
    whole = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    for width in range(40, 51):
        out = run(*args, "--lang", "ja", env={"COLUMNS": str(width)}).stdout.splitlines()
        for above, below in itertools.pairwise(out):
            split = above and below and _kanji(above[-1]) and _kanji(below[0])
            joined = above.strip()[-8:] + below.strip()[:8]
            wrapped = split and joined in whole  # one paragraph
            # BudouX decides from three characters either side: 16 are enough (review 40c 4)
            wrapped = wrapped and not _phrase_after_word(joined, len(above.strip()[-8:]))
            assert not wrapped, (width, above, below)
