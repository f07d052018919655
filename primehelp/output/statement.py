"""The view of ``primehelp charge --statement FILE``: what was read, the lines to check, the
totals per month and per likely service, the Amazon lines, then what the texts mean and where
to check them; the sources last.

The no-flag line is yellow, never green: finding nothing odd does not prove a charge right.
Statement texts come from the user's file and are printed as plain text (escaped, no markup).
Lines that are not Amazon's are counted, never printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.charge_notes import bullet
from primehelp.output.console import (
    console_for,
    dim,
    rich_text,
    sentence_date,
    sources_line,
    stacked_as,
)
from primehelp.output.heading_apart import HeadingApart
from primehelp.output.key_dates import yen
from primehelp.output.statement_count import counted, rows_en
from primehelp.output.statement_explain import explained
from primehelp.output.statement_order import LOOK as _LOOK
from primehelp.output.statement_rows import (
    both_counted,
    dollar_example,
    file_total_said,
    flagged_count,
    in_date_order,
    labelled_lines,
    marked_rows,
    month_counts,
)
from primehelp.output.statement_rows import (
    header_names as _names,
)
from primehelp.output.statement_total import alike_rows, stacked_totals, total_ui, with_what
from primehelp.statement import Flag
from primehelp.statement_csv import Layout

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table

    from primehelp.statement import AmazonLine, MonthSummary, StatementSummary

_UI = "ui_statement"
# A quotation in a sentence: 「…」, “…”
_QUOTED = re.compile("(「|“)([^「」“”]+)(」|”)")
# Full-width ASCII (「Ａ」 U+FF21…) and the ideographic space, to their half-width forms
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _half_quotes(said: str, text: str) -> str:
    """``said`` with each quotation of a part of ``text`` made half-width."""
    return _QUOTED.sub(lambda m: m[0].translate(_HALF_WIDTH) if m[2] in text else m[0], said)


_TWICE = ("switch",)  # what the two-annual-fees note may add (never a refund: 30c, item 13)


def _rows(rows: tuple[int, ...], lang: Lang) -> str:
    return "、".join(map(str, rows)) if lang == "ja" else rows_en(rows)


def statement_ui(key: str, lang: Lang) -> str:
    """A label of ``data/ui_statement.toml`` in ``lang``."""
    return ui(key, _UI)(lang)


def _month(month: str, lang: Lang) -> str:
    year, number = month.split("-")
    return f"{year}年{int(number)}月" if lang == "ja" else month


def _table(*columns: tuple[str, bool]) -> Table:
    """Columns of names (left, wrapped by phrases) and of figures (right, never wrapped).

    Dates and statement texts are added with ``no_wrap`` too: a terminal too narrow for them
    gets each row as lines of 「見出し：内容」 (the console's table), never 「2026-09-2│4」.
    """
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    for title, right in columns:
        table.add_column(title, justify="right" if right else "left", no_wrap=right)
    return table


def _by_month(summary: StatementSummary, lang: Lang) -> Iterator[RenderableType]:
    yield rich_text("\n" + statement_ui("by_month", lang), style="bold")
    for key, rows in (  # a misread date is no month's total (review 25a, S 14; 53c, 13)
        ("after_today_left_out", summary.after_today_rows),
        ("undated_left_out", summary.undated_amazon_rows),
    ):
        if rows:
            said = ui(key, _UI if key[0] == "a" else "ui_statement_unread")(lang)
            yield rich_text(counted(said.format(rows=_rows(rows, lang)), len(rows), lang))
    if not summary.months:
        return
    # A row may be refunds only (review 11a S 23): 「考えられる内容」, the lines' name too (18a S 8)
    table = _table(
        (statement_ui("col_month", lang), False),
        (statement_ui("col_service", lang), False),
        (statement_ui("col_count", lang), True),
        (statement_ui("col_charged", lang), True),
        (statement_ui("col_refunded", lang), True),
    )
    headers = [column.header for column in table.columns]
    marked = marked_rows(summary)
    counts = month_counts(summary, marked, str(headers[2]), lang)
    if marked:  # each cell padded by hand: the digits in one column, a ※ after (51c, item 19)
        table.columns[2].justify = "left"
    for month in summary.months:
        for index, total in enumerate(month.services):
            count = str(total.charges + total.refunds)
            # ※ rows among them (review 36c, S 21)
            count += flagged_count(marked.get((month.month, index), 0), lang)
            cells = (
                _month(month.month, lang) if index == 0 else "",
                total.label(lang),
                count,
                yen(total.charged_yen, lang) if total.charges else "",
                yen(total.refunded_yen, lang) if total.refunds else "",
            )
            table.add_row(*cells[:2], counts[(month.month, index)], *cells[3:])
            stacked_as(table, labelled_lines(headers, cells, lang))  # a long service indented
        # Amazon Pay is counted in (what Amazon billed), and said so (review 18a, S 9); look-alike
        # lines too (review 56c, item 10)
        table.add_row(
            "",
            total_ui(_total_key(month), lang),  # 「合計（返金のみ）」 (review 63c, S 3)
            "",
            yen(month.charged_yen, lang) if month.charged_yen else "",  # refunds only: 33c S 12
            yen(month.refunded_yen, lang) if month.refunded_yen else "",
            style="bold",
            end_section=True,
        )
        stacked_as(table, stacked_totals(month, lang))  # 「請求の合計：600円」 (61c, 8 and 9)
    yield table
    yield from both_counted(summary, lang)  # 件数 of charges and refunds (review 52c, S 32)


def _total_key(month: MonthSummary) -> str:
    only = not month.charged_yen and month.refunded_yen and not with_what(month)
    return "month_total_refunds_only" if only else f"month_total{with_what(month)}"


def _note(line: AmazonLine, lang: Lang) -> str:
    # A refund is no warning (review 14a, item 5): said after its amount, not under 注意.
    flags = [f for f in line.flags if f is not Flag.REFUND]
    notes = [_flag(f, lang, line.launch_year, _in_dollars(f, [line])) for f in flags]
    from primehelp.output.statement_same import same_note  # one wording (60c, 9; 61c, 2)

    # why a charge of no fixed price is not flagged
    notes += [same] if (same := same_note(line, lang)) is not None else []
    from primehelp.statement_changed import changed_note  # on the row too (review 59c, S 15)

    notes += [changed(lang)] if (changed := changed_note(line)) is not None else []
    return "\n".join(notes)  # one flag a line: never run into one wrapped line (24a, item 4)


# Below this width the lines are 「利用日：…」 blocks whatever their number: one row fitted a
# table at 60 columns where several did not (review 23a, S 16: one layout at a width).
_TABLE_WIDTH = 100


def _lines(summary: StatementSummary, lang: Lang, width: int) -> Iterator[RenderableType]:
    yield rich_text("\n" + statement_ui("lines_title", lang), style="bold")
    blocks: list[list[RenderableType]] = []
    table = _table(
        (statement_ui("col_date", lang), False),
        (statement_ui("col_text", lang), False),
        (statement_ui("col_amount", lang), True),
        (statement_ui("col_service", lang), False),
        (statement_ui("col_note", lang), False),
    )
    # the date, the text as the statement prints it, and the note (a short label: 「※ 当ては│
    # まる│価格なし」 in a narrow column was hard to read)
    for column in (*table.columns[:2], table.columns[4]):
        column.no_wrap = True
    for line in in_date_order(summary, lang):  # a dollar row in its place (61c, item 11)
        if isinstance(line, tuple):  # not read (review 38c, item 7 and S 2)
            table.add_row(*line)  # amazon.com's fee in dollars named (review 61c, S 2)
            said = f"「{line[1]}」" if lang == "ja" else f"“{line[1]}”"
            headers = [column.header for column in table.columns]
            blocks.append(labelled_lines(headers, (line[0], said, *line[2:]), lang))
            stacked_as(table, blocks[-1])
            continue
        look = any(flag in _LOOK for flag in line.flags)
        note = rich_text(_note(line, lang), style="bold yellow" if look else "")
        # 「2026年10月3日」, as the month table's 「2026年10月」 and every sentence write a date
        day = sentence_date(line.date, lang)
        amount = yen(line.amount_yen, lang)
        if line.amount_yen < 0:  # 「-980円（返金）」 (review 14a, item 5)
            amount = statement_ui("refund_amount", lang).format(amount=amount)
        cells = (day, escaped(line.description), amount)
        label = line.label(lang)
        if line.detail is not None:  # a Prime text of another amount (review 19a, item 1)
            label += "\n" + line.detail(lang)
        table.add_row(*cells, label, note)
        # Stacked (too narrow for columns), a Japanese line quotes the text in 「」 as the charge
        # screen's 「明細の表記：「AMAZON PRIME」」 does (the quotation is kept whole on a line).
        half = cells[1].translate(_HALF_WIDTH)
        text = f"「{half}」" if lang == "ja" else f"“{half}”"  # as its notes (45c, S 16)
        if half != cells[1]:  # 「「AMAZON DOWNLOADS」（明細では全角）」: fits where 42 cells do not
            text = statement_ui("col_text_full_width", lang).format(text=text)
        if half != cells[1]:  # a quoted part of the text as the row shows it (review 51c, 23)
            label = _half_quotes(label, cells[1])
        quoted = (cells[0], text, cells[2], label)
        headers = [column.header for column in table.columns]
        if line.amount_yen < 0:  # a refund's row: what it is for, not "a likely charge"
            headers[3] = statement_ui("col_service_refund", lang)
        blocks.append(labelled_lines(headers, (*quoted, note), lang))
        stacked_as(table, blocks[-1])
    if width >= _TABLE_WIDTH:
        yield table
        return
    for number, block in enumerate(blocks):
        yield from ([rich_text()] if number else [])
        yield from block


def _to_check(summary: StatementSummary, lang: Lang) -> Iterator[RenderableType]:
    found = {flag for line in summary.lines for flag in line.flags if flag in _LOOK}
    year = next((x.launch_year for x in summary.lines if x.launch_year is not None), None)
    if not found:
        return
    yield rich_text("\n" + statement_ui("what_to_check", lang), style="bold")
    for flag in _LOOK:
        if flag in found:  # headed by the flag's own words (review 21a, item 4)
            dollars = _in_dollars(flag, [x for x in summary.lines if flag in x.flags])
            heading = flag_heading(flag, lang, year, dollars) + ui("colon")(lang)
            said = explained(flag, [x for x in summary.lines if flag in x.flags], lang)  # 53c, 10
            if flag is Flag.ANNUAL_TWICE:  # as the pairs found allow (review 27a, item 2)
                said += "".join(
                    statement_ui(f"twice.{x}", lang) for x in _TWICE if x in summary.twice_said
                )
            # the label whole: on its own line when the text's first words do not fit (62c, 9)
            yield bullet(HeadingApart(rich_text(heading), rich_text(said)), lang)
    # Where the receipts are: in 「確認する場所」 below, never a line of its own here (51c, 14)


def _of_them(summary: StatementSummary, lang: Lang) -> str:
    """「（うち金額を読み取れない行1件、ドル建ての行2件）」: the Amazon lines not read, dollar ones
    apart (they can be read, one by one with `charge`: review 31c, S 15); "" for none."""
    dollars = len(summary.dollar_amazon_rows)
    parts = [
        statement_ui(f"counts.of.{key}", lang).format(n=f"{n:,}")
        for key, n in (
            ("unread", len(summary.unreadable_amazon_rows) - dollars),
            ("dollars", dollars),
            ("undated", len(summary.undated_amazon_rows)),
            ("alike", alike_rows(summary.lines)),
        )
        if n
    ]
    if not parts:
        return ""
    joined = ("、" if lang == "ja" else ", ").join(parts)
    return statement_ui("counts.of_them", lang).format(parts=joined)


def _in_dollars(flag: Flag, lines: list[AmazonLine]) -> bool:
    """True for 「2回以上あります」 on lines in dollars only: compared by their dollars, the yen
    differing, 「現地利用額（米ドル）が同じ」 is what is the same (review 49c, item 18)."""
    return flag is Flag.SAME_CHARGE_TWICE and all(x.foreign_usd is not None for x in lines)


def _flag(flag: Flag, lang: Lang, year: int | None = None, dollars: bool = False) -> str:
    """A flag's words under 注意; ``year``: the launch year of 「…プライム開始（2007年）より前です」;
    ``dollars``: the words of a flag on lines compared by their dollars (:func:`_in_dollars`)."""
    key = f"flag_in_dollars.{flag.value}" if dollars else f"flag.{flag.value}"
    return statement_ui(key, lang).replace("{year}", str(year))


def flag_heading(flag: Flag, lang: Lang, year: int | None = None, dollars: bool = False) -> str:
    """The words of a flag under 注意 without its mark: 「年会費と月会費の期間が重なっています」."""
    return _flag(flag, lang, year, dollars).removeprefix("※").removeprefix("! ")


def human_statement(summary: StatementSummary, lang: Lang) -> None:
    """Print what was read, the lines to check, the totals and lines, and where to check."""
    from rich.console import Group

    encoding = statement_ui(f"encoding.{summary.encoding.value}", lang)
    read_as = {Layout.COLUMNS: "read_as_columns", Layout.HEADER: "read_as_header"}.get(
        summary.layout, "read_as"
    )
    lines: list[RenderableType] = [
        rich_text(
            statement_ui(read_as, lang).format(
                layout=summary.layout_name(lang), encoding=encoding, names=_names(summary, lang)
            ),
            style="bold",
        ),
    ]
    # An Amazon line whose amount cannot be read is an Amazon line, never a heading (review
    # 19a, item 5): counted with them, and said apart in its own count.
    # So is one whose date cannot be read (review 21a, item 1: ``11/01``, no year guessed).
    unread, undated = len(summary.unreadable_amazon_rows), len(summary.undated_amazon_rows)
    counts = {
        "amazon": len(summary.lines) + unread + undated,
        "other": summary.other_lines,
        "zero": summary.zero_amount_rows,  # review 20a, item 5: no charge, said when there is one
        "skipped": summary.heading_rows - bool(summary.header_names),  # read from (63c, S 1)
    }
    lines.extend(
        bullet(statement_ui(f"counts.{k}", lang).format(n=f"{n:,}") + _of_them(summary, lang), lang)
        if k == "amazon"
        else bullet(statement_ui(f"counts.{k}", lang).format(n=f"{n:,}"), lang)  # 「2,000件」 (58c)
        for k, n in counts.items()
        if n or k == "amazon"  # review 21a, item 7: no 「0件（表示しません）」
    )
    if summary.unreadable_char_rows:  # read with 「�」 (review 38c, items 8 and 9)
        said = statement_ui("unreadable_chars", lang)
        said = said.format(rows=_rows(summary.unreadable_char_rows, lang))
        lines.append(rich_text(counted(said, len(summary.unreadable_char_rows), lang)))
    dollars = summary.dollar_amazon_rows  # said apart: never read (review 23a, S 18)
    why = dict(summary.unread_why)  # why, where known (review 24a, S 16)
    unreadable = [r for r in summary.unreadable_amazon_rows if r not in dollars]
    no_date = [  # review 25a, S 13: a day that does not exist, a month without its day
        (f"undated_{reason}" if reason else "undated", rows)
        for reason in ("", "no_year", "no_such_day", "no_day", "blank")  # blank: 52c, item 10
        if (rows := tuple(r for r in summary.undated_amazon_rows if why.get(r, "") == reason))
    ]
    no_date.sort(key=lambda group: group[1][0])  # in the file's order
    several = len(no_date) > 1  # one paragraph, each row's reason in it (review 27a, S 26)
    all_prime = bool(dollars) and set(dollars) == set(summary.dollar_prime_rows)  # 53c, 38
    ex = dollar_example(summary)  # the file's own dollars (review 54c, item 8)
    for key, rows in (
        ("unreadable", tuple(r for r in unreadable if r not in why)),
        ("unreadable_decimal", tuple(r for r in unreadable if why.get(r) == "decimal")),
        ("unreadable_columns", tuple(r for r in unreadable if why.get(r) == "columns")),  # 37c
        ("unreadable_comma", tuple(r for r in unreadable if why.get(r) == "comma")),  # 45c, 1
        ("unreadable_count", tuple(r for r in unreadable if why.get(r) == "count")),
        ("dollars", () if all_prime else dollars),
        *(() if several else no_date),
        *((("undated_several", ()),) if several else ()),
    ):
        if rows or key == "undated_several":
            parts = [
                counted(statement_ui(f"why.{k}", lang).format(rows=_rows(r, lang)), len(r), lang)
                for k, r in no_date
            ]
            joined = ("、" if lang == "ja" else "; ").join(parts)
            said = statement_ui(key, lang).format(rows=_rows(rows, lang), why=joined, example=ex)
            lines.append(rich_text(counted(said, len(rows), lang), style="bold yellow"))
        if key == "dollars" and (prime := summary.dollar_prime_rows):  # amazon.com's? (31c, S 14)
            said = ui(f"dollars_{'all_' if all_prime else ''}prime", "ui_statement_unread")(lang)
            said = counted(said.format(rows=_rows(prime, lang), example=ex), len(prime), lang)
            lines.append(rich_text(said, style="bold yellow"))
    if summary.file_total is not None:  # Vpass's total line (review 45c, item 1; 53c, 25)
        lines.append(rich_text(file_total_said(summary, lang), style="bold yellow"))
    if not summary.lines and not unread + undated:
        lines.append(rich_text(statement_ui("no_amazon_lines", lang), style="bold yellow"))
    elif summary.flagged:  # after rows asked to be checked, the ※ rows are others (53c, 9)
        more = "flagged_more" if unreadable or undated else ""
        said = ui(more, "ui_statement_unread")(lang) if more else statement_ui("flagged", lang)
        flagged = counted(said.format(count=f"{summary.flagged:,}"), summary.flagged, lang)
        lines.append(rich_text(flagged, style="bold yellow"))
    elif not unread + undated:  # a line to check is no all-clear
        none = ui("statement_none_flagged", "ui_charge")(lang)  # review 36c, item 13
        lines.append(rich_text(none, style="yellow"))
    if summary.lines:
        from primehelp.output.statement_partial import partial_note, said_once

        lines.append(dim(statement_ui("estimate", lang)))
        lines.extend(_to_check(summary, lang))
        lines.extend(_by_month(summary, lang))
        shown, partial = said_once(summary)  # once, not in each row (review 34c, item 6)
        lines.extend(_lines(shown, lang, console_for(lang).width))
        lines.extend(partial_note(partial, lang))
    elif summary.unread_amazon_lines:  # only lines not read: still named (review 38c, S 2)
        lines.extend(_lines(summary, lang, console_for(lang).width))
    from primehelp.output.statement_notes import noted  # prices on their own (57c, item 9)

    headed, facts = noted(summary, lang)
    lines.extend(headed)
    cited = (*facts, *summary.facts)
    lines.append(dim("\n" + sources_line(cited, lang)))
    # One print: each call of Console.print measures the terminal again.
    console_for(lang).print(Group(*lines))
