"""The view of ``primehelp sources``: every fact with its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import cite, japanese_date, ui
from primehelp.i18n import Lang
from primehelp.output.console import console_for, dim, heading
from primehelp.output.pager import paged

if TYPE_CHECKING:
    from rich.console import Console

    from primehelp.sources import SourceList


def human_sources(source_list: SourceList, lang: Lang, pager: bool = True) -> None:
    """Print every fact with its confidence, check date and sources (through the pager on a
    terminal, when ``pager`` and the list is longer than the screen)."""
    console = console_for(lang)
    with paged(console, pager):
        _draw(console, source_list, lang)


def _draw(console: Console, source_list: SourceList, lang: Lang) -> None:
    from rich.table import Table

    console.print(heading(ui("sources_title")(lang), None, lang))
    table = Table(show_lines=True)
    table.add_column(ui("col_fact")(lang), ratio=3, overflow="fold")
    table.add_column(ui("col_confidence")(lang), no_wrap=True)
    table.add_column(ui("col_checked")(lang), no_wrap=True)
    table.add_column(ui("sources")(lang), ratio=2, overflow="fold")
    for item in source_list.facts:
        table.add_row(
            f"[{item.id}]\n{item.text(lang)}",
            item.confidence,
            japanese_date(item.checked.isoformat()) if lang == "ja" else item.checked.isoformat(),
            "\n".join(cite(source, lang) for source in item.sources),
        )
    console.print(table)
    console.print(dim(ui("confidence_legend")(lang)))
