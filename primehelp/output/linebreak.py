"""Japanese line breaking (kinsoku shori): where a line of text may break, without Rich.

Rich breaks lines only at spaces and folds a longer run character by character, so
Japanese got 「。」 at the start of a line and URLs cut in half. The break points below follow
the basic rules of kinsoku shori (JIS X 4051, simplified): a line may break at a space or
next to a CJK character, never before closing punctuation, small kana or 「ー」, never after
an opening bracket, never inside a run of Latin letters, digits and ASCII punctuation (a
word, 16:00, a URL) nor of their full-width forms, and never between a number and the CJK
character after it (「3日」). A space inside a Latin phrase in Japanese (「Prime Video」) is a
break of last resort. When no allowed break fits, the line is folded at the width.

Those rules allow a break between any two kanji or kana, which cuts words (「コール│バック」).
Given the phrases of primehelp's own text (:mod:`primehelp.output.phrases`, decided by BudouX
ahead of time), a break inside a phrase becomes a last resort too, and a table column is at
least as wide as its widest phrase.

Some pieces are kept whole when they fit on a line (:func:`units`): a quotation in 「…」 or
『…』 (an Amazon label, a quoted sentence: cut in two, a label cannot be found on the page by
eye) and the label that starts a line (「Amazonプライム会員情報のページ：」). Such a piece that
does not fit on the rest of a line moves whole to the next; only one wider than the line
breaks inside, between its phrases. A command (「`primehelp cancel --trial`」, or
「primehelp renewal … --save」 written out in an error) and a fact ID are never broken at all
(:func:`~primehelp.output.break_units.whole`): one wider than the line stands on a line of its
own and runs past it, as a URL does.

This module is pure: character widths and the breaking of text without CJK come from the
caller (:mod:`primehelp.output.console` passes Rich's); it is tested without Rich.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, pairwise

from primehelp.lazy_pattern import LazyPattern
from primehelp.output.break_amounts import amounts, masked
from primehelp.output.break_glue import glue, outside_kanji
from primehelp.output.break_units import (
    AFTER_UNIT,
    IN_UNIT,
    keep_commands,
    keep_units,
    units,
    whole,
)
from primehelp.output.phrases import Phrases
from primehelp.output.quote_units import Unit, quotations, quoted_units

__all__ = ["CITED", "URL", "LineBreaker", "long_url", "unicode_char_width", "unicode_text_width"]
__all__ += ["units"]

# A line is first turned into a string of character classes (``str.translate``: the loops run
# over bytes and C-level maps): " " space  L Latin letter or symbol  D digit  c ASCII closing
#   o ASCII opening  J CJK  K half-width kana  C CJK closing  O CJK opening  A zero-width
_CLASS_WIDTH = {" ": 1, "L": 1, "D": 1, "c": 1, "o": 1, "J": 2, "K": 1, "C": 2, "O": 2, "A": 0}
_CLASS_WIDTH |= {"W": 2, "w": 2}  # W full-width Latin letter or digit, w 「．／－」 (64m, 5)
_NOT_BEFORE = " cCAw"  # no break before these
_NOT_AFTER = "oO"  # nor after these
_LATINISH = "LDcoA"  # no break inside a run of these
_CJKISH = "JKCOWw"
# A URL, or a page cited without its scheme (site.jp/page): ASCII, a Japanese character ends it.
URL = re.compile(r"(?:https?://|(?<![!-~])(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/))[!-~]+")
# with its date 「（2021年1月26日）」; compiled at first use, for a line with a 「/」 (start-up)
CITED = LazyPattern(URL.pattern + "(?:（[0-9年月日]{5,11}）)?")
# Never at the start of a line (行頭禁則).
_CLOSERS = frozenset(
    "、。，．）」』】〉》〕］｝〙〗〟’”｠»！？ー・：；〜～％‐゠–…‥々〻ゝゞヽヾ゛゜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ｡､｣ｧｨｩｪｫｬｭｮｯｰ"
    ")]}.,:;!?%"
)
# Never at the end of a line (行末禁則).
_OPENERS = frozenset("（「『【〈《〔［｛〘〖〝‘“｟«｢([{")


def long_url(line: str, width: int) -> bool:
    """Whether ``line`` holds a URL that, with its date and the 「、」 kept after it, is wider
    than ``width`` (a URL is ASCII, one cell a character; the date's characters take two)."""
    return "/" in line and any(
        len(url) + sum(not c.isascii() for c in url) + 2 > width for url in CITED.findall(line)
    )


CharWidth = Callable[[str], int]
"""The width of one character on a terminal, in cells (0, 1 or 2)."""
TextWidth = Callable[[str], int]
"""The width of a string on a terminal, in cells."""
Divide = Callable[[str, int, bool], list[int]]
"""Break offsets of a line without CJK in it: ``divide(line, width, fold)``."""


def unicode_char_width(char: str) -> int:
    """A terminal's width of a character from the Unicode tables (help: Rich is not loaded)."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def unicode_text_width(text: str) -> int:
    return sum(map(unicode_char_width, text))


class _Classes(dict[int, str]):
    """``str.translate`` table from a character to its class, filled on first sight."""

    def __init__(self, char_width: CharWidth) -> None:
        super().__init__()
        self._char_width = char_width

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        width = self._char_width(char)
        if char.isspace() and width == 1:
            kind = " "
        elif char in "．／－":
            kind = "w"
        elif char in _CLOSERS:
            kind = "C" if width == 2 else "c"
        elif char in _OPENERS:
            kind = "O" if width == 2 else "o"
        elif width == 2:
            kind = "W" if "\uff10" <= char <= "\uff5a" and char.isalnum() else "J"
        elif "\uff61" <= char <= "\uff9f":  # half-width katakana
            kind = "K"
        elif width == 0:
            kind = "A"
        else:
            kind = "D" if "0" <= char <= "9" else "L"
        self[codepoint] = kind
        return kind


class _Pairs(dict[tuple[str, str], int]):
    """Whether a line may break between two characters of the given classes (not after a
    space: that depends on what comes before the space), filled on first sight."""

    def __missing__(self, pair: tuple[str, str]) -> int:
        before, after = pair
        allowed = not (
            before == " "
            or after in _NOT_BEFORE
            or before in _NOT_AFTER
            or (before in _LATINISH and after in _LATINISH)
            or (before in "Ww" and after in "Ww")
            or (before == "D" and after in "JK")  # 「3日」
        )
        self[pair] = kind = 2 if allowed else 0
        return kind


_PAIRS = _Pairs()
_LIST_NUMBER = re.compile(r"\s*\d{1,2}\.\s+")


def _break_kinds(line: str, classes: str, japanese: bool) -> bytearray:
    """For each index, whether a line may break before it: 0 no, 1 last resort, 2 yes. In English
    text (``japanese`` false), a run of Japanese is a word: broken inside only as a last resort."""
    kinds = bytearray(1)
    kinds.extend(map(_PAIRS.__getitem__, pairwise(classes)))
    end = len(classes)
    first = end - len(classes.lstrip(" "))  # the first non-space character
    space = classes.find(" ", first)
    while space != -1:
        after = space + 1
        while after < end and classes[after] == " ":
            after += 1
        if after == end:
            break
        before = classes[space - 1]
        if before not in _NOT_AFTER and classes[after] not in _NOT_BEFORE:
            kinds[after] = 1 if japanese and _glued(classes, space, after) else 2
        space = classes.find(" ", after)
    if first + 1 < end and not line[first].isalnum():
        kinds[first + 1] = 0  # not after a leading bullet (「・」), which would stand alone
    number = _LIST_NUMBER.match(line)
    if number is not None and number.end() < end:
        kinds[number.end()] = 0  # nor after a list item's number (「3. 」)
    if not japanese:
        for index, kind in enumerate(kinds):
            if kind:
                kinds[index] = 2 if classes[index - 1] == " " else 1
    return kinds


def _glued(classes: str, space: int, after: int) -> bool:
    """Whether the spaces in ``classes[space:after]`` are inside a Latin phrase set in
    Japanese, touching a CJK character on each side (「のPrime Videoチャンネル」)."""
    start = space
    while start > 0 and classes[start - 1] not in _CJKISH:
        start -= 1
    end = after
    while end < len(classes) and classes[end] not in _CJKISH:
        end += 1
    return (
        0 < start < space
        and classes[start] != " "
        and end < len(classes)
        and classes[end - 1] != " "
        and (classes[space - 1] in _LATINISH and classes[after] in _LATINISH)
    )


# After these, a break is between words.
_BETWEEN_WORDS = frozenset("、。，．）」』】〉》〕］｝・：；！？")


def _last_resort(line: str, classes: str, kinds: bytearray, start: int, over: int) -> int:
    """The last break of last resort in ``(start, over]``: after a space or a closing mark
    (「、」「・」「）」) or next to a Latin letter if there is one (between the words of a phrase
    too wide for the line, such as 「Amazon マーケットプレイス <…>」), else anywhere, or -1."""
    cut = kinds.rfind(1, start + 1, over + 1)
    while (
        cut != -1
        and classes[cut - 1] != " "
        and line[cut - 1] not in _BETWEEN_WORDS
        and "L" not in classes[cut - 1 : cut + 1]
    ):
        cut = kinds.rfind(1, start + 1, cut)
    return cut if cut != -1 else outside_kanji(line, kinds, start, over)


def _fold_point(classes: str, start: int, over: int) -> int:
    """Where to fold a run no allowed break splits: ``over`` (the first character past the
    width), a little before it to keep 「、」 off the next line's start, or after a full-width
    address's 「．」「／」 (review 64m, item 5: 「ｖｅｒｉｆ│ｙ」)."""
    dot = classes.rfind("w", max(start + 1, over - 12), over) if classes[over] in "Ww" else -1
    cuts = range(over, max(start, over - 4), -1)
    fit = (c for c in cuts if classes[c] not in _NOT_BEFORE and classes[c - 1] not in _NOT_AFTER)
    return dot + 1 if dot != -1 else next(fit, over)


_Analysis = tuple[str, bytearray, list[int], tuple[Unit, ...] | None]
"""A line's character classes, break kinds, cumulative widths, and its English quotations (None
in Japanese: :func:`units` only for a line that must break, as :func:`whole`; start-up)."""


class LineBreaker:
    """The break points of lines for a terminal whose widths ``char_width`` and
    ``text_width`` measure; lines without CJK are broken by ``divide``; Japanese breaks
    between ``phrases`` when given."""

    def __init__(
        self,
        char_width: CharWidth,
        text_width: TextWidth,
        divide: Divide,
        phrases: Phrases | None = None,
    ) -> None:
        self._classes = _Classes(char_width)
        self._text_width = text_width
        self._divide = divide
        self._phrases = phrases
        # Rich measures and draws a line more than once (a table cell three times).
        self._analysed: Callable[[str, bool], _Analysis | None] = functools.lru_cache(maxsize=256)(
            self._analyse
        )
        self.min_width: Callable[[str, bool], int] = functools.lru_cache(maxsize=1024)(
            self._min_width
        )
        self.phrase_width: Callable[[str], int] = functools.lru_cache(maxsize=1024)(
            self._phrase_width
        )
        self._units, self._whole = functools.lru_cache(256)(units), functools.lru_cache(256)(whole)

    def _analyse(self, line: str, japanese: bool) -> _Analysis | None:
        """The classes, break kinds and cumulative widths of a line with CJK in it, else None."""
        classes = line.translate(self._classes)
        if not any(kind in classes for kind in _CJKISH):
            return None
        widths = [0]
        widths.extend(accumulate(map(_CLASS_WIDTH.__getitem__, classes)))
        kinds = _break_kinds(line, classes, japanese)
        if japanese and self._phrases is not None:
            self._phrases.keep_together(line, classes, kinds)
        if japanese:
            glue(line, kinds)  # no particle cut from its word (review 51a, item 30)
        if "/" in line:  # a URL is never broken: split, it would no longer open
            for url in CITED.finditer(line):
                kinds[url.start() + 1 : url.end()] = bytes(url.end() - url.start() - 1)
                dated = line.find("（", url.start(), url.end())
                if dated != -1:  # its date may go to the next line, with the 「。」 after it
                    kinds[dated] = 1  # (review 31b item 2: 「…178551（2026年1月）│。」 at 40)
        spans: tuple[Unit, ...] | None = None if japanese else ()
        if not japanese and "「" in line:  # a quotation breaks as in Japanese (46c 5, 46b 2)
            inside = _break_kinds(line, classes, True)
            if self._phrases is not None:
                self._phrases.keep_together(line, classes, inside)
            spans = quoted_units(line, kinds, inside)
        return classes, kinds, widths, spans

    def offsets(self, line: str, width: int, fold: bool = True, japanese: bool = True) -> list[int]:
        """The offsets at which to break ``line`` (no newline in it) to fit ``width`` cells;
        text without CJK characters is broken by ``divide`` (English output is unchanged)."""
        if self._text_width(line) <= width:
            return []
        analysed = None if line.isascii() else self._analysed(line, japanese)
        if analysed is None:
            kept = whole(line)
            if kept:  # a command or an ID is a word: never broken, nor folded if too wide
                fold = fold and all(self._text_width(line[s:e]) <= width for s, e in kept)
                line = masked(line, kept)
            return self._divide(line, width, fold)
        classes, kinds, widths, spans = analysed
        spans, typed = self._units(line) if spans is None else spans, self._whole(line)
        if spans:
            kinds = keep_units(kinds, widths, spans, width, line)[0]
        if typed:
            kinds = keep_commands(kinds, typed)
        end = len(line)
        offsets: list[int] = []
        start = 0
        while True:
            # The first character past the width (spaces may pass it: Rich strips them).
            over = max(bisect_right(widths, widths[start] + width, start) - 1, start + 1)
            while over < end and classes[over] == " ":
                over += 1
            if over >= end:
                return offsets
            cut = kinds.rfind(2, start + 1, over + 1)
            if cut == -1 and spans:
                cut = kinds.rfind(AFTER_UNIT, start + 1, over + 1)
                if cut == -1:
                    cut = kinds.rfind(IN_UNIT, start + 1, over + 1)
            if cut == -1:
                cut = _last_resort(line, classes, kinds, start, over)
            if cut == -1 and fold:
                cut = _fold_point(classes, start, over)
                # never inside a command or an ID: before it, or if it starts the line, after it
                inside = next(((s, e) for s, e in typed if s < cut < e), None)
                before = inside[0] if inside is not None else 0
                while before > start and line[before - 1] in "（(「『[":  # a bracket goes along
                    before -= 1
                if inside is not None and before > start:
                    cut = before
                elif inside is not None:
                    cut = next((i for i in range(inside[1], end) if kinds[i]), end)
                    if cut == end:
                        return offsets
            if cut == -1:  # not folding: the run stays whole, for Rich to crop
                cut = next((i for i in range(over + 1, end) if kinds[i]), -1)
                if cut == -1:
                    return offsets
            offsets.append(cut)
            start = cut

    def _min_width(self, line: str, japanese: bool) -> int:
        """The width of the widest piece of ``line`` that no allowed break splits."""
        return self._widest(line, japanese, cjk_only=False)

    def _phrase_width(self, line: str) -> int:
        """The width of the widest Japanese phrase of ``line``: its widest piece with CJK in it
        that no break but a last resort splits (a piece without CJK, such as a URL, folds if it
        must)."""
        return self._widest(line, True, cjk_only=True)

    def unit_width(self, line: str, limit: int) -> int:
        """The widest quotation kept whole (:func:`units`, with its glue) within ``limit``."""
        analysed = self._analysed(line, True)  # only quotations widen a column
        return 0 if analysed is None else keep_units(*analysed[1:3], quotations(line), limit)[1]

    def _widest(self, line: str, japanese: bool, cjk_only: bool) -> int:
        analysed = self._analysed(line, japanese)
        if analysed is None:
            words = () if cjk_only else masked(line, amounts(line)).split()  # 「5,900 yen」
            return max((self._text_width(word) for word in words), default=0)
        classes, kinds, widths, _ = analysed
        least = 2 if cjk_only else 1
        breaks = [index for index, kind in enumerate(kinds) if kind >= least]
        # A piece ends where the next begins, less the spaces before it.
        ends = [b if classes[b - 1] != " " else len(classes[:b].rstrip(" ")) for b in breaks]
        ends.append(len(classes.rstrip(" ")))
        return max(
            (
                widths[end] - widths[start]
                for start, end in zip([0, *breaks], ends, strict=True)
                if not cjk_only or any(map(_CJKISH.__contains__, classes[start:end]))
            ),
            default=0,
        )


_STYLE_AT_END = re.compile(r"\x1b\[[0-9;]*m$")


def without_trailing_spaces(text: str) -> str:
    """``text`` with no spaces at the end of a line, before a style's reset too (the padding of
    table cells: review 38c, item 11, on a terminal as piped); the escapes are kept."""

    def bare(line: str) -> str:
        escapes = []
        while (end := _STYLE_AT_END.search(kept := line.rstrip(" "))) is not None:
            escapes.append(end[0])
            line = kept[: end.start()]
        return kept + "".join(reversed(escapes))

    return "\n".join(map(bare, text.split("\n")))
