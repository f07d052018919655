"""The published JSON contract (``schemas/``), checked on every JSON document the suite sees.

Three ways a document reaches these checks:

- in-process runs: :data:`JSON_WRITER`, the one function that writes every ``--json`` document,
  is wrapped for the whole session (see :mod:`tests.support.json_contract_plugin`); each
  document it writes is validated, and the test that produced a bad one fails;
- real processes: a test that parses JSON from a subprocess's stdout does it with
  :func:`loads`, which validates what it parses;
- the golden transcripts: ``tests/test_json_contract.py`` validates their JSON documents.

Validators are built once per session (:func:`validators`).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource

# The single writer of every --json document (success and error), as "module.function".
# When it moves, this line is the only one to change.
JSON_WRITER = "primehelp.output.envelope.write_json"

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
SHARED = "common"  # definitions only; no document is validated against it alone
ERROR = "error"

# How many documents were validated, by schema name and by where they came from.
validated: Counter[str] = Counter()
validated_from: Counter[str] = Counter()
seconds = [0.0]  # time spent validating (schemas compiled included), for the summary
_valid_texts: set[str] = set()


class ContractViolation(AssertionError):
    """A JSON document that does not match its published schema."""


def _schema_files() -> dict[str, Path]:
    return {
        path.name.removesuffix(".schema.json"): path for path in SCHEMA_DIR.glob("*.schema.json")
    }


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    """The schema files as published, each checked against the 2020-12 meta-schema."""
    schemas = {name: json.loads(path.read_text("utf-8")) for name, path in _schema_files().items()}
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    return schemas


@cache
def reference_validators() -> dict[str, Draft202012Validator]:
    """Validators over the published files, ``$ref`` resolved by ``referencing`` (the way a
    script author would use them); slower, used to check :func:`validators`."""
    schemas = _schemas()
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return {
        name: Draft202012Validator(
            schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for name, schema in schemas.items()
        if name != SHARED
    }


@cache
def validators() -> dict[str, Draft202012Validator]:
    """One validator per document schema (every command, and the error object), built once.

    Every ``$ref`` is replaced by what it points to (the schemas have no cycles): resolving
    references made validation 2-3 times slower. ``tests/test_json_contract.py`` checks that
    these validators judge like :func:`reference_validators`.
    """
    by_file = {f"{name}.schema.json": schema for name, schema in _schemas().items()}
    return {
        name: Draft202012Validator(
            _inlined(schema, schema, by_file), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for name, schema in _schemas().items()
        if name != SHARED
    }


def _inlined(node: Any, document: dict[str, Any], by_file: dict[str, Any]) -> Any:
    """``node`` with every ``$ref`` (``file#/pointer`` or ``#/pointer``) replaced by its target."""
    if isinstance(node, list):
        return [_inlined(item, document, by_file) for item in node]
    if not isinstance(node, dict):
        return node
    rest = {key: _inlined(value, document, by_file) for key, value in node.items()}
    rest.pop("$defs", None)
    if "$ref" not in node:
        return rest
    file, _, pointer = rest.pop("$ref").partition("#")
    target_document = by_file[file] if file else document
    target = target_document
    for part in pointer.strip("/").split("/"):
        target = target[part] if part else target
    resolved = _inlined(target, target_document, by_file)
    if (set(rest) - {"description"}) & set(resolved):
        return {"allOf": [resolved, rest]}
    return {**resolved, **rest}


def schema_name(document: Any) -> str:
    """The schema a document answers to: ``error`` for an error object, else its command."""
    if isinstance(document, Mapping):
        if ERROR in document:
            return ERROR
        command = document.get("command")
        if isinstance(command, str) and command in validators():
            return command
    raise ContractViolation(f"no schema for this document: {_shown(document)}")


def valid(document: Any) -> bool:
    """Whether ``document`` matches its schema (stops at the first fault)."""
    try:
        name = schema_name(document)
    except ContractViolation:
        return False
    return bool(validators()[name].is_valid(document))


def problems(document: Any) -> list[str]:
    """What is wrong with ``document`` under its schema, one line each (empty when valid)."""
    try:
        name = schema_name(document)
    except ContractViolation as violation:
        return [str(violation)]
    if validators()[name].is_valid(document):
        return []
    found = []
    for error in sorted(validators()[name].iter_errors(document), key=lambda e: list(e.path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        found.append(f"schemas/{name}.schema.json at {where}: {error.message}")
    if found:
        best = best_match(validators()[name].iter_errors(document))
        found.insert(0, f"most relevant: {best.message} (at {best.json_path})")
    return found


def check(document: Any, origin: str) -> None:
    """Validate ``document`` and count it; raise :class:`ContractViolation` if it is invalid.

    What is validated is what a reader of stdout gets: the document after a JSON round trip.
    A text already found valid is not validated again (the suite writes many documents twice).
    """
    __tracebackhide__ = True
    started = time.perf_counter()
    try:
        text = json.dumps(document, ensure_ascii=False)
        found = [] if text in _valid_texts else problems(json.loads(text))
    finally:
        seconds[0] += time.perf_counter() - started
    if found:
        raise ContractViolation(
            f"JSON output breaks the published contract ({origin}):\n  "
            + "\n  ".join(found[:20])
            + f"\ndocument: {_shown(document)}"
        )
    _valid_texts.add(text)
    validated[schema_name(document)] += 1
    validated_from[origin] += 1


def loads(stdout: str | bytes, origin: str = "subprocess stdout") -> dict[str, Any]:
    """Parse a real process's ``--json`` stdout and validate it against its schema."""
    __tracebackhide__ = True
    document = json.loads(stdout)
    check(document, origin)
    assert isinstance(document, dict)
    return document


def _shown(document: Any, limit: int = 600) -> str:
    text = json.dumps(document, ensure_ascii=False)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def summary() -> str:
    """One line for pytest's terminal summary."""
    total = sum(validated.values())
    sources = ", ".join(f"{origin} {n}" for origin, n in sorted(validated_from.items()))
    per_schema = ", ".join(f"{name} {n}" for name, n in sorted(validated.items()))
    return (
        f"JSON contract: {total} documents validated against {len(validated)} schemas"
        f" ({len(_valid_texts)} distinct) in {seconds[0]:.2f} s"
        + (f" ({sources}; {per_schema})" if total else "")
    )
