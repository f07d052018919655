"""A paragraph headed by a label and a colon (「・Amazonに似た、つづりの違う表記です：この表記は、
…」 under 「確認が必要な行について」): as one text when its first line holds the whole label;
otherwise, when the label fits on a line, the label on a line of its own and the text under it
(review 62c, R-minor 9: at 40 columns the label was cut after 「、」 although it fits, its colon
kept with the words after it). The text itself is unchanged (JSON): only the layout is.

The line breaking is the one of every text; this only chooses where the text's lines start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text as RichText


class HeadingApart:
    """``heading`` (its colon included) then ``text``, run together when the first line holds the
    whole heading, else the heading alone above the text (when it fits on one line)."""

    def __init__(self, heading: RichText, text: RichText) -> None:
        self.heading = heading
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        whole = self.heading.copy()
        whole.append_text(self.text)
        lines = console.render_lines(whole, options, pad=False)
        first = "".join(segment.text for segment in lines[0]) if lines else ""
        head = self.heading.plain
        if first.startswith(head) or cell_len(head) > options.max_width:
            yield whole
            return
        yield self.heading
        yield self.text
