"""Review 47b S 9: `renewal DATE --ics FILE --json` where every event is past: the stderr note had
no counterpart in the JSON; `calendar.all_events_past` now says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("date", "past"), [("2026-11-20", True), ("2026-12-20", False)])
def test_s9_all_events_past_is_in_the_json(
    tmp_path: Path, lang: str, date: str, past: bool
) -> None:
    ics = str(tmp_path / "p.ics")
    args = ("renewal", date, "--ics", ics, "--force", "--today", "2026-12-06", "--lang", lang)
    done = run(*args, "--json")
    assert done.exit_code == 0, done.stderr
    assert done.json()["data"]["calendar"]["all_events_past"] is past


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s13_an_alarm_time_with_no_alarms_is_refused_in_one_line(lang: str) -> None:
    args = ("renewal", "2026-12-20", "--ics", "-", "--alarms", "none", "--alarm-time", "10:00")
    done = run(*args, "--lang", lang)
    assert done.exit_code == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("primehelp: エラー: " if lang == "ja" else "primehelp: error: ")
    assert "--alarms none" in line and "--alarm-time" in line
    assert run(*args[:-2], "--lang", lang).exit_code == 0  # no alarms alone is fine
