"""What the views of ``renewal``, ``trial`` and ``fees`` share: their labels, the key-dates
table, the reminder-mail note."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.bullets import bullet
from primehelp.output.console import dim, rich_text, sources_line
from primehelp.spans import YEAR, far_days

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table
    from rich.text import Text as RichText

    from primehelp.facts import Fact
    from primehelp.reminder import Reminder


def renewal_ui(key: str) -> Text:
    return ui(key, "ui_renewal")


def days_cell(days: int, lang: Lang) -> str:
    if abs(days) > YEAR:  # 「約4年5か月後」, not 「あと1630日」 (review 56b S 11)
        return far_days(days)(lang)
    keys = {1: "days_tomorrow", 0: "days_today", -1: "days_yesterday"}
    key = keys.get(days, "days_future" if days > 0 else "days_past")
    return renewal_ui(key)(lang).format(n=abs(days))


def yen(amount: int | None, lang: Lang) -> str:
    if amount is None:
        return renewal_ui("fee_unknown")(lang)
    return renewal_ui("yen")(lang).format(n=f"{amount:,}")


def key_dates_table(rows: list[tuple[str, dt.date, int | None]], lang: Lang) -> RenderableType:
    """The key dates side by side; too narrow for that, one line each of 「見出し：日付（いつ）」
    (review 15b item 3: not 「項目：…／日付：…／いつ：…」, the column headers as labels); too
    narrow for one of those, every row as 「見出し：」 and, indented on the next line, its date
    (review 16b item 7: not some rows split after the label and some not)."""
    from rich.table import Table

    table = Table(show_lines=False)
    # A label is never wrapped either (「お知らせメール／（オンの場合）」 reads as two rows), nor a
    # date (「2026-1／2-05」 reads as another date), nor 「あと2日」: when the three cannot fit side
    # by side, the rows are stacked.
    table.add_column(renewal_ui("col_what")(lang), no_wrap=True)
    table.add_column(renewal_ui("col_date")(lang), no_wrap=True)
    table.add_column(renewal_ui("col_when")(lang), justify="right", no_wrap=True)
    stacked = []
    for label, day, days in rows:
        when = "" if days is None else days_cell(days, lang)
        table.add_row(label, day.isoformat(), when)
        value = day.isoformat()
        if when:
            value += f"（{when}）" if lang == "ja" else f" ({when})"
        stacked.append((rich_text(label + ui("colon")(lang), style="bold"), value))
    return _KeyDates(table, stacked)


class _KeyDates:
    """The key-dates table, or its rows as lines when the columns cannot fit side by side: a
    line each, or, when one of those does not fit, each label on a line and its date indented
    on the next."""

    def __init__(self, table: Table, rows: list[tuple[RichText, str]]) -> None:
        self.table, self.rows = table, rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        # Each column as wide as its widest cell (none wraps), plus padding and the borders.
        columns = self.table.columns
        widths = [max(map(cell_len, (str(c.header), *map(str, c.cells)))) for c in columns]
        if sum(widths) + 3 * len(columns) + 1 <= options.max_width:
            yield self.table
            return
        lines = [label.copy() for label, _ in self.rows]
        for line, (_, value) in zip(lines, self.rows, strict=True):
            line.append(value)
        if all(cell_len(line.plain) <= options.max_width for line in lines):
            yield from lines
            return
        for label, value in self.rows:
            head = label.copy()
            head.rstrip()  # the English colon's space
            yield head
            yield rich_text("  " + value)


def reminder_block(reminder: Reminder, lang: Lang) -> list[RenderableType]:
    """The reminder mail, its switch and its imitators; on a trial's screen the report's mail is
    the trial's wording (:meth:`Reminder.before_trial_end`). Its sources are in the screen's one
    list (:func:`screen_sources`)."""
    mail = reminder.opt_in.text(lang)
    return [
        rich_text(renewal_ui("reminder_title")(lang), style="bold"),
        rich_text(bullet(lang) + mail),
        rich_text(bullet(lang) + reminder.switch_on.text(lang), style="cyan"),
        rich_text(bullet(lang) + reminder.scam_warning.text(lang), style="yellow"),
        rich_text(f"{renewal_ui('prime_page')(lang)}{ui('colon')(lang)}{reminder.page_url}"),
    ]


def screen_sources(console: Console, reminder: Reminder, facts: Iterable[Fact], lang: Lang) -> None:
    """The renewal and trial screens' one 出典 list, the reminder block's last, and one check
    date, a paragraph of its own before the footer (review 25b S 8: the refund rules' and the
    reminder mail's each ended 「2026年12月2日に確認しました。」, twice on one screen)."""
    console.print()
    mail = [reminder.opt_in, reminder.switch_on, reminder.scam_warning]
    console.print(dim(sources_line([*facts, *mail], lang)))


def footer(console: Console, lang: Lang) -> None:
    console.print()
    console.print(dim(ui("labels_may_change")(lang)))
    console.print(dim(ui("all_sources_hint")(lang)))
