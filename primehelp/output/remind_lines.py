"""The kinds of line the ``remind`` screens print (split from :mod:`primehelp.output.remind`,
review 42b: size): a sentence is a plain ``str`` and wraps; these are printed whole, or split
as a command is."""

from __future__ import annotations


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
