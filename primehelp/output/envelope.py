"""The versioned JSON envelope, the error object, and everything else written to the streams
without Rich: the line for an interruption, notices on stderr, calendar bytes on stdout.

Every JSON document primehelp prints goes through :func:`write_json`. No Rich here, ever:
``--json`` and errors must not pay for it (tests/test_import_discipline.py checks it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from primehelp.facts import ui
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:
    from primehelp.errors import PrimehelpError

SCHEMA_VERSION = 1

# ---------------------------------------------------------------- streams

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


# ---------------------------------------------------------------- JSON


def jsonable(value: Any, lang: Lang) -> Any:
    """Turn a result into JSON-ready values: texts in ``lang``, dates as ISO strings."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: jsonable(getattr(value, field.name), lang)
            for field in dataclasses.fields(value)
        }
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, lang) for item in value]
    return value


def write_json(document: Mapping[str, Any]) -> None:
    import json  # not at the top: human output does not need it

    ascii_only = not can_encode(sys.stdout)
    sys.stdout.write(json.dumps(document, ensure_ascii=ascii_only, indent=2) + "\n")
    sys.stdout.flush()


def emit_json(
    command: str, lang: Lang, result: Any, extra: Mapping[str, Any] | None = None
) -> None:
    """Write the success envelope ``{schema_version, command, lang, data}`` to stdout;
    ``extra`` (the facts' age) is added to ``data``."""
    data = jsonable(result, lang)
    if extra:
        data = {**data, **extra}
    write_json({"schema_version": SCHEMA_VERSION, "command": command, "lang": lang, "data": data})


def emit_error(command: str, lang: Lang, error: PrimehelpError, as_json: bool) -> None:
    """Write one line on stderr and, with ``--json``, the error envelope on stdout."""
    line_lang = stderr_lang(lang)
    line = " ".join(error.message(line_lang).split())
    sys.stderr.write(f"primehelp: {ui('error_prefix')(line_lang)}: {line}\n")
    sys.stderr.flush()
    message = " ".join(error.message(lang).split())
    if as_json:
        write_json(
            {
                "schema_version": SCHEMA_VERSION,
                "command": command,
                "error": {"code": error.code, "message": message},
            }
        )


def emit_interrupted(lang: Lang) -> None:
    """Say in one line that the user interrupted."""
    sys.stderr.write(f"\nprimehelp: {ui('interrupted')(stderr_lang(lang))}\n")
    sys.stderr.flush()
