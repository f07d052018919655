"""Quotations in English text (review 46b item 2): a Japanese label quoted in 「…」 breaks as the
Japanese screens break it, between its phrases, never inside a word (「…Amazon│プライム」,
「…止め│る」 at 40 columns); one that fits moves whole to the next line (46c item 5)."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern
from primehelp.output.break_units import Unit

_QUOTED = LazyPattern("「[^「」]*」", needs=lambda line: "「" in line)  # most lines: none


def quoted_units(line: str, kinds: bytearray, japanese: bytearray) -> tuple[Unit, ...]:
    """Each quotation of ``line`` as a unit kept whole when it fits; inside it, ``kinds`` (the
    English breaks, in place) take the breaks ``japanese`` (the line read as Japanese, its
    phrases kept together) allows there."""
    found = []
    for quote in _QUOTED.finditer(line):
        start, end = quote.span()
        kinds[start + 1 : end] = japanese[start + 1 : end]
        found.append((start, end, True))
    return tuple(found)
