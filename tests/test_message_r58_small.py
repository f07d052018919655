"""Fix round 58 (helper fix-msg), check-message and help: review 47a's small points (item 15)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _json(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", *args).json()
    return data["data"]


def _screen(*args: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", *args, env=WIDE).stdout


# ----------------------------- 15.1: a Markdown-style link is two URLs, not one Amazon URL

_MARKDOWN = (
    "Amazonです。[https://www.amazon.co.jp/](https://evil.top/login) からログインしてください。"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_1_a_markdown_link_names_the_address_it_opens(lang: str) -> None:
    result = run("--lang", lang, "check-message", "--text", _MARKDOWN, env=WIDE)
    assert "evil.top" in result.stdout
    assert result.exit_code == 1, result.stdout
    data = _json("--text", _MARKDOWN, lang=lang)
    assert any("evil.top" in str(flag) for flag in data["red_flags"]), data["red_flags"]
