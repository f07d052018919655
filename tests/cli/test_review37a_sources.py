"""Review 37a items 13-15 and review 37b items 7 and 10: how sources and their check dates are
cited, on screen and in JSON."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import screen

# The screens of this area with a check date in the title or a sources list.
SCREENS = [("contact",), ("subscriptions",), ("fees",), ("complain", "renewal")]
_JA_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日に確認しました")
_EN_DATE = re.compile(r"\(checked \d{4}-\d{2}-\d{2}\)|Checked \d{4}-\d{2}-\d{2}\.")


@pytest.mark.parametrize("args", SCREENS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_check_date_is_said_once_per_screen(args: tuple[str, ...], lang: str) -> None:
    """37a item 13: the date was in the title and again under every block (8 times on
    subscriptions); now a block says its date only when it differs from the screen's."""
    title, _, shown = screen(*args, lang=lang, columns=80).partition("\n")
    dates = (_JA_DATE if lang == "ja" else _EN_DATE).findall(shown)
    assert len(set(dates)) == len(dates), shown
    if "確認）" in title or "(checked" in title:  # the title states it: no block repeats it
        assert dates == [], shown


@pytest.mark.parametrize("args", SCREENS)
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80, 200])
def test_every_sources_block_is_a_list(args: tuple[str, ...], lang: str, columns: int) -> None:
    """37a item 14: one block's source stayed on the 出典 line with 「。」 glued to the URL
    (Amazon Photos), while the others were lists; now every block is a list, at every width,
    and no URL is followed by 「。」."""
    shown = screen(*args, lang=lang, columns=columns)
    head = "出典：" if lang == "ja" else "Sources:"
    cited = [line for line in shown.splitlines() if line.strip().startswith(head)]
    assert cited, shown
    assert all(line.strip() == head.strip() for line in cited), cited
    assert not re.search(r"https?://\S*。", shown), shown
