"""Small fixes, item 5 (review 50a, item 2): a command the member types, named inside a
sentence of ``--help``, is in backticks on every command's help, in Japanese and English.

remind's Japanese help (and the root help's list of commands) said 「毎日 9:00（…）に primehelp
due --notify を実行する設定を…」 with the command run into the sentence, where its English
help and the `--save` help (「日付なしの `primehelp renewal` で…」) had backticks. The examples
after 「例：」 / "Example" and the usage line are commands on lines of their own: not sentences.
"""

from __future__ import annotations

import re

import pytest

from primehelp.output.break_units import NAMES
from tests.support.clihelp import WIDE, run

_TYPED = re.compile(rf"(?<!`)primehelp (?:{'|'.join(sorted(NAMES, key=len, reverse=True))})\b")


def _sentences(shown: str) -> str:
    """The help without its usage line and its examples (each after 「例：」 or "Example")."""
    kept: list[str] = []
    for line in shown.splitlines():
        if line.lstrip().startswith(("使い方", "Usage", "例：", "Example")):
            continue
        if kept and kept[-1] == "" and line.startswith("      "):  # an example's next lines
            continue
        kept.append(line)
    return "\n".join(kept)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", ["", *sorted(NAMES)])
def test_a_command_in_a_help_sentence_is_in_backticks(command: str, lang: str) -> None:
    shown = run(*command.split(), "--help", "--lang", lang, env=WIDE)
    assert shown.exit_code == 0, shown.stderr
    assert _TYPED.findall(_sentences(shown.stdout)) == []


@pytest.mark.parametrize("command", [("remind", "--help"), ("--help",)])
def test_remind_names_the_daily_check_in_backticks(command: tuple[str, ...]) -> None:
    ja = re.sub(r"\s*\n\s*", "", run(*command, "--lang", "ja", env=WIDE).stdout)
    assert "に`primehelpdue--notify`を実行する設定" in ja.replace(" ", "")
    en = re.sub(r"\s*\n\s*", " ", run(*command, "--lang", "en", env=WIDE).stdout)
    assert "a daily `primehelp due --notify` at 09:00" in en
