"""Review 38b item 1: `remind status` (cron) took any crontab line mentioning `primehelp due` for
the daily check, with 「次の実行（予定）：…9:00」 the crontab did not schedule (a weekly line, one
that never runs, @reboot, `echo primehelp due`, a `MAILTO=…` line), and `remind install` then
refused to print a working line where the line's program was not there.

Over many crontabs, status and install, text (ja, en) and --json: a line counts only where cron
runs primehelp due with it; its next run is its own daily time, and none (no time made up) for
any other schedule or a program that is not there; a program not there, or another primehelp,
is said with the line to use; install says "already there" only for a daily line running this
primehelp. In process, systemd not running, the clock pinned (tests/support/remind_env)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import (
    NOW,
    READS_PROFILE,
    as_printed,
    crontab_printing,
    remind_env,
    remind_ui,
)

# the primehelp the tests run, reading the saved profile (review 39b item 4: remind_env's folder)
THIS = f"{READS_PROFILE} {shlex.quote(sys.executable)} -m primehelp"
MISSING = "/nonexistent/venv/bin/primehelp"
OTHER = "<OTHER>"  # an executable `primehelp` in the test's folder: another primehelp
NEXT_0900 = "2026-12-05T09:00:00+00:00"  # NOW is 2026-12-04 10:00 UTC


class Case(NamedTuple):
    lines: tuple[str, ...]
    jobs: int  # the lines that run primehelp due
    next_run: str | None  # status: from the line's own daily schedule
    state: str | None  # the program's, where one line runs the check
    settled: bool = False  # the daily check install sets up is there
    not_daily: bool = False  # a line running the check is not a plain daily one


# Review 41b: only the line install prints counts (`… due --notify --lang ja` at 09:00, or its
# English twin): another time, @daily or another program is named, never counted, no next run.
EXACT = f"0 9 * * * {THIS} due --notify --lang ja"
CASES = {
    "daily 09:00": Case((EXACT,), 1, NEXT_0900, "same", True),
    "daily 21:30": Case((f"30 21 * * * {THIS} due --notify",), 1, None, "same"),
    "daily 09:00, no --lang": Case((f"0 9 * * * {THIS} due --notify",), 1, None, "same"),
    # review 40b item 1: with --notify (a line without it shows nothing: no daily check)
    "@daily": Case((f"@daily {THIS} due --notify",), 1, None, "same"),
    "weekly": Case((f"0 9 * * 1 {THIS} due --notify",), 1, None, "same", not_daily=True),
    "never (31 2)": Case((f"0 9 31 2 * {THIS} due --notify",), 1, None, "same", not_daily=True),
    "@reboot": Case((f"@reboot {THIS} due --notify",), 1, None, "same", not_daily=True),
    "twice a day": Case((f"0 9,21 * * * {THIS} due --notify",), 1, None, "same", not_daily=True),
    "echo": Case((f"0 9 * * * echo {THIS} due",), 0, None, None),
    "MAILTO": Case((f"MAILTO=me {THIS} due", "MAILTO=x primehelp due"), 0, None, None),
    "comment": Case((f"# 0 9 * * * {THIS} due --notify",), 0, None, None),
    "another command": Case((f"0 9 * * * {THIS} renewal",), 0, None, None),
    "path not there": Case((f"0 9 * * * {MISSING} due --notify --lang ja",), 1, None, "missing"),
    "name not on cron's PATH": Case(("0 9 * * * primehelp due --notify",), 1, None, "missing"),
    "weekly, not there": Case((f"0 9 * * 1 {MISSING} due",), 1, None, "missing", not_daily=True),
    "another primehelp": Case(  # with --notify: a line without it is not run (review 40b item 1)
        (f"30 21 * * * {READS_PROFILE} {OTHER} due --notify",), 1, None, "other"
    ),
    "ours beside a broken one": Case(
        (f"0 9 * * 1 {MISSING} due", "MAILTO=me", EXACT),  # 40b 1
        2,
        NEXT_0900,
        None,
        True,
        True,  # review 41b item 8: two lines, the other one named with what is wrong with it
    ),
}


def _said(key: str, lang: str, **values: str) -> str:
    return remind_ui(key).format(**values)(lang) if values else remind_ui(key)(lang)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    fake_tool(tmp_path / "other", "primehelp", "#!/bin/sh\nexit 0\n")
    return tmp_path


def _crontab(here: Path, case: Case) -> tuple[str, ...]:
    lines = tuple(line.replace(OTHER, str(here / "other" / "primehelp")) for line in case.lines)
    fake_tool(here / "bin", "crontab", crontab_printing(*lines))
    return tuple(as_printed(line, here) for line in lines)  # review 41b: the folder's own path


def _job_lines(lines: tuple[str, ...]) -> list[str]:
    return [line for line in lines if not line.startswith(("#", "MAILTO"))]


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_status_counts_and_times_a_line_as_cron_runs_it(here: Path, name: str, lang: str) -> None:
    case = CASES[name]
    lines = _crontab(here, case)
    data = run("remind", "status", "--json", "--lang", lang, env=remind_env(here)).json()["data"]
    assert data["in_crontab"] is (case.jobs > 0)
    assert data["next_run"] == case.next_run  # no time made up
    assert data["next_run_source"] == (case.next_run and "computed")
    jobs = data["crontab_jobs"]
    assert len(jobs) == case.jobs
    assert {job["line"] for job in jobs} <= set(lines)
    if case.state is not None:
        assert [job["program_state"] for job in jobs] == [case.state]
    # the line to use: in place of any line that is not install's (review 41b)
    replace = case.state in ("missing", "other")
    assert (data["crontab_line"] is not None) is (case.jobs > 0 and not case.settled)
    shown = run("remind", "status", "--lang", lang, env=remind_env(here))
    assert shown.exit_code == 0, shown.stderr
    text = shown.stdout.splitlines()
    # review 42b item 6: several lines, the count said once, as the opening sentence
    opening = _said("in_crontab" if case.jobs else "not_in_crontab", lang)
    if case.jobs > 1:
        opening = remind_ui("in_crontab_count").format(count=str(case.jobs))(lang)  # type: ignore[arg-type]
    if case.jobs == 1 and jobs[0]["daily_at"]:  # and when it runs (review 61b S 10)
        assert text[1].startswith(opening[:-1] + ("（" if lang == "ja" else " (")), text
    else:
        assert text[1] == opening
    times = [line for line in text if line.startswith(("次の実行", "Next run"))]
    assert len(times) == (case.next_run is not None), text
    if case.next_run is not None:  # the line's own time: 「21:30」, "21:30"; 「0:00」, "00:00"
        hour, minute = case.next_run[11:13], case.next_run[14:16]
        clock = f"{int(hour)}:{minute}" if lang == "ja" else f"{hour}:{minute}"
        assert f" {clock}" in times[0], times
    assert (_said("cron_not_daily", lang) in text) is case.not_daily
    assert (_said("cron_replace", lang) in text) is replace
    if replace:
        assert text[text.index(_said("cron_replace", lang)) + 1] == data["crontab_line"]
    if case.jobs and not case.settled:  # the line itself, whole, under the state
        assert all(line in text for line in _job_lines(lines))
    else:  # nothing else is printed about install's own line (review 41b: others are named)
        assert as_printed(EXACT, here) not in text


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_install_says_already_only_for_the_daily_check_and_else_prints_the_line(
    here: Path, name: str, lang: str
) -> None:
    case = CASES[name]
    lines = _crontab(here, case)
    data = run("remind", "install", "--json", "--lang", lang, env=remind_env(here)).json()["data"]
    assert data["in_crontab"] is (case.jobs > 0)
    line = data["crontab_line"]
    assert line is not None and line.startswith("0 9 * * * ")
    # already there: the line's own next run; else the next 09:00 once the printed line is added
    assert data["next_run"] == (case.next_run if case.settled else NEXT_0900)
    shown = run("remind", "install", "--lang", lang, env=remind_env(here))
    assert shown.exit_code == 0, shown.stderr
    text = shown.stdout.splitlines()
    assert (_said("already_in_crontab", lang) in text) is case.settled, text
    assert (line in text) is not case.settled  # the line to add, whole
    assert (_said("cron_not_daily", lang) in text) is case.not_daily
    if case.jobs and not case.settled:  # in place of the line there, shown
        # review 41b: any other line: 「毎日の確認に使う行は次のとおりです。…置き換えてください」
        key = "cron_replace" if case.state in ("missing", "other") else "cron_replace_exact"
        assert text[text.index(line) - 1] == _said(key, lang)
        assert all(kept in text for kept in _job_lines(lines))
    words = [word for word in lines[0].split()[5:] if "=" not in word]  # after X=…
    program = words[0] if case.state in ("missing", "other") else ""
    if "/" in program and case.state == "missing":
        assert _said("cron_program_missing", lang, program=program) in text
    elif case.state == "missing":
        folders = "/usr/bin と /bin" if lang == "ja" else "/usr/bin and /bin"  # review 50b item 8
        values = {"program": program, "path": folders}
        assert _said("cron_program_not_on_path", lang, **values) in text
    elif case.state == "other":
        assert _said("cron_program_other", lang, program=program) in text
