"""A label never ends a line when the command it introduces starts the next (review 15b item 5,
review 16b item 6): not 「…解約してください。手順：」／「primehelp cancel」, nor 「（手順：」／
「primehelp cancel）」 or 「（例：」／「primehelp renewal …」. Applied to every line laid out for a
terminal (:func:`primehelp.output.stderr_lines.laid_out`: stderr, and ``due``'s stdout)."""

from __future__ import annotations

import re
from collections.abc import Callable

_LABEL_BEFORE = re.compile(r"(?:[（(]?(?:手順|例)：|\(?(?:[Hh]ow: ?|e\.g\. ?))$")
"""A label just before a break: 「手順：」「（例：」, "How: ", "(how: ", "e.g. "."""
_COMMAND_AFTER = re.compile(r"`?primehelp [a-z]")
"""A command after the label, in backquotes too (「(e.g. `primehelp charge …`)」: round 51)."""


def with_labels(
    line: str, offsets: list[int], width: int, relayout: Callable[[str, int], list[int]]
) -> list[int]:
    """``offsets`` (where ``line`` breaks) with no break between a label and its command: the
    line breaks before the label instead, and the rest is laid out again from there
    (``relayout``). A label that already starts its line goes along with a command wider than
    the line (which runs past the width anyway); before one that fits, it ends the line before,
    which is laid out again to leave it room (review 37b item 8: 「（例：」 alone on a line), or
    keeps a line of its own when it starts the message."""
    kept = list(offsets)
    kept_alone: set[int] = set()
    while True:
        bad = next(
            (
                index
                for index, at in enumerate(kept)
                if at not in kept_alone
                and _COMMAND_AFTER.match(line, at)
                and _LABEL_BEFORE.search(line, 0, at)
            ),
            None,
        )
        if bad is None:
            return kept
        at = kept[bad]
        found = _LABEL_BEFORE.search(line, 0, at)
        assert found is not None
        line_start = kept[bad - 1] if bad else 0
        if found.start() > line_start:  # break before the label, lay the rest out again
            start = found.start()
            rest = [start + offset for offset in relayout(line[start:], width)]
            kept = [*kept[:bad], start, *rest]
        elif _too_wide(line[at : kept[bad + 1] if bad + 1 < len(kept) else len(line)], width):
            del kept[bad]  # the command runs past the width anyway: its label goes along
        elif (
            bad
            and _width(found.group()) <= width // 2
            and line_start > (kept[bad - 2] if bad > 1 else 0)
        ):
            # the label ends the line before, laid out again to leave it room, and the command
            # that fits starts its own line whole: never 「（例：」 alone on a line (review 37b
            # item 8)
            before = kept[bad - 2] if bad > 1 else 0
            room = width - _width(found.group())
            moved = [before + offset for offset in relayout(line[before:line_start], room)]
            kept = [*kept[: bad - 1], *moved, *kept[bad:]]
            kept_alone.add(at)
        else:  # the label has a line of its own; better than a line past the width
            kept_alone.add(at)


def _too_wide(text: str, width: int) -> bool:
    return _width(text.rstrip(" ")) > width


def _width(text: str) -> int:
    from primehelp.output.linebreak import unicode_text_width

    return unicode_text_width(text)
