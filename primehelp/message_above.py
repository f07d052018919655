"""A request for the details listed *above* it (review 42a, item 4).

「カード番号」「有効期限」 each in a block of its own (a list item, a table cell, a paragraph),
then 「上記の項目をご返信ください。」: the request names no detail itself; the short lines before
it are the details asked for, as the lines after 「以下の項目をご返信ください。」 are
(:func:`primehelp.message_requests.with_lists`). The request is moved before its list and read
by the same mechanism, and quoted as written: 「カード番号／有効期限／上記の項目をご返信ください」.

A line that ends as a sentence (「…発送しました。」) ends the list: the text before it is no list
of details.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from primehelp import message_requests as req
from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.message_words import Words

Written = tuple[tuple[str, tuple[str, ...]], ...]

# A request for what precedes: 「上記」「前記」「上の項目」, "the above".
_PRECEDING = LazyPattern(  # (not compiled for a text without its words: round 53)
    r"上記|前記|上の(?:項目|情報|内容|事項)|以上の(?:項目|情報|内容|事項)|the above|above",
    lambda text: any(word in text for word in ("上記", "前記", "上の", "above")),
)
_SENTENCE_ENDS = ("。", ".", "!", "?", "！", "？")
_LIST_ITEM = 40  # a line of a list is short, and a list no longer than…
_LIST_LINES = 12  # …as after 「以下」 (message_requests)


def with_lists(
    written: Written, handed: Words, objects: Mapping[str, Words]
) -> Iterator[tuple[str, tuple[tuple[str, ...], ...]]]:
    """:func:`primehelp.message_requests.with_lists` over ``written``, a request for the details
    above it read with them (as a request for 「以下の項目」 is with the lines after it)."""
    written, above = _moved(written, handed, objects.values())
    introduces = [
        req.introduces(one, handed, objects.values()) or _refers_back(one, handed, objects.values())
        for one, _ in written
    ]
    for sentence, groups in req.with_lists(written, introduces, req.blank_fields(written, objects)):
        items = min(above.get(groups[0], 0), len(groups) - 1)
        if items:  # quoted as written: its items in their order, then the request (ListAbove)
            listed = req.ListAbove((*groups[1 : items + 1], groups[0], *groups[items + 1 :]))
            listed.items = items
            groups = listed
        yield sentence, groups


def _refers_back(sentence: str, handed: Words, objects: Iterable[Words]) -> bool:
    """Whether ``sentence`` asks to hand over what is above it and names no detail itself."""
    spaced = " ".join(sentence.casefold().split())
    if _PRECEDING.search(spaced) is None:
        return False
    compact = spaced.replace(" ", "")
    return handed.found_in(spaced, compact) and not any(
        listed.found_in(spaced, compact) for listed in objects
    )


def _moved(
    written: Written, handed: Words, objects: Iterable[Words]
) -> tuple[Written, dict[tuple[str, ...], int]]:
    """``written`` with each request for the details above it moved before the short lines it
    follows (at most as many as a list after a request is read with), and how many lines each
    request (its pieces) was moved before. A sentence whose last line is such a request and whose
    lines before it are short (「■セキュリティコード」 then 「上記の項目を…」, one sentence as
    split) is its lines first."""
    if not any(_PRECEDING.search(one.casefold()) for one, _ in written):
        return written, {}  # most messages: nothing refers back
    objects = tuple(objects)
    moved: list[tuple[str, tuple[str, ...]]] = []
    for sentence, pieces in written:
        *items, last = pieces
        if items and _refers_back(last, handed, objects) and all(_item(one) for one in items):
            moved += [(one, (one,)) for one in pieces]
        else:
            moved.append((sentence, pieces))
    written = tuple(moved)
    above: dict[tuple[str, ...], int] = {}
    for at, (sentence, _) in enumerate(written):
        if not _PRECEDING.search(sentence.casefold()) or not _refers_back(
            sentence, handed, objects
        ):
            continue
        start = at
        while start > 0 and at - start < _LIST_LINES and _item(moved[start - 1][0]):
            start -= 1
        if start < at:
            above[moved[at][1]] = at - start
            moved[start : at + 1] = [moved[at], *moved[start:at]]
    return tuple(moved), above


def _item(line: str) -> bool:
    """Whether ``line`` can be an item of a list: short, and not ending as a sentence does."""
    return len(line) <= _LIST_ITEM and not line.rstrip().endswith(_SENTENCE_ENDS)
