"""A stacked table row (a record of 「見出し：内容」 lines) laid out the same way on every line
(review 63b R-minor 8).

At 40 columns the record of a renewal in ``renewal`` put 「お知らせメールが届くころ（オンの場合）：」
on a line and its date under it, but 「更新日：2026-12-31」 and 「解約の目安日：2026-12-30」 on one line
each: the eye had to hunt for each date. Here, when any line's content would start on the line
below its label, every line of the record is laid out that way: the label on its own line and
the content under it, indented by :data:`~primehelp.output.labelled.HANG` columns, as the
key-dates block above it already does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from primehelp.output.labelled import HANG, Labelled

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text as RichText

Field = tuple["RichText", int]
"""A 「見出し：内容」 line and where its label (with the colon) ends; 0: a line with no label."""

_LEAST = 10
"""Narrower than this after the indent, each line is laid out on its own (as :class:`Labelled`)."""


class Record:
    """The lines of one record, each hanging its continuations (:class:`Labelled`), or, when
    one of them would break right after its label, every label on a line with its content
    indented under it."""

    def __init__(self, fields: Sequence[Field]) -> None:
        self.fields = list(fields)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width - HANG < _LEAST or not any(
            _apart(console, line, end, width) for line, end in self.fields
        ):
            yield from (Labelled(line) for line, _ in self.fields)
            return
        from rich.segment import Segment

        from primehelp.output.blocks import without_trailing_spaces

        inner = options.update_width(width - HANG)
        for line, end in self.fields:
            if not end or "\n" in line.plain:
                yield Labelled(line)
                continue
            head, content = line.divide([end])
            head.rstrip()  # the English colon's space
            yield head
            for part in Segment.split_lines(console.render(content, inner)):
                yield Segment(" " * HANG)
                yield from without_trailing_spaces(part)
                yield Segment.line()


def _apart(console: Console, line: RichText, end: int, width: int) -> bool:
    """Whether ``line`` wraps right after its label, its content starting on the next line."""
    if not end or "\n" in line.plain:
        return False
    lines = line.wrap(console, width)
    return len(lines) > 1 and lines[0].plain.rstrip() == line.plain[:end].rstrip()


def record(
    cells: Sequence[tuple[str, RenderableType]], colon: str, text: type[RichText]
) -> Iterable[RenderableType]:
    """A stacked table row: each cell of text as 「見出し：内容」 (``text``: the console's text
    class) in one :class:`Record`; another renderable under its header, as it is."""
    from rich.text import Text as RichText

    fields: list[Field] = []
    for header, cell in cells:
        if isinstance(cell, str | RichText):
            if cell:
                line = text()
                line.append(f"{header}{colon}" if header else "", style="bold")
                fields.append((line, len(line.plain)))
                line.append(cell)
            continue
        yield Record(fields)
        fields = []
        if header:
            yield text(header, style="bold")
        yield cell
    yield Record(fields)
