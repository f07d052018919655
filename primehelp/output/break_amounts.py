"""An English amount kept with its unit: 「5,900 yen」 (and "10 months", small fixes item 2) is
never broken as "5,900│yen", in a sentence nor in a table cell (review 48a, item 7: ``fees --lang en`` at 40 and 60 columns); and
:func:`masked`, how a breaker that breaks only at spaces (Rich's) is kept from such a piece
(moved here from :mod:`primehelp.output.break_units`, at its size limit). Pure: no Rich."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

_UNITS = ("yen", "month", "day", "week", "year", "hour", "minute", "times", "×")
_YEN = LazyPattern(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)? (?:(?:yen|months?|days?|weeks?|years?|hours?|minutes?"
    r"|times)\b|×)",
    needs=lambda line: any(f" {unit}" in line for unit in _UNITS),
)
"""A number and the unit after it: "5,900 yen", "10 months", "30 days", "10 ×" (small fixes,
item 2: "…monthly plan for 10│months or more"); not "US$14.99", which has no space."""


def amounts(line: str) -> tuple[tuple[int, int], ...]:
    """Where the amounts in yen of ``line`` are (start, end), each kept whole."""
    return tuple((match.start(), match.end()) for match in _YEN.finditer(line))


def masked(line: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``line`` with the spaces inside ``spans`` made letters, for a breaker that breaks only
    at spaces (a line without CJK: Rich's)."""
    chars = list(line)
    for start, end in spans:
        chars[start:end] = line[start:end].replace(" ", "_")
    return "".join(chars)
