"""Review 38b item 1: which crontab lines run ``primehelp due``, and when (pure).

Every line mentioning ``primehelp due`` counted as the daily check, with a next run at 09:00
whatever its schedule: a comment-free ``echo primehelp due``, a ``MAILTO=… primehelp due``
environment line, a weekly line, one that never runs. Over the product of schedules and
commands: a line is a job exactly when its command runs ``primehelp due``, and its time is known
exactly when its schedule is a plain daily one."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.remind_cron import (
    CRON_PATH,
    CronJob,
    ProgramState,
    cron_jobs,
    needs_replacing,
    next_cron_run,
    settled,
)

# schedule → "HH:MM" where it runs once a day at a fixed time, else None
SCHEDULES = {
    "0 9 * * *": "09:00",
    "30 21 * * *": "21:30",
    "05 00 * * *": "00:05",
    "59 23 * * *": "23:59",
    "@daily": "00:00",
    "@midnight": "00:00",
    "0 9 * * 1": None,  # Mondays
    "0 9 * * 1-5": None,
    "0 9 31 2 *": None,  # 31 February: never
    "0 9 1 * *": None,
    "0 9 * 12 *": None,
    "*/30 9 * * *": None,
    "0 9,21 * * *": None,
    "0 */2 * * *": None,
    "* 9 * * *": None,
    "60 9 * * *": None,  # no such minute
    "0 24 * * *": None,
    "@reboot": None,
    "@weekly": None,
    "@monthly": None,
    "@yearly": None,
    "@annually": None,
    "@hourly": None,
}
# command → (the program it runs primehelp due with, python -m) or None: not the check
COMMANDS: dict[str, tuple[str, bool] | None] = {
    "/opt/ph/bin/primehelp due --notify --lang ja": ("/opt/ph/bin/primehelp", False),
    "primehelp due": ("primehelp", False),
    "~/.local/bin/primehelp due --notify": ("~/.local/bin/primehelp", False),
    "'/opt/prime help/primehelp' due": ("/opt/prime help/primehelp", False),
    "PRIMEHELP_CONFIG_DIR=/c/100\\% DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1/bus "
    "/p/primehelp due --notify": ("/p/primehelp", False),
    "env LANG=C /p/primehelp due": ("/p/primehelp", False),
    "/usr/bin/env primehelp due": ("primehelp", False),
    "cd /tmp && /p/primehelp due": ("/p/primehelp", False),
    "true; primehelp due >> /tmp/log 2>&1": ("primehelp", False),
    "/p/primehelp --lang ja due": ("/p/primehelp", False),
    "/p/primehelp --json --lang=en due": ("/p/primehelp", False),
    "/venv/bin/python3.12 -m primehelp due --notify": ("/venv/bin/python3.12", True),
    "python -m primehelp due": ("python", True),
    "/p/primehelp due 100% sure": ("/p/primehelp", False),  # % ends cron's command
    "echo primehelp due": None,
    "echo /p/primehelp due | mail me": None,
    "/p/primehelp renewal": None,
    "/p/primehelp remind status": None,
    "/p/primehelp": None,
    "/p/primehelp-old due": None,
    "primehelp %due": None,  # cron gives the shell `primehelp ` only
    "/p/notprimehelp due": None,
    "python -m primehelpx due": None,
    "python -c primehelp due": None,
    "# primehelp due": None,  # the shell's comment
    "'primehelp due": None,  # an unclosed quote: the shell fails
}


@pytest.mark.parametrize("schedule", SCHEDULES)
def test_a_line_is_a_job_exactly_when_its_command_runs_primehelp_due(schedule: str) -> None:
    for command, runs in COMMANDS.items():
        line = f"{schedule} {command}"
        jobs = cron_jobs(f"MAILTO=me\n{line}\n")
        if runs is None:
            assert jobs == (), line
            continue
        assert len(jobs) == 1, line
        (job,) = jobs
        assert (job.program, job.runs_module) == runs, line
        assert (job.line, job.schedule) == (line, schedule)
        assert job.daily_at == SCHEDULES[schedule], line
        assert job.program_state is None and job.search_path == CRON_PATH
        # the same line commented out, or as a value of an environment line: never a job
        assert cron_jobs(f"# {line}\n  #{line}\nX={line}\nMAILTO = {line}\n") == ()


@pytest.mark.parametrize(
    "line",
    [
        "0 9 * * *",  # no command
        "0 9 * * /p/primehelp due",  # four fields
        "@every /p/primehelp due",  # no such keyword
        "@daily",
        "MAILTO=x primehelp due",  # review 38b: an environment line
        "PATH=/usr/bin primehelp due",
        '"NAME" = 0 9 * * * primehelp due',
        "",
        "   ",
    ],
)
def test_what_cron_does_not_run_is_no_job(line: str) -> None:
    assert cron_jobs(line) == ()


def test_the_path_and_home_a_line_gets_are_the_crontab_s_above_it() -> None:
    crontab = (
        "0 8 * * * primehelp due\n"
        'PATH="/opt/bin:/usr/bin"\n'
        "HOME = /home/x\n"
        "0 9 * * * primehelp due\n"
        "PATH=/elsewhere\n"
    )
    first, second = cron_jobs(crontab)
    assert (first.search_path, first.home) == (CRON_PATH, None)
    assert (second.search_path, second.home) == ("/opt/bin:/usr/bin", "/home/x")


def _job(daily_at: str | None, state: ProgramState, exact: bool = True) -> CronJob:
    # review 41b: only install's own line counts (`exact`, filled in by the CLI)
    return CronJob("l", "s", daily_at, "/p/primehelp", state, exact=exact)


NOW = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def test_the_next_run_is_the_earliest_daily_line_whose_program_is_there() -> None:
    at = NOW.replace
    same, other, missing = ProgramState.SAME, ProgramState.OTHER, ProgramState.MISSING
    assert next_cron_run([_job("21:30", same)], NOW) == at(hour=21, minute=30)
    assert next_cron_run([_job("09:00", same)], NOW) == at(day=6, hour=9, minute=0)
    two = [_job("12:00", same), _job("11:00", other), _job("10:00", same)]
    assert next_cron_run(two, NOW) == at(hour=11, minute=0)  # 10:00 is past: tomorrow's
    # review 41b: a line that is not exactly install's is never given a time as the check's
    assert next_cron_run([_job("21:30", same, exact=False)], NOW) is None
    # no time is made up: a line that is not daily, or whose program is not there, gives none
    assert next_cron_run([_job(None, same), _job("09:00", missing)], NOW) is None
    assert next_cron_run([], NOW) is None


@pytest.mark.parametrize("exact", [True, False])
@pytest.mark.parametrize("daily_at", ["09:00", "21:30", None])
@pytest.mark.parametrize("state", list(ProgramState))
def test_settled_only_by_the_line_install_prints(
    daily_at: str | None, state: ProgramState, exact: bool
) -> None:
    # review 41b (was: any daily line of this primehelp): only install's own line counts
    jobs = [_job(daily_at, state, exact)]
    assert settled(jobs) is exact
    # the line to use instead of any other line
    assert needs_replacing(jobs) is not exact
    # with a settled line beside it, nothing needs replacing
    assert not needs_replacing([*jobs, _job("09:00", ProgramState.SAME)])
