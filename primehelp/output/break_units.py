"""The pieces of a line kept whole when they fit (:func:`units`), and how the line breaker
(:mod:`primehelp.output.linebreak`) keeps them so (:func:`keep_units`).

A quotation in 「…」 or 『…』, the label that starts a line, a date written out, a count with
its label, and a command in backquotes (`primehelp cancel --trial`): cut in two, a label
cannot be found on the page by eye, and a command copied from a terminal would run cut short.
Pure: no Rich, no terminal.
"""

from __future__ import annotations

import re

_QUOTES = {"「": "」", "『": "』"}
_LABEL = re.compile(r"[・\s]*([^、。「」『』（）：\s][^、。「」『』（）：]{0,19})：")
"""The label at the start of a line (after a bullet): up to 20 characters before a 「：」, none
of them a comma, a full stop or a bracket."""


_DATED = re.compile(
    r"(?:[\u4e00-\u9fff々\u30a1-\u30fcー]{1,8}は)?\d{4}年\d{1,2}月\d{1,2}日(?:（[^（）「」]{1,10}）)?"
)
"""A date written out, with the label before it that ends in 「は」 and the short note in
brackets after it: 「更新日は2026年12月6日（明日）」, 「2026年12月8日（あと3日）」."""
_COUNTED = re.compile(r"あと\d+日|(?:^|(?<=[・　\s、]))[^・　\s、。「」]{1,24}?\d[\d,]*件")
"""A number with what it counts: 「あと3日」, and a count with its label, from the start of
its item (「日付と金額のない行（見出しなど）1件」)."""


_COMMAND = re.compile(r"`[^`]+`")
"""A command in backquotes: 「`primehelp cancel --trial --student`」."""


Unit = tuple[int, int, bool]
"""A piece kept whole when it fits: ``line[start:end]``, and whether it is a quotation."""


def units(line: str) -> tuple[Unit, ...]:
    """The pieces of ``line`` kept whole when they fit: each quotation, from its 「 to its 」
    (nested ones too), a label that starts the line, with its 「：」, a date written out with
    its label and note (:data:`_DATED`), a count with its label (:data:`_COUNTED`), and a
    command in backquotes (:func:`commands`)."""
    found = [(start, end, False) for start, end in commands(line)]
    label = _LABEL.match(line)
    if label is not None:
        found.append((label.start(1), label.end(), False))
    if "日" in line or "件" in line:
        for pattern in (_DATED, _COUNTED):
            found.extend((match.start(), match.end(), False) for match in pattern.finditer(line))
    opened: list[tuple[str, int]] = []
    for index, char in enumerate(line):
        if char in _QUOTES:
            opened.append((_QUOTES[char], index))
        elif opened and char == opened[-1][0]:
            found.append((opened.pop()[1], index + 1, True))
    return tuple(found)


IN_UNIT = 3
"""A break between phrases inside a unit that fits: taken only when no other break fits in
the line (the unit starts the line, and what is glued to it does not fit)."""
AFTER_UNIT = 4
"""A last-resort break just after a unit that fits (「…」│を): taken before one inside it."""


def keep_units(
    kinds: bytearray, widths: list[int], spans: tuple[Unit, ...], width: int
) -> tuple[bytearray, int]:
    """``kinds`` for a line ``width`` cells wide: inside each unit that fits, with what no break
    separates from it (「（」 before, 「）。」 after), an allowed break becomes ``IN_UNIT``, so
    the unit moves whole to the next line instead; a last resort after it, ``AFTER_UNIT``.
    Also the width of the widest quotation that fits (a table column that wide keeps it whole)."""
    kept, widest = bytearray(kinds), 0
    end_of_line = len(kinds)
    for start, end, quoted in spans:
        first, last = start, end
        while first > 0 and not kinds[first]:
            first -= 1
        while last < end_of_line and not kinds[last]:
            last += 1
        if widths[last] - widths[first] <= width:
            widest = max(widest, (widths[last] - widths[first]) * quoted)
            inside = kept[start + 1 : end]
            kept[start + 1 : end] = inside.replace(b"\x02", bytes([IN_UNIT]))
            if last < end_of_line and kept[last] == 1:
                kept[last] = AFTER_UNIT
    return kept, widest


def commands(line: str) -> tuple[tuple[int, int], ...]:
    """Each command in backquotes: ``line[start:end]``, the backquotes included."""
    if "`" not in line:
        return ()
    return tuple((match.start(), match.end()) for match in _COMMAND.finditer(line))


def keep_commands(
    line: str,
    kinds: bytearray,
    widths: list[int],
    spans: tuple[tuple[int, int], ...],
    width: int,
) -> bytearray:
    """``kinds`` with each command that fits on a line kept whole (review 10b item 7).

    A command copied from a terminal runs cut short where the line broke, so inside one that
    fits with what follows it (「`…`）。」) every break, a last resort too, becomes ``IN_UNIT``.
    When the bracket before it (「（`…`）。」) makes it too wide for the line, an opening bracket
    still never ends a line (review 11b item 2): the command may break only after a space
    inside it, as a last resort, so each of its words is whole and the 「（」 stays with it.
    """
    kept = bytearray(kinds)
    end_of_line = len(kinds)
    for start, end in spans:
        first, last = start, end
        while first > 0 and not kinds[first]:
            first -= 1
        while last < end_of_line and not kinds[last]:
            last += 1
        if widths[last] - widths[start] > width:
            continue  # wider than the line even alone: it breaks between its words
        if widths[last] - widths[first] > width and start > 0:
            kept[start + 1 : end] = bytes(
                IN_UNIT if kind and line[at - 1] == " " else 0
                for at, kind in enumerate(kept[start + 1 : end], start + 1)
            )
        else:
            kept[start + 1 : end] = bytes(IN_UNIT if kind else 0 for kind in kept[start + 1 : end])
    return kept
