"""``--json`` and ``--lang`` before the command (``primehelp --lang ja contact``): taken as if
given after it, as every command has them (review 19a, S 13: one was refused, and the other's
refusal printed as JSON read as accepted). Any other option before the command is still refused
with where it goes (:mod:`primehelp.cli.usage_errors`). Standard library only (start-up)."""

from __future__ import annotations

from collections.abc import Container, Sequence

HELP = ("-h", "--help")


def command_first(args: Sequence[str], commands: Container[str]) -> list[str]:
    """``args`` with the ``--json``/``--lang X`` before a command's name (or a mistyped one)
    moved after it;
    ``primehelp --lang en --help`` (either order) is the help alone, its language read from the
    words before this; else ``args`` as they are (the refusal says where the options go)."""
    moved: list[str] = []
    helped: list[str] = []
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--json" or word.startswith("--lang="):
            moved.append(word)
        elif word in HELP:
            helped.append(word)
        elif word == "--lang" and index + 1 < len(args) and args[index + 1][:1] != "-":
            moved += args[index : index + 2]
            index += 1
        else:
            break
        index += 1
    rest = args[index:]
    if moved and helped and not rest:
        return helped
    if not moved or helped or not rest or rest[0][:1] == "-":
        return list(args)
    # a word that is no command moves too: `primehelp --lang ja 解約` gets the same error as
    # `primehelp 解約` (「`cancel` のことですか？」, review 29a, R-minor 1)
    return [rest[0], *moved, *rest[1:]]
