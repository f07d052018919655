"""The cache of parsed data files: same tables as parsing, never stale, never in the way."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from primehelp import datacache, facts

SOURCE = """
title = "ok"
count = 3
ratio = 0.5
flag = true
checked = 2026-11-25
items = [{ name = "a", when = 2026-01-31 }, { name = "b", numbers = [1, 2] }]

[nested.deeper]
text = "日本語"
"""


class Parser:
    """Parse TOML and count the calls, to tell a cache hit from a miss."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> dict[str, Any]:
        self.calls += 1
        return tomllib.loads(text)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = tmp_path / "sample.toml"
    source.write_text(SOURCE, encoding="utf-8")
    validator = tmp_path / "validator.py"
    validator.write_text("# the code that validates\n")
    return source, validator


def _bump_mtime(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_second_load_comes_from_the_cache_and_is_equal(files: tuple[Path, Path]) -> None:
    source, validator = files
    parser = Parser()
    first = datacache.load(source, parser, validator)
    second = datacache.load(source, parser, validator)
    assert parser.calls == 1
    assert datacache.cache_file(source).is_file()
    assert second == first == tomllib.loads(SOURCE)
    assert isinstance(second["checked"], dt.date)
    assert second["items"][0]["when"] == dt.date(2026, 1, 31)


def test_an_edited_data_file_is_parsed_again(files: tuple[Path, Path]) -> None:
    source, validator = files
    parser = Parser()
    datacache.load(source, parser, validator)
    source.write_text(SOURCE.replace('"ok"', '"changed"'), encoding="utf-8")
    _bump_mtime(source)
    assert datacache.load(source, parser, validator)["title"] == "changed"
    assert parser.calls == 2


def test_a_changed_validator_invalidates_the_cache(files: tuple[Path, Path]) -> None:
    source, validator = files
    parser = Parser()
    datacache.load(source, parser, validator)
    _bump_mtime(validator)
    datacache.load(source, parser, validator)
    assert parser.calls == 2


@pytest.mark.parametrize("garbage", [b"", b"not marshal", b"\xe9\x00\x00"])
def test_a_damaged_cache_falls_back_to_parsing(files: tuple[Path, Path], garbage: bytes) -> None:
    source, validator = files
    parser = Parser()
    datacache.load(source, parser, validator)
    datacache.cache_file(source).write_bytes(garbage)
    assert datacache.load(source, parser, validator) == tomllib.loads(SOURCE)
    assert parser.calls == 2


def test_nothing_is_written_when_bytecode_writing_is_off(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, validator = files
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    parser = Parser()
    datacache.load(source, parser, validator)
    datacache.load(source, parser, validator)
    assert parser.calls == 2
    assert not datacache.cache_file(source).exists()


def test_values_marshal_cannot_keep_are_not_cached(files: tuple[Path, Path]) -> None:
    source, validator = files
    source.write_text("when = 2026-11-25T10:00:00+09:00\n", encoding="utf-8")
    parser = Parser()
    first = datacache.load(source, parser, validator)
    assert datacache.load(source, parser, validator) == first
    assert parser.calls == 2
    assert not datacache.cache_file(source).exists()


@pytest.mark.parametrize("name", facts.data_names())
def test_every_bundled_file_survives_the_cache(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    source = tmp_path / f"{name}.toml"
    source.write_bytes((facts.DATA_DIR / f"{name}.toml").read_bytes())
    expected = facts.parse_data(source.name, source.read_text("utf-8"))
    parser = Parser()
    datacache.load(source, parser, Path(facts.__file__))
    assert datacache.load(source, parser, Path(facts.__file__)) == expected
    assert parser.calls == 1
