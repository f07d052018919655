"""Load the bundled facts (``primehelp/data/*.toml``), validated at load time.

Every table with a ``confidence`` key is a *fact*: it must carry ``id``, ``ja``, ``en``,
``sources`` and ``checked``. A fact whose confidence includes ``L`` must say
"reportedly" / 「報告によれば」 in both languages. Any table with ``ja`` must have ``en`` too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

from primehelp import datacache
from primehelp.errors import BadInput, DataError, shown
from primehelp.i18n import Text

Confidence = Literal["H", "M-H", "M", "M-L", "L"]
CONFIDENCES: tuple[Confidence, ...] = ("H", "M-H", "M", "M-L", "L")
LOW_CONFIDENCE_MARKERS = Text(ja="報告によれば", en="eportedly")

Table = dict[str, Any]

# A plain path, not importlib.resources: the package is always installed as files, and
# importlib.resources costs 5 ms of imports (zipfile, tempfile, random) at every start-up.
DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement primehelp may make, with where it comes from."""

    id: str
    text: Text
    confidence: Confidence
    checked: dt.date
    sources: tuple[str, ...]


def _broken(file: str, where: str, problem: str) -> DataError:
    return DataError(
        Text(
            ja=f"同梱データ {file} の {where} が正しくありません（{problem}）",
            en=f"Bundled data {file} is broken at {where}: {problem}",
        )
    )


def _walk(node: Any, where: str) -> Iterator[tuple[str, Table]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}[{i}]")


def _check_table(file: str, where: str, table: Table) -> None:
    for lang in ("ja", "en"):
        if ("ja" in table or "en" in table or "confidence" in table) and not (
            isinstance(table.get(lang), str) and table[lang].strip()
        ):
            raise _broken(file, where or "(top)", f"'{lang}' text is missing or empty")
    if "confidence" not in table:
        return
    if not (isinstance(table.get("id"), str) and table["id"]):
        raise _broken(file, where, "a fact needs an 'id'")
    if table["confidence"] not in CONFIDENCES:
        raise _broken(file, where, f"confidence must be one of {', '.join(CONFIDENCES)}")
    checked = table.get("checked")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise _broken(file, where, "'checked' must be a date (YYYY-MM-DD)")
    sources = table.get("sources")
    if not (
        isinstance(sources, list)
        and sources
        and all(isinstance(s, str) and s.strip() for s in sources)
    ):
        raise _broken(file, where, "'sources' must be a non-empty list of texts")
    if "L" in table["confidence"]:
        for lang in ("ja", "en"):
            if getattr(LOW_CONFIDENCE_MARKERS, lang) not in table[lang]:
                raise _broken(
                    file, where, f"a low-confidence fact must say 'reportedly' in '{lang}'"
                )


def parse_data(file: str, source: str) -> Table:
    """Parse and validate one data file's text; raise :class:`DataError` on any fault."""
    import tomllib

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _broken(file, "(syntax)", str(exc)) from exc
    seen: set[str] = set()
    for where, table in _walk(data, ""):
        _check_table(file, where, table)
        if "confidence" in table:
            if table["id"] in seen:
                raise _broken(file, where, f"duplicate id '{table['id']}'")
            seen.add(table["id"])
    return data


@cache
def load(name: str) -> Table:
    """Load ``data/<name>.toml`` once per process (kept parsed between runs: see datacache)."""
    file = f"{name}.toml"
    return datacache.load(DATA_DIR / file, lambda source: parse_data(file, source), Path(__file__))


def data_names() -> tuple[str, ...]:
    """Names of all bundled data files."""
    files = DATA_DIR.iterdir()
    return tuple(sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml")))


def text(table: Table) -> Text:
    """The bilingual text of a table that has ``ja`` and ``en``."""
    return Text(ja=table["ja"], en=table["en"])


def fact(table: Table) -> Fact:
    """A validated fact table as a :class:`Fact`."""
    return Fact(
        id=table["id"],
        text=text(table),
        confidence=cast(Confidence, table["confidence"]),
        checked=table["checked"],
        sources=tuple(table["sources"]),
    )


@dataclass(frozen=True, slots=True)
class SourceList:
    """Every fact primehelp can state (``primehelp sources``)."""

    facts: tuple[Fact, ...]


def facts_about(topic: str | None, every_fact: tuple[Fact, ...]) -> SourceList:
    """The facts whose id starts with ``topic`` (``contact``, ``contact.route``, …), or all."""
    if topic is None:
        return SourceList(facts=every_fact)
    wanted = topic.strip().lower()
    chosen = tuple(f for f in every_fact if f.id == wanted or f.id.startswith(wanted + "."))
    if not chosen:
        topics = sorted({f.id.split(".", 1)[0] for f in every_fact})
        raise BadInput(
            Text(
                ja=f"{shown(topic)} に当てはまる情報はありません。使える値：{'、'.join(topics)}（または id の先頭部分）",
                en=f"no fact matches {shown(topic)}; accepted: {', '.join(topics)} (or the start of a fact id)",
            )
        )
    return SourceList(facts=chosen)


def all_facts() -> tuple[Fact, ...]:
    """Every fact in every bundled data file, in file order."""
    found: list[Fact] = []
    for name in data_names():
        for _, table in _walk(load(name), ""):
            if "confidence" in table:
                found.append(fact(table))
    ids = [f.id for f in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise _broken("data/*.toml", "(all files)", f"duplicate ids {duplicates}")
    return tuple(found)


def ui(key: str, file: str = "ui") -> Text:
    """A short interface label from ``data/<file>.toml`` (``ui.toml`` unless named)."""
    table = load(file)
    try:
        return text(table[key])
    except KeyError as exc:
        raise _broken(f"{file}.toml", key, "label missing") from exc
