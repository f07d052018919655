"""Why a statement file is refused (moved out of :mod:`primehelp.statement_csv`, at its size
limit): no dated row in the columns given, another separator, a header alone, a quote left open.
Pure; each a :class:`BadInput` with its bilingual message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.errors import BadInput
from primehelp.i18n import Text
from primehelp.statement_values import parse_amount, parse_date

if TYPE_CHECKING:
    from primehelp.statement_csv import Columns


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


def unclosed_quote(text: str, start: int) -> BadInput | None:
    """A record beginning on line ``start`` or after whose quote (「"」) is never closed: the csv
    module reads the rest of the file into one cell, and the columns were blamed (review 36c,
    item 10); the error names the line where the open quote is (an earlier record's quoted line
    break is closed, review 45c, item 13). None: the quotes are paired."""
    rest = text.splitlines(keepends=True)[start - 1 :]
    if "".join(rest).count('"') % 2 == 0:
        return None
    start = _left_open(rest, start) or start  # where the open field begins (review 45c, 13)
    return _refuse(
        f'ファイルの{start}行目で引用符（"）が閉じられていません。'
        "カード会社のサイトから保存し直したファイルを指定してください。",
        f'line {start} of the file opens a quote (") that is never closed; give the file saved '
        "again from the card company's site",
    )


def _left_open(lines: list[str], start: int) -> int | None:
    """The line where a quoted field that runs to the end of the file begins, read as CSV reads
    (a quote opens a field only at its start; 「""」 inside is a quote); None: every quoted field
    closes (a quote inside an unquoted cell then unbalanced the count: the record is blamed)."""
    quoted, opened, field_start = False, start, True
    for number, line in enumerate(lines, start):
        i = 0
        while i < len(line):
            char = line[i]
            if quoted:
                if char == '"' and line[i + 1 : i + 2] == '"':
                    i += 2  # an escaped quote, still inside
                    continue
                quoted = char != '"'  # a closing quote: the rest of the cell joins unquoted
            elif char == '"' and field_start:
                quoted, opened, field_start = True, number, False
            else:
                field_start = char in ",\r\n"
            i += 1
    return opened if quoted else None


def no_dated_row(found: list[tuple[int, list[str]]], columns: Columns) -> BadInput:
    """No row with a date and an amount: a date without a year (``11/01``) says so, since the
    columns may be right (property sweep, round 23); otherwise the order of the columns."""
    order = "（例：`--columns date,description,amount,_`。使わない列は `_` で指定します）"
    order_en = "(e.g. `--columns date,description,amount,_`; `_` for a column to skip)"
    for _, cells in found:
        cell = cells[columns.date].strip() if len(cells) > columns.date else ""
        if (said := separated(cell)) is not None:  # review 28c, S 13
            return said
        if any(c.isdigit() for c in cell) and parse_date(cell) is None:
            cell = _cut(" ".join(cell.split()))  # one line, whatever the cell holds
            return _refuse(
                f"日付の列の「{cell}」を日付として読み取れません。年のある日付（例：2026/11/01、"
                f"2026-11-01、2026年11月1日）の行が必要です。列の並びも確認してください{order}",
                f"cannot read '{cell}' in the date column as a date; the rows need dates with a "
                f"year (e.g. 2026/11/01, 2026-11-01, 2026年11月1日); check the column order too {order_en}",
            )
    if header_only(found):  # the order is not the problem (review 22a, item 7)
        return refuse_header_only()
    return _refuse(
        f"`--columns` で指定した列に、日付と金額のある行が一つもありません。列の並びを確認してください{order}",
        f"no row has a date and an amount in the columns `--columns` names; check their order {order_en}",
    )


def _cut(cell: str, most: int = 24) -> str:
    """``cell`` as an error quotes it: at most ``most`` characters, 「…」 where it was cut, no
    space left before it (review 52c, item 12: 「2026/11/01 AMAZON PRIME 」 looked whole)."""
    return cell if len(cell) <= most else cell[:most].rstrip() + "…"


def spaced(cell: str) -> BadInput | None:
    """A cell holding a date, words and an amount apart by spaces: a statement page's text
    copied, never a CSV (review 52c, item 12: the date was blamed); None: it is not that."""
    words = cell.split()
    if len(words) < 3 or parse_date(words[0]) is None or parse_amount(words[-1]) is None:
        return None
    return _refuse(
        "列の区切りがカンマ（,）ではなく空白のようです。明細の画面からコピーした文字は読み込めません。"
        "カード会社のサイトから保存したCSVファイルを指定してください。",
        "the columns seem to be separated by spaces, not commas: text copied from a statement "
        "page cannot be read; give the CSV file saved from the card company's site",
    )


def separated(cell: str) -> BadInput | None:
    """A cell holding a whole row of another separator (「;」, a tab, 「|」, spaces): named,
    whether --columns was given or not (review 28c, S 13; review 30c, item 6)."""
    mark = next((m for m in (";", "\t", "|") if m in cell), None)
    if mark is None:
        return spaced(cell)  # review 52c, item 12
    if not any(c.isdigit() for c in cell):
        return None
    # One hedge, a tab named without 「」 (review 31c, S 8); each by its name and mark, as カンマ（,）
    # (review 32c, S 18)
    named = {"\t": ("タブ", "tabs"), ";": ("セミコロン（;）", "semicolons (;)")}
    shown, shown_en = named.get(mark, ("縦線（|）", "vertical bars (|)"))
    return _refuse(
        f"列の区切りがカンマ（,）ではなく{shown}のようです。表計算ソフトで開き、"
        "CSV形式（カンマ区切り）で保存し直したファイルを指定してください。",  # how (52c, S 30)
        f"the columns seem to be separated by {shown_en}, not commas; open the file in a "
        "spreadsheet program and give it saved again as CSV (comma-separated)",
    )


def header_only(found: list[tuple[int, list[str]]]) -> bool:
    return len(found) == 1 and not any(c.isdigit() for cell in found[0][1] for c in cell)


def refuse_header_only() -> BadInput:
    return _refuse(
        "ファイルに明細の行がありません（見出しの行だけです）。明細の行のあるCSVファイルを指定してください",
        "the file has no statement rows (only a header row); give a CSV file with the statement's rows",
    )


def too_long(row: int, description: str) -> BadInput | None:
    """A description cell longer than a card prints (:data:`primehelp.amounts.LONGEST_TEXT`):
    the line named, the file refused (review 47c, item 6: a cell of thousands of words froze the
    reading); None: it is not."""
    from primehelp.amounts import LONGEST_TEXT

    size = len(description)
    if size <= LONGEST_TEXT:
        return None
    return _refuse(
        f"ファイルの{row}行目の明細の表記が長すぎます（{size:,}文字）。明細の1行の表記は"
        f"{LONGEST_TEXT}文字までです。カード会社のサイトから保存した明細のファイルを指定してください。",
        f"line {row} of the file has a statement text too long ({size:,} characters): a "
        f"statement line's text is up to {LONGEST_TEXT} characters; give the statement file "
        "saved from the card company's site",
    )


# The most Amazon lines one file is read with (review 47c, item 5): each is read as a charge and
# compared with the others of its time; 2,000 take a few seconds on the benchmark machine
# (benchmarks/statement.py), a file of 5 MB held 69,000 and printed nothing for minutes.
MOST_AMAZON_LINES = 2000


def too_many(count: int) -> BadInput | None:
    """A file with more Amazon lines than :data:`MOST_AMAZON_LINES`; None: not so many."""
    if count <= MOST_AMAZON_LINES:
        return None
    return _refuse(
        f"明細のファイルにAmazonの行が多すぎます（{count:,}件）。1回に読み込めるAmazonの行は"
        f"{MOST_AMAZON_LINES:,}件までです。期間を分けて保存したファイルを指定してください。",
        f"the statement file has too many Amazon lines ({count:,}): one file is read with up to "
        f"{MOST_AMAZON_LINES:,}; save the statement in shorter periods and give each file",
    )
