"""Imports flow one way: cli → output → domain → infrastructure (issue 9, STYLE.md).

A static check over the source (AST), so an import inside a function or under
``TYPE_CHECKING`` counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import primehelp

PACKAGE = Path(__file__).resolve().parents[1] / "primehelp"
ENTRY = {"__main__.py"}  # `python -m primehelp`: it only hands over to primehelp.cli


def imported_by(path: Path) -> set[str]:
    """Every module ``path`` imports, with relative imports made absolute."""
    package = list(path.relative_to(PACKAGE.parent).parts[:-1])  # what `from . import` means
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def reaches(names: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == r or n.startswith(r + ".") for r in roots))


def modules(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py") if under else PACKAGE.rglob("*.py"))


DOMAIN = [
    path
    for path in modules()
    if path.relative_to(PACKAGE).parts[0] not in ("cli", "output") and path.name not in ENTRY
]


def name_of(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def test_the_layers_are_where_the_checks_look() -> None:
    names = {name_of(path) for path in DOMAIN}
    assert {"primehelp/dates.py", "primehelp/facts.py", "primehelp/data/__init__.py"} <= names
    assert not any(name.startswith(("primehelp/cli/", "primehelp/output/")) for name in names)
    assert "rich.table" in imported_by(PACKAGE / "output" / "contact.py")  # the probe works
    assert "primehelp.output.envelope" in imported_by(PACKAGE / "cli" / "running.py")


@pytest.mark.parametrize("path", DOMAIN, ids=name_of)
def test_the_domain_imports_no_cli_output_typer_or_rich(path: Path) -> None:
    forbidden = ("primehelp.cli", "primehelp.output", "typer", "click", "rich")
    assert reaches(imported_by(path), forbidden) == []


@pytest.mark.parametrize("path", modules("output"), ids=name_of)
def test_output_never_imports_the_cli_or_typer(path: Path) -> None:
    assert reaches(imported_by(path), ("primehelp.cli", "typer", "click")) == []


@pytest.mark.parametrize("name", ["envelope.py", "linebreak.py", "__init__.py"])
def test_the_json_envelope_and_the_line_breaker_never_import_rich(name: str) -> None:
    assert reaches(imported_by(PACKAGE / "output" / name), ("rich",)) == []


def test_the_output_package_itself_imports_nothing() -> None:
    assert imported_by(PACKAGE / "output" / "__init__.py") == set()


MAX_MODULE_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    """One room per job (issue 9): a module that grows past this is split. The data modules
    that tools/compile_data.py writes are data, not code, and are left out."""
    package = Path(primehelp.__file__).parent
    compiled = package / "data" / "compiled"
    long = {
        str(path.relative_to(package)): count
        for path in package.rglob("*.py")
        if compiled not in path.parents
        and (count := len(path.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
