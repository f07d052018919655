"""Review 10a (a native-level Japanese reader): check-message and check-number (helper m1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"


def _out(*args: str, lang: str = "ja", columns: str = "60", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: 「一致した語句」 whole


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_2_the_matched_words_label_is_never_split(columns: str) -> None:
    out = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), columns=columns)
    lines = [line.strip() for line in out.splitlines()]
    assert any(line.startswith("一致した語句：「") for line in lines), out
    assert not any(line.endswith(("一致した", "一致した語句：")) for line in lines)
    en = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), lang="en", columns="200")
    assert any(line.strip().startswith("Words that matched: ") for line in en.splitlines())
