"""Review 42b item 9 (round 49): the alarm notes and errors named the event that carries the
alarms by its --events value inside Japanese sentences (「renewal の予定」「cancel-by の予定」「notice
の予定」) and wrote 「当日 09:00」. Now the name the calendar gives it, and 「9:00」; the option value
only where it is the option (「--events cancel-by では」)."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import run

CASES = [
    ("renewal", "2026-12-20", (), "更新日の当日9:00"),
    ("trial", "2026-11-20", (), "有料会員への自動更新日の当日9:00"),
    ("renewal", "2026-12-20", ("--events", "cancel-by"), "解約の目安日の予定（"),
    ("trial", "2026-11-10", ("--events", "notice"), "更新前のお知らせメールの予定（"),
    (
        "renewal",
        "2026-12-20",
        ("--events", "notice", "--alarms", "7,3,1"),
        "お知らせメールの予定（",
    ),
]


@pytest.mark.parametrize(("command", "day", "more", "named"), CASES)
def test_9_japanese_alarm_notes_name_the_event_in_japanese(
    command: str, day: str, more: tuple[str, ...], named: str
) -> None:
    alarms = () if "--alarms" in more else ("--alarms", "0")  # the defaults: one left out
    args = (command, day, "--today", "2026-12-06", "--ics", "-", *alarms, *more)
    done = run(*args, "--lang", "ja")
    said = " ".join(done.stderr.split())
    assert named in said, said
    assert re.search(r"(renewal|cancel-by|notice|student-end) ?の予定", said) is None, said
    assert "09:00" not in said, said
    english = run(*args, "--lang", "en")
    assert english.exit_code == done.exit_code, english.stderr
