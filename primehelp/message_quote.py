"""Evidence quoted as the member gave it: a sentence of the NFKC-normalised text the flags are
looked for in, turned back into the same sentence of the given text (「：」 stays 「：」)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from primehelp.invisible import without_invisible
from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import SENTENCE_END, WRAPPED_SENTENCE_AT_MOST, one_line
from primehelp.message_clauses import after_link_goes_on
from primehelp.message_kana import folded

# A line that ends inside its sentence (a mail wrapped there): a comma, a particle, or a link
# the sentence goes on after (「24時間以内に https://…」 / 「からお支払い情報を…」).
# Compiled at its first use: only a message with a line broken inside a sentence (start-up).
# The link case starts only where a word starts ((?<!\S)): without it, re retried \S+ from every
# character of a long unbroken run, quadratic (review 46a item 8: 200 KB without a space, 70 s).
_GOES_ON = LazyPattern(r"(?:[、,にをはがでのとへもや]|から|より|まで|(?<!\S)\S+://\S+)$")


def _goes_on(line: str) -> bool:
    """Whether ``line`` (one line: single spaces) ends inside its sentence. Only its last word
    is searched: the pattern is anchored at the end, and a link starts where a word starts."""
    last_word = line[max(line.rfind(" "), line.rfind("\u3000")) + 1 :]
    return _GOES_ON.search(last_word) is not None


def _key(sentence: str) -> str:
    # a sentence compared with its look-alikes of 「ー」 folded (review 42a, item 3)
    return "".join(folded(without_invisible(unicodedata.normalize("NFKC", sentence))).split())


def _pieces(given: str) -> list[tuple[str, bool]]:
    """The sentences of ``given`` as it was written, each with whether only one line break
    (no 。, no blank line) ends the one before it."""
    shadow = "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in given)
    pieces: list[tuple[str, bool]] = []
    at, broken = 0, False
    for end in (*SENTENCE_END.finditer(shadow), None):
        piece = given[at : end.start() if end else len(given)]
        pieces.append((piece, broken))
        # one line break: a blank line (a paragraph, or the next part of a mail: review 36a,
        # item 14) ends the sentence
        broken = end is not None and not end.group().strip() and end.group().count("\n") == 1
        at = end.end() if end else at
    return pieces


def as_given(given: str, subject: str = "") -> Callable[[str], str]:
    """A sentence of the normalised text → the same sentence as the member gave it, on one
    line: evidence is quoted verbatim (「：」 stays 「：」); NFKC is for matching only. The
    given text is cut where its NFKC form has a sentence end (characters that NFKC turns into
    one character are compared as that character, so the pieces keep their places).

    A sentence a mail wrapped over lines is quoted whole from its start, so the words in 「」
    are the message's own and none dropped (review 32a, item 3: not 「からお支払い…」); the
    invisible marks are left out of a quote (a direction mark would reorder the line: the
    link is shown with its marks named under a sign of its own)."""
    sentences: dict[str, str] = {}
    for text in (subject, given):
        before = ""
        for piece, broken in _pieces(text):
            shown = one_line(without_invisible(piece))
            if (
                broken
                and before
                and len(before) < WRAPPED_SENTENCE_AT_MOST
                and _goes_on(before)
                and after_link_goes_on(before, shown)
            ):
                shown = f"{before} {shown}" if shown else before
            if shown:
                sentences.setdefault(_key(piece), shown)
            before = shown if piece.strip() else before
    return lambda sentence: sentences.get(_key(sentence), sentence)
