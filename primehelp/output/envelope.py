"""The versioned JSON envelope, the error object, and everything else written to the streams
without Rich: the line for an interruption, notices on stderr, calendar bytes on stdout.

Every JSON document primehelp prints goes through :func:`write_json`. No Rich here, ever:
``--json`` and errors must not pay for it (tests/test_import_discipline.py checks it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import sys
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.records import record_fields

if TYPE_CHECKING:
    from primehelp.errors import FileProblem, PrimehelpError

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


def to_stderr(line: str) -> None:
    """Write ``line`` and a newline to stderr, if there is one.

    A closed stderr (``2>&-``: ``sys.stderr`` is None) or a full one loses the line, never the
    exit code: the line is a courtesy, the exit code is the contract. On a terminal too the
    line is written unbroken (review 57a item 7): the terminal wraps it, and a copied error has
    no breaks of ours inside its phrases (「使えない│文字」, 「標準入力│（-）」).
    """
    if sys.stderr is None:
        return
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def emit_english_note() -> None:
    """Say once, on stderr, why the output is in English."""
    encoding = getattr(sys.stdout, "encoding", None) or "?"
    note = ui("no_japanese", "ui_terminal")(stderr_lang("ja")).format(encoding=encoding)
    to_stderr(f"primehelp: {note}")


def emit_notice(message: str) -> None:
    """One line on stderr about a side effect (a file written), so stdout stays clean."""
    to_stderr(f"primehelp: {message}")


def emit_bytes(data: bytes) -> None:
    """Write ``data`` (a calendar file) to stdout as it is, line ends untouched.

    All of it, even when another program made the pipe non-blocking; a stdout that cannot take
    it (full disk, I/O error) is a :class:`~primehelp.errors.FileProblem`.
    """
    from primehelp.streams import write_fully  # only for --ics - (start-up time)

    try:
        fd: int | None = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file (a test's capture): its own writes will do
        fd = None
    try:
        sys.stdout.flush()
        if fd is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_fully(fd, data)
    except BrokenPipeError:
        raise  # the reader went away: the CLI stops quietly
    except OSError as error:
        raise stdout_problem(error) from None


def stdout_problem(error: OSError | None) -> FileProblem:
    """Why nothing can be printed: stdout is closed (``None``) or a write to it failed."""
    from primehelp.errors import FileProblem

    if error is None:
        return FileProblem(
            Text(
                "標準出力が閉じられているため、結果を出力できません",
                "stdout is closed; there is nowhere to print the result",
            )
        )
    if error.errno == errno.ENOSPC:
        return FileProblem(
            Text(
                "標準出力に書き込めません（ディスクの空きがありません）",
                "cannot write to stdout: no space left on the device",
            )
        )
    from primehelp.files import os_reason  # an error path only (review 38b item 14)

    reason = os_reason(error)
    return FileProblem(
        Text(f"標準出力に書き込めません（{reason.ja}）", f"cannot write to stdout: {reason.en}")
    )


# ---------------------------------------------------------------- JSON


def jsonable(value: Any, lang: Lang) -> Any:
    """Turn a result into JSON-ready values: texts in ``lang``, dates as ISO strings."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    names = record_fields(value)
    if names is not None:  # a dataclass or a named tuple: an object
        data: dict[str, Any] = {}
        for name in names:
            if name == "sources":
                data |= cited_sources(getattr(value, name))
            else:
                data[name] = jsonable(getattr(value, name), lang)
        return data
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple | frozenset):
        return [jsonable(item, lang) for item in value]
    decimal = sys.modules.get("decimal")  # a Decimal exists only if its module was imported
    if decimal is not None and isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def cited_sources(sources: Any) -> dict[str, Any]:
    """``sources`` as plain URLs, and ``source_dates``: each page's date where the facts give
    one (ISO, ``YYYY-MM`` where they give a month). The stored form 「URL (2021-01-26)」 had
    reached the JSON as the URL (review 37a item 15, review 37b item 10)."""
    from primehelp.facts import split_source

    split = [split_source(source) for source in sources]
    return {
        "sources": [url for url, _ in split],
        "source_dates": [{"url": url, "date": date} for url, date in split if date is not None],
    }


def write_json(document: Mapping[str, Any]) -> None:
    """Write ``document`` to stdout, lossless in any encoding the stream has.

    Characters the encoding lacks ("–" in CP932) become ``\\uXXXX`` escapes, never "?".
    """
    import json  # not at the top: human output does not need it

    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if not _is_utf8(encoding):
        from primehelp.streams import lossless_json  # only for another encoding (start-up time)

        text = lossless_json(text, encoding)
    sys.stdout.write(text)
    sys.stdout.flush()


def _is_utf8(encoding: str) -> bool:
    import codecs  # already loaded by the interpreter: free

    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


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
    _problem_line(error.prefix, lang, error)
    message = one_line(error.message(lang))
    if as_json:
        write_json(
            {
                "schema_version": SCHEMA_VERSION,
                "command": command,
                "error": {"code": error.code, "message": message},
            }
        )


def one_line(message: str) -> str:
    """``message`` on one line, each run of spaces and newlines one space; a full-width space
    stays, as Japanese puts it after a question the text goes on from (「…のことですか？　使い方
    は…」, review 26b, S 10)."""
    import re

    return " ".join(part for part in re.split(r"[^\S\u3000]+", message) if part)


def emit_warning(lang: Lang, problem: PrimehelpError) -> None:
    """One line on stderr about a problem the command works around (it goes on)."""
    _problem_line("warning_prefix", lang, problem)


def _problem_line(prefix: str, lang: Lang, problem: PrimehelpError) -> None:
    line_lang = stderr_lang(lang)
    line = one_line(problem.message(line_lang))
    to_stderr(f"primehelp: {ui(prefix)(line_lang)}: {line}")


def emit_interrupted(
    lang: Lang, command: str = "primehelp", as_json: bool = False, said: Text | None = None
) -> None:
    """Say in one line that the user interrupted (``said``: in the words of the screen that was
    interrupted); with ``--json`` also the error object."""
    # A screen's own words are not an error: no 「primehelp: 」 (review 50b item 1)
    line = ui("interrupted")(stderr_lang(lang)) if said is None else said(stderr_lang(lang))
    to_stderr(f"\n{line}" if said is not None else f"\nprimehelp: {line}")
    if as_json and sys.stdout is not None:
        document = {
            "schema_version": SCHEMA_VERSION,
            "command": command,
            "error": {"code": "interrupted", "message": ui("interrupted")(lang)},
        }
        with contextlib.suppress(OSError):  # stdout closed or failing: exit code 130 says it
            write_json(document)
