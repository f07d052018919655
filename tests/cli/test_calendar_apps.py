"""The calendar file in calendar programs: parsed by icalendar and the ``ics`` package, imported
into calcurse and khal (issue 13's acceptance).

calcurse and khal are programs, not Python packages: .ci/run installs them where it can
(Debian: ``apt-get install calcurse khal``). Where one is missing, its test is skipped with a
reason naming the program, never silently.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import ics as ics_package
import pytest

from tests.support.calendar_files import events, ring_times

NINE = dt.time(9, 0)
ASKED = ("--alarms", "7,3,1", "--alarm-time", "09:00")
MONTHLY = ("renewal", "2026-12-31", "--today", "2026-11-25", "--plan", "monthly", "--count", "3")
RENEWALS = [dt.date(2026, 12, 31), dt.date(2027, 1, 31), dt.date(2027, 2, 28)]
STUDENT_TRIAL = ("trial", "2026-11-25", "--student", "--today", "2026-11-25")
EVERY_KIND = ("--events", "renewal,cancel-by,notice,student-end")


def export(tmp_path: Path, *args: str, name: str = "prime.ics") -> Path:
    """Run the real console script (as a member would) and return the calendar it wrote."""
    target = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", *args, "--ics", str(target), "--force"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PRIMEHELP_CONFIG_DIR": str(tmp_path / "config")},
    )
    assert done.returncode == 0, done.stderr
    return target


def program(name: str) -> str:
    """The path of a calendar program; without it, skip naming it (never a silent pass)."""
    found = shutil.which(name)
    if found is None:
        pytest.skip(
            f"{name} is not installed (not on PATH), so the import into {name} was not "
            f"checked; install it (Debian: apt-get install {name}) to run this test"
        )
    return found


def parsed(path: Path) -> list[icalendar.Event]:
    return events(path.read_bytes())


def rings(event: icalendar.Event) -> list[dt.datetime]:
    return sorted(ring_times(event))


def nine_on(renewal: dt.date, *days_before: int) -> list[dt.datetime]:
    return sorted(dt.datetime.combine(renewal - dt.timedelta(days=n), NINE) for n in days_before)


# --- the acceptance file, read by two parsers ------------------------------------------------


def test_alarms_7_3_1_at_0900_ring_at_nine_local_on_the_right_days(tmp_path: Path) -> None:
    path = export(tmp_path, *MONTHLY, *ASKED, "--lang", "en")
    found = parsed(path)
    cancel_by = [day - dt.timedelta(days=1) for day in RENEWALS]
    assert [e.decoded("DTSTART") for e in found] == sorted(RENEWALS + cancel_by)
    with_alarms = [e for e in found if e.walk("VALARM")]
    assert [e.decoded("DTSTART") for e in with_alarms] == RENEWALS
    for event in with_alarms:
        assert rings(event) == nine_on(event.decoded("DTSTART"), 7, 3, 1)
        assert all(
            str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in event.walk("VALARM")
        )

    second = ics_package.Calendar(path.read_text("utf-8"))
    assert len(second.events) == len(found)
    for event in second.events:
        assert event.all_day
        midnight = dt.datetime.combine(event.begin.date(), dt.time())
        times = sorted(midnight + alarm.trigger for alarm in event.alarms)
        expected = nine_on(event.begin.date(), 7, 3, 1) if event.begin.date() in RENEWALS else []
        assert times == expected


def test_a_student_trial_has_every_kind_of_event(tmp_path: Path) -> None:
    path = export(tmp_path, *STUDENT_TRIAL, *ASKED, *EVERY_KIND, "--lang", "en")
    found = [(e.decoded("DTSTART"), str(e["SUMMARY"])) for e in parsed(path)]
    assert found == [
        (dt.date(2027, 5, 22), "Prime Student reminder mail (if switched on)"),  # 64b S 3
        (dt.date(2027, 5, 24), "Prime Student free trial cancel-by date (the day before the paid renewal)"),
        (dt.date(2027, 5, 25), "Prime Student free trial renews as paid (estimate)"),
        (dt.date(2031, 5, 25), "Estimated renewal date when Prime Student becomes regular Prime"),
    ]  # fmt: skip
    (end,) = [e for e in parsed(path) if e.walk("VALARM")]
    assert rings(end) == nine_on(dt.date(2027, 5, 25), 7, 3, 1)
    assert len(ics_package.Calendar(path.read_text("utf-8")).events) == 4


# --- calcurse --------------------------------------------------------------------------------

CALCURSE_LINE = re.compile(r"(\d\d)/(\d\d)/(\d{4}) \[1\] (?:>([0-9a-f]+) )?(.*)")


def calcurse_import(tmp_path: Path, calendar: Path) -> tuple[str, list[tuple[dt.date, str, str]]]:
    """Import into a fresh calcurse; its report, and (day, title, note) of every event."""
    calcurse = program("calcurse")
    data, config = tmp_path / "calcurse-data", tmp_path / "calcurse-config"
    data.mkdir()
    config.mkdir()
    done = subprocess.run(
        [calcurse, "-C", str(config), "-D", str(data), "-i", str(calendar)],
        capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    events = []
    for line in (data / "apts").read_text("utf-8").splitlines():
        match = CALCURSE_LINE.fullmatch(line)
        assert match is not None, line
        month, day, year, note, title = match.groups()
        text = (data / "notes" / note).read_text("utf-8") if note else ""
        events.append((dt.date(int(year), int(month), int(day)), title, text))
    return done.stdout, sorted(events)


@pytest.mark.parametrize(
    "args",
    [(*MONTHLY, *ASKED), (*STUDENT_TRIAL, *ASKED, *EVERY_KIND)],
    ids=["renewal-monthly", "trial-student-every-kind"],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_calcurse_imports_every_event(tmp_path: Path, args: tuple[str, ...], lang: str) -> None:
    path = export(tmp_path, *args, "--lang", lang)
    expected = sorted(
        (e.decoded("DTSTART"), str(e["SUMMARY"]), str(e["DESCRIPTION"])) for e in parsed(path)
    )
    report, imported = calcurse_import(tmp_path, path)
    assert f"0 apps / {len(expected)} events / 0 todos / 0 skipped" in report
    assert [(day, title) for day, title, _ in imported] == [(d, t) for d, t, _ in expected]
    # The descriptions come through as calcurse notes, the safety margin's included.
    assert [note.strip() for _, _, note in imported] == [text for _, _, text in expected]
    assert any("primehelp cancel" in note for _, _, note in imported)


# --- khal ------------------------------------------------------------------------------------

KHAL_CONFIG = """\
[calendars]
[[prime]]
path = {path}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Asia/Tokyo
default_timezone = Asia/Tokyo
"""


def test_khal_imports_every_event_and_a_reimport_updates_them(tmp_path: Path) -> None:
    khal = program("khal")
    vdir = tmp_path / "khal-calendar"
    vdir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(path=vdir), "utf-8")
    environ = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}

    def khal_run(*args: str) -> str:
        done = subprocess.run(
            [khal, "-c", str(config), *args],
            capture_output=True, text=True, check=False, env=environ,
            stdin=subprocess.DEVNULL, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    def listed() -> list[str]:
        out = khal_run("list", "--format", "{start-date} {title}", "2026-12-01", "2027-04-01")
        return [line for line in out.splitlines() if re.match(r"\d{4}-\d\d-\d\d ", line)]

    args = (*MONTHLY, *ASKED, "--events", "renewal,cancel-by,notice")
    first = export(tmp_path, *args, "--lang", "en", name="en.ics")
    khal_run("import", "--batch", "-a", "prime", str(first))
    expected = [f"{e.decoded('DTSTART').isoformat()} {e['SUMMARY']}" for e in parsed(first)]
    assert listed() == expected
    assert len(expected) == 3 * len(RENEWALS)

    # The same dates again, in Japanese: the same UIDs, so khal updates instead of adding.
    again = export(tmp_path, *args, "--lang", "ja", name="ja.ics")
    khal_run("import", "--batch", "-a", "prime", str(again))
    assert listed() == [f"{e.decoded('DTSTART').isoformat()} {e['SUMMARY']}" for e in parsed(again)]
    assert len(list(vdir.iterdir())) == len(expected)
    # What khal stored keeps the alarms, still at 09:00 on the right days.
    stored = [e for f in sorted(vdir.iterdir()) for e in parsed(f) if e.walk("VALARM")]
    assert sorted(e.decoded("DTSTART") for e in stored) == RENEWALS
    for event in stored:
        assert rings(event) == nine_on(event.decoded("DTSTART"), 7, 3, 1)
