"""The view of ``primehelp fees``: current fees, annual against monthly, the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    rich_text,
    sources_line,
)
from primehelp.output.key_dates import renewal_ui, yen
from primehelp.output.sources import confidence_word, print_legend
from primehelp.periods import Plan

if TYPE_CHECKING:
    from primehelp.fees import FeesReport, HistoryEntry


def _renewals_cell(entry: HistoryEntry, lang: Lang) -> str:
    """The 「既存会員」 cell: the entry's words (:mod:`primehelp.fees`), else why there is no
    date."""
    if entry.renewals is not None:
        return entry.renewals(lang)
    return (entry.renewals_none or renewal_ui("renewals_none"))(lang)


def human_fees(report: FeesReport, lang: Lang) -> None:
    """Print the current fees, annual against monthly, and the fee history."""
    from rich.table import Table

    console = console_for(lang)
    console.print(heading(renewal_ui("fees_title")(lang), report.checked, lang))
    names = {entry.plan: entry.name(lang) for entry in report.current}
    # Each table's title as a line of its own: Rich pads a table title to the table's width, which
    # left spaces at the end of the line on a terminal (review 36a item 16)
    console.print(rich_text(renewal_ui("current_title")(lang), style="bold"))
    table = Table(show_lines=False)
    table.add_column(renewal_ui("col_plan")(lang), overflow="fold")
    table.add_column(renewal_ui("col_fee")(lang), justify="right", overflow="fold")
    table.add_column(renewal_ui("col_period")(lang), overflow="fold")
    for fee in report.current:
        period = renewal_ui("period_year" if fee.months == 12 else "period_month")(lang)
        table.add_row(fee.name(lang), yen(fee.fee_yen, lang), period)
    console.print(table)

    console.print()  # the heading stands apart from the last plan (review 24a, S 13)
    console.print(rich_text(renewal_ui("comparison_title")(lang), style="bold"))
    for c in report.comparisons:
        n = c.months_until_annual_cheaper
        student = c.monthly_plan is Plan.STUDENT_MONTHLY
        # 「Prime Studentでは、月間プランを…」: the service once, then short names (52a, item 14)
        monthly, annual = (
            (Plan.MONTHLY, Plan.ANNUAL) if student else (c.monthly_plan, c.annual_plan)
        )
        lead = renewal_ui("comparison_lead_student")(lang) if student else ""
        comparison = renewal_ui("comparison_line")(lang).format(
            lead=lead,
            monthly_name=names[monthly],
            annual_name=names[annual],
            twelve=f"{c.twelve_months_yen:,}",
            annual=f"{c.annual_yen:,}",
            saving=f"{c.saving_yen:,}",
            percent=f"{c.saving_percent:.1f}",
        )
        break_even = renewal_ui("break_even_line")(lang).format(
            monthly_name=names[monthly],
            annual_name=names[annual],
            n=n,
            monthly=f"{c.monthly_yen:,}",
            n_total=f"{n * c.monthly_yen:,}",
            annual=f"{c.annual_yen:,}",
        )
        # one bullet per plan pair: a second, indented line wrapped back to the margin
        console.print(bullet(lang) + comparison + ("" if lang == "ja" else " ") + break_even)
    console.print()

    console.print(rich_text(renewal_ui("history_title")(lang), style="bold"))
    history = Table(show_lines=True)
    history.add_column(renewal_ui("col_plan")(lang), overflow="fold", ratio=2)
    history.add_column(renewal_ui("col_fee")(lang), justify="right", overflow="fold")
    history.add_column(renewal_ui("col_new_members")(lang), overflow="fold", ratio=2)
    history.add_column(renewal_ui("col_renewals")(lang), overflow="fold", ratio=2)
    history.add_column(renewal_ui("col_confidence")(lang), overflow="fold")
    for entry in report.history:
        history.add_row(
            entry.name(lang),
            yen(entry.fee_yen, lang),
            entry.new_members(lang),
            # no date for existing members on the fact sheet: said in words, not 「—」; at the
            # launch there was no one to move (「該当なし」), else no separate date is known
            _renewals_cell(entry, lang),
            confidence_word(entry.fact.confidence, lang),
        )
    console.print(history)
    console.print()
    for note in report.notes:
        console.print(bullet(lang) + note.text(lang))
    # what the confidences in the table mean: only those shown (no 「L＝…」 without an L row);
    # after the notes, which read as the legend's when they followed it (review 10a, S 21)
    console.print()  # the legend apart from the notes (review 37a, S 7)
    print_legend(console, {entry.fact.confidence for entry in report.history}, lang)
    console.print()
    facts = [entry.fact for entry in report.history] + list(report.notes)
    console.print(dim(sources_line(facts, lang, report.checked)))
    console.print(dim(ui("all_sources_hint")(lang)))
