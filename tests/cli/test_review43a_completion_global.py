"""Review 43a, item 7: after ``--json`` or ``--lang X`` given before the command (the help says
they may come before it), Tab offered the command names again, in bash, zsh and fish, even as
the value of ``complain renewal --plan``. Now the completer moves them after the command, as a
run does: for every command, the answer is the one for the same options given after it."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

import primehelp.cli
from primehelp.cli.completing import answer
from primehelp.completion import FISH_ACTION_VAR, WORDS_VAR

BEFORE = ["--json", "--lang ja", "--lang=ja", "--json --lang ja"]
_CLI = [typer.main.get_command(primehelp.cli.app)]  # built once: every command's options


def _in_process(
    line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv(WORDS_VAR, line)
    monkeypatch.setenv("PRIMEHELP_LANG", "ja")
    monkeypatch.delenv(FISH_ACTION_VAR, raising=False)
    capsys.readouterr()
    assert answer(_CLI[0], {}, "complete_fish") == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("before", BEFORE)
def test_every_command_completes_the_same_after_a_global_option(
    before: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    every_command = _in_process("primehelp ", monkeypatch, capsys)
    for command in primehelp.cli.COMMANDS:
        for rest in ("", "--"):
            said = _in_process(f"primehelp {before} {command} {rest}", monkeypatch, capsys)
            after = _in_process(f"primehelp {command} {before} {rest}", monkeypatch, capsys)
            assert said == after, (before, command, rest)
            assert said != every_command or command == "completion", (before, command)


def _answer(shell: str, line: str) -> str:
    words = line.split()
    env = {"PRIMEHELP_LANG": "ja", "_PRIMEHELP_COMPLETE": f"complete_{shell}", "PATH": ""}
    if shell == "bash":
        env |= {
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - (0 if line.endswith(" ") else 1)),
        }
    else:
        env[WORDS_VAR] = line
    code = "import sys; sys.argv[0] = 'primehelp'; from primehelp.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    return done.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_quoted_lines_in_each_shell(shell: str) -> None:
    plans = _answer(shell, "primehelp --json complain renewal --plan ")
    assert "student-annual" in plans and "contact" not in plans
    topics = _answer(shell, "primehelp --lang ja complain ")
    assert "refund" in topics and "check-number" not in topics
    options = _answer(shell, "primehelp --lang ja check-number --")
    assert "--json" in options and "--version" not in options
    assert "refund" in _answer(shell, "primehelp --json sources ")
