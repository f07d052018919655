"""A statement file with no row to read (review 40c, S 7): a header alone, or an export of the
wrong period, is refused rather than summarised as "no Amazon lines" (never false comfort)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.statement import StatementSummary
    from primehelp.statement_csv import StatementFile


def check_rows(read: StatementFile, summary: StatementSummary) -> None:
    """Raise BadInput when ``read`` has no row with a day of use and an amount, and no Amazon
    row the screen would name as unreadable or undated."""
    if read.lines or summary.unreadable_amazon_rows or summary.undated_amazon_rows:
        return
    from primehelp.errors import BadInput
    from primehelp.facts import ui

    raise BadInput(ui("no_dated_rows", "ui_statement"))
