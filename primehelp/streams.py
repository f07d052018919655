"""Writing to streams that may be odd: non-blocking pipes, narrow encodings, nonsense sizes.

For the output layer (issue 10). No Rich here: these are bytes, text and numbers.
"""

from __future__ import annotations

import io
import os
import select
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

DEFAULT_COLUMNS = 80
_SANE_COLUMNS = range(10, 10_001)  # 0, negative, or 50,000 columns are settings gone wrong


def write_fully(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd``, waiting whenever a non-blocking pipe is full.

    Another program sharing the pipe may have made it non-blocking (``O_NONBLOCK`` belongs to
    the open file, not to one process): a plain write then stops at 64 KiB, or raises
    :class:`BlockingIOError`.
    """
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            select.select([], [fd], [])  # until the reader has made room
            continue
        view = view[written:]


class _CompleteWrites(io.RawIOBase):
    """A raw stream over ``fd`` whose every write is complete (see :func:`write_fully`)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data)
        write_fully(self._fd, view.tobytes())
        return view.nbytes

    def close(self) -> None:
        super().close()  # the descriptor stays open: it belongs to the original stream


def complete_writes(stream: TextIO) -> TextIO:
    """A text stream like ``stream`` (same descriptor, encoding, errors, buffering) whose
    writes are complete even when the descriptor is non-blocking.

    For stdout when another program has set the pipe non-blocking: plain writes then lose what
    does not fit (64 KiB, or less) or raise :class:`BlockingIOError`. The descriptor's flag is
    left as it is; it is shared with that program.
    """
    return io.TextIOWrapper(
        io.BufferedWriter(_CompleteWrites(stream.fileno())),
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=bool(stream.line_buffering),
    )


def _escaped(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # outside the BMP: a UTF-16 surrogate pair, as JSON requires
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def lossless_json(text: str, encoding: str) -> str:
    """JSON ``text`` (from ``json.dumps(..., ensure_ascii=False)``) that ``encoding`` can carry.

    Characters the encoding lacks ("–" in Shift_JIS, EUC-JP, CP932, ISO-2022-JP) become
    ``\\uXXXX`` escapes instead of "?": JSON text has non-ASCII characters only inside strings,
    where an escape means the same character. So do characters the encoding changes on the way
    (CP932 writes "〜" U+301C as the bytes of "～" U+FF5E). An unknown encoding escapes all
    non-ASCII.
    """
    if _round_trips(text, encoding):
        return text
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "ascii"
    return "".join(ch if _round_trips(ch, encoding) else _escaped(ch) for ch in text)


def _round_trips(text: str, encoding: str) -> bool:
    """Whether ``text`` comes back unchanged through ``encoding``."""
    try:
        return text.encode(encoding).decode(encoding) == text
    except (UnicodeError, LookupError):
        return False


def sane_columns(value: int | str | None) -> int:
    """A terminal width to lay out for: ``value`` if it makes sense, else 80.

    ``COLUMNS=0``, an empty or non-numeric ``COLUMNS``, or a terminal reporting 0 columns
    (some serial consoles and containers) gave empty output before.
    """
    try:
        columns = int(value) if value is not None else 0
    except ValueError:
        return DEFAULT_COLUMNS
    return columns if columns in _SANE_COLUMNS else DEFAULT_COLUMNS


def columns_from_environment() -> int | None:
    """The width ``COLUMNS`` asks for, or 80 if it asks for nonsense (0, 99999); else ``None``.

    Rich takes any digits in ``COLUMNS`` as the width, and ``COLUMNS=0`` printed nothing. Without
    digits there, Rich asks the terminal (0 columns there becomes 80) or uses 80 for a pipe.
    """
    raw = os.environ.get("COLUMNS", "").strip()
    return sane_columns(raw) if raw.isdigit() else None


def terminal_size(file: object, columns: int | None = None) -> tuple[int, int]:
    """The width and height of the terminal ``file`` writes to: ``columns`` (from ``COLUMNS``)
    and ``LINES`` first, then the terminal's own size, else 80×25.

    For a dumb terminal (TERM=dumb: Emacs's shell, some IDE consoles), which Rich lays out at
    80×25 whatever its size, so that the terminal folded every line inside words.
    """
    try:
        width, height = os.get_terminal_size(file.fileno())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # not a terminal's file (a test's buffer)
        width, height = 0, 0
    raw = os.environ.get("LINES", "").strip()
    lines = int(raw) if raw.isdigit() and int(raw) > 0 else height
    return columns or sane_columns(width), lines or 25
