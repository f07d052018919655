"""Review 9a (a native-level Japanese reader): contact, check-number, sources, complain, help."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 7: contact says each thing once


@pytest.mark.parametrize("columns", ["40", "80"])
def test_7_contact_states_the_e_mail_fact_once_and_call_back_without_repeating(
    columns: str,
) -> None:
    out = re.sub(r"[│\s]", "", _text("contact", env={"COLUMNS": columns}))
    assert out.count("報告によれば、メールで対応してもらうには") == 1
    assert out.count("メールアドレスは公開されていません") == 1
    assert "コールバックのみ" not in out and "場合のみ" not in out  # one word: だけ
    assert out.count("コールバックだけ") == 1


def test_7_contact_in_english_says_each_thing_once() -> None:
    out = " ".join(_text("contact", lang="en", env={"COLUMNS": "200"}).split())
    assert out.count("call-back only") == 1
    assert out.count("No e-mail address is published.") == 1
    assert out.count("Reportedly, you get e-mail support only after") == 1
