"""cron's screens where no cron daemon runs, or where that cannot be told (review 43b item 1:
「次は…に実行されます」 and 「次の実行（予定）」 where nothing would ever run the line)."""

from __future__ import annotations

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.remind_calendar import manual_way
from primehelp.output.remind_lines import Command
from primehelp.remind import RemindReport, Scheduler
from primehelp.remind_kept import cron_idle

_UI = "ui_remind"
_CRON = "ui_remind_cron"  # the crontab lines' labels (split by job)
# the next run, said only as what follows if cron runs (no daemon could be looked for here)
_IF_RUNNING = {
    "next_run_if_added": "next_run_if_added_cron",
    "next_run_if_replaced": "next_run_if_replaced_cron",
    "next_run.computed": "next_run_cron",
}


def cron_next_run(result: RemindReport, lang: Lang, key: str, **values: str) -> list[str] | None:
    """In place of the next run (``key``, with its ``values``): where no cron daemon runs, that
    it does not, how to start it and the calendar instead, and no time; where that cannot be
    told, the time only as what follows if cron runs. ``None``: the next run as it is."""
    if result.scheduler is not Scheduler.CRON:
        return None
    zones = _zones(result, lang) if key != "next_run.systemctl" else []  # review 44b R-minor 6
    if result.cron_running is True:
        return [ui(key, _UI)(lang).format(**values), *zones] if zones else None
    if result.cron_running is None:
        said = ui(_IF_RUNNING[key], _CRON) if key in _IF_RUNNING else ui(key, _UI)
        return [said(lang).format(**values), *zones]
    return not_running(result, lang)


def _zones(result: RemindReport, lang: Lang) -> list[str]:
    """After the next run of the lines that are the daily check: the crontab's ``CRON_TZ`` each
    runs by, where one does (cronie reads its time fields in that zone; review 44b R-minor 6),
    and that the time said is this computer's; none where none sets one."""
    from primehelp.remind_cron import reminds_daily

    named = {job.cron_tz: None for job in result.crontab_jobs if job.cron_tz and reminds_daily(job)}
    named = {result.added_cron_tz: None} if result.added_cron_tz else named  # the line to add
    return [ui("cron_tz_zone", _CRON).format(zone=escaped(zone))(lang) for zone in named]


def no_next_run(result: RemindReport, lang: Lang) -> list[str]:
    """In place of the next run where none is said: no cron daemon runs (:func:`not_running`),
    or a line that is the daily check names a ``CRON_TZ`` that is not a zone primehelp can read
    (no time is promised; review 44b R-minor 6)."""
    if result.cron_running is False:
        return not_running(result, lang)
    from primehelp.remind_cron import cron_zone, reminds_daily

    unread = {
        job.cron_tz: None
        for job in result.crontab_jobs
        if job.cron_tz and job.daily_at and reminds_daily(job) and cron_zone(job.cron_tz) is None
    }
    added = result.added_cron_tz  # the line to add runs by the crontab's last CRON_TZ
    unread = {added: None} if added and cron_zone(added) is None else unread
    return [ui("cron_tz_unread", _CRON).format(zone=escaped(zone))(lang) for zone in unread]


def not_running(result: RemindReport, lang: Lang) -> list[str]:
    """That no cron daemon runs, so the daily check does not, how to start it, and the
    calendar file instead; nothing where cron is not what would run it."""
    if not cron_idle(result):
        return []
    start = Command("sudo service cron start")  # a command on a line of its own, whole
    return [ui("cron_not_running", _CRON)(lang), start, manual_way(lang)]


def daemon_suffix(result: RemindReport) -> str:
    """The label suffix for what a crontab line does by :attr:`~RemindReport.cron_running`
    (review 45b items 1 and 9): ``""`` where a cron daemon runs it, ``"_idle"`` where none runs,
    ``"_unknown"`` where that cannot be told."""
    return {True: "", False: "_idle"}.get(result.cron_running, "_unknown")  # type: ignore[arg-type]
