"""Keep the examples in README.md and docs/*.md real: each marked block is the actual output.

A block looks like::

    <!-- example: check-number 0120-999-373 --lang en -->
    ```text
    ...output...
    ```
    <!-- /example -->

`uv run python -m tests.support.readme_examples` rewrites the blocks of every document;
tests/cli/test_readme.py checks them. The environment is fixed (EXAMPLE_ENV): an example
without --lang is Japanese wherever it is regenerated.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
EXAMPLE_ENV = {
    "COLUMNS": "100",
    "TERM": "dumb",
    "NO_COLOR": "1",
    "PRIMEHELP_LANG": "ja",  # the default language, whatever the locale of the machine
    "PRIMEHELP_CONFIG_DIR": "/home/you/.config/primehelp",
    "PRIMEHELP_TODAY": "2026-12-02",  # the facts' age, for commands without --today
    # `remind status` reads systemd's unit folder and asks systemctl and crontab: here no
    # scheduler can be found and nothing is installed, the same on every machine.
    "XDG_CONFIG_HOME": "/home/you/.config",
    "PATH": "/nonexistent/primehelp-example-bin",
}
BLOCK = re.compile(
    r"(?P<open><!-- example: (?P<args>[^>]*?) -->\n)```(?P<kind>\w*)\n(?P<body>.*?)```\n(?P<close><!-- /example -->)",
    re.DOTALL,
)


def documents() -> list[Path]:
    """README.md, then every page of docs/ in name order."""
    return [README, *sorted(DOCS.glob("*.md"))]


def example_output(args: str) -> str:
    """The output a user sees for ``primehelp ARGS`` (stdout, then stderr), trailing spaces cut."""
    from typer.testing import CliRunner

    from primehelp.cli import app

    result = CliRunner().invoke(app, shlex.split(args), env=EXAMPLE_ENV)
    text = result.stdout + result.stderr
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def refreshed(text: str) -> str:
    """The document with every example block replaced by the command's real output."""

    def replace(match: re.Match[str]) -> str:
        body = example_output(match["args"])
        return f"{match['open']}```{match['kind']}\n{body}```\n{match['close']}"

    return BLOCK.sub(replace, text)


def examples(text: str) -> list[tuple[str, str]]:
    """(args, shown output) for each example block of a document."""
    return [(m["args"], m["body"]) for m in BLOCK.finditer(text)]


def all_examples() -> list[tuple[Path, str, str]]:
    """(document, args, shown output) for every example block of every document."""
    return [
        (path, *example) for path in documents() for example in examples(path.read_text("utf-8"))
    ]


def main() -> int:
    for path in documents():
        text = path.read_text("utf-8")
        new = refreshed(text)
        if new != text:
            path.write_text(new, "utf-8")
        count = len(examples(new))
        sys.stdout.write(f"{path.relative_to(ROOT)}: {count} examples refreshed\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
