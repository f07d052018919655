"""The calendar file: the events of each renewal, their texts, stable UIDs.

The alarms are in tests/test_ics_alarms.py, the bytes against icalendar's in
tests/test_icalendar_text.py, the import into calendar programs in tests/cli/test_calendar_apps.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

import icalendar
import pytest

from primehelp.calendar_options import (
    CalendarOptions,
    EventKind,
    alarm_order,
)
from primehelp.facts import labels
from primehelp.ics import (
    CalendarEntry,
    calendar_bytes,
    calendar_events,
    entry_from,
    event_uid,
    kind_uid,
)
from tests.support.calendar_files import NINE, STAMP, entry, events

EVERY_KIND = frozenset(EventKind)
ASKED = CalendarOptions(alarm_days=alarm_order({7, 3, 1}), alarm_time=NINE)  # --alarms 7,3,1
SCHEDULE = [entry(dt.date(2026, 1, 31)), entry(dt.date(2026, 2, 28)), entry(dt.date(2026, 3, 31))]


# --- the file -------------------------------------------------------------------------------


def test_crlf_line_ends_only() -> None:
    data = calendar_bytes(SCHEDULE, "ja", STAMP, CalendarOptions(events=EVERY_KIND))
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")


def test_lines_are_folded_to_75_octets() -> None:
    data = calendar_bytes(SCHEDULE, "ja", STAMP, CalendarOptions(events=EVERY_KIND))
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_calendar_header() -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes(SCHEDULE, "en", STAMP))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//primehelp//")
    assert calendar["CALSCALE"] == "GREGORIAN"


def test_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        calendar_bytes(SCHEDULE, "ja", dt.datetime(2026, 11, 25))


# --- which events ---------------------------------------------------------------------------


def test_by_default_the_last_safe_day_and_the_renewal_all_day_in_date_order() -> None:
    found = events(calendar_bytes(SCHEDULE, "en", STAMP))
    expected = [day for e in SCHEDULE for day in (e.cancel_by, e.renewal_date)]
    assert [e.decoded("DTSTART") for e in found] == expected
    for event in found:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date
        assert end - start == dt.timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 25, 10, 30, 5, tzinfo=dt.UTC)
    summaries = [str(e["SUMMARY"]) for e in found]
    assert summaries[0] == "Amazon Prime cancel-by date (the day before the renewal)"
    assert summaries[1] == "Amazon Prime renewal (estimate, annual plan, ¥5,900)"  # 61b 3


def test_the_reminder_mail_day_when_asked() -> None:
    options = CalendarOptions(events=frozenset({EventKind.NOTICE, EventKind.RENEWAL}))
    found = events(calendar_bytes(SCHEDULE[:1], "en", STAMP, options))
    assert [e.decoded("DTSTART") for e in found] == [dt.date(2026, 1, 28), dt.date(2026, 1, 31)]
    notice = str(found[0]["DESCRIPTION"])
    assert "「更新前にお知らせを受ける」" in notice and "off by default" in notice
    assert "never asks you to enter card details" in notice


@pytest.mark.parametrize(
    "kinds", [{EventKind.RENEWAL}, {EventKind.CANCEL_BY}, {EventKind.NOTICE}, set(EventKind)]
)
def test_only_the_kinds_asked_for(kinds: set[EventKind]) -> None:
    options = CalendarOptions(events=frozenset(kinds))
    written = calendar_events(SCHEDULE, "en", options, student_end=dt.date(2030, 3, 31))
    assert {event.kind for event in written} == kinds
    per_renewal = len(kinds - {EventKind.STUDENT_END})
    assert len(written) == per_renewal * len(SCHEDULE) + (EventKind.STUDENT_END in kinds)


def test_the_student_switch_is_an_event_only_when_there_is_one() -> None:
    switch = dt.date(2031, 5, 25)
    with_switch = calendar_events(SCHEDULE, "ja", student_end=switch)
    assert [e.day for e in with_switch if e.kind is EventKind.STUDENT_END] == [switch]
    assert with_switch[-1].summary == "Prime Studentから通常のプライムに切り替わる更新日の目安"
    assert "最長4年間" in with_switch[-1].description
    assert with_switch[-1].alarms == ()
    assert all(e.kind is not EventKind.STUDENT_END for e in calendar_events(SCHEDULE, "ja"))


# --- the last safe day to cancel ------------------------------------------------------------


def test_the_last_safe_day_says_it_is_a_margin_not_amazons_rule_and_points_to_cancel() -> None:
    for trial in (False, True):
        day = dt.date(2026, 12, 31)
        written = calendar_events([entry(day, trial=trial)], "en")
        en = next(e for e in written if e.kind is EventKind.CANCEL_BY)
        assert en.day == dt.date(2026, 12, 30)
        assert "cancel-by date" in en.summary and "the day before" in en.summary
        assert "safety margin primehelp chose, not Amazon's rule" in en.description
        renewal = "automatic renewal date" if trial else "renewal date"  # review 13b S 20
        assert f"Amazon only says to cancel before the {renewal}" in en.description
        assert '"before the renewal date"' not in en.description  # not a quotation
        command = "primehelp cancel --trial" if trial else "primehelp cancel"
        assert command in en.description  # review 11b S 12: the trial's own steps
        ja = next(e for e in calendar_events([entry(day, trial=trial)], "ja") if e.kind is en.kind)
        assert "`" not in en.description and "`" not in ja.description  # review 23b S 12
        assert "解約の目安日（" in ja.summary and "の前日）" in ja.summary
        assert "余裕をみた" not in ja.summary  # review 9 item 2: the margin is in the description
        assert "Amazonの決まりではありません" in ja.description
        renewal = "自動更新日" if trial else "更新日"
        assert f"Amazonが示しているのは、{renewal}より前という解約の期限だけです" in ja.description
        assert "「更新日の前まで」" not in ja.description  # not Amazon's wording: no 「」
        assert command in ja.description


def test_a_trial_says_trial() -> None:
    written = calendar_events([entry(dt.date(2026, 12, 25), None, None, trial=True)], "ja", ASKED)
    cancel_by, end = written
    assert end.summary == "Amazonプライムの無料体験から有料会員への自動更新日（目安）"
    # 「余裕をみて前日（…）」 since review 53b S 15
    assert "費用をかけずに無料体験を終えるには、余裕をみて前日（" in end.description
    assert cancel_by.summary.startswith("Amazonプライムの無料体験の解約の目安日")
    assert all("無料体験" in text for _, text in end.alarms)
    english = calendar_events([entry(dt.date(2026, 12, 25), None, None, trial=True)], "en")
    assert english[1].summary == "Amazon Prime free trial renews as paid (estimate)"


# --- UIDs -----------------------------------------------------------------------------------

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "renewal.primehelp.invalid")


def test_the_renewal_keeps_the_uid_it_always_had() -> None:
    """uuid5 of the renewal date: files written before the new kinds update in place."""
    day = dt.date(1990, 1, 1)
    while day < dt.date(2100, 1, 1):
        assert event_uid(day) == f"{uuid.uuid5(NAMESPACE, day.isoformat())}@primehelp"
        assert kind_uid(EventKind.RENEWAL, day) == event_uid(day)
        day += dt.timedelta(days=7)
    assert event_uid(dt.date(2026, 12, 31)) == "7f42df84-ace7-536a-9061-54139d833786@primehelp"


def test_other_kinds_are_the_uuid5_of_kind_and_date() -> None:
    day = dt.date(2026, 12, 30)
    for kind in (EventKind.CANCEL_BY, EventKind.NOTICE, EventKind.STUDENT_END):
        name = f"{kind.value}:2026-12-30"
        assert kind_uid(kind, day) == f"{uuid.uuid5(NAMESPACE, name)}@primehelp"
    uids = {kind_uid(kind, day) for kind in EventKind}
    assert len(uids) == len(EventKind)  # one day, four kinds, four UIDs


def test_uids_are_stable_across_exports_and_distinct_within_one() -> None:
    monthly = [entry(dt.date(2026, 1, 31) + dt.timedelta(days=30 * k)) for k in range(24)]
    options = CalendarOptions(events=EVERY_KIND)
    first = [str(e["UID"]) for e in events(calendar_bytes(monthly, "ja", STAMP, options))]
    later = STAMP + dt.timedelta(days=40)
    other = CalendarOptions(events=EVERY_KIND, alarm_days=(2,), alarm_time=dt.time(7, 5))
    again = [str(e["UID"]) for e in events(calendar_bytes(monthly, "en", later, other))]
    assert first == again
    assert len(set(first)) == len(first) == 3 * len(monthly)


def test_uid_depends_on_kind_and_date_only() -> None:
    """Adding --plan later, or a trial becoming a paid renewal, updates the same events."""
    day = dt.date(2026, 12, 31)
    shapes = [entry(day), entry(day, fee=None, plan=None), entry(day, None, None, trial=True)]
    uids = [[e.uid for e in calendar_events([shape], "ja")] for shape in shapes]
    assert uids[0] == uids[1] == uids[2] == [kind_uid(EventKind.CANCEL_BY, dt.date(2026, 12, 30)),
                                             event_uid(day)]  # fmt: skip


# --- texts ----------------------------------------------------------------------------------


def test_renewal_texts_follow_the_language() -> None:
    ja = events(calendar_bytes([entry(dt.date(2026, 12, 31))], "ja", STAMP))[1]
    en = events(calendar_bytes([entry(dt.date(2026, 12, 31))], "en", STAMP))[1]
    # computed (not the date given): 目安 in the title (review 61b item 3)
    assert str(ja["SUMMARY"]) == "Amazonプライムの更新日（目安・年間プラン・5,900円）"
    assert str(en["SUMMARY"]) == "Amazon Prime renewal (estimate, annual plan, ¥5,900)"
    # Dates as each language writes them in a sentence (review 5, #19).
    for event, cancel_by, notice in (
        (ja, "2026年12月30日", "2026年12月28日"),
        (en, "2026-12-30", "2026-12-28"),
    ):
        description = str(event["DESCRIPTION"])
        assert cancel_by in description
        assert notice in description
        assert "「更新前にお知らせを受ける」" in description
        assert "https://www.amazon.co.jp/gp/primecentral" in description
    assert "off by default" in str(en["DESCRIPTION"])
    assert "初期設定では届きません" in str(ja["DESCRIPTION"])


def test_summary_without_plan_or_fee() -> None:
    day = dt.date(2026, 12, 31)
    bare = events(calendar_bytes([entry(day, fee=None, plan=None)], "en", STAMP))[1]
    assert str(bare["SUMMARY"]) == "Amazon Prime renewal (estimate, the fee is charged)"
    no_fee = events(calendar_bytes([entry(day, fee=None, plan="monthly")], "en", STAMP))[1]
    assert str(no_fee["SUMMARY"]) == "Amazon Prime renewal (estimate, monthly plan)"


def test_japanese_calendar_texts_are_polite() -> None:
    """Every Japanese sentence of the calendar ends in です・ます form (or ください)."""
    endings = re.compile(r"(?:です|ます|ました|ません|ください|でした)(?:（[^（）]*）)?。")
    for key, text in labels("ui_calendar").items():
        for sentence in re.findall(r"[^。]*。", text.ja):
            assert endings.search(sentence), (key, sentence)


# --- the pieces -----------------------------------------------------------------------------


class Plan(StrEnum):
    STUDENT_ANNUAL = "student-annual"


@dataclass(frozen=True)
class Row:
    renewal_date: dt.date
    notice_date: dt.date
    cancel_by: dt.date
    fee_yen: int
    plan: Plan


def test_entry_from_any_renewal_like_object() -> None:
    row = Row(
        dt.date(2027, 1, 1), dt.date(2026, 12, 29), dt.date(2026, 12, 31), 2950, Plan.STUDENT_ANNUAL
    )
    assert entry_from(row) == CalendarEntry(
        dt.date(2027, 1, 1), dt.date(2026, 12, 29), dt.date(2026, 12, 31), 2950, "student-annual"
    )
    assert entry_from(row, plan="monthly").plan == "monthly"
    assert entry_from(row, trial=True).trial


def test_building_a_calendar_imports_no_icalendar() -> None:
    """primehelp writes the file itself: icalendar is a dev dependency (the tests' reference)."""
    import subprocess
    import sys

    code = (
        "import sys, datetime as dt, primehelp.cli, primehelp.ics, primehelp.profile, "
        "primehelp.storage\n"
        "from primehelp.ics import CalendarEntry, calendar_bytes\n"
        "day = dt.date(2026, 12, 31)\n"
        "entry = CalendarEntry(day, day - dt.timedelta(days=3), day - dt.timedelta(days=1))\n"
        "data = calendar_bytes([entry], 'ja', dt.datetime.now(dt.UTC))\n"
        "print(data.count(b'BEGIN:VEVENT'), 'icalendar' in sys.modules, 'platformdirs' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["2", "False", "False"]


def test_every_text_the_calendar_asks_for_exists_in_both_languages() -> None:
    from primehelp.ics import TEXT_KEYS

    texts = labels("ui_calendar")
    for regular, trial in TEXT_KEYS.values():
        for key in (regular, trial):
            assert texts[key].ja and texts[key].en
    for key in ("trial_summary", "student_end_summary", "student_end_description"):
        assert texts[key].ja and texts[key].en


@pytest.mark.parametrize("given", [False, True])
def test_the_renewal_event_says_the_switch_wording_may_differ(given: bool) -> None:
    # Review 29b item 3: as the notice event says it (FACTS §3: the wording varies).
    one = [dataclasses.replace(entry(dt.date(2026, 12, 31)), given=given)]
    ja = str(events(calendar_bytes(one, "ja", STAMP))[1]["DESCRIPTION"])
    en = str(events(calendar_bytes(one, "en", STAMP))[1]["DESCRIPTION"])
    assert "「更新前にお知らせを受ける」（表示は少し異なる場合があります）" in ja
    assert "the wording of the switch may differ" in en
