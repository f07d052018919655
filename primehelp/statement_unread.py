"""The Amazon lines of a statement that were not read: a date or an amount primehelp cannot read
(review 21a, item 1; 19a, item 5), named with what the file says of them (review 38c, item 7 and
S 2: the line number alone sent the member to open the CSV). Pure; moved out of
:mod:`primehelp.statement` (400-line rule).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.statement import StatementContent
    from primehelp.statement_csv import StatementFile, UnreadLine


@dataclass(frozen=True, slots=True)
class UnreadAmazonLine:
    """An Amazon line not read, as the file writes it, and why it was not read.

    ``reason``: ``no_year``, ``no_day``, ``no_such_day``, ``unknown_date`` (a date cell in a form
    primehelp does not know), ``no_amount`` (an empty or unknown amount), ``decimal``, ``dollars``
    or ``columns`` (a quote moved the cells)."""

    row: int
    date: dt.date | None
    date_text: str
    description: str
    amount_yen: int | None
    amount_text: str
    reason: str
    # ``comma``: the cells the amount was split into (「1」「200円」, review 51c, item 9)
    amount_cells: tuple[str, ...] = field(default=(), metadata={"json": False})

    @property
    def undated(self) -> bool:
        """The date is what cannot be read (the amount may be)."""
        return self.reason in _UNDATED


_UNDATED = frozenset({"no_year", "no_day", "no_such_day", "unknown_date"})


def _reason(line: UnreadLine) -> str:
    if not line.dated:
        return line.why or "unknown_date"
    if line.dollars:
        return "dollars"
    return line.why or "no_amount"


def unread_amazon(
    statement: StatementFile, content: StatementContent
) -> tuple[UnreadAmazonLine, ...]:
    """The unread lines of ``statement`` whose text is Amazon's, in the file's order."""
    from primehelp.statement import statement_text

    return tuple(
        UnreadAmazonLine(
            row=u.row,
            date=u.date,
            date_text=u.date_text,
            description=u.description,
            amount_yen=u.amount_yen,
            amount_text=u.amount_text,
            reason=_reason(u),
            amount_cells=u.amount_cells,
        )
        for u in statement.unread
        if statement_text(u.description, content) is not None
    )
