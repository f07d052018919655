"""Compile ``primehelp/data/*.toml`` into ``primehelp/data/compiled/<name>.py`` (run after editing data).

    uv run python tools/compile_data.py           # rewrite the compiled modules
    uv run python tools/compile_data.py --check   # exit 1 if any is missing or out of date

The TOML files are the source of truth. Each is validated (:func:`primehelp.data_check.parse_data`:
every fact's sources, confidence and check date) and written as a Python module holding the same
tables, so a command imports its data from bytecode instead of importing ``tomllib`` and parsing
TOML at every start-up (measured in benchmarks/README.md). Nothing is written at run time:
the modules are part of the source tree and of the wheel, like any other module.
``tests/test_compiled_data.py`` fails when a compiled module differs from its TOML.
"""

from __future__ import annotations

import argparse
import pprint
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from primehelp.data_check import parse_data  # noqa: E402
from primehelp.facts import DATA_DIR, data_names  # noqa: E402

COMPILED_DIR = DATA_DIR / "compiled"

HEADER = '''\
"""Generated from primehelp/data/{name}.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = '''


def compiled_text(name: str) -> str:
    """The module text for ``data/<name>.toml`` (validated; a broken file raises DataError)."""
    file = f"{name}.toml"
    table = parse_data(file, (DATA_DIR / file).read_text("utf-8"))
    return HEADER.format(name=name) + pprint.pformat(table, width=100, sort_dicts=False) + "\n"


def expected_files() -> dict[Path, str]:
    """Every compiled module, path → text, including the package's ``__init__.py``."""
    files = {COMPILED_DIR / f"{name}.py": compiled_text(name) for name in data_names()}
    files[COMPILED_DIR / "__init__.py"] = (
        '"""The bundled data compiled from ../*.toml by tools/compile_data.py: do not edit."""\n'
    )
    return files


def stale_files() -> list[str]:
    """Compiled modules that are missing, differ from their TOML, or have no TOML any more."""
    expected = expected_files()
    stale = [
        path.name
        for path, text in expected.items()
        if not path.is_file() or path.read_text("utf-8") != text
    ]
    present = set(COMPILED_DIR.glob("*.py")) if COMPILED_DIR.is_dir() else set()
    stale += sorted(path.name for path in present - set(expected))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date modules")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"out of date: primehelp/data/compiled/{name}", file=sys.stderr)
        return 1 if stale else 0
    COMPILED_DIR.mkdir(exist_ok=True)
    expected = expected_files()
    for path in set(COMPILED_DIR.glob("*.py")) - set(expected):
        path.unlink()
    for path, text in expected.items():
        if not path.is_file() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
