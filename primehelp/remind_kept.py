"""``remind uninstall`` and ``status`` where one unit file is there without the other (review
39b item 1): an edited timer kept without ``--force`` keeps its service too, and a timer whose
service is not there is not a daily check that runs (never false comfort). Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from primehelp.remind import (
    SERVICE,
    TIMER,
    Action,
    Change,
    RemindReport,
    Scheduler,
    UnitFile,
    UnitState,
)


def removable_together(found: Mapping[str, UnitState], removable: set[str]) -> set[str]:
    """What ``uninstall`` removes: the service only with the timer (an edited timer kept and
    the service removed left an enabled timer starting a unit that was not there, and
    ``status`` called the check on). ``found``: each unit's state on disk."""
    timer_there = found.get(TIMER, UnitState.ABSENT) is not UnitState.ABSENT
    return removable - {SERVICE} if timer_there and TIMER not in removable else removable


def service_missing(units: Sequence[UnitFile]) -> bool:
    """primehelp's timer is there (edited or not) and the service it starts is not: the daily
    check cannot run, whether or not the timer is on."""
    states = {unit.name: unit.state for unit in units}
    timer, service = states.get(TIMER), states.get(SERVICE)
    return timer in (UnitState.OURS, UnitState.CHANGED) and service is UnitState.ABSENT


def timer_unit(data: bytes) -> str:
    """The unit a timer file starts: its ``[Timer]`` section's last ``Unit=``, else the unit of
    the timer's own name (systemd's default), ``primehelp-due.service``."""
    started, section = SERVICE, ""
    for raw in data.decode("utf-8", "replace").splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line
            continue
        key, equals, value = line.partition("=")
        if section == "[Timer]" and equals and key.strip() == "Unit" and value.strip():
            started = value.strip()
    return started


def starts_missing_service(units: Sequence[UnitFile], timer: bytes | None) -> bool:
    """A timer file is there (primehelp's, changed or not primehelp's at all) and the service
    it starts, ``primehelp-due.service``, is not: nothing runs, so no daily check (review 43b
    item 5: status said of a foreign timer 「分かりません」 and promised its next run).
    ``timer``: the timer file's bytes, read where the units were found."""
    if service_missing(units):
        return True
    states = {unit.name: unit.state for unit in units}
    foreign = states.get(TIMER) is UnitState.FOREIGN and states.get(SERVICE) is UnitState.ABSENT
    return foreign and timer is not None and timer_unit(timer) == SERVICE


def still_on(report: RemindReport) -> bool:
    """``uninstall`` without ``--force`` kept our edited timer (and so its service), which is
    on: the daily check was not stopped (said, and exit 1)."""
    timer = next((u for u in report.units if u.name == TIMER), None)
    if timer is None or timer.change is not Change.LEFT_ALONE:
        return False
    ours = timer.state is UnitState.CHANGED
    return report.action is Action.UNINSTALL and ours and report.enabled is True


def timer_there(units: Sequence[UnitFile]) -> bool:
    """Whether primehelp's timer file is there (written by it, changed since or not)."""
    return any(u.name == TIMER and u.state in (UnitState.OURS, UnitState.CHANGED) for u in units)


def not_ours_on(result: RemindReport) -> bool:
    """The timer is on, but a unit file is not primehelp's or was changed since: primehelp
    cannot tell what runs, nor when (review 42b, item 1: not 「有効です」, nor 「毎日 9:00」)."""
    changed = (UnitState.FOREIGN, UnitState.CHANGED)
    return result.enabled is True and any(unit.state in changed for unit in result.units)


def cron_idle(result: RemindReport) -> bool:
    """cron's install or status where no cron daemon runs, so the crontab line never runs
    (review 43b item 1), and no timer of primehelp's is on to run the check instead."""
    cron = result.scheduler is Scheduler.CRON and result.action is not Action.UNINSTALL
    timer_on = timer_there(result.units) and result.enabled is True
    return cron and result.cron_running is False and not timer_on


def program_missing(result: RemindReport) -> bool:
    """systemd: the program the service's ``ExecStart=`` runs is not there, so the timer runs
    nothing that reminds (review 44b item 1, as cron's lines are checked)."""
    return result.program_state == "missing"
