"""``remind`` where the systemd timer and a crontab line both run the daily check, or would
(review 40b item 2: ``install --scheduler cron`` with the timer on printed the line to add with no
word of it, while ``status`` said adding it runs the check twice; the systemd screens beside a
crontab line never said that every notification now comes twice, nor how to remove one)."""

from __future__ import annotations

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import TIMER, Action, RemindReport, Scheduler, SystemdHere, UnitState
from primehelp.remind_cron import reminds_daily
from primehelp.remind_kept import timer_there

_UI = "ui_remind"


def timer_on(result: RemindReport, systemd: SystemdHere) -> bool:
    """primehelp's timer is there and on, where systemd runs it."""
    return systemd is SystemdHere.USABLE and timer_there(result.units) and result.enabled is True


def runs_twice(result: RemindReport, systemd: SystemdHere) -> bool:
    """install or status with the timer on and a crontab line that reminds every day: both run
    the daily check (:func:`twice` says so, naming uninstall)."""
    return _beside_timer(result, systemd) and result.cron_running is True


def _beside_timer(result: RemindReport, systemd: SystemdHere) -> bool:
    """install or status with the timer on and a crontab line that would remind every day."""
    if result.action is Action.UNINSTALL or not timer_on(result, systemd):
        return False
    return any(reminds_daily(job) for job in result.crontab_jobs)


def twice(result: RemindReport, lang: Lang, systemd: SystemdHere) -> list[str]:
    """cron's install with the timer on: that first, and that adding the line runs the check
    twice (to switch, remove the timer first); any install or status with the timer on and a
    crontab line that reminds every day: that the check runs twice, and how to remove one."""
    if result.action is Action.UNINSTALL or not timer_on(result, systemd):
        return []
    both = runs_twice(result, systemd)
    lead = result.scheduler is Scheduler.CRON and result.action is Action.INSTALL
    said = [ui("both_run" if both else "cron_twice_switch", _UI)(lang)] if lead or both else []
    if not both and _beside_timer(result, systemd):  # no cron runs it, or not known (45b 1):
        # never 「…タイマーを削除してください」, which would leave no check at all
        suffix = "_idle" if result.cron_running is False else "_unknown"
        said = [ui(f"cron_line{suffix}_beside_timer", "ui_remind_cron")(lang)]
    return [ui("timer_on", _UI)(lang), *said] if lead else said


def notes(result: RemindReport, lang: Lang, systemd: SystemdHere) -> list[str]:
    """status (and systemd's install): :func:`twice`, then the language its notifications come
    in where it is not this screen's (review 40b S 9: a Japanese member was shown a timer running
    ``--lang en`` only inside the command), with how to change it."""
    other = "en" if lang == "ja" else "ja"
    said = twice(result, lang, systemd)
    service = any(u.name != TIMER and u.state is not UnitState.ABSENT for u in result.units)
    # only about a timer that is there and on, never after uninstall (review 43b item 2: a
    # removed timer was said to notify in English); where a file primehelp did not write, or
    # changed since, would refuse the plain install, the command that works (--force)
    on = result.action is not Action.UNINSTALL and timer_on(result, systemd)
    if (
        result.scheduler is Scheduler.SYSTEMD
        and on
        and service
        and _command_lang(result.command) == other
    ):
        blocked = any(u.state in (UnitState.FOREIGN, UnitState.CHANGED) for u in result.units)
        force = " --force" if blocked else ""
        said += [
            ui("notify_lang_timer", _UI)(lang),
            f"primehelp --lang {lang} remind install{force}",
        ]
    if any(reminds_daily(job) and (job.lang or "").lower() == other for job in result.crontab_jobs):
        said.append(ui("notify_lang_cron", _UI)(lang))
    return said


def _command_lang(command: str) -> str | None:
    """The last ``--lang`` the daily check's command names (``--lang en``, ``--lang=en``)."""
    words = command.replace("=", " ").split()
    found = [words[i + 1] for i, word in enumerate(words[:-1]) if word == "--lang"]
    return found[-1].strip("\"'").lower() if found else None
