"""Review 45b items 4 and 7: the calendar of a computed renewal says its date is an estimate in
the alarms and the cancel-by and notice events (which a pop-up or a glance shows without the
renewal event's description); a Prime Student event carries the screen's caveat about what the
4 years are counted from."""

from __future__ import annotations

import icalendar
import pytest

from primehelp.facts import ui
from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = ("--today", "2026-12-06")
ESTIMATE = {"ja": "、計算による目安）", "en": ", an estimate)"}
ESTIMATE_EVENT = {"ja": "（計算による目安）に自動で更新され", "en": " (an estimate) and the fee"}


def _events(*args: str, lang: Lang) -> list[icalendar.Event]:
    done = run("--lang", lang, *args, *TODAY, "--ics", "-")
    assert done.exit_code == 0, done.stderr
    return list(icalendar.Calendar.from_ical(done.stdout).walk("VEVENT"))


def _by_day(events: list[icalendar.Event]) -> dict[str, list[icalendar.Event]]:
    days: dict[str, list[icalendar.Event]] = {}
    for event in events:
        days.setdefault(event.decoded("DTSTART").isoformat(), []).append(event)
    return days


def _alarms(event: icalendar.Event) -> list[str]:
    return [str(alarm["DESCRIPTION"]) for alarm in event.walk("VALARM")]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_computed_renewal_alarms_and_events_say_estimate(lang: Lang) -> None:
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--count", "3")
    days = _by_day(
        _events(*args, "--events", "renewal,cancel-by,notice", "--alarms", "7,1,0", lang=lang)
    )
    # the date given: stated as it was typed, no estimate anywhere
    given = [*days["2026-12-31"], *days["2026-12-30"], *days["2026-12-28"]]
    for event in given:
        assert "目安）" not in str(event["DESCRIPTION"]) or lang == "en"
        assert "an estimate" not in str(event["DESCRIPTION"])
        for alarm in _alarms(event):
            assert ESTIMATE[lang] not in alarm
    # a computed renewal (the month-end rule: 2027-02-28): every alarm, the cancel-by and the
    # notice event say so
    renewal = days["2027-02-28"][0]
    alarms = _alarms(renewal)
    assert len(alarms) == 3
    assert all(ESTIMATE[lang] in alarm for alarm in alarms), alarms
    cancel_by = str(days["2027-02-27"][0]["DESCRIPTION"])
    assert ESTIMATE_EVENT[lang] in cancel_by
    notice = str(days["2027-02-25"][0]["DESCRIPTION"])
    assert ESTIMATE[lang] in notice


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_a_past_date_rolled_forward_is_an_estimate_in_its_alarm(lang: Lang) -> None:
    days = _by_day(_events("renewal", "2026-11-20", "--plan", "monthly", "--count", "1",
                           lang=lang))  # fmt: skip
    assert all(ESTIMATE[lang] in alarm for alarm in _alarms(days["2026-12-20"][0]))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_the_trial_cancel_by_event_says_estimate(lang: Lang) -> None:
    days = _by_day(_events("trial", "2026-11-10", "--events", "cancel-by,notice", lang=lang))
    cancel_by = str(days["2026-12-09"][0]["DESCRIPTION"])
    notice = str(days["2026-12-07"][0]["DESCRIPTION"])
    words = {"ja": ("2026年12月10日（計算による目安）", "2026年12月10日、計算による目安）"),
             "en": ("2026-12-10 (an estimate)", "2026-12-10, an estimate)")}[lang]  # fmt: skip
    assert words[0] in cancel_by
    assert words[1] in notice


def test_4_english_renewal_event_has_one_colon_before_the_link() -> None:
    days = _by_day(_events("renewal", "2026-11-20", "--plan", "monthly", lang="en"))
    description = str(days["2026-12-20"][-1]["DESCRIPTION"])
    assert (
        "This date is an estimate computed by primehelp; the Prime membership page" in description
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_student_events_carry_the_screens_caveat(lang: Lang) -> None:
    args = ("renewal", "2026-12-09", "--plan", "student-annual", "--count", "6", "--alarms", "none")
    # review 49b item 11: the date named ({end}), not 「入力した更新日」
    given = "2026年12月9日" if lang == "ja" else "2026-12-09"
    caveat = ui("student_basis_caveat", "ui_renewal").format(end=given)(lang)
    screen = run("--lang", lang, *args[:-2], *TODAY, env={"COLUMNS": "1000"}).stdout
    assert caveat in screen  # the one text: the screen's ※ note
    days = _by_day(_events(*args, lang=lang))
    renewals = {day: events[-1] for day, events in days.items() if day.endswith("12-09")}
    for day in ("2027-12-09", "2028-12-09", "2029-12-09", "2030-12-09"):
        assert caveat in str(renewals[day]["DESCRIPTION"]), day
    assert ui("student_fee_shown", "ui_calendar")(lang) in str(
        renewals["2029-12-09"]["DESCRIPTION"]
    )
    # the regular plan's events: no Student caveat
    regular = _by_day(_events("renewal", "2026-12-09", "--plan", "annual", lang=lang))
    assert all(caveat not in str(e["DESCRIPTION"]) for es in regular.values() for e in es)


def test_7_a_saved_student_trial_counts_from_its_end(tmp_path: object) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    saved = run("trial", "2026-11-10", "--student", "--save", *TODAY, env=env)
    assert saved.exit_code == 0, saved.stderr
    done = run("renewal", "--plan", "student-annual", "--count", "2", *TODAY, "--ics", "-",
               "--alarms", "none", env=env)  # fmt: skip
    assert done.exit_code == 0, done.stderr
    calendar = icalendar.Calendar.from_ical(done.stdout)
    text = "".join(str(event["DESCRIPTION"]) for event in calendar.walk("VEVENT"))
    assert (
        "保存した有料会員への自動更新日（2027年5月10日、目安）を有料期間の最初の請求日" in text
    )  # review 52b item 2


# S 14: `--ics FILE --json` lists the alarms written, as they ring.
def test_s14_json_lists_the_alarms_written(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "b.ics"
    done = run("renewal", "2026-12-20", *TODAY, "--ics", str(path), "--alarms", "7,1,0",
               "--alarm-time", "18:30", "--json")  # fmt: skip
    assert done.exit_code == 0, done.stderr
    events = done.json()["data"]["calendar"]["events"]
    assert [event["alarms"] for event in events if event["kind"] == "cancel-by"] == [[]]
    (renewal,) = [event for event in events if event["kind"] == "renewal"]
    assert renewal["alarms"] == [
        {"date": "2026-12-13", "time": "18:30", "days_before": 7},
        {"date": "2026-12-19", "time": "18:30", "days_before": 1},
        {"date": "2026-12-20", "time": "18:30", "days_before": 0},
    ]
    # the file rings at those times
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    (event,) = [e for e in calendar.walk("VEVENT") if e.walk("VALARM")]
    assert len(event.walk("VALARM")) == 3


def test_s14_alarms_on_the_cancel_by_event_count_from_the_renewal(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "t.ics"
    done = run("trial", "2026-11-20", *TODAY, "--ics", str(path), "--events", "cancel-by",
               "--json")  # fmt: skip
    assert done.exit_code == 0, done.stderr
    (event,) = done.json()["data"]["calendar"]["events"]
    assert event["date"] == "2026-12-19"
    assert [(a["date"], a["days_before"]) for a in event["alarms"]] == [
        ("2026-12-13", 7),
        ("2026-12-17", 3),
        ("2026-12-19", 1),
    ]


# S 18: `--ics '~/x.ics'` (quoted: the shell left the ~) says why the folder is missing.
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s18_a_quoted_tilde_is_explained(lang: Lang) -> None:
    done = run("--lang", lang, "renewal", "2026-12-20", *TODAY, "--ics", "~/no-such/x.ics")
    assert done.exit_code == 2
    line = done.stderr.replace("\n", "")
    words = {"ja": "~ はシェルが展開する記号で、引用符の中では展開されません",
             "en": "~ is expanded by the shell, not inside quotes"}[lang]  # fmt: skip
    assert words in line and done.stderr.count("primehelp:") == 1
    plain = run("--lang", lang, "renewal", "2026-12-20", *TODAY, "--ics", "no-such/x.ics")
    assert plain.exit_code == 2 and words not in plain.stderr.replace("\n", "")
