"""Review 39a S 24: `primehelp --<Tab>` offered only --version and --help (the help says --lang
and --json may come before the command), and `primehelp sources <Tab>` offered no topic words.
Every shell, both languages: the answer the completion script gets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from primehelp.content import topics


def _answer(shell: str, line: str, lang: str) -> str:
    words = line.split()
    env = {"PRIMEHELP_LANG": lang, "_PRIMEHELP_COMPLETE": f"complete_{shell}", "PATH": ""}
    if shell == "bash":
        env |= {
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - (0 if line.endswith(" ") else 1)),
        }
    else:
        env["_PRIMEHELP_COMPLETE_ARGS"] = line
    code = "import sys; sys.argv[0] = 'primehelp'; from primehelp.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    return done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_options_before_the_command_are_offered(shell: str, lang: str) -> None:
    said = _answer(shell, "primehelp --", lang)
    for option in ("--lang", "--json", "--help", "--version"):
        assert option in said, said
    assert "--json" not in _answer(shell, "primehelp --l", lang)
    if shell != "bash":  # with its description, in the member's language
        assert ("言語" if lang == "ja" else "language") in said


@pytest.mark.parametrize("shell", ["bash", "fish"])
def test_sources_offers_every_topic_name(shell: str) -> None:
    said = _answer(shell, "primehelp sources ", "ja")
    for topic in topics.load():
        assert topic.name.en in said
        # bash gets a value with a space escaped, as one shell word (review 42a, item 19)
        assert (topic.name.ja.replace(" ", "\\ ") if shell == "bash" else topic.name.ja) in said
    assert "refund" in _answer(shell, "primehelp sources re", "ja")
    assert "cancel" not in _answer(shell, "primehelp sources re", "ja")
