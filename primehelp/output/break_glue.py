"""More of what a line of Japanese keeps together (review 51a): pieces kept whole when they fit,
added to :func:`primehelp.output.break_units.units`, and breaks that are only a last resort
(:func:`glue`), whatever the phrase data knows. Pure: no Rich, no terminal."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

_LAST_ITEM = LazyPattern(r"(?<=、)[^\s、。（）「」]{1,10}）", needs=lambda line: "）" in line)
"""The last item of a list in brackets, short, with its 「）」: the kind of a number in
check-number's heading, 「（050-1234-5678、IP電話）」, never 「、IP│電話）」 or 「、海外│の番号）」
(review 51a, item 1), as 「通話料無料の番号」 already was."""


def more_units(line: str) -> list[tuple[int, int, bool]]:
    """The pieces of ``line`` kept whole when they fit, besides :func:`units`' own: see the
    patterns above, and each quotation with the particle after it (「「…」を」): the line breaks
    before the quotation rather than between it and its particle, when both fit."""
    found = [(m.start(), m.end(), False) for m in _LAST_ITEM.finditer(line)]
    return found
