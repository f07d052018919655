"""Review 41b S 15: `renewal … --ics FILE --json` says what the calendar file holds.

The JSON said nothing about the file (its path, its events, the alarms left out as past) that
stderr reports; `data.calendar` now does, and is null without --ics (the schema is checked for
every document by the json_contract plugin)."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from primehelp.cli import app


def _json(*args: str) -> tuple[dict[str, object], str]:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"], result.stderr


@pytest.mark.parametrize(
    ("today", "extra", "late"),
    [
        ("2026-12-06", (), [7, 3]),  # the review's case: 7 and 3 days before are past
        ("2026-12-01", (), []),  # nothing past
        ("2026-12-06", ("--plan", "monthly", "--count", "3"), [7, 3]),  # past for the first only
        ("2026-12-06", ("--events", "renewal,cancel-by,notice", "--alarms", "5,1"), [5]),
    ],
)
def test_calendar_object_matches_the_file(
    tmp_path: Path, today: str, extra: tuple[str, ...], late: list[int]
) -> None:
    target = tmp_path / "prime.ics"
    args = ("renewal", "2026-12-08", "--today", today, "--ics", str(target), *extra)
    data, err = _json(*args)
    calendar = data["calendar"]
    assert isinstance(calendar, dict)
    assert calendar["path"] == str(target)
    in_file = [
        (str(event["SUMMARY"]), event.decoded("DTSTART").isoformat())
        for event in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    ]
    assert [event["date"] for event in calendar["events"]] == sorted(d for _, d in in_file)
    assert len(calendar["events"]) == len(in_file)
    kinds = {event["kind"] for event in calendar["events"]}
    assert "renewal" in kinds and "cancel-by" in kinds
    assert ("notice" in kinds) == ("notice" in ",".join(extra))
    assert calendar["alarms_left_out_past"] == late
    # the same days as the stderr note names (or none); each day in full since review 53b item 17
    # (「7日前と3日前」; 「7日前・3日前」 only where the note names several renewals)
    named = [f"{day}日前" for day in late]
    assert all(day in err for day in named) if late else "日前" not in err


def test_calendar_is_null_without_ics(tmp_path: Path) -> None:
    data, _ = _json("renewal", "2026-12-08", "--today", "2026-12-06")
    assert data["calendar"] is None


@pytest.mark.parametrize("student", [False, True])
def test_trial_says_the_same(tmp_path: Path, student: bool) -> None:
    """trial writes its calendar through the same Outputs: its JSON says what it wrote too."""
    target = tmp_path / "trial.ics"
    args = ("trial", "2026-11-10", "--today", "2026-12-06", "--ics", str(target))
    data, err = _json(*args, *(("--student",) if student else ()))
    calendar = data["calendar"]
    assert isinstance(calendar, dict) and calendar["path"] == str(target)
    found = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(calendar["events"]) == len(found)
    late = calendar["alarms_left_out_past"]
    assert late == ([] if student else [7])  # a Student trial's renewal is months away
    assert ("・".join(map(str, late)) + "日前" in err) == bool(late)
    assert _json("trial", "2026-11-10", "--today", "2026-12-06")[0]["calendar"] is None
