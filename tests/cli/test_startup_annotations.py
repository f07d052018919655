"""Start-up discipline: the named tuples a command creates at start-up have real annotations.

With ``from __future__ import annotations`` every annotation is a string, and
``typing.NamedTuple`` turns each field's string into a ``ForwardRef``, which compiles it: 140
calls of ``compile`` at every start of ``charge --json`` (3 % of its instructions, counted with
``valgrind --tool=callgrind``). The modules loaded at start-up by the commands below therefore
do without the future import (a name defined later is quoted, a name imported only for type
checking too). Not timed: the tests look at the classes a fresh interpreter made.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

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
