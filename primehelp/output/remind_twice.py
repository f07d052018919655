"""``remind`` where the systemd timer and a crontab line both run the daily check, or would
(review 40b item 2: ``install --scheduler cron`` with the timer on printed the line to add with no
word of it, while ``status`` said adding it runs the check twice; the systemd screens beside a
crontab line never said that every notification now comes twice, nor how to remove one)."""

from __future__ import annotations

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import TIMER, Action, RemindReport, Scheduler, SystemdHere, UnitState
from primehelp.remind_cron import reminds_daily

_UI = "ui_remind"


def _timer_on(result: RemindReport, systemd: SystemdHere) -> bool:
    """primehelp's timer is there and on, where systemd runs it."""
    mine = (UnitState.OURS, UnitState.CHANGED)
    there = any(u.name == TIMER and u.state in mine for u in result.units)
    return systemd is SystemdHere.USABLE and there and result.enabled is True


def twice(result: RemindReport, lang: Lang, systemd: SystemdHere) -> list[str]:
    """cron's install with the timer on: that first, and that adding the line runs the check
    twice (to switch, remove the timer first); any install or status with the timer on and a
    crontab line that reminds every day: that the check runs twice, and how to remove one."""
    if result.action is Action.UNINSTALL or not _timer_on(result, systemd):
        return []
    both = any(reminds_daily(job) for job in result.crontab_jobs)
    lead = result.scheduler is Scheduler.CRON and result.action is Action.INSTALL
    said = [ui("both_run" if both else "cron_twice_switch", _UI)(lang)] if lead or both else []
    return [ui("timer_on", _UI)(lang), *said] if lead else said
