"""What the line-breaking tests share: the rules to check, and a line breaker without Rich."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from hypothesis import strategies as st

from primehelp.output.linebreak import LineBreaker, unicode_char_width, unicode_text_width

# Never at the start of a line, and never at the end of one.
FORBIDDEN_START = set(
    "、。，．）」』】〉》〕］｝！？ー・：；〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ)].,:!?"
)
FORBIDDEN_END = set("（「『【〈《〔［｛([")
URL = "https://www.amazon.co.jp/gp/help/customer/contact-us"
SENTENCE = (
    "消費者ホットライン188（いやや！）：188に電話すると、お住まいの地域の消費生活センターに"
    "つながります。土日祝日は、国民生活センター（10:00〜16:00）につながります。"
)


char_width = unicode_char_width
"""A terminal's width of one character, from the Unicode tables (no Rich)."""
text_width = unicode_text_width


def divide_at_spaces(line: str, width: int, fold: bool) -> list[int]:
    """Break a line without CJK before the first word that passes ``width``, as Rich does;
    fold a word longer than a line when ``fold``."""
    offsets: list[int] = []
    start = 0  # where the current line starts
    for word in re.finditer(r"\s*\S+\s*", line):
        end = word.start() + len(word.group().rstrip())
        if text_width(line[start:end]) <= width or word.start() == start:
            pass
        else:
            offsets.append(start := word.start())
        while fold and text_width(line[start:end]) > width:
            offsets.append(start := start + width)
    return offsets


PLAIN = LineBreaker(char_width, text_width, divide_at_spaces)
"""The engine as the tests see it: Unicode's widths, no Rich anywhere."""


def pieces(
    text: str, width: int, *, japanese: bool = True, breaker: LineBreaker = PLAIN
) -> list[str]:
    """``text`` cut at the break points chosen for ``width`` (spaces kept)."""
    offsets = breaker.offsets(text, width, True, japanese)
    assert offsets == sorted(set(offsets)), offsets
    bounds = [0, *offsets, len(text)]
    return [text[start:end] for start, end in itertools.pairwise(bounds)]


def assert_kinsoku(
    lines: list[str], width: int, measure: Callable[[str], int] = text_width
) -> None:
    """No line is wider than ``width``; none starts or ends with a forbidden character."""
    for number, line in enumerate(lines):
        body = line.rstrip()
        assert measure(body) <= width, (width, line)
        if number > 0 and body:
            assert body[0] not in FORBIDDEN_START, (width, lines)
        if number < len(lines) - 1 and body:
            assert body[-1] not in FORBIDDEN_END, (width, lines)


# Random mixes of Japanese and ASCII, for the hypothesis properties.
JAPANESE_WORDS = ["消費者", "ホットライン", "センター", "電話", "です", "ます", "日本", "会員"]
ASCII_WORDS = ["Prime", "Video", "188", "Amazon", "co.jp", "16:00", "ID", "x"]
CLOSERS = ["", "", "、", "。", "）", "」", "！", "ー", "ょ", ".", ")"]
OPENERS = ["", "", "", "「", "（", "("]


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    parts: list[str] = []
    last_ascii = False
    for _ in range(draw(st.integers(1, 30))):
        is_ascii = draw(st.booleans())
        word = draw(st.sampled_from(ASCII_WORDS if is_ascii else JAPANESE_WORDS))
        gap = " " if (is_ascii and last_ascii) else draw(st.sampled_from(["", "", " "]))
        parts.append(gap + draw(st.sampled_from(OPENERS)) + word + draw(st.sampled_from(CLOSERS)))
        last_ascii = is_ascii
    return "".join(parts)
