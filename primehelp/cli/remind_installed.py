"""Which of primehelp's daily checks are set up and on, for ``profile --clear`` (review 40b item 4:
with the saved date deleted, a daily check left on raises an error notification every day, and
the clear screen never said so). Read only: the timer's files and link, ``crontab -l``."""

from __future__ import annotations

from primehelp.remind import TIMER, WANTS, Scheduler, SystemdHere, UnitState


def daily_checks_on() -> tuple[Scheduler, ...]:
    """``systemd`` where primehelp's timer and its service are there and the timer is enabled
    where systemd runs; ``cron`` where a crontab line reminds every day (as ``remind status``
    counts one: daily, its program there, reading the saved folder, with ``--notify``)."""
    from primehelp.cli import remind as command
    from primehelp.cli.remind_tools import crontab_jobs
    from primehelp.remind_cron import reminds_daily

    found: list[Scheduler] = []
    units = command.user_unit_dir()
    if units is not None and command.systemd_here() is SystemdHere.USABLE:
        mine = (UnitState.OURS, UnitState.CHANGED)
        states = [state for _, _, state in command.units_found(units)]  # the timer, the service
        if all(state in mine for state in states) and (units / WANTS / TIMER).is_symlink():
            found.append(Scheduler.SYSTEMD)
    jobs = crontab_jobs(command.running_script(), command.wanted_lines()) or ()
    if any(reminds_daily(job) for job in jobs):
        found.append(Scheduler.CRON)
    return tuple(found)


def install_scheduler(how: Scheduler) -> Scheduler:
    """Plain ``install``'s scheduler: cron where the crontab has the daily-check line and no
    timer of primehelp's is there (review 42b S 12: a timer was added beside it, the check ran
    twice, where status says none is needed); else ``how``."""
    return Scheduler.CRON if how is Scheduler.SYSTEMD and _cron_does_it() else how


def _cron_does_it() -> bool:
    import shutil

    from primehelp.cli import remind as command
    from primehelp.cli.remind_tools import crontab_jobs
    from primehelp.remind_cron import settled

    states = {name: state for name, _, state in command.units_found(command.user_unit_dir())}
    if states.get(TIMER, UnitState.ABSENT) is not UnitState.ABSENT:
        return False
    if shutil.which("crontab") is None:
        return False
    return settled(crontab_jobs(command.running_script(), command.wanted_lines()) or ())
