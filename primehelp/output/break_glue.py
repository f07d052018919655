"""More of what a line of Japanese keeps together (review 51a): pieces kept whole when they fit,
added to :func:`primehelp.output.break_units.units`, and breaks that are only a last resort
(:func:`glue`), whatever the phrase data knows. Pure: no Rich, no terminal."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern
from primehelp.output.phrases import is_kanji

_LAST_ITEM = LazyPattern(r"(?<=、)[^\s、。（）「」]{1,10}）", needs=lambda line: "）" in line)
"""The last item of a list in brackets, short, with its 「）」: the kind of a number in
check-number's heading, 「（050-1234-5678、IP電話）」, never 「、IP│電話）」 or 「、海外│の番号）」
(review 51a, item 1), as 「通話料無料の番号」 already was."""


_ARTICLE = LazyPattern(r"第\d+[条項号](?:の\d+)?", needs=lambda line: "第" in line)
"""An article of a law: 「第12条の6」, 「第2項」, never 「同法第│12条の6」 (review 51a, item 11)."""
_DEFAULT = LazyPattern(
    r"指定しない場合(?:は ?[!-~]*[0-9A-Za-z]|は|、)?", needs=lambda line: "場合" in line
)
"""The opener of a default in the help with its value: 「指定しない場合は 7,3,1」, never
「指定しない│場合は」 nor 「…場合は│7,3,1」 (review 51a, item 19)."""
_SYMBOLS = LazyPattern(r"(?:「[^「」\s]{1,4}」){2,}", needs=lambda line: "」「" in line)
"""A list of short quoted symbols: 「「*」「(」「)」「$」」, never split inside (review 51c, item 33)."""
_ESTIMATE = LazyPattern(
    r"（[^（）「」、。\n]{1,10}、(?:計算による)?目安）", needs=lambda line: "目安）" in line
)
"""A date's note that it is an estimate, whole: 「（明日、計算による目安）」 goes to the next line
as one, never 「（明日、│計算による目安）」 (review 57b: the monthly and annual sentences of a
date long past, 「次の更新日は…（あと2日、計算による目安）、」, at 40 columns)."""


_NAMED_DAY = LazyPattern(
    r"[^\W\d_a-zA-Z\u3041-\u309f]{1,8}は(?:今日|明日|昨日)（\d{4}年\d{1,2}月\d{1,2}日[^（）「」\n]{0,12}）",
    needs=lambda line: "日（" in line,
)
"""A label with a day named in words and its date, whole: 「目安日は明日（2026年12月8日）」, as
break_units keeps 「更新日は2026年12月8日」, never 「解約の目安日は│明日（…）」 (review 57b)."""


def more_units(line: str) -> list[tuple[int, int, bool]]:
    """The pieces of ``line`` kept whole when they fit, besides :func:`units`' own: see the
    patterns above."""
    found = [(m.start(), m.end(), False) for m in _LAST_ITEM.finditer(line)]
    found.extend((m.start(), m.end(), False) for m in _ARTICLE.finditer(line))
    found.extend((m.start(), m.end(), False) for m in _DEFAULT.finditer(line))
    found.extend((m.start(), m.end(), False) for m in _SYMBOLS.finditer(line))
    found.extend((m.start(), m.end(), False) for m in _ESTIMATE.finditer(line))
    found.extend((m.start(), m.end(), False) for m in _NAMED_DAY.finditer(line))
    return found


_STOPS = ("、", "。")


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u3096"


def glue(line: str, kinds: bytearray) -> None:
    """Make a last resort (1) of each allowed break (2), in place, that would start a line with
    a particle cut from the word before it (review 51a, item 30: 「5GBまで│で、」):

    - a hiragana after a Latin letter (「5GB│まで」, 「Amazon│の」): a particle or an ending;
    - one or two hiragana before a 「、」 or 「。」 (「まで│で、」, 「電話│では、」), after a word (not
      after a sentence's end or a bracket: 「。│また、」 is a break between words).
    """
    at = kinds.find(2, 1)
    while at != -1:
        if _hiragana(line[at]):
            before = line[at - 1]
            if before.isascii() and before.isalpha():
                kinds[at] = 1
            elif before not in "。、！？「」（）『』 　":
                rest = line[at + 1 : at + 3]
                if rest[:1] in _STOPS or (_hiragana(rest[:1]) and rest[1:2] in _STOPS):
                    kinds[at] = 1
        at = kinds.find(2, at + 1)


def outside_kanji(line: str, kinds: bytearray, start: int, over: int) -> int:
    """The last break of last resort in ``(start, over]`` that is not between two kanji (a word
    too wide for the line breaks 「指定しない│場合は」, never 「指定しない場│合は」: review 39b's
    test at 32 columns), else the last one, or -1."""
    cut = kinds.rfind(1, start + 1, over + 1)
    while cut != -1 and is_kanji(line[cut - 1]) and is_kanji(line[cut]):
        cut = kinds.rfind(1, start + 1, cut)
    return cut if cut != -1 else kinds.rfind(1, start + 1, over + 1)
