"""``remind``: the crontab beside the systemd timer, and the crontab's lines that are not the
daily check (split from :mod:`primehelp.output.remind`, review 42b: size)."""

from __future__ import annotations

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.remind_calendar import manual_way
from primehelp.output.remind_lines import Command, Whole
from primehelp.output.remind_twice import timer_on
from primehelp.remind import Action, RemindReport, Scheduler, SystemdHere
from primehelp.remind_cron import needs_replacing, settled
from primehelp.remind_kept import timer_there

_UI = "ui_remind"
_CRON = "ui_remind_cron"  # the crontab lines' labels (split by job)


def jobs(
    result: RemindReport, lang: Lang, *, in_place: bool = False, timer_on: bool = False
) -> list[str]:
    """Lines not the daily check, what is wrong with each; or the line instead (38b item 1)."""
    from primehelp.output.remind_jobs import in_place as instead
    from primehelp.output.remind_jobs import wrong_lines

    found = instead(result, lang, timer_on=timer_on) if in_place else wrong_lines(result, lang)
    return [Whole(text) if whole else text for text, whole in found]


def opening(result: RemindReport, lang: Lang, *, uninstall: bool = False) -> list[str]:
    """That the crontab has a line running ``primehelp due``, or how many (review 42b item 6)."""
    from primehelp.output.remind_jobs import opening as said

    return said(result, lang, uninstall=uninstall)


def crontab(result: RemindReport, lang: Lang, systemd: SystemdHere) -> list[str]:
    """systemd's screens (and cron's install): whether a crontab line runs the check too. A
    crontab that cannot be read is not said: cron is neither asked about nor used here (review
    28b item 8: 「crontab を読み込めませんでした」 on a systemd machine read like a fault)."""
    counted = settled(result.crontab_jobs)  # only install's own line (review 41b)
    single = len(result.crontab_jobs) == 1
    if result.action is Action.UNINSTALL and result.in_crontab:
        if counted and single:  # goes on only where cron runs it (review 45b item 9)
            from primehelp.output.remind_daemon import daemon_suffix

            return [ui(f"remove_from_crontab{daemon_suffix(result)}", _CRON)(lang)]
        # each line and what is wrong with it, then how to stop it too (review 42b item 5)
        lines = [*opening(result, lang, uninstall=True), *jobs(result, lang)]
        stop = "uninstall_cron_stop" if single else "uninstall_cron_stop_count"  # 「これらの行」
        lines.append(ui(stop, _CRON if stop.endswith("_count") else _UI)(lang))
        hint = needs_replacing(result.crontab_jobs)  # not by itself (review 56b item 1)
        return [*lines, ui("cron_replace_hint", _CRON)(lang)] if hint else lines
    if result.action is Action.UNINSTALL or result.in_crontab is None:
        return []
    if not result.in_crontab:  # systemd's: no line, nothing to say (review 51b item 24)
        return [] if result.scheduler is Scheduler.SYSTEMD else [ui("not_in_crontab", _UI)(lang)]
    if counted and not timer_there(result.units):  # the check is cron's (review 41b item 7)
        return [] if single else [*opening(result, lang), *jobs(result, lang)]
    lines = opening(result, lang)
    if result.scheduler is Scheduler.CRON:  # cron's install names its lines itself
        return lines
    if not counted and timer_on(result, systemd):  # no second daily check (review 42b item 2)
        from primehelp.output.remind_jobs import also_notifies

        lines += [*jobs(result, lang), ui("cron_timer_only", _CRON)(lang)]
        twice = also_notifies(result.crontab_jobs)
        return [*lines, ui("cron_also_notifies", _CRON)(lang)] if twice else lines
    if not counted or not single:  # a line primehelp did not write: named, never counted (41b)
        lines += jobs(result, lang)
    if needs_replacing(result.crontab_jobs):  # never by the same line (review 56b item 1)
        lines.append(ui("cron_replace_hint", _CRON)(lang))
    return lines


def cron_instead(result: RemindReport, lang: Lang, systemd: SystemdHere) -> list[str]:
    """systemd's status where systemd cannot run the check and cron could (a crontab without
    the line): the next step, as install says it (review 31b S 7: no next step was given)."""
    could = result.in_crontab is False and result.action is Action.STATUS
    could = could and systemd is not SystemdHere.USABLE
    return [ui("cron_instead", _CRON)(lang)] if could else []


def neither(systemd: SystemdHere, lang: Lang) -> list[str]:
    """Neither cron nor systemd can run the daily check here: the state plainly, why, and the
    calendar file instead (review 23b item 4)."""
    keys = ("nothing_set_up", f"no_scheduler.{systemd}")
    return [*(ui(key, _UI)(lang) for key in keys), manual_way(lang)]


def no_crontab(systemd: SystemdHere, lang: Lang) -> list[str]:
    """``install --scheduler cron`` with no crontab command: no line to add (nothing would run
    it) and no next run, but why, how to get the line once cron is there, and what works
    instead: systemd where it runs, else the calendar file (review 27b item 5). Where systemd
    cannot run it, why is not said: cron was asked for (review 62b S 11)."""
    lines = [ui("cron_missing", _UI)(lang)]
    if systemd is SystemdHere.USABLE:
        command = Command("primehelp remind install --scheduler systemd")
        return [*lines, ui("systemd_instead", _UI)(lang), command]
    return [*lines, manual_way(lang)]
