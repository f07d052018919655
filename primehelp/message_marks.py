"""Invisible marks inside a message's links (zero-width spaces, direction marks): found, named
and removed (moved out of :mod:`primehelp.message_links`)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from primehelp.invisible import INVISIBLE, without_invisible
from primehelp.message_links import link_spans

_MARKS = frozenset(INVISIBLE)


@cache
def _mark() -> re.Pattern[str]:
    return re.compile(f"[{INVISIBLE}]")


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds an invisible mark (a set, not a pattern compiled at start-up)."""
    return not _MARKS.isdisjoint(text)


def marks_named(text: str) -> str:
    """``text`` with each invisible mark written out (``<U+200B>``): printed as they are, the
    marks would hide themselves, and a direction mark would reorder the line around it."""
    return _mark().sub(lambda mark: f"<U+{ord(mark.group()):04X}>", text)


def without_marks(text: str, amazon: Collection[str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text without invisible marks, and each link that had a mark inside it: without
    its marks, and with them written out by :func:`marks_named`.

    Zero-width spaces and joiners, direction marks and the byte order mark show nothing, so
    ``amazon.co.jp<U+200B>.evil.info`` looks like Amazon's address while it cut the link in
    two for anything that reads it character by character. A mark before or after a link
    (between a URL and the Japanese text that follows it) hides nothing and is only removed.
    """
    if not _has_mark(text):
        return text, ()
    found = []
    for token in re.finditer(r"\S+", text):
        raw = token.group(0)
        if not _has_mark(raw):
            continue
        kept = [at for at, char in enumerate(raw) if char not in INVISIBLE]
        clean = "".join(raw[at] for at in kept)
        for start, end in link_spans(clean, amazon):
            first, last = kept[start], kept[end - 1]
            if last - first + 1 > end - start:  # a mark between the link's first and last
                found.append((clean[start:end], marks_named(raw[first : last + 1])))
    return without_invisible(text), tuple(dict.fromkeys(found))


def target_without_marks(target: str) -> tuple[str, str | None]:
    """An HTML link's target without invisible marks, and the target with its marks named
    when one was inside it (None otherwise)."""
    core = target.strip().strip(INVISIBLE)
    return without_invisible(core), marks_named(core) if _has_mark(core) else None
