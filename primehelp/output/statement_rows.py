"""Pieces of the statement view's rows and month table (moved out of
:mod:`primehelp.output.statement`): 「見出し：内容」 lines, and the ※ count after a month total's
件数 (review 36c, S 21)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.console import rich_text
from primehelp.output.labelled import Labelled

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text as RichText

    from primehelp.statement import AmazonLine, StatementSummary
    from primehelp.statement_unread import UnreadAmazonLine


_UNREAD = "ui_statement_unread"  # the lines not read (review 38c, item 7)


class _Labelled:
    """「見出し：内容」 on one line when it fits; else the label alone and the content under it,
    indented (review 13a, S 6: 「考えられる内容：」 alone, 「Prime Videoチャンネル」 under it
    at the margin, looked like two rows)."""

    INDENT = 2

    def __init__(self, label: RichText, value: RichText) -> None:
        self.label, self.value = label, value

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        from primehelp.output.blocks import indented

        # Several lines (a flag each under 注意, review 24a, item 4) go under the label.
        plain = self.value.plain
        if "\n" not in plain and cell_len(self.label.plain + plain) <= options.max_width:
            yield self.label.copy().append_text(self.value)
        else:
            label = self.label.copy()
            label.rstrip()  # English "Note: " alone on its line: no trailing space (36c S 23)
            yield label
            # never Rich's Padding, which padded each line to the width on a terminal (36c S 23);
            # each line (a ※ flag, a note, a candidate) hangs its continuation under its own
            # first character, so a wrapped flag does not read as the next note (49c, item 16)
            lines = [rich_text().append_text(line) for line in self.value.split("\n")]
            yield indented(self.INDENT, [Labelled(line) for line in lines])


def labelled_lines(
    headers: list[RenderableType], cells: tuple[str | RichText, ...], lang: Lang
) -> list[RenderableType]:
    """A row as lines of 「見出し：内容」, its empty cells left out."""
    lines: list[RenderableType] = []
    for header, cell in zip(headers, cells, strict=True):
        value = rich_text(cell) if isinstance(cell, str) else cell
        if value.plain:
            lines.append(_Labelled(rich_text(f"{header}{ui('colon')(lang)}", style="bold"), value))
    return lines


def marked_rows(summary: StatementSummary) -> dict[tuple[str, int], int]:
    """(month, index of its total): how many of that total's lines are flagged (※), grouped as
    the totals are (statement_totals)."""
    from primehelp.statement import is_flagged
    from primehelp.statement_totals import _group as group_of  # the totals' own rule
    from primehelp.statement_values import month_of

    found: dict[tuple[str, int], int] = {}
    for month in summary.months:
        lines = [x for x in summary.lines if month_of(x.date) == month.month]
        groups = list(dict.fromkeys(group_of(x) for x in lines))
        for line in lines:
            if is_flagged(line):
                key = (month.month, groups.index(group_of(line)))
                found[key] = found.get(key, 0) + 1
    return found


def flagged_count(flagged: int, lang: Lang) -> str:
    """「※」 / " !" after a month total's count when ``flagged`` of its lines are marked."""
    return ui("month_count_flagged", "ui_charge")(lang) if flagged else ""


def both_counted(summary: StatementSummary, lang: Lang) -> tuple[RichText, ...]:
    """Under the month table, when a row counts charges and refunds together (2 beside one 600円
    charge and one 600円 refund): that 件数 is both (review 52c, S 32); nothing otherwise."""
    if not any(t.charges and t.refunds for month in summary.months for t in month.services):
        return ()
    # a blank line first: a note on the whole table, not on its last month (review 61c, item 9)
    return (rich_text("\n" + ui("count_both", "ui_statement")(lang)),)


def month_counts(
    summary: StatementSummary, marked: dict[tuple[str, int], int], header: str, lang: Lang
) -> dict[tuple[str, int], str]:
    """The month table's 件数 cells: right-aligned digits, and, when a row has ※, each cell
    padded on the left so that the digits end in one column and the mark stands after them
    (「 1」「2※」, not 「1」 over 「2※」 with the 2 a column to the left)."""
    from rich.cells import cell_len

    room = cell_len(flagged_count(1, lang))
    plain = {
        (month.month, index): str(total.charges + total.refunds)
        for month in summary.months
        for index, total in enumerate(month.services)
    }
    if not marked:
        return plain
    digits = max(max(map(len, plain.values())), cell_len(header) - room)
    return {
        key: count.rjust(digits) + flagged_count(marked.get(key, 0), lang)
        for key, count in plain.items()
    }


def unread_cells(summary: StatementSummary, lang: Lang) -> list[tuple[str, str, str, str, str]]:
    """The Amazon lines not read as rows of 「Amazonの行」: (date, text, amount, what it may be,
    note), the cell that cannot be read as 「読み取れません（10/05）」 (review 38c, item 7 and
    S 2); what it may be only of dollars that are amazon.com's Prime fee (review 61c, S 2)."""
    from primehelp.errors import escaped
    from primehelp.output.console import sentence_date
    from primehelp.output.key_dates import yen
    from primehelp.statement_values import dayless_month

    def unreadable(cell: str) -> str:
        key = "unread_cell" if cell else "unread_cell_empty"
        return ui(key, _UNREAD)(lang).format(cell=escaped(cell))

    rows = []
    for line in summary.unread_amazon_lines:
        day = sentence_date(line.date, lang) if line.date else unreadable(line.date_text)
        amount = yen(line.amount_yen, lang) if line.amount_yen is not None else ""
        amount = amount or _unread_amount(line, lang)
        quoted = not amount  # the cell quoted as not read: its note would say it again
        amount = amount or unreadable(line.amount_text)
        reason = line.reason  # a blank cell said so, never 「形式の分からない日付」 (49c, 24)
        if (reason, line.date_text) == ("unknown_date", "") or (
            (reason, line.amount_text) == ("no_amount", "") and line.amount_yen is None
        ):
            reason = "blank_date" if reason == "unknown_date" else "blank_amount"
        note = ui(f"unread_note.{reason}", _UNREAD)(lang)
        # 「日付に日がありません（2026年9月）」 (review 51c, item 16)
        if reason == "no_day" and (month := dayless_month(line.date_text)) is not None:
            said = ui("unread_note.no_day_month", _UNREAD)(lang)
            note = said.format(year=month[0], month=month[1])
        if reason == "dollars" and _dollars(line.amount_text) is not None:
            note = ""  # the amount says it: 「12.34米ドル（合計には含めていません）」 (51c, 10)
        if reason == "no_amount" and quoted:  # 「読み取れません（「abc」）」 says it (57c, S 13)
            note = ""
        rows.append((day, escaped(line.description), amount, _us_fee(line, lang), note))
    return rows


def in_date_order(
    summary: StatementSummary, lang: Lang
) -> list[AmazonLine | tuple[str, str, str, str, str]]:
    """The rows of 「Amazonの行」: the lines read and the cells of those not read (a dollar
    amount: 「14.99米ドル（合計には含めていません）」) in one date order, as the lines read are
    sorted, not the unread ones after them all (review 61c, item 11); a line whose date cannot
    be read stays at the end, in file order."""
    import datetime as dt

    rows: list[tuple[tuple[dt.date, int], AmazonLine | tuple[str, str, str, str, str]]] = [
        ((line.date, line.row), line) for line in summary.lines
    ]
    unread = zip(summary.unread_amazon_lines, unread_cells(summary, lang), strict=True)
    rows += [((line.date or dt.date.max, line.row), cells) for line, cells in unread]
    return [row for _, row in sorted(rows, key=lambda row: row[0])]


def _us_fee(line: UnreadAmazonLine, lang: Lang) -> str:
    """「amazon.com（米国）のプライム会費の可能性（amazon.co.jpとは別のアカウント）」 for a row of
    dollars that are that fee (FACTS §10: US$14.99 a month, US$139 a year), as `charge` reads
    them (review 61c, S 2); "" otherwise (a fee with its tax: the amount says nothing alone)."""
    from decimal import Decimal

    from primehelp.content import charges

    usd = _dollars(line.amount_text) if line.reason == "dollars" else None
    fees = charges.load().us_prices
    if usd is None or not any(p.value == Decimal(usd.replace(",", "")) for p in fees):
        return ""
    return ui("us_prime_dollars", "ui_statement_lines")(lang)


def dollar_example(summary: StatementSummary) -> str:
    """The amount of the file's first dollar row as `charge` reads it, 「US$20.00」 (review 54c,
    item 8: never an amount the file does not have); 「US$14.99」 when no row gives one."""
    for line in summary.unread_amazon_lines:
        if line.reason == "dollars" and (usd := _dollars(line.amount_text)) is not None:
            return f"US${usd}"
    return "US$14.99"


def _dollars(cell: str) -> str | None:
    """The dollars of an amount cell 「US$12.34」: "12.34"; None: not an amount in dollars."""
    from primehelp.amounts import USD
    from primehelp.amounts import parse_amount as charge_amount
    from primehelp.errors import BadInput

    try:
        found = charge_amount(cell)
    except BadInput:
        return None
    return f"{found.value:,}" if found.currency == USD else None


def _unread_amount(line: UnreadAmazonLine, lang: Lang) -> str:
    """An amount not read said as what it is: 「12.34米ドル（合計には含めていません）」 (review
    51c, item 10), 「読み取れません（列が分かれています：「1」「200円」）」 (51c, item 9); "": neither."""
    from primehelp.errors import escaped

    if line.reason == "dollars" and (usd := _dollars(line.amount_text)) is not None:
        return ui("unread_cell_dollars", _UNREAD)(lang).format(usd=usd)
    if line.reason == "comma" and len(line.amount_cells) > 1:
        quote = "「{}」" if lang == "ja" else "“{}”"
        cells = ("" if lang == "ja" else " ").join(
            quote.format(escaped(cell)) for cell in line.amount_cells
        )
        return ui("unread_cell_split", _UNREAD)(lang).format(cells=cells)
    return ""


def header_names(summary: StatementSummary, lang: Lang) -> str:
    """A plain header's own names, as the file writes them: 「日付・内容・金額」 (review 51c, 11)."""
    from primehelp.errors import escaped

    return ("・" if lang == "ja" else ", ").join(escaped(x) for x in summary.header_names)


def file_total_said(summary: StatementSummary, lang: Lang) -> str:
    """「ファイルの合計の行…は29,480円ですが、…読み込んだ行の合計は25,480円です」, the sum
    split into what the table shows (請求 and 返金) when the read lines are those rows (review
    53c, item 25: never a third total the table does not have)."""
    total = summary.file_total or {}
    charged = sum(x.amount_yen for x in summary.lines if x.amount_yen > 0)
    refunded = -sum(x.amount_yen for x in summary.lines if x.amount_yen < 0)
    split = refunded > 0 and charged - refunded == total["read_yen"]
    key, module = ("file_total_split", _UNREAD) if split else ("file_total", "ui_statement")
    return ui(key, module)(lang).format(
        row=total["row"],
        total=f"{total['total_yen']:,}",
        read=f"{total['read_yen']:,}",
        charged=f"{charged:,}",
        refunded=f"{refunded:,}",
    )
