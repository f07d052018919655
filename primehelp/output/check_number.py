"""The view of ``primehelp check-number``: one verdict per number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.console import console_for, dim, heading, rich_text, sources_line

if TYPE_CHECKING:
    from primehelp.number_check import NumberReport


_VERDICT_STYLE = {
    "defunct": "bold red",
    "not_official": "bold yellow",
    "consumer_hotline": "green",
    "public_service": "green",
}


def human_check_number(report: NumberReport, lang: Lang) -> None:
    """Print one verdict per number, then what to do instead."""
    from rich.table import Table

    console = console_for(lang)
    console.print(heading(ui("check_title")(lang), None, lang))
    table = Table(show_lines=False)
    table.add_column(ui("col_number")(lang), no_wrap=True)
    table.add_column(ui("col_verdict")(lang), ratio=1, overflow="fold")
    for check in report.results:
        name = check.service(lang) if check.service is not None else ""
        verdict = rich_text(
            ui(f"verdict_{check.verdict.value}")(lang).format(name=name),
            style=_VERDICT_STYLE[check.verdict.value],
        )
        if check.circulating:
            verdict.append("\n" + ui("circulating_flag")(lang), style="yellow")
        table.add_row(check.normalized, verdict)
    console.print(table)
    for item in report.public_services:
        console.print("・" + item.text(lang))
    if report.advice:
        console.print(rich_text(ui("what_to_do")(lang), style="bold"))
        console.print("・" + ui("use_routes")(lang))
        for item in report.advice:
            console.print("・" + item.text(lang))
    if report.advice or report.public_services:
        console.print(dim(sources_line((*report.public_services, *report.advice), lang)))
