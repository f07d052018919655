"""Review 36b item 9 and S 22: a free trial's .ics says what its text screen says.

The event: 「この日にAmazonプライムの無料体験から有料会員へ自動で更新され…」 had no subject (what is
renewed?); now the trial ends and the membership renews. The alarms before it said 「解約する場合は」,
as if cancelling were optional and costly; the screen says 「費用をかけずに無料体験を終えるには」.
The day's alarm named plain `primehelp cancel`; the screen that day names
`primehelp cancel --trial [--student] --renewal DATE`.
"""

from __future__ import annotations

import re

import icalendar
import pytest

from tests.support.clihelp import WIDE, run

START = "2026-11-25"
ENDS = {False: "2026-12-25", True: "2027-05-25"}  # the trial's estimated end (30 days, 6 months)


def _texts(student: bool, lang: str) -> tuple[list[str], list[str]]:
    """The trial's events' and alarms' descriptions, every alarm asked for."""
    more = ("--student",) if student else ()
    done = run("trial", START, *more, "--today", START, "--ics", "-", "--alarms", "7,3,1,0",
               "--lang", lang)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    calendar = icalendar.Calendar.from_ical(done.stdout)
    events = [str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT")]
    alarms = [str(alarm["DESCRIPTION"]) for alarm in calendar.walk("VALARM")]
    return events, alarms


@pytest.mark.parametrize("student", [False, True])
def test_the_trials_end_has_a_subject_in_japanese(student: bool) -> None:
    events, alarms = _texts(student, "ja")
    service = "Prime Student" if student else "Amazonプライム"
    end = next(text for text in events if text.startswith("この日に"))
    assert end.startswith(
        f"この日に、{service}の無料体験が終わり、有料会員に自動で更新されて最初の会費が請求されます。"
    )
    assert "無料体験から有料会員へ自動で更新され" not in "".join(events + alarms)


@pytest.mark.parametrize("student", [False, True])
def test_every_alarm_before_the_day_says_how_to_end_it_without_paying(student: bool) -> None:
    _, alarms = _texts(student, "ja")
    before = [text for text in alarms if not text.startswith("今日")]
    assert len(before) == 3  # 7, 3 and 1 days before
    for text in before:
        assert "解約する場合は" not in text
        assert "費用をかけずに無料体験を終えるには" in text
        assert re.search(r"（\d{4}年\d{1,2}月\d{1,2}日、計算による目安）", text), (
            text
        )  # an estimate
    _, english = _texts(student, "en")
    for text in english:
        assert "If you mean to cancel" not in text
        if not text.startswith("Today"):
            assert "To end it without paying" in text and "an estimate" in text


@pytest.mark.parametrize("student", [False, True])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_days_alarm_names_the_command_the_days_screen_names(student: bool, lang: str) -> None:
    _, alarms = _texts(student, lang)
    (today,) = [text for text in alarms if text.startswith(("今日", "Today"))]
    more = ("--student",) if student else ()
    screen = run("trial", START, *more, "--today", ENDS[student], "--lang", lang, env=WIDE)
    command = f"primehelp cancel --trial{' --student' * student} --renewal {ENDS[student]}"
    assert command in screen.stdout  # the screen of that day names it …
    assert command in today  # … and so does the alarm
