"""README.md and docs/ show real output, document every command, and stay short and linked.

Examples are regenerated with ``uv run python -m tests.support.readme_examples``.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from primehelp.cli import COMMANDS, app
from tests.support.readme_examples import (
    DOCS,
    README,
    ROOT,
    all_examples,
    documents,
    example_output,
    examples,
)

TEXT = README.read_text("utf-8")
EXAMPLES = all_examples()
README_LIMIT = 12 * 1024  # bytes: a README a member reads in a minute (issue 16)


@pytest.mark.parametrize(
    ("document", "args", "shown"),
    EXAMPLES,
    ids=[f"{path.relative_to(ROOT)}: {args}" for path, args, _ in EXAMPLES],
)
def test_example_is_real_output(document: Path, args: str, shown: str) -> None:
    assert example_output(args) == shown, (
        f"an example in {document.relative_to(ROOT)} is stale: "
        "run `uv run python -m tests.support.readme_examples`"
    )


def test_readme_is_short() -> None:
    assert len(README.read_bytes()) <= README_LIMIT


def test_quick_start_gives_exactly_the_two_commands() -> None:
    quick_start = TEXT.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(uv run .+)$", quick_start, flags=re.MULTILINE)
    assert commands == ["uv run primehelp contact", "uv run pytest"]
    assert "pip install uv" in quick_start


def test_readme_says_how_to_install_upgrade_and_uninstall() -> None:
    for line in ("uv tool install", "pipx install", "pip install", "uv tool upgrade",
                 "uv tool uninstall", "pipx uninstall", "pip uninstall",
                 "primehelp profile --clear", "primehelp remind uninstall"):  # fmt: skip
        assert line in TEXT, line


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "uv run pytest" in ci


# ------------------------------------------------------------------ one page per command


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_its_page_with_real_output_in_both_languages(name: str) -> None:
    page = DOCS / f"{name}.md"
    assert page.exists(), f"docs/{name}.md is missing (one page per command)"
    text = page.read_text("utf-8")
    assert text.startswith(f"# `primehelp {name}")
    runs = [args.split() for args, _ in examples(text)]
    assert any(run[0] == name and "en" in run for run in runs), f"no --lang en example of {name}"
    assert any(run[0] == name and "ja" in run for run in runs), f"no --lang ja example of {name}"
    assert "## JSON" in text and f"schemas/{name}.schema.json" in text
    assert f"](docs/{name}.md)" in TEXT, f"README does not link docs/{name}.md"
    assert f"]({name}.md)" in (DOCS / "README.md").read_text("utf-8")


def test_the_docs_index_links_every_page() -> None:
    index = (DOCS / "README.md").read_text("utf-8")
    for page in sorted(DOCS.glob("*.md")):
        if page.name != "README.md":
            assert f"]({page.name})" in index, f"docs/README.md does not link {page.name}"


# ------------------------------------------------------------------ links


MARKDOWN = [
    *documents(),
    ROOT / "ARCHITECTURE.md",
    ROOT / "CHANGELOG.md",
    ROOT / "schemas" / "README.md",
    ROOT / "benchmarks" / "README.md",
]
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def _anchors(markdown: str) -> set[str]:
    """GitHub's anchors for the headings of a Markdown text."""
    found = set()
    prose = re.sub(r"^```.*?^```", "", markdown, flags=re.MULTILINE | re.DOTALL)
    for heading in re.findall(r"^#{1,6} (.+)$", prose, flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


@pytest.mark.parametrize("document", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_leads_somewhere(document: Path) -> None:
    text = document.read_text("utf-8")
    for match in LINK.finditer(text):
        target = match["target"]
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        path, _, anchor = target.partition("#")
        resolved = (document.parent / path).resolve() if path else document
        assert resolved.exists(), f"{document.relative_to(ROOT)}: {target} does not exist"
        if anchor and resolved.suffix == ".md":
            assert anchor in _anchors(resolved.read_text("utf-8")), (
                f"{document.relative_to(ROOT)}: no heading #{anchor} in {path or 'this file'}"
            )


def test_the_link_check_finds_a_broken_link(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n[a](missing.md) [b](#title) [c](#nope)\n", "utf-8")
    targets = [m["target"] for m in LINK.finditer(page.read_text("utf-8"))]
    assert targets == ["missing.md", "#title", "#nope"]
    assert _anchors(page.read_text("utf-8")) == {"title"}


# ------------------------------------------------------------------ the commands shown


def shown_commands(markdown: str) -> list[list[str]]:
    """Every simple `primehelp ...` line of the ```sh blocks (no pipes or redirections)."""
    found = []
    for block in re.findall(r"^```sh\n(.*?)^```", markdown, flags=re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            line = line.strip()
            if not line.startswith("primehelp ") or re.search(r"[|<>;&]|\$\(", line):
                continue
            found.append(shlex.split(line, comments=True)[1:])
    return found


@pytest.mark.parametrize("document", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_command_line_shown_runs(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In order, sharing one scratch home: `renewal --save` then `renewal` uses the saved date."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.chdir(tmp_path)
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PRIMEHELP_CONFIG_DIR": str(home / ".config" / "primehelp"),
        "PRIMEHELP_TODAY": "2026-12-02",
    }
    for args in shown_commands(document.read_text("utf-8")):
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code in (0, 1), (args, result.stdout[-500:], result.stderr[-500:])


def test_the_readme_shows_a_command_line_for_every_task() -> None:
    shown = {args[0] for args in shown_commands(TEXT) if args}
    assert {"contact", "check-number", "check-message", "cancel", "renewal", "trial"} <= shown
    assert any("--ics" in args for args in shown_commands(TEXT))  # the reminder
