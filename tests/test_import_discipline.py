"""Start-up discipline: heavy libraries stay unimported until a command needs them (issue 5).

Not timed: these tests look at *which* modules a fresh interpreter loads. The timing lives in
benchmarks/startup.py.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each of these costs tens of milliseconds at start-up; see benchmarks/startup.py.
HEAVY = ("rich", "dateutil.parser", "icalendar", "pydantic", "platformdirs")


def _imported(modules: set[str], roots: tuple[str, ...]) -> list[str]:
    """The names in ``roots`` that were imported themselves or through one of their modules."""
    return [r for r in roots if any(m == r or m.startswith(r + ".") for m in modules)]


def _modules_of_import(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split())


def _modules_of_run(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -X importtime -m primehelp ARGS``; every module imported is on stderr."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "primehelp", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, modules


def test_importing_the_cli_loads_no_heavy_module() -> None:
    modules = _modules_of_import("import primehelp.cli")
    assert "typer" in modules  # the probe works
    assert _imported(modules, HEAVY) == []


def test_version_loads_no_heavy_module_and_no_data() -> None:
    done, modules = _modules_of_run("--version")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("primehelp ")
    assert "primehelp.cli" in modules  # the probe works
    assert _imported(modules, (*HEAVY, "tomllib")) == []


@pytest.mark.parametrize(
    "args",
    [("contact", "--json"), ("check-number", "188", "--json"), ("sources", "--json")],
)
def test_json_output_does_not_load_rich(args: tuple[str, ...]) -> None:
    done, modules = _modules_of_run(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.lstrip().startswith("{")
    assert _imported(modules, HEAVY) == []


@pytest.mark.parametrize("args", [("--help",), ("contact", "--help")])
def test_help_does_not_load_rich(args: tuple[str, ...]) -> None:
    """Typer formats help with Rich unless ``rich_markup_mode=None``; we keep it plain."""
    done, modules = _modules_of_run(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp" in done.stdout
    assert _imported(modules, HEAVY) == []


def test_an_error_does_not_load_rich() -> None:
    done, modules = _modules_of_run("check-number", "not-a-number")
    assert done.returncode == 2
    assert _imported(modules, HEAVY) == []


def test_drawing_loads_rich_but_not_its_emoji_table() -> None:
    """Human output shows up as Rich imports (so the probe works), without the emoji table.

    Rich reads a ``str`` title or cell as markup, which imports ``rich._emoji_codes``; passing
    Rich text instead avoids it.
    """
    done, modules = _modules_of_run("contact")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "rich.console" in modules
    assert "rich._emoji_codes" not in modules
