"""The command lines `.ci/install-check` runs with an installed primehelp, one per line.

Every command the app has, through the call the bad-input corpus knows succeeds without
waiting for input (``tests.support.corpus.COMMANDS``; tests/cli/test_bad_input.py checks that
it names every command), in Japanese and English text and as JSON; then ``--version`` and
``--help``. Each line is the arguments, quoted for a POSIX shell, after a marker: ``json`` when
stdout must be one JSON object, ``text`` otherwise. A command that needs an environment (``due``
reads a saved profile: the corpus's ``env``) has its ``NAME=value`` words first, as `env` takes
them; the paths in them are absolute, so they hold from any directory.

    uv run python -m tests.support.install_calls
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator


def calls() -> Iterator[tuple[str, tuple[str, ...]]]:
    """(kind, arguments) of each run: kind is ``json`` or ``text``."""
    from tests.support.corpus import COMMANDS

    yield "text", ("--version",)
    yield "text", ("--help",)
    for command in COMMANDS:
        env = tuple(f"{name}={value}" for name, value in command.env.items())
        yield "text", (*env, *command.valid, "--lang", "ja")
        yield "text", (*env, *command.valid, "--lang", "en")
        yield "json", (*env, *command.valid, "--json")


def main() -> int:
    for kind, args in calls():
        sys.stdout.write(f"{kind} {shlex.join(args)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
