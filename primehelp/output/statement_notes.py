"""The notes under the rows of ``charge --statement``: what the texts mean (「明細の表記について」),
the prices' reported changes under a heading of their own (「料金について」: review 57c, item 9,
a price note filed under the texts was found by no one looking for either), where to check,
and what to do with a line found nowhere (review 59c, item 2: the card company, always)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import Fact, ui
from primehelp.i18n import Lang
from primehelp.output.charge_notes import bullet
from primehelp.output.console import rich_text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from primehelp.statement import StatementSummary


def noted(summary: StatementSummary, lang: Lang) -> tuple[list[RenderableType], tuple[Fact, ...]]:
    """The headed bullets, and the facts they cite (for the sources line)."""
    from primehelp.statement_changed import changed_notes  # the same notes as summary.notes'

    prices = changed_notes(summary.lines)
    texts = (*summary.texts, *(x for x in summary.notes if x not in prices))
    found: list[RenderableType] = []
    cited: list[Fact] = []
    for key, facts in (
        ("texts_title", texts),
        ("prices_title", prices),
        ("where_title", summary.where_to_check),
    ):
        if facts or key == "where_title":  # where to check: always headed, as before
            found.append(rich_text("\n" + ui(key, "ui_statement")(lang), style="bold"))
            found.extend(bullet(x.text(lang), lang) for x in facts)  # under its text (36c, 12)
            cited.extend(facts)
    if (last := summary.if_none_fits) is not None:  # the card company, always (59c, item 2)
        from primehelp.facts import document

        label = document("statement").node("none_fits").text("label")(lang) + ui("colon")(lang)
        line = rich_text("\n" + label, style="bold")
        line.append(last.text(lang), style="")
        found.append(line)
        cited.append(last)
    return found, tuple(cited)
