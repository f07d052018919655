"""Review 9 (a native-level Japanese reader), the contact/check/charge/complain items."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import WIDE, run


def _text(*args: str, lang: str = "ja", env: dict[str, str] | None = None) -> str:
    result = run(*args, "--lang", lang, env=env or WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 1: complain's headings


@pytest.mark.parametrize("topic", ["renewal", "refund", "cancel", "other"])
def test_1_every_complain_heading_names_its_case_without_a_dangling_clause(topic: str) -> None:
    heading = _text("complain", topic).splitlines()[0]
    found = re.fullmatch(r"チャットに貼り付ける問い合わせ文（(.+)）", heading)
    assert found, heading
    # A heading ends in a noun (「…場合」, 「…相談」), never in a verb's 「…た」/「…たい」/「…ない」.
    assert not found.group(1).endswith(("た", "い")), heading
    en = _text("complain", topic, lang="en").splitlines()[0]
    assert re.fullmatch(r"Message to paste into the chat \(.+\)", en), en


def test_1_the_renewal_heading_says_the_fee_was_charged() -> None:
    heading = _text("complain", "renewal").splitlines()[0]
    assert heading == "チャットに貼り付ける問い合わせ文（意図しない自動更新で会費が請求された場合）"
