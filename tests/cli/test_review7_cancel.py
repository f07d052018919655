"""Review 7 (issue 12), the cancel/renewal/trial items: transcripts through the real CLI."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: a past cancel-by date


@pytest.mark.parametrize("renewal", ["2026-11-20", "2026-12-05"])
def test_2_a_past_cancel_by_date_says_it_has_passed(renewal: str) -> None:
    args = ("cancel", "--no-interactive", "--renewal", renewal, "--today", "2026-12-05")
    ja = _text(*args)
    line = next(line for line in ja.splitlines() if line.startswith("解約の目安日："))
    assert line.endswith("の前日。すでに過ぎています）"), line
    en = _text(*args, lang="en")
    assert "; it has passed)" in en


def test_2_a_cancel_by_date_still_ahead_is_shown_plainly() -> None:
    ja = _text("cancel", "--no-interactive", "--renewal", "2026-12-06", "--today", "2026-12-05")
    assert "解約の目安日：2026年12月5日（更新日2026年12月6日の前日）\n" in ja
    assert "すでに過ぎています" not in ja
