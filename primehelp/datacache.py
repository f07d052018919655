"""A cache of the parsed, validated data files, kept the way Python keeps bytecode.

Importing tomllib and parsing the bundled TOML costs about 8 ms per command on the benchmark
machine (benchmarks/startup.py, A/B against the same command with the cache off): a tenth of
a whole Typer hello-world. So the first run stores the validated tables with :mod:`marshal`
in ``data/__pycache__/``, and later runs load them after checking that neither the TOML file
nor the validator has changed (modification time and size, as for ``.pyc`` files).

Nothing is written when bytecode writing is off (``PYTHONDONTWRITEBYTECODE``, ``python -B``)
or the directory is read-only; any problem with a cache file means parsing the TOML again.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FORMAT = 1
_CACHE_DIR = "__pycache__"


class _Uncacheable(Exception):
    """A value marshal cannot keep as it is (only dates are translated)."""


def _pack(node: Any) -> Any:
    """Dates become ``(year, month, day)`` tuples: TOML has no tuples, so they are unambiguous."""
    if isinstance(node, dict):
        return {key: _pack(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_pack(value) for value in node]
    if isinstance(node, dt.datetime | dt.time):
        raise _Uncacheable(node)
    if isinstance(node, dt.date):
        return (node.year, node.month, node.day)
    if isinstance(node, str | int | float):
        return node
    raise _Uncacheable(node)


def _unpack(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _unpack(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_unpack(value) for value in node]
    if isinstance(node, tuple):
        return dt.date(*node)
    return node


def cache_file(source: Path) -> Path:
    """Where the cache of ``source`` lives."""
    return source.parent / _CACHE_DIR / f"{source.stem}.marshal"


def _key(source: Path, validator: Path) -> tuple[int, ...]:
    data, code = source.stat(), validator.stat()
    return (
        _FORMAT,
        *sys.version_info[:2],
        data.st_mtime_ns,
        data.st_size,
        code.st_mtime_ns,
        code.st_size,
    )


def _store(target: Path, key: tuple[int, ...], table: dict[str, Any]) -> None:
    try:
        payload = marshal.dumps((key, _pack(table)))
    except (_Uncacheable, ValueError):
        return
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(exist_ok=True)
        temporary.write_bytes(payload)
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)


def load(source: Path, parse: Callable[[str], dict[str, Any]], validator: Path) -> dict[str, Any]:
    """The tables of ``source``, from the cache when it is current, else ``parse(text)``.

    ``validator`` is the file whose code ``parse`` runs: a change to it invalidates the cache.
    """
    target = cache_file(source)
    try:
        key: tuple[int, ...] | None = _key(source, validator)
    except OSError:
        key = None
    if key is not None:
        try:
            stored_key, payload = marshal.loads(target.read_bytes())
            if stored_key == key:
                table: dict[str, Any] = _unpack(payload)
                return table
        except (OSError, EOFError, ValueError, TypeError):
            pass
    table = parse(source.read_text("utf-8"))
    if key is not None and not sys.dont_write_bytecode:
        _store(target, key, table)
    return table
