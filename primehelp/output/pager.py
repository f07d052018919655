"""Long text output through the member's pager, on a terminal only (``sources``)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@contextlib.contextmanager
def paged(console: Console, wanted: bool) -> Iterator[None]:
    """Show what is printed inside through ``$PAGER`` (``less`` when unset), when ``wanted``,
    on a terminal, and longer than the screen; else print it as usual. Never when piped."""
    if not (wanted and console.is_terminal):
        yield
        return
    with console.capture() as captured:
        yield
    text = captured.get()
    if text.count("\n") < console.size.height or not _through_pager(text):
        console.file.write(text)
        console.file.flush()


def _through_pager(text: str) -> bool:
    """Hand ``text`` to the pager; False when there is none (``PAGER=""``, not installed)."""
    import shlex
    import subprocess
    import sys

    command = shlex.split(os.environ.get("PAGER", "less"))
    if not command:
        return False
    environ = dict(os.environ)
    environ.setdefault("LESS", "FRX")  # colours, and no pager for what fits after all
    if not {"R", "r"} & set(_short(environ["LESS"])):  # the member's LESS=-i (43a, item 9)
        environ["LESS"] += " -R"  # colours, not 「ESC[1m」 on every heading
    environ.setdefault("LV", "-c")  # lv (common in Japan) passes colours only with -c
    sys.stdout.flush()
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        subprocess.run(command, input=text.encode(encoding, "replace"), env=environ, check=False)
    except OSError:  # not found, not executable
        return False
    return True


def _short(options: str) -> str:
    """The letters of the short options in a ``LESS`` value: "-iM --mouse FRX" → "iMFRX"."""
    return "".join(word.lstrip("-") for word in options.split() if not word.startswith("--"))
