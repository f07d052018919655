"""A 「見出し：内容」 line whose wrapped lines hang under it (review 49a, items 15 and 16).

A stacked table's row (``fees`` at 40 and 80 columns: 「既存会員：2019年5月16日までの更新時の」)
and a service's field in ``subscriptions`` (「料金：月額980円（…」) wrapped back to the label's
column, so a continuation (「請求」, 「使えます」) read as a line of its own, or as a new field
without its label. Here the first line takes the whole width and every line after it is
indented by two columns, as a bulleted line's continuation is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text as RichText

HANG = 2
"""The indent of a label line's continuations."""
_LEAST = 10
"""Narrower than this after the indent, a line wraps as it is (no hanging)."""


class Labelled:
    """``line`` (Japanese-aware Rich text), its continuations indented by :data:`HANG`."""

    def __init__(self, line: RichText) -> None:
        self.line = line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

        from primehelp.output.blocks import without_trailing_spaces
        from primehelp.output.console import rich_text

        width = options.max_width
        line = self.line
        lines = line.wrap(console, width)
        if len(lines) < 2 or "\n" in line.plain or width - HANG < _LEAST:
            yield line
            return
        first = lines[0]
        start = len(first.plain)
        while start < len(line.plain) and line.plain[start] == " ":  # the space it broke at
            start += 1
        rest = rich_text()
        rest.append_text(line[start:])
        yield first
        inner = options.update_width(width - HANG)
        for part in Segment.split_lines(console.render(rest, inner)):
            yield Segment(" " * HANG)
            yield from without_trailing_spaces(part)
            yield Segment.line()
