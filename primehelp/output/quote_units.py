"""Quotations in English text (review 46b item 2): a Japanese label quoted in 「…」 breaks as the
Japanese screens break it, between its phrases, never inside a word (「…Amazon│プライム」,
「…止め│る」 at 40 columns); one that fits moves whole to the next line (46c item 5)."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

Unit = tuple[int, int, bool]
"""A piece kept whole when it fits: ``line[start:end]``, and whether it is a quotation."""

_QUOTES = {"「": "」", "『": "』"}

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


def quotations(line: str) -> tuple[Unit, ...]:
    """Each quotation of ``line``, from its 「 (or 『) to its 」, nested ones too: the only units
    a table column widens for (a label kept whole), found without the patterns of
    :func:`~primehelp.output.break_units.units` (start-up: a cell that fits needs no more)."""
    if "「" not in line and "『" not in line:
        return ()
    opened: list[tuple[str, int]] = []
    found: list[Unit] = []
    for index, char in enumerate(line):
        if char in _QUOTES:
            opened.append((_QUOTES[char], index))
        elif opened and char == opened[-1][0]:
            found.append((opened.pop()[1], index + 1, True))
    return tuple(found)
