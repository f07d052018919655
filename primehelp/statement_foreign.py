"""The foreign amount a card's own row gives (review 39c, item 3), beside the 楽天カード line
「現地利用額 14.99 USD」 read by :func:`primehelp.statement_values.foreign_usd`:

- 三井住友カード (Vpass): the 備考 cell, 「10.00　USD　139.488　05 01」 (amount, currency, rate, …),
  https://github.com/nanocloudx/vpass-csv-parser/blob/09243aca40259c1582bbc81d829e1c9c3658972e/README.md
- ビューカード: the header's columns 現地通貨額 and 通貨略称 (「14.99」, 「USD」),
  https://github.com/yukihiko-shinoda/zaim-csv-converter/blob/984c46f36c1300c33db9dc7334a2511c20de6bc2/tests/testresources/test_zaim_csv_converter/csvinput_test_success/view_card202005.csv

Pure: the layout's cells in, the dollars ("14.99") or None out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from primehelp.lazy_pattern import LazyPattern
from primehelp.statement_values import normalized

_Line = TypeVar("_Line")
_SMBC_NOTE = 6  # date, shop, amount, 支払区分, 今回回数, 支払金額, 備考
_NOTE_USD = LazyPattern(r"(\d+(?:,\d{3})*(?:\.\d{1,2})?)\s*(?:USD|US\$)(?:\s|$)")
_NUMBER = LazyPattern(r"\d+(?:,\d{3})*(?:\.\d{1,2})?\Z")
_VIEW_COLUMNS = ("現地通貨額", "通貨略称")


def smbc_usd(cells: Sequence[str]) -> str | None:
    """The dollars of a Vpass row's 備考 (its shop name already whole), else None."""
    if len(cells) <= _SMBC_NOTE:
        return None
    found = _NOTE_USD.match(normalized(cells[_SMBC_NOTE]))
    return None if found is None else found.group(1).replace(",", "")


def view_usd(header: Sequence[str], cells: Sequence[str]) -> str | None:
    """The dollars of a ビューカード row, by its header's 現地通貨額 and 通貨略称, else None."""
    names = [normalized(cell) for cell in header]
    if not all(name in names for name in _VIEW_COLUMNS):
        return None
    amount_at, currency_at = (names.index(name) for name in _VIEW_COLUMNS)
    if len(cells) <= max(amount_at, currency_at):
        return None
    if normalized(cells[currency_at]).upper() != "USD":
        return None
    amount = normalized(cells[amount_at])
    return amount.replace(",", "") if _NUMBER.match(amount) else None


def own_usd(line: _Line, layout: str, header: Sequence[str], cells: Sequence[str]) -> _Line:
    """``line`` with the dollars its own row gives (Vpass, ビューカード), else as it is."""
    from dataclasses import replace

    from primehelp.statement_csv import StatementLine

    if not isinstance(line, StatementLine) or line.foreign_usd is not None:
        return line
    usd = (
        smbc_usd(cells)
        if layout == "smbc"
        else view_usd(header, cells)
        if layout == "view"
        else None
    )
    return line if usd is None else replace(line, foreign_usd=usd)
