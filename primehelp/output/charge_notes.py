"""The notes under the candidates of ``primehelp charge``: each said once (review 31c, item 6).

Two Prime plans may both be what a refund gives back: the refund rules (FACTS §5) are printed
under the first only; a later candidate says 「ほかの説明は1.と同じです。」 instead of repeating them.
"""

from __future__ import annotations

from primehelp.facts import Fact


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
