"""A long quote cut down to the words that matched (review 38a, S 39; 39a, S 28).

A message written without 「。」 or line breaks is one sentence: quoted whole, the evidence was
the whole paragraph, cut after 160 characters before the words that raised the sign. The quote
is now about :data:`REACH` characters either side of each matched word, cut where a phrase
begins or ends (a space, a punctuation mark, or where a run of hiragana meets the next word),
with 「…」 where something was left out. Words far apart are quoted each with its own window,
joined by 「…」. Linear in the length of the quote.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

REACH = 40  # characters kept either side of the matched words
_SLACK = 20  # how far a cut may move from REACH to land where a phrase begins or ends
_ELLIPSIS = "…"
_ENDS_PHRASE = frozenset(" \u3000、。，,.!?！？）)」』】］]・:：;；")
_OPENS_PHRASE = frozenset("（(「『【［[")
_PREFIXES = frozenset("おご御")  # 「お支払い」: no phrase starts after the honorific


def _kind(char: str) -> str:
    if "\u3041" <= char <= "\u309f":
        return "hiragana"
    if char.isascii():
        return "latin" if char.isalnum() else "other"
    return "word" if char.isalnum() or "\u30a0" <= char <= "\u30ff" else "other"


def _boundary(text: str, at: int, *, strong: bool) -> bool:
    """Whether a phrase begins at ``at`` (so that a cut there splits no word): ``strong``, at a
    space or a punctuation mark only; else also where hiragana meets a word (「…の|アカウント」)."""
    if at <= 0 or at >= len(text):
        return True
    before, after = text[at - 1], text[at]
    if before in _ENDS_PHRASE or after in _OPENS_PHRASE or after.isspace():
        return True
    if strong or before in _PREFIXES:
        return False
    return _kind(before) == "hiragana" and _kind(after) in ("word", "latin")


def _cut(text: str, target: int, low: int, high: int) -> int:
    """Where a phrase begins in [low, high] nearest to ``target`` (a space or a punctuation
    mark first), else ``target`` itself."""
    low, high = max(low, 0), min(high, len(text))
    target = min(max(target, low), high)
    for strong in (True, False):
        for step in range(_SLACK + 1):
            for at in (target - step, target + step):
                if low <= at <= high and _boundary(text, at, strong=strong):
                    return at
    return target


def _spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where each word first occurs in ``text``, compared as the check compares them (NFKC,
    case folded, white space ignored): its start and end in ``text`` itself."""
    words = ["".join(word.split()) for word in words]
    spans, rest = [], []
    folded = text.casefold()  # most words are written as matched: found with no mapping
    for word in words:
        found = folded.find(word) if len(folded) == len(text) and word else -1
        if found >= 0:
            spans.append((found, found + len(word)))
        elif word:
            rest.append(word)
    if rest:  # full-width letters, half-width kana, a space inside: each character's form
        key: list[str] = []
        origin: list[int] = []
        for at, char in enumerate(text):
            form = char.lower() if char.isascii() else unicodedata.normalize("NFKC", char)
            for one in form.casefold():
                if not one.isspace():
                    key.append(one)
                    origin.append(at)
        joined = "".join(key)
        for word in rest:
            found = joined.find(word)
            if found >= 0:
                spans.append((origin[found], origin[found + len(word) - 1] + 1))
    return sorted(spans)


def around(text: str, words: Iterable[str], limit: int = 0) -> str:
    """``text`` cut to about :data:`REACH` characters either side of ``words`` (folded forms,
    as :class:`primehelp.message_words.Words` holds them), less when that is longer than
    ``limit`` (words far apart); ``text`` itself when it is short, or holds none of them."""
    if len(text) <= 2 * REACH + _SLACK:
        return text
    spans = _spans(text, words)
    if not spans:
        return text
    for reach in range(REACH, 9, -10):
        cut = _windows(text, spans, reach)
        if not limit or len(cut) <= limit:
            break
    return cut


def _windows(text: str, spans: list[tuple[int, int]], reach: int) -> str:
    windows: list[list[int]] = []
    for start, end in spans:
        if windows and start - windows[-1][1] <= 2 * reach:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    parts: list[str] = []
    last = 0
    for start, end in windows:
        left = 0 if start - reach <= 0 else _cut(text, start - reach, last, start)
        right = _cut(text, end + reach, end, len(text)) if end + reach < len(text) else len(text)
        if parts and left <= last + _SLACK:  # the windows (almost) met at a boundary
            parts[-1] += text[last:right]
        else:
            parts.append(text[left:right].strip())
            if left > 0:
                parts[-1] = _ELLIPSIS + parts[-1]
        last = right
    if last < len(text):
        parts[-1] = parts[-1].rstrip() + _ELLIPSIS
    return "".join(
        part if at == 0 or part.startswith(_ELLIPSIS) else _ELLIPSIS + part
        for at, part in enumerate(parts)
    )
