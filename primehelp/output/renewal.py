"""The view of ``primehelp renewal``: key dates, status, upcoming renewals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.console import console_for, dim, heading, rich_text
from primehelp.output.key_dates import (
    STATUS_STYLE,
    days_cell,
    footer,
    key_dates_table,
    reminder_block,
    renewal_ui,
    yen,
)

if TYPE_CHECKING:
    from primehelp.renewal import RenewalReport


def human_renewal(report: RenewalReport, lang: Lang) -> None:
    """Print the key dates, the status, the upcoming renewals and the reminder-mail note."""
    from rich.table import Table

    console = console_for(lang)
    console.print(heading(renewal_ui("renewal_title")(lang), None, lang))
    console.print(
        key_dates_table(
            [
                (renewal_ui("row_today")(lang), report.today, None),
                (renewal_ui("row_notice")(lang), report.notice_date, report.days_until_notice),
                (renewal_ui("row_cancel_by")(lang), report.cancel_by, report.days_until_cancel_by),
                (renewal_ui("row_renewal")(lang), report.renewal_date, report.days_until_renewal),
            ],
            lang,
        )
    )
    status = report.status.value
    console.print(rich_text(renewal_ui(f"status_{status}")(lang), style=STATUS_STYLE[status]))
    console.print(dim(ui("cancel_by_margin")(lang)))
    if report.upcoming is None and status == "renewal_past":
        console.print(renewal_ui("hint_plan")(lang))
    if report.upcoming and report.upcoming[0].renewal_date != report.renewal_date:
        upcoming = report.upcoming[0].renewal_date
        when = days_cell((upcoming - report.today).days, lang)
        console.print(renewal_ui("next_renewal")(lang).format(date=upcoming.isoformat(), when=when))
    if report.upcoming is not None and report.plan_name is not None:
        console.print()
        title = renewal_ui("upcoming_title")(lang).format(plan=report.plan_name(lang))
        console.print(rich_text(title, style="bold"))
        table = Table(show_lines=False)
        table.add_column(renewal_ui("col_renewal")(lang), overflow="fold")
        table.add_column(renewal_ui("col_notice")(lang), overflow="fold")
        table.add_column(renewal_ui("col_cancel_by")(lang), overflow="fold")
        table.add_column(renewal_ui("col_fee")(lang), justify="right", overflow="fold")
        for item in report.upcoming:
            table.add_row(
                item.renewal_date.isoformat(),
                item.notice_date.isoformat(),
                item.cancel_by.isoformat(),
                yen(item.fee_yen, lang),
            )
        console.print(table)
        console.print(dim(renewal_ui("fee_note")(lang)))
    if report.explanation is not None:
        console.print()
        console.print(rich_text(renewal_ui("explain_title")(lang), style="bold"))
        for sentence in report.explanation:
            console.print("・" + sentence(lang))
    console.print()
    for line in reminder_block(report.reminder, lang):
        console.print(line)
    footer(console, lang)
