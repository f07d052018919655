"""The README shows real output, documents every command, and gives the two commands."""

from __future__ import annotations

import re

import pytest

from primehelp.cli import app
from tests.support.readme_examples import README, example_output, examples

TEXT = README.read_text("utf-8")


@pytest.mark.parametrize(("args", "shown"), examples(TEXT), ids=[a for a, _ in examples(TEXT)])
def test_readme_example_is_real_output(args: str, shown: str) -> None:
    assert example_output(args) == shown, (
        "README example is stale: run `uv run python -m tests.support.readme_examples`"
    )


def test_readme_has_examples() -> None:
    assert len(examples(TEXT)) >= 3


def test_quick_start_gives_exactly_the_two_commands() -> None:
    quick_start = TEXT.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(uv run .+)$", quick_start, flags=re.MULTILINE)
    assert commands == ["uv run primehelp contact", "uv run pytest"]
    assert "pip install uv" in quick_start


def test_every_command_is_documented_with_an_example() -> None:
    import typer

    group = typer.main.get_command(app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert names
    shown = {args.split()[0] for args, _ in examples(TEXT)}
    for name in names:
        assert f"### `primehelp {name}" in TEXT, f"README has no section for {name}"
        assert name in shown, f"README has no real-output example for {name}"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (README.parent / ".ci" / "run").read_text("utf-8")
    assert "uv run pytest" in ci
