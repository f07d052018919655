"""Records whose cell count is not the file's (review 45c, item 1): an unquoted thousands comma
splits an amount into two cells (「5,900」 → 5 and 900), so the amount cell holds its first digits.
Such a record is never read as an amount: it is listed as unread with its reason, as a record a
quote moved is (statement_csv._shifted, review 37c, item 2). Pure; moved out of
:mod:`primehelp.statement_csv` (400-line rule).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.statement_values import normalized, parse_amount, parse_date

if TYPE_CHECKING:
    from primehelp.statement_csv import Columns, Record, StatementLine, UnreadLine

_SMALL = re.compile(r"[-−△▲]?[¥￥]?\d{1,3}")  # what is left of 「5,900」 before its comma
_THREE = re.compile(r"\d{3}(?:円)?")  # and after it
_SMBC_FIELDS = 7  # date, shop, amount, 支払区分, 今回回数, 支払金額, 備考


def split_amount(cells: Sequence[str], amount: int) -> bool:
    """The amount cell holds 1–3 digits and the next cell 3 digits: 「5,900」 split unquoted."""
    if amount + 1 >= len(cells):
        return False
    first, then = normalized(cells[amount]), normalized(cells[amount + 1])
    return _SMALL.fullmatch(first) is not None and _THREE.fullmatch(then) is not None


def usual_width(found: Sequence[Record], columns: Columns) -> int | None:
    """With --columns (no header to count): the cell count most dated records with all the
    columns have; of two equally many, the smaller (a comma only ever adds a cell). None: no
    such record."""
    needed = max(columns.date, columns.description, columns.amount)  # a row cut short: not
    widths = Counter(  # counted (it is unread already, review 36c, item 3)
        len(cells)
        for _, cells in found
        if len(cells) > needed and parse_date(cells[columns.date]) is not None
    )
    if not widths:
        return None
    most = max(widths.values())
    return min(width for width, count in widths.items() if count == most)


def miscounted(
    row: int,
    cells: Sequence[str],
    columns: Columns,
    width: int | None,
    line: StatementLine | UnreadLine | None,
    guess: bool = False,
) -> UnreadLine | None:
    """``line`` unread when its record has more or fewer cells than ``width`` (its header's, or
    the other records' with --columns), or, with no header (``guess``), when it has more cells
    than --columns names and its amount looks split: ``comma`` (more cells, or the split amount)
    or ``count`` (fewer). None: the record reads as it is."""
    from primehelp.statement_csv import StatementLine, UnreadLine

    if not isinstance(line, StatementLine):
        return None  # a note, or already unread
    if width is not None and len(cells) != width:
        why = "comma" if len(cells) > width else "count"
    elif guess and len(cells) > (columns.named or 0) and split_amount(cells, columns.amount):
        why = "comma"
    else:
        return None
    amount = _said(cells[columns.amount]) if columns.amount < len(cells) else ""  # 49c, 17
    split = cells[columns.amount : columns.amount + 2] if why == "comma" else []  # its 2 parts
    return UnreadLine(
        row,
        line.description,
        why=why,
        date=line.date,
        date_text=_day(cells, columns),
        amount_text=amount,
        amount_cells=tuple(_said(cell) for cell in split),  # review 51c, item 9
    )


def _said(cell: str) -> str:
    """What the amount cell holds (「5」 of an unquoted 「5,900」), never 「空欄」 (review 49c, 17)."""
    return " ".join(cell.split())[:20]


def _day(cells: Sequence[str], columns: Columns) -> str:
    return " ".join(cells[columns.date].split())[:20]


def smbc_split(row: int, cells: Sequence[str]) -> UnreadLine | None:
    """A Vpass record with more cells than its seven whose last shop-name part is 1–3 digits and
    the amount cell 3 digits (「…DWNLD,2,298,,,,」): the amount split, not the name; never
    re-joined into the name (「DWNLD,2」) and read as 298 yen."""
    from primehelp.statement_csv import UnreadLine

    extra = len(cells) - _SMBC_FIELDS
    if extra <= 0 or not split_amount(cells, 1 + extra):
        return None
    name = " ".join(",".join(cells[1 : 1 + extra]).split())
    date = parse_date(cells[0])
    if date is None:
        return None
    return UnreadLine(row, name, why="comma", date=date, date_text=" ".join(cells[0].split())[:20])


def smbc_total(cells: Sequence[str]) -> int | None:
    """Vpass's last line: no date, one cell holding the statement's total (「,,,,,20530,」)."""
    if not cells or normalized(cells[0]):
        return None
    filled = [cell for cell in cells if cell.strip()]
    if len(filled) != 1 or not normalized(filled[0]).isdigit():
        return None
    return parse_amount(filled[0])
