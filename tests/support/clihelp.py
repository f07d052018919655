"""Run the CLI in-process the way a user would, and read its output."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from typer.testing import CliRunner

from primehelp.cli import app


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.stdout)
        return document


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
    """Invoke ``primehelp ARGS`` through the real Typer app (error handling included)."""
    result = CliRunner().invoke(app, list(args), env=env, input=stdin)
    return Run(exit_code=result.exit_code, stdout=result.stdout, stderr=result.stderr)


WIDE = {"COLUMNS": "1000"}  # one paragraph per line: nothing split by wrapping


def wide_stdout(*args: str) -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, env=WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout
