"""Review 42b S 16 (round 50): --alarms 7、3 (the 読点 a Japanese keyboard gives) was refused
while the full-width comma was read; now 「、」 separates values as a comma does, in --events too."""

from __future__ import annotations

import pytest

from primehelp.calendar_options import EventKind, parse_alarm_days, parse_events


@pytest.mark.parametrize("comma", [",", "，", "、", "､"])
def test_s16_every_comma_a_japanese_keyboard_gives_separates(comma: str) -> None:
    assert sorted(parse_alarm_days(f"7{comma}3")) == [3, 7]
    assert parse_events(f"renewal{comma}notice") == {EventKind.RENEWAL, EventKind.NOTICE}
