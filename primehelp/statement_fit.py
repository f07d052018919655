"""Whether the columns ``--columns`` names fit the file (review 38c, items 1 and 3).

A wrong order is refused rather than read: the Amazon texts sit in a column marked ``_`` (「Amazon
の行は見つかりませんでした」 would be false comfort), or the ``amount`` column's header names a
balance (残高) while a column headed 金額 was skipped. Each refusal names the file's header, so
the member can map the columns. Pure; loaded only with ``--columns``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.errors import BadInput
from primehelp.i18n import Text
from primehelp.statement_values import compared, parse_date

if TYPE_CHECKING:
    from primehelp.statement import StatementContent
    from primehelp.statement_csv import Columns, Record

# A header that names no charged amount: a balance, a limit, points (compared after NFKC).
_NOT_AMOUNT = ("残高", "利用可能", "限度", "ポイント", "point", "balance")
# A header that names the charged amount.
_AMOUNT = ("金額", "利用額", "amount")


def _header(found: Sequence[Record], columns: Columns) -> list[str] | None:
    """The file's header row: its first record, if its date cell is no date."""
    if not found:
        return None
    cells = found[0][1]
    if len(cells) > columns.date and parse_date(cells[columns.date]) is not None:
        return None
    return [" ".join(cell.split()) for cell in cells]


def _named(header: list[str] | None) -> tuple[str, str]:
    if not header:
        return "", ""
    joined = ",".join(header)[:80]
    return f"ファイルの見出しは「{joined}」です。", f" The file's header is '{joined}'."


def check_fit(
    found: Sequence[Record], columns: Columns, amazon_lines: int, content: StatementContent
) -> None:
    """Refuse ``columns`` when they do not fit the file whose records ``found`` are, as read
    (``StatementFile.records``: the file is not decoded again, review 39c), see the module's
    docstring; ``amazon_lines``: the Amazon lines read in those columns."""
    from primehelp.statement import statement_text

    header = _header(found, columns)
    named_ja, named_en = _named(header)
    used = {columns.date, columns.description, columns.amount}  # the others are `_`
    for _, cells in ([] if amazon_lines else found)[1 if header is not None else 0 :]:
        for index, cell in enumerate(cells):
            if index in used or statement_text(cell, content) is None:
                continue
            text = " ".join(cell.split())[:40]
            raise BadInput(
                Text(
                    f"`--columns` で使わない列（`_`）にした{index + 1}列目に「{text}」などAmazonの表記が"
                    f"ありますが、明細の表記（description）の列には見つかりません。{named_ja}"
                    "列の並びを確認してください（例：`--columns date,description,amount,_`）",
                    f"column {index + 1}, which `--columns` skips (`_`), holds Amazon texts such as "
                    f"'{text}', but the description column has none.{named_en} Check the order of "
                    "the columns (e.g. `--columns date,description,amount,_`)",
                )
            )
    if header is not None:
        said = compared(header[columns.amount]) if len(header) > columns.amount else ""
        if any(word in said for word in _NOT_AMOUNT):
            better = [
                i
                for i, cell in enumerate(header)
                if i != columns.amount
                and any(w in compared(cell) for w in _AMOUNT)
                and not any(w in compared(cell) for w in _NOT_AMOUNT)
            ]
            hint = (
                f"金額の列は「{header[better[0]]}」（{better[0] + 1}列目）ではありませんか。"
                if better
                else ""
            )
            hint_en = (
                f" Is the amount in '{header[better[0]]}' (column {better[0] + 1})?"
                if better
                else ""
            )
            raise BadInput(
                Text(
                    f"`--columns` で amount にした列（{columns.amount + 1}列目）の見出しは"
                    f"「{header[columns.amount]}」で、請求の金額ではありません。{hint}{named_ja}"
                    "列の並びを確認してください",
                    f"the column `--columns` names amount (column {columns.amount + 1}) is headed "
                    f"'{header[columns.amount]}', which is not the charged amount.{hint_en}{named_en} "
                    "Check the order of the columns",
                )
            )
