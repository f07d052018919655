"""The foreign amount a card's own row gives (review 39c, item 3), beside the 楽天カード line
「現地利用額 14.99 USD」 read by :func:`primehelp.statement_values.foreign_usd`:

- 三井住友カード (Vpass): the 備考 cell, 「10.00　USD　139.488　05 01」 (amount, currency, rate, …),
  https://github.com/nanocloudx/vpass-csv-parser/blob/09243aca40259c1582bbc81d829e1c9c3658972e/README.md
- ビューカード: the header's columns 現地通貨額 and 通貨略称 (「14.99」, 「USD」),
  https://github.com/yukihiko-shinoda/zaim-csv-converter/blob/984c46f36c1300c33db9dc7334a2511c20de6bc2/tests/testresources/test_zaim_csv_converter/csvinput_test_success/view_card202005.csv

Pure: the layout's cells in, the amount and currency ("14.99", "USD") or None out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from primehelp.lazy_pattern import LazyPattern
from primehelp.statement_values import normalized

if TYPE_CHECKING:
    from primehelp.statement_csv import StatementLine

_Line = TypeVar("_Line")
_SMBC_NOTE = 6  # date, shop, amount, 支払区分, 今回回数, 支払金額, 備考
_NOTE = LazyPattern(r"([-−]?\d+(?:,\d{3})*(?:\.\d{1,2})?)\s*(USD|US\$|[A-Z]{3})(?:\s|$)")
_NUMBER = LazyPattern(r"[-−]?\d+(?:,\d{3})*(?:\.\d{1,2})?\Z")
_CURRENCY = LazyPattern(r"[A-Z]{3}\Z")
_VIEW_COLUMNS = ("現地通貨額", "通貨略称")


def _money(amount: str, currency: str) -> tuple[str, str]:
    return amount.replace(",", "").replace("−", "-"), "USD" if currency == "US$" else currency


def smbc_money(cells: Sequence[str]) -> tuple[str, str] | None:
    """The amount and currency of a Vpass row's 備考 (its shop name already whole), else None."""
    if len(cells) <= _SMBC_NOTE:
        return None
    found = _NOTE.match(normalized(cells[_SMBC_NOTE]))
    if found is None or found.group(2) == "JPY":  # yen: no foreign amount
        return None
    return _money(found.group(1), found.group(2))


def view_money(header: Sequence[str], cells: Sequence[str]) -> tuple[str, str] | None:
    """The amount and currency of a ビューカード row, by its header's 現地通貨額 and 通貨略称
    (「8.99」, 「GBP」: any currency, review 46c, item 4), else None."""
    names = [normalized(cell) for cell in header]
    if not all(name in names for name in _VIEW_COLUMNS):
        return None
    amount_at, currency_at = (names.index(name) for name in _VIEW_COLUMNS)
    if len(cells) <= max(amount_at, currency_at):
        return None
    currency = normalized(cells[currency_at]).upper()
    amount = normalized(cells[amount_at])
    if not (_CURRENCY.match(currency) and _NUMBER.match(amount)) or currency == "JPY":
        return None
    return _money(amount, currency)


def _usd(money: tuple[str, str]) -> str | None:
    return money[0] if money[1] == "USD" else None  # the dollars apart, as before (39c, 3)


def with_money(line: StatementLine, money: tuple[str, str]) -> StatementLine:
    """``line`` with its foreign amount and currency (every currency kept, review 46c, item 4),
    the dollars apart as ``foreign_usd`` when the currency is USD."""
    from dataclasses import replace

    amount, currency = money
    return replace(line, foreign_usd=_usd(money), foreign_amount=amount, foreign_currency=currency)


def own_money(line: _Line, layout: str, header: Sequence[str], cells: Sequence[str]) -> _Line:
    """``line`` with the foreign amount its own row gives (Vpass, ビューカード), else as it is."""
    from primehelp.statement_csv import StatementLine

    if not isinstance(line, StatementLine) or line.foreign_currency is not None:
        return line
    money = (
        smbc_money(cells)
        if layout == "smbc"
        else view_money(header, cells)
        if layout == "view"
        else None
    )
    from dataclasses import replace

    if money is None:
        return line
    amount, currency = money
    return replace(line, foreign_usd=_usd(money), foreign_amount=amount, foreign_currency=currency)
