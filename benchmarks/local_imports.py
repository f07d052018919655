"""Count the imports made inside functions in primehelp/ (issue 9: only lazy command and view
modules and heavy libraries may be imported there).

    uv run python benchmarks/local_imports.py            # count per imported module
    uv run python benchmarks/local_imports.py --list     # every one, with its place
"""

from __future__ import annotations

import argparse
import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "primehelp"


def local_imports(root: Path = PACKAGE) -> list[tuple[str, int, str]]:
    """(file, line, imported module) for every import statement inside a function body."""
    found: list[tuple[str, int, str]] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = "." * node.level + (node.module or "")
                    names = [base] if node.module else [f"{base}{a.name}" for a in node.names]
                else:
                    continue
                relative = path.relative_to(root.parent).as_posix()
                found.extend((relative, node.lineno, name) for name in names)
    # An import in a nested function is inside its outer function too: count it once.
    return sorted(set(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every import with its place")
    args = parser.parse_args()
    found = local_imports()
    if args.list:
        for file, line, name in found:
            print(f"{file}:{line}: {name}")
    statements = {(file, line) for file, line, _ in found}
    print(f"{len(statements)} import statements inside functions ({len(found)} modules named)")
    for name, count in Counter(name for _, _, name in found).most_common():
        print(f"{count:4}  {name}")


if __name__ == "__main__":
    main()
