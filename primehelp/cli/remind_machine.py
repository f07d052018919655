"""What on this computer decides whether ``remind``'s daily check reminds at all, for install
and status: the tool ``due --notify`` shows a notification with (review 41b item 3), a cron
daemon to run the crontab line (review 43b item 1), and what ``due`` answers about the saved
date (review 37b item 2)."""

import dataclasses
import datetime as dt
import shutil
from typing import TYPE_CHECKING

from primehelp.i18n import Text
from primehelp.remind import (
    TIMER,
    Action,
    NextRunSource,
    RemindReport,
    Scheduler,
    SystemdHere,
    TimerIdle,
    listed_next_run,
    listed_stopped,
)

if TYPE_CHECKING:
    from primehelp.remind_cron import ProgramState


def timer_next_run(
    timer_installed: bool, enabled: bool
) -> tuple[dt.datetime | None, NextRunSource | None, TimerIdle | None]:
    """When the timer runs next: as systemctl lists it, else the next 09:00 computed; none,
    and why, where it will not run: systemd cannot run it here, or systemctl lists it with no
    next time, stopped (review 47b items 1 and 3: a next run was promised for both)."""
    from primehelp.cli import remind as command  # its seams: now(), SYSTEMD_RUNNING
    from primehelp.cli.remind_tools import tool

    if not (timer_installed and enabled):
        return None, None, None
    if command.systemd_here() is not SystemdHere.USABLE:
        return None, None, TimerIdle.SYSTEMD_UNUSABLE
    done = tool("systemctl", "--user", "list-timers", "--all", "--no-legend", "--no-pager", TIMER)
    if not isinstance(done, Text) and done.returncode == 0:
        listed = listed_next_run(done.stdout)
        if listed is not None:
            return listed, NextRunSource.SYSTEMCTL, None
        if listed_stopped(done.stdout):
            return None, None, TimerIdle.STOPPED
    return command.next_daily_run(command.now()), NextRunSource.COMPUTED, None


def checked(report: RemindReport) -> RemindReport:
    """``report`` with :attr:`~RemindReport.saved_date_problem`,
    :attr:`~RemindReport.notifier_found`, with cron :attr:`~RemindReport.cron_running`, and
    :attr:`~RemindReport.timer_service_missing`."""
    state, program = timer_program(report)
    return dataclasses.replace(
        where_units(with_cron_daemon(with_notifier(report))),
        saved_date_problem=_saved_problem(report),
        timer_service_missing=timer_service_missing(report),
        program_state=state,
        program=program,
    )


def with_notifier(report: RemindReport) -> RemindReport:
    """``report`` with :attr:`~RemindReport.notifier_found`: whether the tool ``due --notify``
    shows a notification with is on PATH, for every action (review 51b item 13: uninstall kept
    the default ``True`` where status and install said ``False``)."""
    from primehelp.notify import notifier_tool

    return dataclasses.replace(report, notifier_found=shutil.which(notifier_tool()) is not None)


def with_cron_daemon(report: RemindReport) -> RemindReport:
    """``report`` with :attr:`~RemindReport.cron_running` (:func:`cron_daemon`), and with cron
    where none runs, no next run (review 45b item 3: ``next_run`` gave a time the screen
    withheld, for a line that never runs)."""
    running = cron_daemon(report)
    idle = report.scheduler is Scheduler.CRON and running is False
    when = (None, None) if idle else (report.next_run, report.next_run_source)
    return dataclasses.replace(
        report, cron_running=running, next_run=when[0], next_run_source=when[1]
    )


def timer_program(report: RemindReport) -> "tuple[ProgramState | None, str | None]":
    """systemd's install and status: whether the program the service's ``ExecStart=`` runs is
    there, by the check cron's lines get (review 44b item 1: a timer whose program was gone,
    after a reinstall or a moved folder, was called on); ``None``: cron, uninstall, no service."""
    if report.scheduler is not Scheduler.SYSTEMD or report.action is Action.UNINSTALL:
        return None, None
    from pathlib import Path

    from primehelp.cli.remind import UNIT_SIZE_LIMIT, running_script
    from primehelp.cli.remind_tools import program_file, program_state
    from primehelp.files import read_bytes
    from primehelp.remind import SERVICE, SYSTEMD_PATH, service_program

    service = next((unit for unit in report.units if unit.name == SERVICE), None)
    data = None if service is None else read_bytes(Path(service.path), limit=UNIT_SIZE_LIMIT)
    found = None if data is None else service_program(data)
    if found is None:
        return None, None
    program, module = found
    file = program_file(program, "/", SYSTEMD_PATH)
    return program_state(file, module, running_script()), program


def _saved_problem(report: RemindReport) -> Text | None:
    """What ``due`` answers about the saved date where the daily check runs: with systemd, in
    the folder the service reads (its ``Environment=PRIMEHELP_CONFIG_DIR``, else ``~/.config``:
    the user's systemd has no ``XDG_CONFIG_HOME`` of a shell), named where it is not the one
    this shell saves in (review 44b item 3: status read the shell's, and the timer answered
    every day that nothing was saved); else in this shell's folder."""
    import os

    from primehelp.errors import FileProblem
    from primehelp.facts import ui
    from primehelp.profile import profile_path
    from primehelp.remind_saved import saved_date_problem

    environment = _timer_environment(report)
    if environment is None:
        return saved_date_problem()
    problem = saved_date_problem(environment)
    try:
        theirs, ours = profile_path(environment).parent, profile_path(os.environ).parent
    except FileProblem:
        return problem
    if problem is None or theirs.absolute() == ours.absolute():
        return problem
    note = ui("timer_reads_other", "ui_remind").format(folder=str(theirs))
    return Text(f"{problem.ja}{note.ja}", f"{problem.en} {note.en}")


def _timer_environment(report: RemindReport) -> dict[str, str] | None:
    """The environment the service's ``due`` finds its profile with: HOME, and the service's
    ``Environment=``; ``None``: not systemd's install or status, or no service file."""
    import os
    from pathlib import Path

    from primehelp.cli.remind import UNIT_SIZE_LIMIT
    from primehelp.files import read_bytes
    from primehelp.remind import SERVICE, service_environment

    if report.scheduler is not Scheduler.SYSTEMD or report.action is Action.UNINSTALL:
        return None
    service = next((unit for unit in report.units if unit.name == SERVICE), None)
    data = None if service is None else read_bytes(Path(service.path), limit=UNIT_SIZE_LIMIT)
    if data is None:
        return None
    return {"HOME": os.environ.get("HOME", ""), **service_environment(data)}


def timer_service_missing(report: RemindReport) -> bool:
    """A timer file there, starting a service that is not (review 43b item 5)."""
    from pathlib import Path

    from primehelp.cli.remind import UNIT_SIZE_LIMIT
    from primehelp.files import read_bytes
    from primehelp.remind import TIMER
    from primehelp.remind_kept import starts_missing_service

    timer = next((unit for unit in report.units if unit.name == TIMER), None)
    data = None if timer is None else read_bytes(Path(timer.path), limit=UNIT_SIZE_LIMIT)
    return starts_missing_service(report.units, data)


def cron_daemon(report: RemindReport) -> bool | None:
    """Whether a cron daemon runs: where cron runs the daily check (install, status), and, with
    any scheduler and action, where the crontab has a line running ``primehelp due`` (review
    45b items 1 and 9: systemd's status and uninstall said the check ran, or went on, through
    cron where none ran). The one answer every view uses (:func:`primehelp.cron_running.
    cron_running`); ``None``: not looked for (no such line, not cron's) or it cannot be told."""
    cron = report.scheduler is Scheduler.CRON and report.action is not Action.UNINSTALL
    if not cron and report.in_crontab is not True:
        return None
    from primehelp.cron_running import cron_running

    return cron_running()


def where_units(report: RemindReport) -> RemindReport:
    """``report`` with whose environment named the unit files' folder, and the other folder a
    member may expect (review 44b R-minor 5): this shell's ``XDG_CONFIG_HOME``'s where the user
    manager's differs (the files are where systemd reads them, not there); ``~/.config``'s
    where the manager could not be asked and this shell's differs (systemd may not read it)."""
    import os

    from primehelp.cli.remind_tools import unit_dir_found
    from primehelp.profile import xdg_config_home
    from primehelp.remind_manager import UnitDirSource

    used, source = unit_dir_found()
    if used is None:
        return report
    theirs = {"HOME": os.environ.get("HOME", "")}
    config = xdg_config_home(os.environ if source is UnitDirSource.SYSTEMD else theirs)
    other = None if config is None else config / "systemd" / "user"
    other = None if other is None or other.absolute() == used.absolute() else other
    named = None if other is None else str(other)
    return dataclasses.replace(report, unit_dir_source=source, other_unit_dir=named)
