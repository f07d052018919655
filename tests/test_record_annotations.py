"""Start-up (round 51): typing.NamedTuple compiles each string annotation into a ForwardRef,
about 10 µs a field, so the modules whose records every check-message or cancel run creates are
written without ``from __future__ import annotations``; only a name imported for type checking
alone stays a string.

Session 36 extended this to every module whose named tuples the commands below create at
start-up: ``charge --json`` compiled 140 annotations at every start (3 % of its instructions,
counted with ``valgrind --tool=callgrind``). Not timed: the tests look at the classes a fresh
interpreter made.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest

# module → the fields whose type is imported for type checking only (a string, on purpose)
MODULES = {
    "primehelp.message": {"authentication", "phone_numbers"},
    "primehelp.message_read": set(),
    "primehelp.cancellation": set(),
}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_named_tuples_are_created_without_compiling_their_annotations(name: str) -> None:
    module = importlib.import_module(name)
    records = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, tuple)
        and hasattr(value, "_fields")
        and value.__module__ == name
    ]
    assert len(records) >= 3
    for record in records:
        compiled = {
            field
            for field, kind in record.__annotations__.items()
            if isinstance(kind, typing.ForwardRef)
        }
        assert compiled <= MODULES[name], (record.__name__, compiled)


FIXTURES = Path(__file__).resolve().parent / "fixtures"

# A fresh interpreter runs the command, then lists, for each named tuple of primehelp's modules,
# the fields whose annotation is a string or a ForwardRef (compiled at start-up).
_PROBE = """
import contextlib, io, json, sys, typing
sys.argv = ["primehelp", *json.loads(sys.argv[1])]
from primehelp.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
found = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("primehelp"):
        continue
    for value in list(vars(module).values()):
        if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields"):
            if value.__module__ != name:
                continue
            text = [f for f, t in getattr(value, "__annotations__", {}).items() if isinstance(t, (str, typing.ForwardRef))]
            if text:
                found[f"{name}.{value.__qualname__}"] = text
print(json.dumps({"found": found, "dataclasses": "dataclasses" in sys.modules}))
"""

# Fields that stay strings on purpose: a class naming itself, or a name imported only for type
# checking because importing it would cost the command more than compiling the annotation.
EXPECTED = {
    "primehelp.cli.saved_cancel.SavedUse": ["paid", "trial_end", "profile"],  # cancellation
    "primehelp.content.cancel.CancelStep": ["trial", "renewal_day", "app"],  # itself
}

COMMANDS = [
    ("charge", "600", "--date", "2026-11-01", "--json"),
    ("charge", "980", "AMAZON", "DOWNLOADS", "--lang", "ja"),
    ("contact", "--lang", "ja"),
    ("renewal", "2026-12-31", "--plan", "monthly", "--lang", "ja"),
    ("cancel", "--no-interactive", "--lang", "ja"),
    ("fees", "--lang", "ja"),
    ("charge", "--statement", str(FIXTURES / "review46c" / "v2.csv"), "--lang", "ja"),
    ("subscriptions", "--lang", "ja"),
    ("check-number", "0120-999-373", "--lang", "ja"),
    ("due", "--lang", "en"),
]


def _probe(args: tuple[str, ...], tmp_config: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
        env={"PRIMEHELP_CONFIG_DIR": tmp_config, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_the_named_tuples_made_at_start_up_have_no_string_annotations(
    args: tuple[str, ...], tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = _probe(args, str(tmp_path_factory.mktemp("config")))
    found = result["found"]
    assert isinstance(found, dict)
    assert {k: v for k, v in found.items() if EXPECTED.get(k) != v} == {}


def test_charge_json_does_not_import_dataclasses(tmp_path_factory: pytest.TempPathFactory) -> None:
    # statement_abroad imports dataclasses only where a statement row is changed (0.5 ms).
    result = _probe(COMMANDS[0], str(tmp_path_factory.mktemp("config")))
    assert result["dataclasses"] is False
