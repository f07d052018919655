"""Review 37b item 1: with `--ics -` the calendar is the only thing on stdout.

Once the facts were more than 180 days old, the staleness notice followed END:VCALENDAR on
stdout, so `primehelp renewal … --ics - > prime.ics` wrote a file strict importers reject. The
notice now goes to stderr, beside the other notes of such a run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

# Every command with --ics, at dates whose facts are long stale (a year after they were checked).
CALENDAR_COMMANDS = [
    ("renewal", "2027-12-24", "--plan", "annual", "--today", "2027-12-05"),
    ("renewal", "2027-12-24", "--today", "2027-12-05"),
    ("trial", "2027-11-25", "--today", "2027-12-05"),
    ("trial", "2027-11-25", "--student", "--today", "2027-12-05"),
]


@pytest.mark.parametrize("args", CALENDAR_COMMANDS, ids=[" ".join(a) for a in CALENDAR_COMMANDS])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", ["40", "80"])
def test_ics_to_stdout_is_exactly_the_calendar_when_the_facts_are_stale(
    args: tuple[str, ...], lang: str, columns: str, tmp_path: Path
) -> None:
    env = {"COLUMNS": columns}
    piped = run(*args, "--lang", lang, "--ics", "-", env=env)
    assert piped.exit_code == 0, piped.stderr
    target = tmp_path / "prime.ics"
    written = run(*args, "--lang", lang, "--ics", str(target), env=env)
    assert written.exit_code == 0, written.stderr
    assert piped.stdout.startswith("BEGIN:VCALENDAR")
    # the test runner reads stdout with CRLF as LF: compare the file the same way
    # DTSTAMP is the second of each export: the two runs may fall either side of a second
    assert _stamped(piped.stdout) == _stamped(
        target.read_bytes().decode("utf-8").replace("\r\n", "\n")
    )
    assert piped.stdout.endswith("END:VCALENDAR\n")
    # the notice is not lost: it is on stderr
    notice = "日前に確認したもので" if lang == "ja" else "days ago"
    assert notice in piped.stderr.replace("\n", "")
    assert notice not in piped.stdout


def _stamped(calendar: str) -> str:
    """The calendar with every DTSTAMP value blanked (the time of the export, not its content)."""
    return "\n".join(
        "DTSTAMP:" if line.startswith("DTSTAMP:") else line for line in calendar.split("\n")
    )
