"""Load the bundled facts (``primehelp/data/*.toml``): every table with a ``confidence`` key is a
*fact* (:class:`Fact`), with the sources a member can open.

Each file is validated (:mod:`primehelp.data_check`) and compiled into a Python module by tools/compile_data.py (a test keeps
the two equal); a command imports the modules it needs. Nothing is ever written at run time,
and nothing inside the installed package (issue 9). :mod:`primehelp.content` turns the validated
tables into typed records through :class:`Node`; the ``ui*.toml`` labels stay a mapping
key → :class:`Text` (:func:`labels`), and tests/test_content.py checks every key the code uses.
"""

import datetime as dt
import importlib
import re
from collections.abc import Iterator
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeVar, cast

from primehelp.errors import DataError
from primehelp.i18n import Lang, Text

Confidence = Literal["H", "M-H", "M", "M-L", "L"]
CONFIDENCES: tuple[Confidence, ...] = ("H", "M-H", "M", "M-L", "L")

# A source a member can open: ``https://host[/path]``, or ``http://`` where the facts give the
# page so (review 37a item 14: every source with its scheme, a scheme-less one read as another
# kind of entry), optionally followed by the page's date in parentheses:
# ``https://komitsu.org (2021-01-26)``, ``https://site.jp/page (2025-12)``. The date is data, not
# part of the URL: :func:`split_source` parts them (JSON's ``sources`` are plain URLs).
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]"  # ASCII only: no 「§」, no spaces
SOURCE_FORM = re.compile(
    rf"(?P<url>https?://[a-z0-9.-]+\.[a-z]{{2,}}(?:/{_URL_CHARS}*)?)"
    r"(?: \((?P<date>\d{4}-\d{2}(?:-\d{2})?)\))?"
)

Table = dict[str, Any]
_Choice = TypeVar("_Choice", bound=StrEnum)

# A plain path, not importlib.resources: the package is always installed as files, and
# importlib.resources costs 5 ms of imports (zipfile, tempfile, random) at every start-up.
DATA_DIR = Path(__file__).parent / "data"
# A bundled file's name, [a-z][a-z_]*, checked without a regex compiled by every command.
_NAME_START, _NAME_CHARS = (
    frozenset("abcdefghijklmnopqrstuvwxyz"),
    frozenset("_abcdefghijklmnopqrstuvwxyz"),
)


class Fact(NamedTuple):
    """One statement primehelp may make, with where it comes from.

    A named tuple (every command creates this class at start-up: ARCHITECTURE.md); ``alone`` is
    kept out of the JSON by :meth:`not_in_json`, as field metadata does for a dataclass."""

    id: str
    text: Text
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]
    # How ``primehelp sources`` says it, where ``text`` leans on its screen (「これらの番号は」,
    # 「この表示のルール」, a condition said by a heading): a fact there stands alone.
    alone: Text | None = None

    def not_in_json(self) -> frozenset[str]:
        """The fields that are this record's wording for one screen, not data (JSON)."""
        return _FACT_WORDING

    def standalone(self, lang: Lang) -> str:
        """The text as a fact of its own (``primehelp sources``)."""
        return (self.alone or self.text)(lang)


_FACT_WORDING = frozenset({"alone"})


def broken(file: str, where: str, problem: str) -> DataError:
    """The error of a bundled data file that is not as the code expects."""
    return DataError(
        Text(
            ja=f"同梱データ {file} の {where} が正しくありません（{problem}）",
            en=f"Bundled data {file} is broken at {where}: {problem}",
        )
    )


def walk(node: Any, where: str) -> Iterator[tuple[str, Table]]:
    """Every table inside ``node`` with where it is (``a.b[2]``)."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}[{i}]")


def split_source(source: str) -> tuple[str, str | None]:
    """A stored source as its URL and its page's ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` where
    the facts give a month), or None when no date is known."""
    match = SOURCE_FORM.fullmatch(source)
    if match is None:
        return source, None
    return match["url"], match["date"]


def cite(source: str, lang: str) -> str:
    """A validated source as a member reads it: in Japanese the date reads 「（2021年1月26日）」."""
    match = SOURCE_FORM.fullmatch(source)
    if match is None or not match["date"] or lang != "ja":
        return source
    return f"{match['url']}（{japanese_date(match['date'])}）"


def japanese_date(iso: str) -> str:
    """``2021-01-26`` → 「2021年1月26日」, ``2025-12`` → 「2025年12月」."""
    year, month, *day = (int(part) for part in iso.split("-"))
    return f"{year}年{month}月" + (f"{day[0]}日" if day else "")


@cache
def load(name: str) -> Table:
    """The tables of ``data/<name>.toml`` (for the content readers only).

    They come from ``data/compiled/<name>.py``, which tools/compile_data.py writes from the TOML
    after validating it with :func:`primehelp.data_check.parse_data`: importing bytecode instead of ``tomllib`` and
    parsing saves 2–5 ms per command (benchmarks/README.md). tests/test_compiled_data.py fails
    when a compiled module differs from its TOML.
    """
    if not (name[:1] in _NAME_START and _NAME_CHARS.issuperset(name)):
        raise broken(f"{name}.toml", "(top)", "no such bundled data file")
    module = importlib.import_module(f"primehelp.data.compiled.{name}")
    table: Table = module.TABLE
    return table


def data_names() -> tuple[str, ...]:
    """Names of all bundled data files."""
    files = DATA_DIR.iterdir()
    return tuple(sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml")))


def text(table: Table) -> Text:
    """The bilingual text of a validated table that has ``ja`` and ``en``."""
    return Text(ja=table["ja"], en=table["en"])


def fact(table: Table) -> Fact:
    """A validated fact table as a :class:`Fact`."""
    return Fact(
        id=table["id"],
        text=text(table),
        confidence=cast(Confidence, table["confidence"]),
        checked=table["checked"],
        sources=tuple(table["sources"]),
        alone=text(table["alone"]) if "alone" in table else None,
    )


class Node:
    """One table of a data file, read with its type checked: any fault is a :class:`DataError`.

    The content modules (``primehelp/content/``) read the TOML through this and nothing else,
    so a domain module only ever sees typed dataclasses.
    """

    __slots__ = ("file", "table", "where")

    def __init__(self, file: str, where: str, table: Table) -> None:
        self.file, self.where, self.table = file, where, table

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def broken(self, key: str, problem: str) -> DataError:
        """The error for a fault at ``key`` of this table."""
        return broken(self.file, self._path(key), problem)

    def _get(self, key: str) -> Any:
        if key not in self.table:
            raise self.broken(key, "missing")
        return self.table[key]

    def has(self, key: str) -> bool:
        return key in self.table

    def node(self, key: str) -> "Node":
        value = self._get(key)
        if not isinstance(value, dict):
            raise self.broken(key, "must be a table")
        return Node(self.file, self._path(key), value)

    def nodes(self, key: str, *, optional: bool = False) -> tuple["Node", ...]:
        """An array of tables; ``optional``: absent means none."""
        if optional and key not in self.table:
            return ()
        value = self._get(key)
        if not (isinstance(value, list) and all(isinstance(item, dict) for item in value)):
            raise self.broken(key, "must be an array of tables")
        return tuple(Node(self.file, f"{self._path(key)}[{i}]", t) for i, t in enumerate(value))

    def children(self) -> tuple[tuple[str, "Node"], ...]:
        """Every sub-table, with its key, in file order."""
        return tuple(
            (key, self.node(key)) for key in self.table if isinstance(self.table[key], dict)
        )

    def string(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise self.broken(key, "must be a text")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
            raise self.broken(key, "must be a list of texts")
        return tuple(value)

    def integer(self, key: str) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.broken(key, "must be a whole number")
        return value

    def choice(self, key: str, kind: type[_Choice]) -> _Choice:
        """A text that must be one of the values of the enum ``kind``."""
        value = self.string(key)
        try:
            return kind(value)
        except ValueError:
            accepted = ", ".join(member.value for member in kind)
            raise self.broken(key, f"must be one of {accepted}") from None

    def flag(self, key: str) -> bool:
        """A true/false value; absent means false."""
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            raise self.broken(key, "must be true or false")
        return value

    def date(self, key: str) -> dt.date | None:
        """A date (YYYY-MM-DD); absent means ``None``."""
        value = self.table.get(key)
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise self.broken(key, "must be a date (YYYY-MM-DD)")
        return value

    def text(self, key: str | None = None) -> Text:
        """This table's ``ja``/``en`` text, or that of the sub-table ``key``."""
        if key is not None:
            return self.node(key).text()
        if "ja" not in self.table:
            raise broken(self.file, self.where or "(top)", "a text needs 'ja' and 'en'")
        return text(self.table)  # both languages were checked by data_check

    def fact(self, key: str | None = None) -> Fact:
        """This table as a :class:`Fact`, or the sub-table ``key``."""
        if key is not None:
            return self.node(key).fact()
        if "confidence" not in self.table:
            raise broken(self.file, self.where or "(top)", "must be a fact (with 'confidence')")
        return fact(self.table)  # id, confidence, checked and sources were checked by data_check

    def facts(self, key: str, *, optional: bool = False) -> tuple[Fact, ...]:
        return tuple(item.fact() for item in self.nodes(key, optional=optional))


def document(name: str) -> Node:
    """The top table of ``data/<name>.toml``, parsed and validated."""
    return Node(f"{name}.toml", "", load(name))


def all_facts() -> tuple[Fact, ...]:
    """Every fact in every bundled data file, in file order."""
    found: list[Fact] = []
    for name in data_names():
        for _, table in walk(load(name), ""):
            if "confidence" in table:
                found.append(fact(table))
    ids = [f.id for f in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise broken("data/*.toml", "(all files)", f"duplicate ids {duplicates}")
    return tuple(found)


class Labels(dict[str, Text]):
    """The short interface labels of one ``ui*.toml`` file, by key (``a.b`` for nested tables).

    A missing key is a :class:`DataError` naming the file, never a bare ``KeyError``; and
    ``tests/test_ui_labels.py`` checks at test time that every key the code asks for exists.
    """

    __slots__ = ("file",)

    def __init__(self, file: str) -> None:
        super().__init__()
        self.file = file

    def __missing__(self, key: str) -> Text:
        raise broken(self.file, key, "label missing")


def _collect(labels: Labels, node: Node, prefix: str) -> None:
    for key, value in node.table.items():
        if not isinstance(value, dict):
            raise broken(labels.file, f"{prefix}{key}", "a label must be a table with ja and en")
        child = node.node(key)
        if "ja" in value:
            labels[f"{prefix}{key}"] = child.text()
        else:
            _collect(labels, child, f"{prefix}{key}.")


@cache
def labels(file: str = "ui") -> Labels:
    """Every label of ``data/<file>.toml``, validated at load: each one in ja and en."""
    found = Labels(f"{file}.toml")
    _collect(found, document(file), "")
    return found


def labels_in(file: str, key: str) -> Labels:
    """The labels under table ``key`` of a data file that also holds facts (``key.name``)."""
    found = Labels(f"{file}.toml")
    _collect(found, document(file).node(key), f"{key}.")
    return found


def ui(key: str, file: str = "ui") -> Text:
    """A short interface label from ``data/<file>.toml`` (``ui.toml`` unless named)."""
    return labels(file)[key]
