"""Review 39b item 4: a crontab line counted as the daily check though, run by cron (no
``XDG_CONFIG_HOME``, no ``PRIMEHELP_CONFIG_DIR`` unless the crontab sets it), its primehelp reads
another folder than the one the date was saved in: every daily check answered that nothing was
saved. Pure: over the ways a crontab can set (or not set) the folder, the folder the line's
primehelp reads is the one :func:`primehelp.profile.profile_path` finds in cron's environment."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest

from primehelp.profile import profile_path
from primehelp.remind_cron import (
    CronJob,
    ProgramState,
    cron_jobs,
    needs_replacing,
    next_cron_run,
    profile_dir,
    settled,
)

HOME = "/home/m"
PROGRAM = "/opt/venv/bin/primehelp due --notify"
# crontab text → the folder the line's primehelp reads (None: cannot be known here)
CASES = {
    "nothing set": (f"0 9 * * * {PROGRAM}", f"{HOME}/.config/primehelp"),
    "assigned": (f"0 9 * * * PRIMEHELP_CONFIG_DIR=/p/x {PROGRAM}", "/p/x"),
    "assigned after env": (f"0 9 * * * env PRIMEHELP_CONFIG_DIR=/p/y {PROGRAM}", "/p/y"),
    "assigned, quoted": (f"0 9 * * * PRIMEHELP_CONFIG_DIR='/p/a b' {PROGRAM}", "/p/a b"),
    "assigned with $HOME": (
        f"0 9 * * * PRIMEHELP_CONFIG_DIR=$HOME/cfg {PROGRAM}",
        f"{HOME}/cfg",
    ),
    "assigned with ${HOME}": (f"0 9 * * * PRIMEHELP_CONFIG_DIR=${{HOME}}/c {PROGRAM}", f"{HOME}/c"),
    "assigned with ~": (f"0 9 * * * PRIMEHELP_CONFIG_DIR=~/t {PROGRAM}", f"{HOME}/t"),
    "assigned, relative": (f"0 9 * * * PRIMEHELP_CONFIG_DIR=rel {PROGRAM}", f"{HOME}/rel"),
    "another variable": (f"0 9 * * * PRIMEHELP_CONFIG_DIR=$CFG/x {PROGRAM}", None),
    "crontab line": (f"PRIMEHELP_CONFIG_DIR=/c/d\n0 9 * * * {PROGRAM}", "/c/d"),
    "crontab line, ~": (f"PRIMEHELP_CONFIG_DIR=~/e\n0 9 * * * {PROGRAM}", f"{HOME}/e"),
    "crontab XDG": (f"XDG_CONFIG_HOME=/x\n0 9 * * * {PROGRAM}", "/x/primehelp"),
    "assigned XDG": (f"0 9 * * * XDG_CONFIG_HOME=/y {PROGRAM}", "/y/primehelp"),
    # review 42b item 7: a relative XDG_CONFIG_HOME is ignored (as platformdirs and systemd do)
    "relative XDG": (f"0 9 * * * XDG_CONFIG_HOME=y {PROGRAM}", f"{HOME}/.config/primehelp"),
    "crontab HOME": (f"HOME=/h2\n0 9 * * * {PROGRAM}", "/h2/.config/primehelp"),
    "both, the dir wins": (
        f"XDG_CONFIG_HOME=/x\n0 9 * * * PRIMEHELP_CONFIG_DIR=/z {PROGRAM}",
        "/z",
    ),
    "the line's own wins": (
        f"PRIMEHELP_CONFIG_DIR=/c\n0 9 * * * PRIMEHELP_CONFIG_DIR=/w {PROGRAM}",
        "/w",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_the_folder_a_line_reads_is_the_one_profile_path_finds_in_crons_environment(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    crontab, expected = CASES[name]
    [job] = cron_jobs(crontab)
    found = profile_dir(job, HOME)
    if sys.platform != "linux":
        return  # off Linux, only PRIMEHELP_CONFIG_DIR is read without platformdirs
    assert found == expected
    if expected is not None and "$" not in crontab and "~" not in crontab:
        # what primehelp itself would read with that environment (cron gives HOME and the
        # crontab's lines; the line's assignments come on top)
        environment = {"HOME": HOME, **dict(job.environment), **dict(job.assigned)}
        # cron starts the job in HOME: a relative folder is taken from there (review 47b S 15)
        monkeypatch.setattr(os, "getcwd", lambda: HOME)
        assert Path(found) == Path(HOME, profile_path(environment).parent)


def _job(reads: bool | None, state: ProgramState = ProgramState.SAME) -> CronJob:
    [job] = cron_jobs(f"0 9 * * * {PROGRAM}")
    return dataclasses.replace(job, program_state=state, reads_saved_profile=reads)


@pytest.mark.parametrize("reads", [True, False, None])
@pytest.mark.parametrize("state", list(ProgramState))
def test_a_line_reading_another_folder_is_never_the_daily_check(
    reads: bool | None, state: ProgramState
) -> None:
    import datetime as dt

    jobs = [_job(reads, state)]
    now = dt.datetime(2026, 12, 4, 10, tzinfo=dt.UTC)
    if reads is False:  # to be replaced, with no next run: no reminder of the date comes
        assert not settled(jobs)
        assert needs_replacing(jobs)
        assert next_cron_run(jobs, now) is None
    else:  # review 41b: not compared with install's line (`exact` None): never counted
        assert not settled(jobs)
        assert needs_replacing(jobs)
