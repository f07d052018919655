"""The partial-refund paragraph of a statement's rows, said once (review 34c, item 6).

Each partial refund of a statement said the same four sentences (FACTS §5: 「今すぐ終了したときに
…」, and §2's switch to Prime Student), three or six times on one screen. The rows keep their
own first sentence (which fee); the paragraph is said once, under 「一部返金について」, after
the rows. The JSON document keeps each row's whole detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.console import rich_text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from primehelp.statement import StatementSummary

_SPACES = re.compile(r" {2,}")


def _paragraphs() -> tuple[Text, Text]:
    from primehelp.content.charges import load

    return load().refund_partial.text, ui("twice.switch", "ui_statement")


def said_once(summary: StatementSummary) -> tuple[StatementSummary, Text | None]:
    """``summary`` with the paragraph taken out of its rows' details, and the paragraph to say
    once (with the switch sentence when a row had it); None when no row had it."""
    partial, switch = _paragraphs()
    lines = []
    found = False
    switched = False
    for line in summary.lines:
        detail = line.detail
        if detail is None or partial.ja not in detail.ja:
            lines.append(line)
            continue
        found = True
        switched = switched or partial.ja + switch.ja in detail.ja
        ja = detail.ja.replace(partial.ja + switch.ja, "").replace(partial.ja, "").strip()
        en = detail.en.replace(partial.en + switch.en, "").replace(partial.en, "")
        en = _SPACES.sub(" ", en).strip()
        lines.append(replace(line, detail=Text(ja, en) if ja else None))
    if not found:
        return summary, None
    said = Text(partial.ja + switch.ja, partial.en + switch.en) if switched else partial
    return replace(summary, lines=tuple(lines)), said


def partial_note(said: Text | None, lang: Lang) -> Iterator[RenderableType]:
    """「一部返金について」 and the paragraph, once; nothing for None."""
    if said is None:
        return
    title = ui("partial_note_title", "ui_statement")(lang)
    yield rich_text("\n" + title, style="bold")
    yield rich_text(said(lang))
