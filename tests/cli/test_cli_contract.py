"""Every command keeps the same contract: help with an example, --lang, --json envelope."""

from __future__ import annotations

import re

import pytest
import typer

from primehelp.cli import app
from tests.support.clihelp import run
from tests.support.profiles import ANNUAL

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]

# The smallest successful call of each command (a fixed --today keeps the output stable).
MINIMAL_CALL = {
    "contact": ["contact"],
    "check-number": ["check-number", "188"],
    "check-message": [
        "check-message",
        "--text",
        "Amazonプライムの更新のお知らせ https://amzn.asia/d/7Xk2pQ",
    ],
    "sources": ["sources"],
    "renewal": ["renewal", "2026-12-31", "--today", "2026-11-25"],
    "trial": ["trial", "2026-11-25", "--today", "2026-11-25"],
    "fees": ["fees"],
    "charge": ["charge", "980", "AMAZON", "DOWNLOADS"],
    "subscriptions": ["subscriptions"],
    "profile": ["profile"],
    "cancel": ["cancel", "--no-interactive"],
    "complain": ["complain", "renewal"],
    "completion": ["completion", "bash"],
    "due": ["due", "--today", "2026-12-27", "--verbose"],  # with MINIMAL_ENV: nothing due yet
    "remind": ["remind", "status"],
}
# The environment a minimal call needs beyond the test's own: `due` reads a saved profile.
MINIMAL_ENV: dict[str, dict[str, str]] = {"due": ANNUAL}


def test_every_command_has_a_minimal_call() -> None:
    assert sorted(MINIMAL_CALL) == COMMANDS


@pytest.mark.parametrize(("lang", "example"), [("en", "Examples?: "), ("ja", "例：")])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example_and_the_common_options(command: str, lang: str, example: str) -> None:
    result = run(command, "--help", "--lang", lang)
    assert result.exit_code == 0
    assert re.search(rf"{example}\s*primehelp {command}", result.stdout)  # a long one may wrap
    assert "--lang" in result.stdout
    assert "--json" in result.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_json_envelope(command: str, lang: str) -> None:
    result = run(*MINIMAL_CALL[command], "--json", "--lang", lang, env=MINIMAL_ENV.get(command))
    assert result.exit_code == 0, result.stderr
    document = result.json()
    assert list(document) == ["schema_version", "command", "lang", "data"]
    assert document["schema_version"] == 1
    assert document["command"] == command
    assert document["lang"] == lang
    assert isinstance(document["data"], dict) and document["data"]


@pytest.mark.parametrize("command", COMMANDS)
def test_human_output_in_both_languages_differs(command: str) -> None:
    ja = run(*MINIMAL_CALL[command], "--lang", "ja", env=MINIMAL_ENV.get(command))
    en = run(*MINIMAL_CALL[command], "--lang", "en", env=MINIMAL_ENV.get(command))
    assert ja.exit_code == en.exit_code == 0
    assert ja.stdout.strip() and en.stdout.strip()
    assert ja.stdout != en.stdout
    assert "\x1b[" not in ja.stdout + en.stdout  # no colour codes when not on a terminal
