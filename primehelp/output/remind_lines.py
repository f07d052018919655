"""The kinds of line the ``remind`` screens print (split from :mod:`primehelp.output.remind`,
review 42b: size): a sentence is a plain ``str`` and wraps; these are printed whole, or split
as a command is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType


class Whole(str):
    """A line printed whole, never wrapped: a path, the crontab line (cron reads one line: a
    backslash would not continue it)."""

    __slots__ = ()


class Command(Whole):
    """A command to run: whole, or continued with a backslash when wider than the screen."""

    __slots__ = ()


class Labelled(Command):
    """「実行するコマンド：」 and a command: wider than the screen, the label on a line of its
    own and the command under it, indented (review 32b item 2)."""

    __slots__ = ()


class Unit(Whole):
    """「  PATH：STATE」: wider than the screen, the path on a line of its own (flush left and
    whole if it is wider still, review 33b S 12) and the state under it, wrapped (review 32b
    item 2)."""

    __slots__ = ()


class Quoted(str):
    """A line quoted from another command (what ``primehelp due`` answers): wrapped, and
    indented by two columns, so that the screen's own next line is not read as part of it
    (review 52b item 32)."""

    __slots__ = ()


def printable(line: str) -> RenderableType:
    """A sentence of the screen as Rich prints it: wrapped, a :class:`Quoted` one indented."""
    from primehelp.output.blocks import indented
    from primehelp.output.console import rich_text

    text = rich_text(line)
    return indented(2, [text]) if isinstance(line, Quoted) else text


def split_lines(lines: list[str], width: int) -> list[bool]:
    """Which of ``lines`` print split (:class:`Labelled`, :class:`Unit`): each one wider than
    ``width``, and every :class:`Unit` once one is, so that the files' states stand alike, each
    under its path, as install's do (review 62b item 10: one state beside its path, the other's
    wrapped under its own)."""
    from primehelp.output.linebreak import unicode_text_width

    wide = [isinstance(x, Labelled | Unit) and unicode_text_width(x) > width for x in lines]
    apart = any(w and isinstance(x, Unit) for w, x in zip(wide, lines, strict=True))
    return [w or (apart and isinstance(x, Unit)) for w, x in zip(wide, lines, strict=True)]
