"""Where a screen states the full refund's route, it says what happens to a gift-card part.

FACTS §5 asks to state it plainly; review 19a item 6 found charge and complain without it, and
renewal and trial (their action for today after a charge) said it nowhere either.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-05")
SCREENS = [
    ("renewal", "2026-12-05", *TODAY),
    ("renewal", "2026-12-01", "--plan", "monthly", *TODAY),
    ("trial", "2026-11-05", *TODAY),
    ("cancel", "--no-interactive", "--renewal", "2026-12-05", *TODAY),
    ("cancel", "--no-interactive"),
]


@pytest.mark.parametrize("args", SCREENS, ids=" ".join)
def test_the_full_refund_route_says_the_gift_card_part_once(args: tuple[str, ...]) -> None:
    ja = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert ja.count("支払いに使った方法で返金されます") >= 1, ja
    assert ja.count("ギフトカード残高に戻ります") == 1, ja
    en = run(*args, "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert en.lower().count("gift card") >= 1, en
