"""Review 41a item 13: a mistyped option before the command (`primehelp --jsn check-number …`)
was answered 「コマンドを指定してください」 although the command was given. For every command,
before it (alone or after ``--lang``/``--json``), the unknown option is named with the near
option it meant and the command's own help, as the same typo after the command is."""

from __future__ import annotations

import pytest

from primehelp.cli import COMMANDS
from tests.support.clihelp import run


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("first", [(), ("--lang", "ja"), ("--json",)], ids=str)
def test_a_typo_before_a_command_is_answered_as_after_it(
    command: str, first: tuple[str, ...]
) -> None:
    before = run(*first, "--jsn", command, "--lang", "ja")
    after = run(command, "--jsn", "--lang", "ja", *first)
    assert before.exit_code == after.exit_code == 2
    said = before.stderr if "--json" not in first else before.json()["error"]["message"]
    assert "コマンドを指定してください" not in said, said
    assert "`--json` のことですか？" in said, said
    assert f"`primehelp {command} --help`" in said, said
    if not first:
        assert said == after.stderr, (said, after.stderr)


def test_in_english_and_with_no_near_option() -> None:
    said = run("--lang", "en", "--jsn", "contact").stderr
    assert "unknown option '--jsn'; did you mean `--json`? see `primehelp contact --help`" in said
    said = run("--frobnicate", "contact", "--lang", "en").stderr
    assert "did you mean" not in said and "see `primehelp contact --help`" in said, said


def test_with_no_command_it_still_asks_for_one() -> None:
    said = run("--lang", "ja", "--jsn").stderr
    assert "コマンドを指定してください" in said, said
