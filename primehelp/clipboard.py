"""Put text on the system clipboard with whichever clipboard command is installed.

Not a pure module: it runs a subprocess. :data:`copy` is the hook the CLI calls, so tests can
replace it; :func:`system_copy` takes ``which`` and ``run`` so its own tests need no clipboard.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from primehelp.i18n import Text

TIMEOUT_SECONDS = 5.0

# Tried in this order; each entry: the command and the encoding it reads.
# clip.exe (Windows, also from WSL) reads UTF-16 with a byte-order mark; the rest read UTF-8.
TOOLS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("wl-copy",), "utf-8"),
    (("xclip", "-selection", "clipboard"), "utf-8"),
    (("xsel", "--clipboard", "--input"), "utf-8"),
    (("pbcopy",), "utf-8"),
    (("clip.exe",), "utf-16"),
)


@dataclass(frozen=True, slots=True)
class CopyOutcome:
    """Whether the text reached the clipboard, with which tool, or what went wrong."""

    copied: bool
    tool: str | None = None
    problem: Text | None = None  # in words, the tool named: 「xsel でのコピーに失敗しました」


def tool_names() -> tuple[str, ...]:
    """The clipboard commands looked for, in order."""
    return tuple(command[0] for command, _ in TOOLS)


def system_copy(
    text: str,
    *,
    which: Callable[[str], str | None] = shutil.which,
    run: Callable[..., Any] = subprocess.run,
    timeout: float = TIMEOUT_SECONDS,
) -> CopyOutcome:
    """Copy ``text`` with the first installed tool that succeeds."""
    problem: Text | None = None
    tried: str | None = None
    for command, encoding in TOOLS:
        path = which(command[0])
        if path is None:
            continue
        tried = command[0]
        try:
            # DEVNULL, not pipes: xclip and wl-copy leave a process behind to serve the
            # clipboard, and it would hold a pipe open until the timeout.
            completed = run(
                [path, *command[1:]],
                input=text.encode(encoding),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            problem = Text(
                f"{command[0]} が{timeout:g}秒以内に終わりませんでした",
                f"{command[0]}: timeout {timeout:g} s",
            )
            continue
        except OSError as error:
            problem = Text(
                f"{command[0]} を実行できませんでした", f"{command[0]}: {error.strerror or error}"
            )
            continue
        if completed.returncode == 0:
            return CopyOutcome(copied=True, tool=command[0])
        problem = Text(
            f"{command[0]} でのコピーに失敗しました",
            f"{command[0]}: exit status {completed.returncode}",
        )
    if tried is None:
        return CopyOutcome(copied=False)
    return CopyOutcome(copied=False, tool=tried, problem=problem)


copy: Callable[[str], CopyOutcome] = system_copy
