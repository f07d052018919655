"""The streams: whether they carry Japanese, and the one-line notes written on stderr.

No Rich here: ``--json``, errors and notices never pay for it.
"""

from __future__ import annotations

import sys
from typing import TextIO

from primehelp.facts import ui
from primehelp.i18n import Lang

_PROBE_JA = "日本語"


def can_encode(stream: TextIO, sample: str = _PROBE_JA) -> bool:
    """Tell whether ``stream`` can carry ``sample`` (Japanese by default)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def stderr_lang(lang: Lang) -> Lang:
    """English on a stderr that cannot carry Japanese: a line of '?' helps nobody."""
    return lang if can_encode(sys.stderr) else "en"


def output_lang(lang: Lang, chosen: bool) -> Lang:
    """English when stdout cannot carry Japanese and the user did not choose Japanese.

    With ``--lang ja`` (or PRIMEHELP_LANG=ja) Japanese is printed anyway and the characters
    the stream cannot carry are replaced (``cli.main`` sets ``errors="replace"``).
    """
    if lang == "en" or chosen or can_encode(sys.stdout):
        return lang
    return "en"


def emit_english_note() -> None:
    """Say once, on stderr, why the output is in English."""
    encoding = getattr(sys.stdout, "encoding", None) or "?"
    note = ui("no_japanese", "ui_terminal")(stderr_lang("ja")).format(encoding=encoding)
    sys.stderr.write(f"primehelp: {note}\n")
    sys.stderr.flush()


def emit_notice(message: str) -> None:
    """One line on stderr about a side effect (a file written), so stdout stays clean."""
    sys.stderr.write(f"primehelp: {message}\n")
    sys.stderr.flush()


def emit_bytes(data: bytes) -> None:
    """Write ``data`` (a calendar file) to stdout as it is, line ends untouched."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
