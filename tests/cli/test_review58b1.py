"""Review 58b, B 1: `renewal DATE --json` with a date long past and no --plan named the date
given in `action.command` while the screen (and `action.text`) named the charge counted on
from it (`primehelp cancel --renewal 2026-12-07` on the screen, `--renewal 2025-12-07` in JSON)."""

from __future__ import annotations

import json
import re

import pytest

from tests.support.clihelp import run

ENV = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-07"}


def _action(lang: str, date: str) -> dict[str, object]:
    done = run("renewal", date, "--json", "--lang", lang, env=ENV)
    assert done.exit_code == 0, done.stderr
    action = json.loads(done.stdout)["data"]["action"]
    assert isinstance(action, dict)
    return action


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("date", "command"),
    [
        ("2025-12-07", "primehelp cancel --renewal 2026-12-07"),  # a year ago: renewal today
        ("2026-11-07", "primehelp cancel --renewal 2026-12-07"),  # monthly renewal today
        ("2024-11-05", "primehelp cancel --renewal 2026-12-05"),  # monthly charged 2 days ago
        ("2026-11-09", "primehelp cancel --renewal 2026-11-09"),  # charged 28 days ago
    ],
)
def test_the_json_command_is_the_one_the_screen_names(lang: str, date: str, command: str) -> None:
    action = _action(lang, date)
    assert action["act"] == "end_now"
    assert action["command"] == command
    named = re.findall(r"`(primehelp cancel[^`]*)`", str(action["text"]))
    assert named == [command]
    assert action["charged_on"] == command.rsplit(" ", 1)[1]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_screen_names_the_same_command(lang: str) -> None:
    done = run("renewal", "2025-12-07", "--lang", lang, env=ENV)
    assert "`primehelp cancel --renewal 2026-12-07`" in done.stdout
    assert "--renewal 2025-12-07" not in done.stdout
