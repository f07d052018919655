"""Review 42a item 19 (R-minor): bash completion of `primehelp sources Pr<Tab>` inserted
`Prime Student` unquoted, and the command then refused 「Student」 as a second TOPIC. Now bash
gets every value with a space escaped (one shell word, whatever the command), and `sources`
reads two words that together name a topic as that topic. Review 41a item 19: a command's name
(`sources check-message`) names its topic."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import primehelp.cli
from primehelp.content import topics
from tests.support.clihelp import run


def _bash_answer(words: list[str]) -> list[str]:
    """What primehelp prints to bash's script for ``words`` (the last one being typed)."""
    env = {
        "PRIMEHELP_LANG": "ja",
        "_PRIMEHELP_COMPLETE": "complete_bash",
        "PATH": "",
        "COMP_WORDS": "\n".join(words),  # the script joins COMP_WORDS with IFS=$'\n'
        "COMP_CWORD": str(len(words) - 1),
    }
    code = "import sys; sys.argv[0] = 'primehelp'; from primehelp.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    return done.stdout.splitlines()


def _arguments_offered() -> list[list[str]]:
    """Every command's first argument, and `sources` after a word: the lines to complete."""
    lines = [["primehelp", command, ""] for command in primehelp.cli.COMMANDS]
    return [*lines, ["primehelp", "sources", "Pr"], ["primehelp", "sources", "Prime\\ S"]]


@pytest.mark.parametrize("words", _arguments_offered(), ids=lambda w: " ".join(w))
def test_every_value_bash_is_offered_is_one_shell_word(words: list[str]) -> None:
    for line in _bash_answer(words):
        assert len(shlex.split(line)) == 1, line


def test_the_spaced_topic_is_offered_escaped() -> None:
    assert _bash_answer(["primehelp", "sources", "Pr"]) == ["Prime\\ Student"]
    assert _bash_answer(["primehelp", "sources", "Prime\\ S"]) == ["Prime\\ Student"]
    offered = [shlex.split(line)[0] for line in _bash_answer(["primehelp", "sources", ""])]
    for topic in topics.load():  # every name is still offered, as one word
        assert topic.name.ja in offered and topic.name.en in offered


def test_real_bash_inserts_a_word_the_command_accepts(tmp_path: Path) -> None:
    """Review 42a item 19 as typed: Tab, then Enter (bash's own COMPREPLY, then the line run)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "primehelp"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m primehelp "$@"\n', "utf-8")
    program.chmod(0o755)
    script = """
source <(primehelp completion bash)
COMP_WORDS=(primehelp sources Pr); COMP_CWORD=2; COMPREPLY=()
_primehelp_completion primehelp Pr
echo "${COMPREPLY[0]}"
eval "primehelp sources ${COMPREPLY[0]} --json" > /dev/null && echo accepted
"""
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    env = {k: v for k, v in env.items() if not k.startswith("_PRIMEHELP")}
    env["PRIMEHELP_LANG"] = "ja"
    done = subprocess.run(
        ["bash", "--norc", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.splitlines() == ["Prime\\ Student", "accepted"], done.stderr


def _ids(*args: str) -> list[str]:
    result = run("sources", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [item["id"] for item in result.json()["data"]["facts"]]


def test_two_words_that_name_a_topic_are_that_topic() -> None:
    assert _ids("Prime", "Student") == _ids("Prime Student") == _ids("student")
    assert _ids("amazon", "prime") == _ids("prime")
    human = run("sources", "Prime", "Student", "--lang", "ja")
    assert human.exit_code == 0, human.stderr


def test_two_words_that_name_nothing_name_the_rule() -> None:
    """Two topics are still refused as before (review 20a S 10, 28a item 2)."""
    result = run("sources", "Prime", "nothing", "--lang", "ja")
    assert result.exit_code == 2
    # review 43a item 12: the words given are named
    assert "話題は1つだけ指定できます（「Prime」と「nothing」が指定されています）" in result.stderr


@pytest.mark.parametrize(
    ("command", "topic"), [("check-message", "scams"), ("check-number", "phone-numbers")]
)
def test_a_command_name_names_its_topic(command: str, topic: str) -> None:
    """Review 41a item 19: `sources check-message` was refused."""
    assert _ids(command) == _ids(topic)
