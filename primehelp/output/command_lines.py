"""One command, on its own, wider than the line: split into lines that still run when pasted.

Where a command stands alone (``remind``'s commands, ``--help``'s 例 lines), it is split as
:mod:`primehelp.output.continued` splits one inside a sentence: before an option, as late as
fits, each piece but the last ending with 「 \\」 and each but the first indented by 2. A piece
with no option to continue before (「PRIMEHELP_CONFIG_DIR=… /…/python」, ``check-number A B``)
still too wide is continued at a space between its words too, as late as fits, never between an
option and its value and never inside quotes (a quoted argument is one word to the shell). A
single word wider than the line runs past it: cut, it would no longer work when copied.

Pure, no Rich: ``--help`` uses it as well as the screens (review 36b item 5).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

_OPTION = re.compile(r"--?[a-zA-Z]")  # a word that is an option (not -600, an amount)


def word_spaces(command: str) -> list[int]:
    """The offset of each single space between two shell words: not inside quotes, not after
    a backslash, not in a run of spaces."""
    found: list[int] = []
    quote = ""
    escaped = False
    for at, char in enumerate(command):
        if escaped:
            escaped = False
        elif char == "\\" and quote != "'":
            escaped = True
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == " " and command[at - 1 : at] not in ("", " ") and _word_at(command, at + 1):
            found.append(at)
    return found


_LABEL_WORD = re.compile(r"[A-Z][A-Z0-9.*/&-]*")


def _in_label(part: str, at: int) -> bool:
    """Whether the space at ``at`` joins two words in capitals (one statement label)."""
    before, after = part[:at].rsplit(" ", 1)[-1], part[at + 1 :].split(" ", 1)[0]
    return bool(_LABEL_WORD.fullmatch(before) and _LABEL_WORD.fullmatch(after))


def _word_at(command: str, at: int) -> bool:
    return command[at : at + 1] not in ("", " ")


def command_lines(
    command: str, width: int, text_width: Callable[[str], int], values: bool = False
) -> list[str]:
    """``command`` on one line, or on the lines it is continued on to fit ``width``. With
    ``values``, an option with its value still too wide is continued between the two as a last
    resort (``--text \\`` then the quoted text: ``--help``'s examples, review 41a item 9)."""
    from primehelp.output.continued import CONTINUED, INDENT, pieces

    if text_width(command) <= width:
        return [command]
    options = [at + 1 for at in word_spaces(command) if _OPTION.match(command, at + 1)]
    found: list[int] = []
    for at, after in zip(options, [*options[1:], None][: len(options)], strict=True):
        start = found[-1] if found else 0
        stop = len(command) if after is None else after - 1
        indent, tail = len(INDENT) if found else 0, 0 if after is None else len(CONTINUED)
        if indent + text_width(command[start:stop]) + tail > width:
            found.append(at)
    bounds = [0, *found, len(command)]
    parts = [command[a:b] for a, b in itertools.pairwise(bounds)]
    last = len(parts) - 1
    return pieces(
        [
            bit
            for n, part in enumerate(parts)
            for bit in _at_spaces(part, bool(n), n == last, width, text_width, values)
        ]
    )


def _at_spaces(
    part: str,
    indented: bool,
    last: bool,
    width: int,
    text_width: Callable[[str], int],
    values: bool = False,
) -> list[str]:
    """A piece still too wide, continued at a space between its words too, as late as fits,
    never between an option and its value (review 32b item 2) unless ``values`` and nothing
    else fits."""
    from primehelp.output.continued import CONTINUED, INDENT

    bits: list[str] = []
    while True:
        lead = len(INDENT) if bits or indented else 0
        tail = 0 if last else len(CONTINUED)
        spaces = [
            at
            for at in word_spaces(part)
            if not _OPTION.match(part[:at].rsplit(" ", 1)[-1]) or _OPTION.match(part, at + 1)
        ]
        if lead + text_width(part) + tail <= width:
            return [*bits, part]
        fits = [at for at in spaces if lead + text_width(part[:at]) + len(CONTINUED) <= width]
        if values and not fits:  # the option's value on its own line
            spaces = word_spaces(part)
            fits = [at for at in spaces if lead + text_width(part[:at]) + len(CONTINUED) <= width]
        if not spaces:
            return [*bits, part]
        # A statement's label in capitals (「AMAZON DOWNLOADS」) stays on one line when another
        # space fits (review 51c item 41: 「980 AMAZON \\│DOWNLOADS \\」 read as two labels).
        whole = [at for at in fits if not _in_label(part, at)]
        cut = (whole or fits)[-1] if fits else spaces[0]
        bits.append(part[: cut + 1])
        part = part[cut + 1 :]
