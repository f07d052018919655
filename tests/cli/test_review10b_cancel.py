"""Review 10b (a native-level Japanese reader): cancel --no-interactive and the walkthrough (k2).

Transcripts through the real CLI, one paragraph a line unless a width is given.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")
FULL_JA = "前回の支払い以降に特典を一度も使っていない"
FULL_EN = "If no benefit has been used since the last charge"
NEXT_JA = "次の更新日に終了すると"


def _out(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _cancel(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    return _out("cancel", "--no-interactive", *args, columns=columns, lang=lang)


# ---------------------------------------------------------------- item 4: the refund rules once


@pytest.mark.parametrize("renewal", ["2026-11-25", "2026-11-01"])
@pytest.mark.parametrize("answer", [(), ("--benefits-used",), ("--no-benefits-used",)])
def test_4_a_charged_renewal_states_the_timings_and_refunds_once(
    renewal: str, answer: tuple[str, ...]
) -> None:
    ja = _cancel("--renewal", renewal, *answer)
    first, rest = ja.split("\n", 1)
    assert "解約する場合は" in first  # still the action for today, first
    assert NEXT_JA not in ja  # the timings: under their headings only
    refund = ja.split("終了のタイミングと返金\n", 1)[1]
    if answer != ("--benefits-used",):
        assert ja.count(FULL_JA) == 1 and FULL_JA in refund  # Amazon's rule, in the section
    if answer != ("--no-benefits-used",):
        assert ja.count("会費の一部が返金されることがあります") == 1
    assert rest.startswith("終了のタイミングによる違いと返金は、手順の後で説明しています。")
    en = _cancel("--renewal", renewal, *answer, lang="en")
    if not answer:
        assert en.count(FULL_EN) == 1
    assert "is explained after the steps" in en.split("\n")[1]
