"""Validate a bundled data file (``primehelp/data/*.toml``) before it is compiled.

Every table with a ``confidence`` key is a *fact*: it must carry ``id``, ``ja``, ``en``,
``sources`` and ``checked``. A fact whose confidence includes ``L`` must say
"reportedly" / 「報告によれば」 in both languages. Any table with ``ja`` must have ``en`` too.
tools/compile_data.py runs this; no command does (the compiled modules are checked equal to
their TOML by tests/test_compiled_data.py), so validation costs nothing at start-up.
"""

from __future__ import annotations

import datetime as dt

from primehelp.facts import CONFIDENCES, SOURCE_FORM, Table, broken, walk
from primehelp.i18n import Text

LOW_CONFIDENCE_MARKERS = Text(ja="報告によれば", en="eportedly")
# Pages that must never be cited (machine-written, contradictory fees and dates).
UNRELIABLE_SITES = ("lifestyle.assist-all.co.jp", "guardian.jpn.com")


def parse_data(file: str, source: str) -> Table:
    """Parse and validate one data file's text; raise :class:`DataError` on any fault."""
    import tomllib

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise broken(file, "(syntax)", str(exc)) from exc
    seen: set[str] = set()
    for where, table in walk(data, ""):
        check_table(file, where, table)
        if "confidence" in table:
            if table["id"] in seen:
                raise broken(file, where, f"duplicate id '{table['id']}'")
            seen.add(table["id"])
    return data


def check_table(file: str, where: str, table: Table) -> None:
    """Raise :class:`DataError` when ``table`` is not a valid text or fact table."""
    for lang in ("ja", "en"):
        if ("ja" in table or "en" in table or "confidence" in table) and not (
            isinstance(table.get(lang), str) and table[lang].strip()
        ):
            raise broken(file, where or "(top)", f"'{lang}' text is missing or empty")
    if "confidence" not in table:
        return
    if not (isinstance(table.get("id"), str) and table["id"]):
        raise broken(file, where, "a fact needs an 'id'")
    if table["confidence"] not in CONFIDENCES:
        raise broken(file, where, f"confidence must be one of {', '.join(CONFIDENCES)}")
    checked = table.get("checked")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise broken(file, where, "'checked' must be a date (YYYY-MM-DD)")
    sources = table.get("sources")
    if not (
        isinstance(sources, list)
        and sources
        and all(isinstance(s, str) and s.strip() for s in sources)
    ):
        raise broken(file, where, "'sources' must be a non-empty list of texts")
    for source in sources:
        problem = source_problem(source)
        if problem:
            raise broken(file, where, f"source {source!r} {problem}")
    alone = table.get("alone", {})
    if "L" in table["confidence"]:
        for lang in ("ja", "en"):
            if any(
                getattr(LOW_CONFIDENCE_MARKERS, lang) not in said
                for said in (table[lang], alone.get(lang, table[lang]))
            ):
                raise broken(
                    file, where, f"a low-confidence fact must say 'reportedly' in '{lang}'"
                )


def source_problem(source: str) -> str:
    """Why ``source`` is not a page a member can open, or ``""`` when it is one."""
    match = SOURCE_FORM.fullmatch(source)
    if match is None:
        return "is not a URL (https://… or http://…, optionally followed by ' (YYYY-MM-DD)')"
    host = match["url"].split("://", 1)[1].split("/", 1)[0]
    if any(host == site or host.endswith("." + site) for site in UNRELIABLE_SITES):
        return "is a site marked unreliable"
    if match["date"]:
        year, month, *day = (int(part) for part in match["date"].split("-"))
        try:
            dt.date(year, month, day[0] if day else 1)
        except ValueError:
            return "has an impossible date"
    return ""
