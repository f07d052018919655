"""The published JSON contract (``schemas/``): strict, complete, and enforced.

The schemas themselves are checked here (one per command, strict at every level); the
golden transcripts' JSON documents are validated; a renamed or dropped field is shown to fail;
and the session-wide hook that validates every in-process document is shown to be in place.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from tests.support import json_contract, json_contract_plugin
from tests.support.golden import GROUPS, recorded

# Fields a document may leave out (every other field is always present, null when empty).
OPTIONAL = {("complain", "data", "copied")}


def golden_documents() -> Iterator[tuple[str, dict[str, Any]]]:
    """(command line, document) for every JSON stdout kept in the golden transcripts."""
    for group in GROUPS:
        for command, _, stdout in recorded(group):
            if stdout.lstrip().startswith("{"):
                yield command, json.loads(stdout)


GOLDEN = list(golden_documents())


def one_per_schema() -> dict[str, dict[str, Any]]:
    """The largest golden document of each schema (the one with the most fields to break)."""
    chosen: dict[str, dict[str, Any]] = {}
    for _, document in GOLDEN:
        name = json_contract.schema_name(document)
        if len(json.dumps(document)) > len(json.dumps(chosen.get(name, {}))):
            chosen[name] = document
    return chosen


EXAMPLES = one_per_schema()


# ---------------------------------------------------------------- the schemas


def test_there_is_one_schema_per_command_and_one_for_errors() -> None:
    commands = {
        info.name or info.callback.__name__.replace("_", "-")
        for info in app.registered_commands
        if info.callback is not None
    }
    assert set(json_contract.validators()) == commands | {json_contract.ERROR}


def _objects(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "properties" in node and "type" in node:
            yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _objects(value, f"{where}/{i}")


@pytest.mark.parametrize("path", sorted(json_contract.SCHEMA_DIR.glob("*.schema.json")), ids=str)
def test_every_object_is_closed_and_its_fields_required(path: Any) -> None:
    schema = json.loads(path.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/" + path.name)
    found = list(_objects(schema, ""))
    assert found or path.name == "common.schema.json"
    for where, node in found:
        assert node["type"] == "object", where
        assert node.get("additionalProperties") is False, f"{path.name}{where}"
        optional = set(node["properties"]) - set(node["required"])
        allowed = {
            field for schema_name, *_, field in OPTIONAL if path.name.startswith(schema_name)
        }
        assert optional <= allowed, f"{path.name}{where}: not required: {sorted(optional)}"
        for name, field in node["properties"].items():
            assert "description" in field or "$ref" in field or "const" in field, (
                f"{path.name}{where}/{name} has no description"
            )


# ---------------------------------------------------------------- the golden transcripts


def test_every_json_document_in_the_golden_transcripts_matches_its_schema() -> None:
    assert len(GOLDEN) >= 150  # commands.txt: every branch in both languages; readme.txt
    for command, document in GOLDEN:
        try:
            json_contract.check(document, "golden files")
        except json_contract.ContractViolation as violation:
            pytest.fail(f"{command}\n{violation}")
    # Every schema is exercised by some kept output.
    assert set(EXAMPLES) == set(json_contract.validators())


# ---------------------------------------------------------------- a rename fails


def _renamed(document: dict[str, Any], path: tuple[Any, ...], new_name: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    parent[new_name] = parent.pop(path[-1])
    return changed


def _dropped(document: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    del parent[path[-1]]
    return changed


def _fields(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every object key in a document (the first item of each list only)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _fields(value, (*path, key))
    elif isinstance(node, list) and node:
        yield from _fields(node[0], (*path, 0))


def test_renaming_a_field_fails_with_both_names() -> None:
    document = EXAMPLES["renewal"]
    assert json_contract.problems(document) == []
    broken = _renamed(document, ("data", "cancel_by"), "cancel_before")
    found = "\n".join(json_contract.problems(broken))
    assert "'cancel_before' was unexpected" in found
    assert "'cancel_by' is a required property" in found
    with pytest.raises(json_contract.ContractViolation, match="cancel_before"):
        json_contract.loads(json.dumps(broken))


def test_dropping_a_required_field_fails() -> None:
    document = EXAMPLES["cancel"]
    broken = _dropped(document, ("data", "steps", 0, "label_ja"))
    assert json_contract.problems(broken)[1:] == [
        "schemas/cancel.schema.json at data/steps/0: 'label_ja' is a required property"
    ]


def _judged(document: dict[str, Any], name: str) -> bool:
    """Whether ``document`` is valid under schema ``name``, checking that the suite's fast
    validators (references inlined) judge it as the published files do with ``$ref`` resolved
    by ``referencing``."""
    fast = json_contract.validators()[name].is_valid(document)
    assert json_contract.reference_validators()[name].is_valid(document) == fast
    assert json_contract.valid(document) == fast or "command" not in document
    return bool(fast)


def test_the_fast_validators_judge_the_golden_outputs_like_the_published_files() -> None:
    for _, document in GOLDEN:
        assert _judged(document, json_contract.schema_name(document))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_field_of_a_real_output_is_pinned(name: str) -> None:
    """Renaming any field at any level fails; so does dropping it, unless it is optional."""
    document = EXAMPLES[name]
    assert json_contract.problems(document) == []
    paths = list(_fields(document))
    assert len(paths) >= 5
    for path in paths:
        assert not _judged(_renamed(document, path, f"{path[-1]}_renamed"), name), path
        keys = tuple(part for part in path if isinstance(part, str))
        if (name, *keys) not in OPTIONAL:
            assert not _judged(_dropped(document, path), name), path


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("data", "renewal_date"), "2026-02-30"),  # not a date
        (("data", "renewal_date"), "2026/12/31"),
        (("data", "status"), "past"),  # not one of the statuses
        (("data", "plan"), "yearly"),
        (("data", "days_until_renewal"), "3"),  # a string, not an integer
        (("lang",), "fr"),
        (("schema_version",), 2),
    ],
)
def test_wrong_values_fail(where: tuple[str, ...], value: Any) -> None:
    broken = copy.deepcopy(EXAMPLES["renewal"])
    parent = broken
    for part in where[:-1]:
        parent = parent[part]
    parent[where[-1]] = value
    assert not _judged(broken, "renewal")


# ---------------------------------------------------------------- the in-process hook


def test_the_writer_hook_validates_what_the_cli_writes() -> None:
    module, name = json_contract_plugin.writer_target()
    assert hasattr(getattr(module, name), "__wrapped__"), f"{json_contract.JSON_WRITER} not hooked"
    before = json_contract.validated.copy()
    assert CliRunner().invoke(app, ["contact", "--json"]).exit_code == 0
    assert CliRunner().invoke(app, ["check-number", "abc", "--json"]).exit_code == 2
    assert CliRunner().invoke(app, ["no-such-command", "--json"]).exit_code == 2
    after = json_contract.validated - before
    assert after == {"contact": 1, "error": 2}  # success and both error paths go through it


def test_a_bad_document_written_in_process_is_caught(capsys: pytest.CaptureFixture[str]) -> None:
    module, name = json_contract_plugin.writer_target()
    broken = _renamed(EXAMPLES["fees"], ("data", "checked"), "checked_on")
    getattr(module, name)(broken)
    assert json.loads(capsys.readouterr().out) == broken  # written as before
    caught = list(json_contract_plugin.pending)
    json_contract_plugin.pending.clear()  # this test wrote it on purpose
    assert len(caught) == 1
    assert "'checked_on' was unexpected" in str(caught[0])
