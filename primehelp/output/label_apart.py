"""A sentence that ends by quoting Amazon's button (「次を選びます：「…」」): on one line when it
fits; otherwise the quotation starts a line of its own, under the sentence's text, as it does
when its first phrase does not fit after the colon (review 61b item 5: at 40 columns
「…変わります：「プライム無料体験と」／「特典利用を止める」」 cut the label where it could have
started whole on the next line). The text itself is unchanged (JSON, ``sources``): only the
layout is.

The line breaking is the one of every text; this only chooses where the label's line starts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from primehelp.output.bullets import item_mark

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.text import Text as RichText

_LABEL_LAST = re.compile(r"：(「[^「」]+」)(?:（.*）)?$")
"""A colon, then the quoted label that ends the sentence (with a bracket after it: the label of a
trial's renewal day, 「…」（まだ無料体験中なら「…」））."""


class LabelApart:
    """``text`` as it is, or cut after its colon when the label after it does not fit on the
    first line; the label's lines then hang where the text's own wrapped lines do (under a
    「・」 item's text)."""

    def __init__(self, text: RichText) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        from primehelp.output.blocks import Blocks

        plain = self.text.plain
        found = _LABEL_LAST.search(plain)
        # the colon and the (first) label together fit on the first line: nothing to do
        if found is None or "\n" in plain or cell_len(plain[: found.end(1)]) <= options.max_width:
            yield self.text
            return
        lead, label = self.text.divide([found.start() + 1])
        yield lead
        yield Blocks([(" " * cell_len(plain[: item_mark(plain)]), [label])])
