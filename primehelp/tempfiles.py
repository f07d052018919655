"""Temporary files that do not outlive a SIGTERM or SIGHUP (issue 10).

:func:`removed_on_signal` installs handlers for SIGTERM and SIGHUP only while a write is under
way, and restores the previous ones afterwards. On a signal the handler deletes the temporary
files made so far, restores the previous handlers and raises the signal again, so the process
ends exactly as it would have (killed by the signal, or whatever the previous handler does). A
signal that was ignored (``nohup``) stays ignored, and the write goes on.

The temporary files themselves come from :func:`tempfile.mkstemp`: an unpredictable name,
created with ``O_EXCL`` (a planted file or link at that name is never opened), mode 0600.
"""

from __future__ import annotations

import contextlib
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


class TempFiles:
    """The temporary files of one write, deleted if a signal ends the process meanwhile."""

    def __init__(self) -> None:
        self._paths: list[Path] = []

    def create(self, directory: Path, prefix: str, suffix: str) -> tuple[int, Path]:
        """Make a new temporary file in ``directory``; return its open descriptor and path."""
        with _signals_blocked():  # so that no signal falls between creating and remembering
            handle, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=directory)
            path = Path(name)
            self._paths.append(path)
        return handle, path

    def forget(self, path: Path) -> None:
        """Stop watching ``path`` (renamed into place, or deleted)."""
        with _signals_blocked():
            self._paths = [p for p in self._paths if p != path]

    def remove_all(self) -> None:
        """Delete every watched file (called from a signal handler: never raises)."""
        for path in self._paths:
            with contextlib.suppress(OSError):
                path.unlink()
        self._paths = []


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no SIGHUP, no masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _restore(previous: dict[int, _Handler]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
    previous.clear()


@contextlib.contextmanager
def removed_on_signal() -> Iterator[TempFiles]:
    """Watch temporary files: on SIGTERM or SIGHUP delete them, then let the signal act."""
    temps = TempFiles()
    previous: dict[int, _Handler] = {}

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        temps.remove_all()
        _restore(previous)
        signal.raise_signal(signum)

    for signum in _SIGNALS:
        handler = signal.getsignal(signum)
        if handler is signal.SIG_IGN or handler is None:  # ignored, or set outside Python: keep
            continue
        try:
            signal.signal(signum, on_signal)
        except ValueError:  # not the main thread: handlers cannot be installed; no cleanup
            break
        previous[signum] = handler
    try:
        yield temps
    finally:
        _restore(previous)
