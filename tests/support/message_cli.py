"""check-message run as a member runs it, for the review tests: its JSON data, its red flags
and its screen (wide, so that a sentence is on one line)."""

from __future__ import annotations

from typing import Any

from tests.support.clihelp import WIDE, run


def message_json(text: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = run("--lang", lang, "check-message", "--json", "--text", text).json()
    return data["data"]


def message_flags(text: str, lang: str = "ja") -> list[dict[str, str]]:
    flags: list[dict[str, str]] = message_json(text, lang)["red_flags"]
    return flags


def message_screen(text: str, lang: str = "ja") -> str:
    return run("--lang", lang, "check-message", "--text", text, env=WIDE).stdout
