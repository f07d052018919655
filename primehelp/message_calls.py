"""A request to phone Amazon, and numbers written so the number finder misses them (review 40a,
item 4).

- **Asked to call** (with no number read: a number has its own sign). FACTS §6 (H): Amazon's phone support is call-back only; Amazon publishes no
  number to dial. A message in Amazon's name that tells the member to phone (「至急サポートセンター
  までお電話ください」, "please call us") contradicts that whether or not a number can be read:
  ``asks_to_call``, the sentence quoted. A clause a negation governs (「お電話いただく必要は
  ありません」) asks nothing.
- **Numbers in kanji digits.** 「〇一二〇‐八九九‐五四三」: a run of nine or more kanji digits is
  read as the digits it spells, character for character (the text keeps its length, so what
  is found in it is where it was).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_clauses import not_denied, present_in, quoted
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_words import in_amazons_name, words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent

_KANJI = "〇一二三四五六七八九"
_KANJI_RUN = LazyPattern(rf"[{_KANJI}](?:[\s\-‐‑‒–—―−ー－・.]{{0,3}}[{_KANJI}]){{8,14}}")
_DIGITS = str.maketrans(_KANJI, "0123456789")


def kanji_digits(text: str) -> str:
    """``text`` with each run of nine or more kanji digits as ASCII digits (same length)."""
    if not any(char in text for char in _KANJI):
        return text
    return _KANJI_RUN.compiled.sub(lambda m: m[0].translate(_DIGITS), text)


def call_flags(
    subject: str, text: str, content: MessageContent, given: Callable[[str], str]
) -> Iterator[RedFlag]:
    """``asks_to_call`` for the first sentence that asks the member to phone, in a message in
    Amazon's name. ``text`` is NFKC."""
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = present_in(subject, text)
    compact = whole.replace(" ", "")
    calls = words_of(content.vocabulary.call).present(whole, compact)
    if not (calls.ascii or calls.other):
        return  # most messages
    v = content.vocabulary
    if not in_amazons_name(whole, compact, v.brand):
        return
    negation = words_of(v.negation)
    written = (*([(subject, (subject,))] if subject else []), *split_sentences(text))
    for sentence, pieces in written:
        spaced = " ".join(sentence.casefold().split())
        if calls.found_in(*not_denied(spaced, negation)):
            yield flag(FlagKind.ASKS_TO_CALL, quoted(pieces, given), content)
            return
