"""Keep the README's examples real: each marked block is the command's actual output.

A block in README.md looks like::

    <!-- example: check-number 0120-999-373 --lang en -->
    ```text
    ...output...
    ```
    <!-- /example -->

`uv run python -m tests.support.readme_examples` rewrites the blocks; tests/test_readme.py checks them.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_ENV = {
    "COLUMNS": "100",
    "TERM": "dumb",
    "NO_COLOR": "1",
    "PRIMEHELP_CONFIG_DIR": "/home/you/.config/primehelp",
    "PRIMEHELP_TODAY": "2026-12-02",  # the facts' age, for commands without --today
}
BLOCK = re.compile(
    r"(?P<open><!-- example: (?P<args>[^>]*?) -->\n)```(?P<kind>\w*)\n(?P<body>.*?)```\n(?P<close><!-- /example -->)",
    re.DOTALL,
)


def example_output(args: str) -> str:
    """The output a user sees for ``primehelp ARGS`` (stdout, then stderr), trailing spaces cut."""
    from typer.testing import CliRunner

    from primehelp.cli import app

    result = CliRunner().invoke(app, shlex.split(args), env=EXAMPLE_ENV)
    text = result.stdout + result.stderr
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def refreshed(readme: str) -> str:
    """The README with every example block replaced by the command's real output."""

    def replace(match: re.Match[str]) -> str:
        body = example_output(match["args"])
        return f"{match['open']}```{match['kind']}\n{body}```\n{match['close']}"

    return BLOCK.sub(replace, readme)


def examples(readme: str) -> list[tuple[str, str]]:
    """(args, shown output) for each example block."""
    return [(m["args"], m["body"]) for m in BLOCK.finditer(readme)]


if __name__ == "__main__":
    text = README.read_text("utf-8")
    new = refreshed(text)
    README.write_text(new, "utf-8")
    sys.stdout.write(f"{len(examples(new))} examples refreshed in {README.name}\n")
