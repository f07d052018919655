"""Review 52b item 3 and review 52c item 5 (round 54): Japanese line-break leftovers.

Item 3: 「Amazonが示しているのは更新日より│前という期限だけなので」 at 80 and 60 columns;
「更新日より前」 is one deadline. 52c item 5: 「既存会員は2023年9月24日以降の請求│から）」 at 40.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _lines(*args: str, width: int, lang: str = "ja") -> list[str]:
    env = {"COLUMNS": str(width)}
    result = run(*args, "--lang", lang, env=env)
    assert result.exit_code == 0, result.stderr
    return [line.rstrip() for line in result.stdout.split("\n")]


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-31", "--today", "2026-12-07"),
        ("renewal", "2026-12-31", "--today", "2026-12-07", "--explain"),
        ("trial", "2026-11-25", "--today", "2026-12-07"),
        ("cancel", "--trial", "--renewal", "2026-12-31", "--today", "2026-12-07"),
    ],
)
def test_52b_3_before_the_renewal_date_stays_whole(args: tuple[str, ...], width: int) -> None:
    lines = _lines(*args, width=width)
    assert any("更新日より前" in line for line in lines), lines
    assert not [line for line in lines if line.endswith("日より")], lines


@pytest.mark.parametrize("width", [60, 80])
def test_52b_3_in_english_the_same_note_is_whole(width: int) -> None:
    text = " ".join(
        _lines("renewal", "2026-12-31", "--today", "2026-12-07", width=width, lang="en")
    )
    assert "Amazon only says to cancel before the renewal date" in " ".join(text.split())
