"""Read a card statement exported as CSV: decode it, find its layout, return its dated amounts.

Pure: bytes in, a :class:`StatementFile` out; nothing is saved, nothing leaves the machine.
Rows that are not a dated amount (headers, card-holder lines, totals, exchange-rate notes) are
counted and skipped. An amount below zero is a refund or a cancellation.

Supported layouts, each from a public description of the company's CSV export (column names
are compared after NFKC normalisation, so full-width and half-width forms are one):

- ``rakuten`` 楽天カード (楽天e-NAVI): a header row naming 利用日, 利用店名・商品名 and
  利用金額 (with 利用者, 支払方法, 支払手数料, 支払総額, … around them).
  https://github.com/rlan/beancount-multitool/blob/51248c020cb2de6676158ed3d538b9774263cf37/docs/institutions/rakuten_card.md
  https://github.com/rlan/beancount-multitool/blob/e1152e864e83e1a618b0325e23c09f44628f3021/tests/data/rakuten_card/test.csv
  (an older order of the same names: rule "RakutenKC" of
  https://github.com/tmurakam/felica2money/blob/030db00ab3dcb856c8a22a1e0e23186a2c9eba7c/defs/CsvRules.xml)
- ``paypay`` PayPayカード: a header row naming 利用日/キャンセル日, 利用店名・商品名, 利用金額.
  https://github.com/yukihiko-shinoda/zaim-csv-converter/blob/6d220dd208d5d2f44b56ccce7df35b139b43622a/tests/testresources/test_zaim_csv_converter/csvinput_test_success/pay_pay_card_202505_202505.csv
- ``view`` ビューカード: lines about the bill (会員番号, お支払日, …), then a header row naming
  ご利用年月日, ご利用箇所, ご利用額 and 払戻額 (refunded), then a card line, then the rows.
  https://github.com/yukihiko-shinoda/zaim-csv-converter/blob/984c46f36c1300c33db9dc7334a2511c20de6bc2/tests/testresources/test_zaim_csv_converter/csvinput_test_success/view_card202005.csv
  (Shift_JIS: VIEW_CARD in https://github.com/yukihiko-shinoda/zaim-csv-converter/blob/03b9227ab27cc7c10726b4a473b2d10b4323db0b/zaimcsvconverter/account.py)
- ``smbc`` 三井住友カード (Vpass), confirmed statement: no header row; for each card a line
  ``氏名　様,4980-11**-****-****,card name``, then ``date,shop,amount,区分,回数,支払金額,備考``;
  a shop name may hold commas that are not quoted; Shift_JIS; a last line with the total.
  https://github.com/nanocloudx/vpass-csv-parser/blob/09243aca40259c1582bbc81d829e1c9c3658972e/README.md
  https://github.com/nanocloudx/vpass-csv-parser/blob/09243aca40259c1582bbc81d829e1c9c3658972e/src/parse.ts

Not supported, for want of a public description found and checked: JCB (MyJCB), イオンカード,
エポスカード, dカード, セゾンカード (only a 2012 rule), Vpass's unconfirmed statement. Any of them
reads with ``--columns`` (:func:`parse_columns`), which names each column in order.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from primehelp.errors import BadInput
from primehelp.i18n import Text
from primehelp.statement_decode import Encoding, decoded
from primehelp.statement_foreign import own_money, with_money
from primehelp.statement_refusals import (
    header_only,
    no_dated_row,
    refuse_header_only,
    separated,
    too_long,
    unclosed_quote,
)
from primehelp.statement_split import miscounted, smbc_split, smbc_total, usual_width
from primehelp.statement_values import (
    foreign_money,
    in_dollars,
    normalized,
    parse_amount,
    parse_date,
    too_large,
    undated_why,
)

MAX_ROWS = 100_000  # records, blank ones included: 5 MiB of bare newlines is 5 million
MAX_COLUMNS = 100  # in a --columns spec
_HEADER_SEARCH = 30  # the header row is among the first records (ビューカード: the sixth)


class Layout(StrEnum):
    """Whose export the file is, or ``columns`` for a layout named with ``--columns``."""

    RAKUTEN = "rakuten"
    PAYPAY = "paypay"
    VIEW = "view"
    SMBC = "smbc"
    COLUMNS = "columns"
    HEADER = "header"  # a header naming the columns plainly (「date,description,amount」, 37c S 14)


@dataclass(frozen=True, slots=True)
class Columns:
    """Where the values are in a record (0-based); ``refund``: a column of refunded amounts."""

    date: int
    description: int
    amount: int
    refund: int | None = None
    named: int | None = field(default=None, compare=False)  # --columns: how many it names (45c)


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One dated amount of the statement, as written in the file."""

    row: int  # the line of the file where the record ends
    date: dt.date
    description: str
    amount_yen: int  # below zero: a refund or a cancellation
    # The card's next line 「現地利用額 14.99 USD …」 (楽天カード): the dollars, "14.99" (37c, 3)
    foreign_usd: str | None = None
    foreign_amount: str | None = None  # in any currency: "8.99" (review 46c, item 4) …
    foreign_currency: str | None = None  # … and its code: "GBP", "USD"


@dataclass(frozen=True, slots=True)
class UnreadLine:
    """A dated record whose amount cell is empty or no amount (``600-``, ``六百円``), or a
    record with an amount and a date that is empty or cannot be read."""

    row: int
    description: str
    dated: bool = True  # False: an amount, but a date primehelp cannot read (``11/01``)
    dollars: bool = False  # an amount in dollars (``US$14.99``): never read (review 23a, S 18)
    # ``decimal`` (``14.99``), or an undated row's statement_values.undated_why (24a, S 16)
    why: str | None = None
    # What the row says, for the screen and JSON to name it (review 38c, item 7 and S 2)
    date: dt.date | None = None
    date_text: str = ""
    amount_yen: int | None = None
    amount_text: str = ""
    amount_cells: tuple[str, ...] = ()  # ``comma``'s: 「1」「200円」 of 「1,200円」 (51c, 9)


Record = tuple[int, list[str]]  # a record of the file: its line number and its cells


@dataclass(frozen=True, slots=True)
class StatementFile:
    """A statement as read: its layout and encoding, its dated amounts, what was skipped."""

    layout: Layout
    encoding: Encoding
    lines: tuple[StatementLine, ...]
    rows: int  # records read (blank ones not counted)
    skipped_rows: int  # records that are not a dated amount
    unread: tuple[UnreadLine, ...] = ()  # skipped: an amount or a date that cannot be read
    unreadable_char_rows: tuple[int, ...] = ()  # lines read with 「�」 (decoded, 38c, item 9)
    # Vpass's total line and the read rows' sum when they differ: (line, total, sum) (45c, 1)
    file_total: tuple[int, int, int] | None = None
    # The file's records as read, for statement_fit (the file decoded once: review 39c, code);
    # kept with ``--columns`` only, the one case statement_fit reads them (empty otherwise)
    records: tuple[Record, ...] = field(default=(), repr=False, compare=False)
    header_names: tuple[str, ...] = ()  # a plain header's date, text, amount names (51c, 11)


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


# ---------------------------------------------------------------- text → records


def records(text: str) -> Iterator[Record]:
    """(line number, cells) for each non-blank CSV record; at most :data:`MAX_ROWS` records."""
    reader = csv.reader(io.StringIO(text, newline=""))
    count = 0
    start = 1  # the line where the record begins
    try:
        for cells in reader:
            count += 1
            broken = any("\n" in cell or "\r" in cell for cell in cells)  # a quote left open?
            if broken and (unclosed := unclosed_quote(text, start)) is not None:  # 36c, 10
                raise unclosed
            start = reader.line_num + 1
            if count > MAX_ROWS:
                raise _refuse(
                    f"明細のファイルの行が多すぎます（受け付けるのは{MAX_ROWS:,}件までです）",
                    f"the statement file has too many rows (accepted: up to {MAX_ROWS:,})",
                )
            if any(cell.strip() for cell in cells):
                yield reader.line_num, cells
    except csv.Error as error:  # a cell over the csv module's size limit (128 KiB)
        raise _refuse(
            f"明細のファイルを読み込めません（{reader.line_num}行目が CSV の形式になっていません）",
            f"cannot read the statement file: line {reader.line_num} is not CSV",
        ) from error


# ---------------------------------------------------------------- layouts

# Header names of each layout with a header row: (date, description, amount, refund or None).
_HEADERS: tuple[tuple[Layout, tuple[str, str, str, str | None]], ...] = (
    (Layout.PAYPAY, ("利用日/キャンセル日", "利用店名・商品名", "利用金額", None)),
    (Layout.RAKUTEN, ("利用日", "利用店名・商品名", "利用金額", None)),
    (Layout.VIEW, ("ご利用年月日", "ご利用箇所", "ご利用額", "払戻額")),
)
_CARD_NUMBER = re.compile(r"[0-9*]{4}(?:-[0-9*]{4}){3}")
_SMBC_FIELDS = 7  # date, shop, amount, 支払区分, 今回回数, 支払金額, 備考


# A header naming each column in plain words, no card's layout (review 37c, S 14; 36c, S 20):
# the names --columns takes, or Japanese ones; compared case-folded, after NFKC.
# --columns takes the same names (review 38c, item 15), and the screen's own: 明細の表記, 明細.
_PLAIN = (
    ("date", "日付", "利用日", "ご利用日"),
    ("description", "摘要", "内容", "利用店名", "ご利用店名", "明細の表記", "明細"),
    ("amount", "金額", "利用金額", "ご利用金額", "利用額", "ご利用額"),
)


def _header(cells: Sequence[str]) -> tuple[Layout, Columns] | None:
    names = [normalized(cell) for cell in cells]
    for layout, (date, description, amount, refund) in _HEADERS:
        if date in names and description in names and amount in names:
            where = names.index
            refunds = where(refund) if refund is not None and refund in names else None
            return layout, Columns(where(date), where(description), where(amount), refunds)
    folded = [name.casefold() for name in names]
    found = [[i for i, name in enumerate(folded) if name in words] for words in _PLAIN]
    if all(len(at) == 1 for at in found):  # each named once: no guess between two
        (date_at,), (description_at,), (amount_at,) = found
        return Layout.HEADER, Columns(date_at, description_at, amount_at)
    return None


def _is_smbc_card_line(cells: Sequence[str]) -> bool:
    return (
        len(cells) >= 3
        and normalized(cells[0]).endswith("様")
        and _CARD_NUMBER.fullmatch(normalized(cells[1])) is not None
    )


def _smbc_cells(cells: list[str]) -> list[str]:
    """A Vpass record with its shop name whole: unquoted commas split it into extra cells."""
    if len(cells) <= _SMBC_FIELDS:
        return cells
    extra = len(cells) - _SMBC_FIELDS
    return [cells[0], ",".join(cells[1 : 2 + extra]), *cells[2 + extra :]]


_SMBC_COLUMNS = Columns(date=0, description=1, amount=2)


def _filled(cells: Sequence[str], columns: Columns) -> str:
    """What the date and amount cells hold, white space aside (empty: a note, not a charge)."""
    refund = cells[columns.refund] if columns.refund is not None else ""
    return "".join((cells[columns.date], cells[columns.amount], refund)).strip()


_DECIMAL = re.compile(r"[-−]?[¥￥]?[\d,]+\.\d+円?")  # 「14.99」: no yen amount (24a, S 16)


def _line(row: int, cells: Sequence[str], columns: Columns) -> StatementLine | UnreadLine | None:
    if len(cells) <= max(columns.date, columns.description, columns.amount):
        return _short(row, cells, columns)
    if columns.refund is not None and len(cells) <= columns.refund:  # no refund cell: none
        columns = Columns(columns.date, columns.description, columns.amount)
    date = parse_date(cells[columns.date])
    amount = parse_amount(cells[columns.amount])
    refund = parse_amount(cells[columns.refund]) if columns.refund is not None else None
    description = " ".join(cells[columns.description].split())
    if (long := too_long(row, description)) is not None:  # review 47c, item 6
        raise long
    # Unread lines are named only when their text is Amazon's (statement.summarise): an empty
    # date or amount cell is no heading then, never dropped in silence (property sweep, r23).
    yen = None if amount is None and refund is None else (amount or 0) - abs(refund or 0)
    day, cell = _said(cells[columns.date]), _said(cells[columns.amount])
    if date is None:  # ``11/01``, ``11/02/26``, ``2026/13/40``: no year is guessed (21a, 1)
        if not _filled(cells, columns):
            return None
        why = undated_why(cells[columns.date])
        return UnreadLine(
            row, description, False, why=why, date_text=day, amount_yen=yen, amount_text=cell
        )
    if yen is None:
        dollars = in_dollars(cells[columns.amount])
        decimal = _DECIMAL.fullmatch(normalized(cells[columns.amount])) is not None
        why = "decimal" if decimal and not dollars else None
        why = "too_large" if too_large(cells[columns.amount]) else why  # 45c, S 18
        return UnreadLine(
            row, description, dollars=dollars, why=why, date=date, date_text=day, amount_text=cell
        )
    return StatementLine(row, date, description, yen)


def _said(cell: str) -> str:
    """A cell as the screen names it: white space as one space, at most 20 characters."""
    return " ".join(cell.split())[:20]


def _short(row: int, cells: Sequence[str], columns: Columns) -> UnreadLine | None:
    """A record with fewer cells than the columns need (a line cut short, review 36c, item 3):
    an unread line with its text (the description cell, else all of them), named when the text is
    Amazon's, never a heading; ``None`` for a record whose date cell holds no digit (a note)."""
    if len(cells) <= columns.date:
        return None
    where = columns.description
    description = " ".join((cells[where] if where < len(cells) else " ".join(cells)).split())
    cell = cells[columns.date]
    if (date := parse_date(cell)) is not None:
        return UnreadLine(row, description, date=date, date_text=_said(cell))
    if not any(c.isdigit() for c in cell):  # a note (「カード名称,Amazon …」)
        return None
    return UnreadLine(row, description, False, why=undated_why(cell), date_text=_said(cell))


def _shifted(
    row: int, cells: Sequence[str], columns: Columns, width: int | None
) -> UnreadLine | None:
    """A record whose cells are not as many as its header's, a quote inside one of them (「"AMAZON
    PRIME,"本人",…」: the columns after it moved): unread, with its line, never read as the amount
    its moved cells give (0 yen, hidden; review 37c, item 2). None: any other record."""
    if width is None or len(cells) == width or not any('"' in cell for cell in cells):
        return None
    # the text up to the cell of the quote, or the description's: the moved text is in them
    quote = next(i for i, cell in enumerate(cells) if '"' in cell)
    text = " ".join(cells[: max(quote, columns.description) + 1])
    return UnreadLine(row, " ".join(text.replace('"', " ").split()), why="columns")


_MOVED = frozenset({"columns", "comma", "count"})  # a record's cells moved (37c 2; 45c 1)


def read_statement(data: bytes, columns: Columns | None = None) -> StatementFile:
    """Read the statement ``data``: in the layout ``columns`` names, else the one detected.

    A file whose layout is not recognised, or in which ``columns`` finds no dated amount, is
    refused with the accepted layouts and the ``--columns`` form.
    """
    text, encoding, unreadable_chars = decoded(data)
    found = list(records(text))
    layout, where, header_at = _detect(found) if columns is None else (Layout.COLUMNS, columns, 0)
    lines: list[StatementLine] = []
    unread: list[UnreadLine] = []
    width = len(found[header_at - 1][1]) if header_at > 0 else None
    if layout is Layout.COLUMNS:  # the other records' count (45c, item 1)
        width = usual_width(found, where)
    totals: list[tuple[int, int]] = []  # Vpass's total lines
    for index, (row, cells) in enumerate(found):
        if index < header_at:
            continue
        if layout is Layout.SMBC and (total := smbc_total(cells)) is not None:
            totals.append((row, total))
        split = smbc_split(row, cells) if layout is Layout.SMBC else None
        cells = _smbc_cells(cells) if layout is Layout.SMBC else cells
        line = split or _shifted(row, cells, where, width) or _line(row, cells, where)
        smbc = layout is Layout.SMBC  # its cells as re-joined: no header to count
        guess = smbc or layout is Layout.COLUMNS  # no header row: the split amount's look too
        line = miscounted(row, cells, where, None if smbc else width, line, guess) or line
        line = own_money(line, layout, found[header_at - 1][1] if header_at else [], cells)
        above = line is None and lines and lines[-1].row == found[index - 1][0]
        if above and (money := foreign_money(cells)) is not None:  # the row above's (37c, 3)
            lines[-1] = with_money(lines[-1], money)
            continue
        if isinstance(line, StatementLine):
            lines.append(line)
        elif line is not None:
            unread.append(line)
    named = any(u.dollars or u.why in _MOVED for u in unread)  # said apart, never 「no row」
    if columns is not None and found and not lines and not named:
        raise no_dated_row(found, where)
    if layout is Layout.HEADER and len(found) == header_at:  # the header alone (24a, S 15)
        raise refuse_header_only()
    skipped = len(found) - len(lines)  # the lines read with the row above too (no amount)
    kept = tuple(found) if columns is not None else ()  # for statement_fit: --columns only
    read_sum = sum(line.amount_yen for line in lines)
    differs = len(totals) == 1 and totals[0][1] != read_sum  # one total: the statement's
    file_total = (*totals[0], read_sum) if differs else None
    return StatementFile(
        layout,
        encoding,
        tuple(lines),
        len(found),
        skipped,
        tuple(unread),
        unreadable_chars,
        file_total,
        kept,
        _names(found[header_at - 1][1], where) if layout is Layout.HEADER else (),
    )


def _names(cells: Sequence[str], at: Columns) -> tuple[str, ...]:
    return tuple(" ".join(cells[i].split()) for i in (at.date, at.description, at.amount))


def _detect(found: list[Record]) -> tuple[Layout, Columns, int]:
    """The layout, its columns, and the index of the first record after its header."""
    for index, (_, cells) in enumerate(found[:_HEADER_SEARCH]):
        header = _header(cells)
        if header is not None:
            return header[0], header[1], index + 1
        if _is_smbc_card_line(cells):
            return Layout.SMBC, _SMBC_COLUMNS, index
    if header_only(found):  # named, not 「列の並びが分かりません」 (review 24a, S 15)
        raise refuse_header_only()
    for _, cells in found[:_HEADER_SEARCH]:  # the separator first (review 30c, item 6)
        if len(cells) == 1 and (said := separated(cells[0])) is not None:
            raise said
    raise _refuse(
        "明細の列の並びが分かりません。対応しているのは楽天カード、PayPayカード、ビューカード、三井住友カード（Vpass）のCSVです。"
        "ほかのカードは `--columns date,description,amount,_` のように列の並びを指定してください（使わない列は `_` で指定します）",
        "cannot find the statement's columns; accepted: the CSV of Rakuten Card, PayPay Card, "
        "VIEW Card or SMBC (Vpass); for another card, use `--columns` to name the columns in "
        "order, e.g. `--columns date,description,amount,_` (`_` for a column to skip)",
    )
