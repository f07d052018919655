"""Text the member gave (a message's words quoted as evidence): broken between words too.

The phrase data (:mod:`primehelp.output.phrases`) holds only the windows of text primehelp
renders itself; around a break in other text no window is found, and the kinsoku rules alone
let a line break between any two kana or kanji (「パスワードを入│力してください」). BudouX is not
run at run time (start-up budget), so for the member's own text a simple rule of Japanese
writing stands in for it: a word ends where a run of hiragana (its okurigana, a particle) meets
a kanji, a katakana or anything else (「パスワードを│入力して│ください」). Every other break
between two kana or kanji becomes a last resort, taken only when nothing else fits the line;
breaks next to Latin letters, digits, spaces and punctuation stay as kinsoku decides, and the
windows of primehelp's own phrases still apply first (a quoted sentence it also prints).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from primehelp.errors import visible
from primehelp.output.phrases import Phrases, bundled

if TYPE_CHECKING:
    from rich.text import Text as RichText

_PREFIXES = "おご"  # 「お支払い」「ご確認」: a prefix belongs to the word after it
_PARTICLES = "はがをにのでともへや"  # 「「400」│は」: a particle never starts a line
_SENTENCE_ENDS = "。、！？!?"
_DEMONSTRATIVES = ("その", "この")
_FULL_WIDTH_NUMBER = frozenset("０１２３４５６７８９－")
# 「ＡＭＡＺＯＮ.co.jp」: full-width letters and digits, and the ASCII word characters and dots
# attached to them, are one word like a half-width one (scam SMS often use full-width Latin).
_FULL_WIDTH_WORD = frozenset(
    [chr(code) for code in range(0xFF21, 0xFF3B)]  # Ａ–Ｚ
    + [chr(code) for code in range(0xFF41, 0xFF5B)]  # ａ–ｚ
    + [chr(code) for code in range(0xFF10, 0xFF1A)]  # ０–９
    + ["．"]
)
_WORD = _FULL_WIDTH_WORD | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"
)


def in_full_width_word(line: str, at: int) -> bool:
    """Whether ``line[at - 1]`` and ``line[at]`` are both in a word with full-width letters."""
    before, after = line[at - 1], line[at]
    return (
        before in _WORD
        and after in _WORD
        and (before in _FULL_WIDTH_WORD or after in _FULL_WIDTH_WORD)
    )


def _script(char: str) -> str:
    """``h`` hiragana, ``k`` katakana (with 「ー」), ``i`` kanji, ``-`` anything else."""
    code = ord(char)
    if 0x3041 <= code <= 0x309F:
        return "h"
    if 0x30A0 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F:
        return "k"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or char == "々":
        return "i"
    return "-"


def word_break(line: str, at: int) -> bool:
    """Whether a break before ``line[at]`` falls between two words by the rule above (a
    break next to a character that is no kana nor kanji is not this rule's to decide)."""
    before, after = _script(line[at - 1]), _script(line[at])
    if {line[at - 1], line[at]} <= _FULL_WIDTH_NUMBER:
        return False  # 「０１２０－９９９－３７３」: a full-width number is one word
    if line[at] in _PARTICLES and before != "h" and line[:at].rstrip()[-1:] not in _SENTENCE_ENDS:
        return False  # 「値「400」│は」「`renewal` │のことですか」: it stays with its word
    if "-" in (before, after):
        return True
    if line[at - 2 : at] in _DEMONSTRATIVES and after != "h":
        return False  # 「その│日」「この│画面」: a demonstrative stays with its noun
    if before == "h" and line[at - 1] in _PREFIXES and after == "i":
        return False  # 「お│支払い」
    if line[at] in _PREFIXES and at + 1 < len(line) and _script(line[at + 1]) == "i":
        return True  # 「を│ご確認」「至急│ご確認」: a prefix starts the next word
    return before == "h" and after != "h"


class MemberPhrases(Phrases):
    """primehelp's phrases, then the word rule for the rest (:func:`word_break`)."""

    def __init__(self, known: Phrases) -> None:
        super().__init__(known.alphabet, known.inside)

    def keep_together(self, line: str, spaces: str, kinds: bytearray) -> None:
        super().keep_together(line, spaces, kinds)
        for at in range(1, len(kinds)):
            if kinds[at] and in_full_width_word(line, at):
                kinds[at] = 0  # 「ＡＭＡＺＯ│Ｎ」: folded only if longer than the line
            elif kinds[at] == 2 and not word_break(line, at):
                kinds[at] = 1
            elif (
                kinds[at] == 2
                and line[at] == "（"
                and line[at - 1].isascii()
                and line[at - 1].isalnum()
            ):
                kinds[at] = 1  # 「cancel│（解約できない…）」: a value's gloss starts with it


@functools.cache
def _member_class() -> type[RichText]:
    from rich._wrap import divide_line
    from rich.cells import cell_len, get_character_cell_size

    # The Japanese-aware text of every screen, bound to a breaker with the word rule.
    from primehelp.output.console import make_japanese_text
    from primehelp.output.linebreak import LineBreaker

    breaker = LineBreaker(get_character_cell_size, cell_len, divide_line, MemberPhrases(bundled()))
    return make_japanese_text(breaker)


def member_text(text: str, style: str = "") -> RichText:
    """Rich text of the member's own words, broken between words (:class:`MemberPhrases`); a
    control character in them shown, never acted on (review 45a, item 1)."""
    return _member_class()(visible(text), style=style)
