"""The notes under the candidates of ``primehelp charge``: each said once (review 31c, item 6);
the list items of the charge and statement screens (:func:`bullet`).

Two Prime plans may both be what a refund gives back: the refund rules (FACTS §5) are printed
under the first only; a later candidate says 「ほかの説明は1.と同じです。」 instead of repeating them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import Fact
from primehelp.i18n import Lang
from primehelp.output.blocks import Blocks

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RichText


class SaidNotes:
    """The notes printed so far, by fact id, and under which candidate's number."""

    def __init__(self) -> None:
        self._under: dict[str, int] = {}

    def new(self, notes: tuple[Fact, ...], number: int) -> tuple[list[Fact], int | None]:
        """The notes of candidate ``number`` not said yet, and the number of the earlier
        candidate the others were said under (None: none was)."""
        fresh = [note for note in notes if note.id not in self._under]
        same = min((self._under[n.id] for n in notes if n.id in self._under), default=None)
        for note in fresh:
            self._under[note.id] = number
        return fresh, same


def bullet_mark(lang: Lang) -> str:
    """「・」 on a Japanese screen, "- " on an English one (review 36c, item 13)."""
    return "・" if lang == "ja" else "- "


def bullet(text: str | RichText | RenderableType, lang: Lang, style: str = "") -> Blocks:
    """One list item of the charge and statement screens: its mark, then its text, every line
    after the first under the text (review 36c, item 12: they started at the margin)."""
    from primehelp.output.console import rich_text

    item = rich_text(text, style=style) if isinstance(text, str) else text
    return Blocks([(bullet_mark(lang), [item])])
