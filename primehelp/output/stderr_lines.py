"""One-line messages laid out for a terminal: ``due``'s line on stdout. (Since review 57a item 7
stderr's errors and warnings stay one unbroken line on a terminal too; before, review 10b item 9,
they were laid out here.)

On a terminal a long message is broken where stdout's text would break (the same Japanese line
breaker: between phrases, never inside a date, an option or a URL) instead of wherever the
terminal's width cuts it; error texts are not in the phrase data, so the word rule of
:mod:`primehelp.output.member_text` keeps their words whole (review 11b item 1). Piped or redirected, a message stays one line: scripts and tests read
stderr a message per line, and a log has no width to fit. The 「primehelp: エラー: 」 that
starts a line is never broken. No Rich here (errors must not pay for it).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from primehelp.output.linebreak import LineBreaker

_PREFIX = re.compile(r"\n?primehelp: (?:([^:\s]{1,12}): )?")
"""What starts a line on stderr: the program's name and 「エラー: 」/「警告: 」 (kept whole)."""


def _in_english(line: str) -> bool:
    """Whether ``line`` is an English message (「primehelp: error: 」, "warning: "…): laid out as
    English text, a run of Japanese in it a word like any other. Laid out as Japanese, the
    Latin words around 「5900円」 or 「△600」 broke as a Japanese phrase does, and `charge abc
    --lang en` left 「(a」 alone on a line at 60 columns (round 51)."""
    prefix = _PREFIX.match(line)
    label = prefix.group(1) if prefix is not None else None
    return label is not None and label.isascii()


def terminal_width(stream: TextIO) -> int | None:
    """The width to lay ``stream``'s lines out for, or None when it is not a terminal."""
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError, OSError):
        return None
    from primehelp.streams import columns_from_environment, terminal_size

    return terminal_size(stream, columns_from_environment())[0]


def _divide(line: str, width: int, fold: bool) -> list[int]:
    """A line without CJK: break before the first word that passes ``width``."""
    from primehelp.output.linebreak import unicode_text_width

    offsets: list[int] = []
    start = 0
    for word in re.finditer(r"\s*\S+\s*", line):
        end = word.start() + len(word.group().rstrip())
        if unicode_text_width(line[start:end]) > width and word.start() != start:
            offsets.append(start := word.start())
        while fold and unicode_text_width(line[start:end]) > width:
            offsets.append(start := start + width)
    return offsets


@functools.cache
def _breaker() -> LineBreaker:
    from primehelp.output import phrases
    from primehelp.output.linebreak import LineBreaker, unicode_char_width, unicode_text_width
    from primehelp.output.member_text import MemberPhrases

    # Error texts are not in the phrase data: the word rule keeps 「指定」「コマンド」 whole.
    known = MemberPhrases(phrases.bundled())
    return LineBreaker(unicode_char_width, unicode_text_width, _divide, known)


def laid_out(line: str, width: int, japanese: bool | None = None) -> str:
    """``line`` broken into lines of at most ``width`` cells, its prefix kept whole;
    ``japanese``: whether to lay it out as Japanese text (by default, unless it is an English
    message: :func:`_in_english`)."""
    if japanese is None:
        japanese = not _in_english(line)
    if "（" in line:
        from primehelp.output.break_units import lifted, lifted_parts
        from primehelp.output.linebreak import unicode_text_width

        where = lifted(line, width, unicode_text_width)
        if where is not None:  # a bracketed command on lines of its own (review 38b item 15)
            parts = ["".join(line[a:b] for a, b in spans) for spans in lifted_parts(line, where)]
            return "\n".join(laid_out(part, width, japanese) for part in parts)
    prefix = _PREFIX.match(line)
    keep = prefix.end() if prefix is not None else 0

    def relayout(text: str, room: int) -> list[int]:
        return _breaker().offsets(text, room, japanese=japanese)

    offsets = [at for at in relayout(line, width) if at >= keep and at != 0]
    if (
        "：" in line or ": " in line or "e.g." in line
    ):  # no label at a line's end before its command
        from primehelp.output.command_labels import with_labels

        offsets = with_labels(line, offsets, width, relayout)
    bounds = [0, *offsets, len(line)]
    from primehelp.output.continued import continued
    from primehelp.output.linebreak import unicode_text_width

    return "\n".join(  # a command wider than the line continues with 「 \」 (review 18b item 2)
        piece
        for start, end in itertools.pairwise(bounds)
        for piece in continued(line[start:end].rstrip(" \u3000"), width, unicode_text_width)
    )
