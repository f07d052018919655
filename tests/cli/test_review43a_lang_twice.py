"""Review 43a, S 24: with PRIMEHELP_LANG=ja, `primehelp --lang en --lang ja fees` gave an English
error and `--lang ja fees --lang en` a Japanese one: the first --lang chose the language of the
error that refuses them both. Two that differ now say nothing; the environment's language is
the error's, for every order and place of the two and every command."""

from __future__ import annotations

import itertools

import pytest

from primehelp.cli import COMMANDS
from tests.support.clihelp import run

START = {
    "ja": "primehelp: エラー: `--lang` が2回指定されています",
    "en": "primehelp: error: `--lang` was",
}
ARGS = {"renewal": ["2026-12-20"], "check-number": ["188"], "completion": ["bash"]}


@pytest.mark.parametrize("env_lang", ["ja", "en"])
def test_the_error_is_in_the_environment_s_language(env_lang: str) -> None:
    for command in COMMANDS:
        args = [command, *ARGS.get(command, [])]
        for first, second in itertools.permutations(["ja", "en"]):
            for where in (
                ["--lang", first, "--lang", second, *args],
                ["--lang", first, *args, "--lang", second],
                [*args, f"--lang={first}", "--lang", second],
            ):
                done = run(
                    *where, env={"PRIMEHELP_LANG": env_lang, "PRIMEHELP_TODAY": "2026-12-06"}
                )
                assert done.exit_code == 2, where
                assert done.stderr.startswith(START[env_lang]), (where, done.stderr)
