"""Lines under a hanging indent, never cut at the width (a URL runs past it, whole).

Rich's Padding pads every line to the width with spaces and crops what is longer, so a source
URL longer than the line was cut or folded; a URL that is folded no longer opens when copied.
Print these with ``crop=False`` (the console of :mod:`primehelp.output.console` does).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.segment import Segment

Block = tuple[str, Sequence["RenderableType"]]
"""Renderables printed after a prefix (``・``, ``1 ``, an indent); every line after the first
is indented by the prefix's width."""


class Blocks:
    """Blocks of lines: wrapped under a hanging indent, URLs whole, no trailing spaces."""

    def __init__(self, blocks: Iterable[Block], hang: str | None = None) -> None:
        self.blocks = list(blocks)
        self.hang = hang  # the wrapped lines' indent when not spaces (「　」 under 「※」)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len
        from rich.segment import Segment

        for prefix, items in self.blocks:
            indent = max(cell_len(prefix), cell_len(self.hang or ""))
            inner = options.update_width(max(10, options.max_width - indent))
            lead = prefix
            for item in items:
                for line in Segment.split_lines(console.render(item, inner)):
                    yield Segment(lead)
                    lead = self.hang or " " * indent
                    yield from without_trailing_spaces(line)
                    yield Segment.line()


def indented(indent: int, items: Sequence[RenderableType]) -> Blocks:
    """``items`` under an indent of ``indent`` columns."""
    return Blocks([(" " * indent, items)])


def without_trailing_spaces(line: Iterable[Segment]) -> list[Segment]:
    from rich.segment import Segment

    kept = list(line)
    while kept and not kept[-1].control:
        last = kept.pop()
        text = last.text.rstrip()
        if text:
            kept.append(Segment(text, last.style))
            break
    return kept
