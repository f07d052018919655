"""Review 14a, fix round 15 (t2): check-message, contact, sources and complain wording."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import Run, run

SCAM = (
    "【Amazon】プライム会費のお支払い方法に問題があります。"
    "https://amazon.co.jp.secure-pay.info/ でカード情報を更新してください。"
)
WIDE = {"COLUMNS": "300"}


def _screen(*args: str, lang: str = "ja") -> Run:
    return run(*args, "--lang", lang, env=WIDE)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_check_message_numbers_every_list_with_a_full_stop(lang: str) -> None:
    """Item 4: 「3 2段階認証」 read as 「32段階」; the steps and the signs are 「1.」「2.」."""
    out = _screen("check-message", "--text", SCAM, "--entered-details", lang=lang).stdout
    numbered = [line for line in out.splitlines() if re.match(r"\s*\d+\S*\s", line)]
    assert numbered, out
    assert all(re.match(r"\s*\d+\. \S", line) for line in numbered), numbered
    assert "3. 2" in out if lang == "ja" else "3. Turn on" in out
