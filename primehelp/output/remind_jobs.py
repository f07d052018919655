"""``remind`` with cron: the crontab's lines that run ``primehelp due`` but are not the daily
check ``install`` sets up (review 38b item 1: any line mentioning it was taken for one, with a
next run at 09:00 its schedule did not give): each line, what is wrong with it, and the line to
use in its place. Lines as ``(text, whole)``: ``whole``, a crontab line, is never wrapped."""

from __future__ import annotations

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import Action, RemindReport, Scheduler
from primehelp.remind_cron import (
    CronJob,
    NotExact,
    ProgramState,
    needs_replacing,
    reads_other_date,
    settled,
)

_UI = "ui_remind"
_CRON = "ui_remind_cron"  # the crontab lines' labels (split by job)
Line = tuple[str, bool]


def _said(job: CronJob, lang: Lang) -> list[str]:
    """What keeps ``job`` from being the daily check: its schedule, its program."""
    said = [] if job.daily_at is not None else [ui("cron_not_daily", _CRON)(lang)]
    program = escaped(job.program)
    if job.program_state is ProgramState.OTHER:
        said.append(ui("cron_program_other", _CRON).format(program=program)(lang))
    elif job.program_state is ProgramState.MISSING and "/" in job.program:
        said.append(ui("cron_program_missing", _CRON).format(program=program)(lang))
    elif job.program_state is ProgramState.MISSING:  # a bare name: not on cron's PATH
        where = _folders(job.search_path, lang)
        said.append(ui("cron_program_not_on_path", _CRON).format(program=program, path=where)(lang))
    if job.reads_saved_profile is False:  # another folder than the saved date's (39b item 4)
        found, saved = escaped(job.profile_dir or ""), escaped(job.saved_dir or "")
        key = "cron_profile_elsewhere" + "_unsaved" * (job.saved_there is False)  # 46b item 6
        day = job.found_date
        if day is not None and reads_other_date(job):  # not to be replaced (review 59b item 2)
            key = "cron_profile_elsewhere_kept" + "_daily" * job.found_exact
            date = f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else day.isoformat()
            said.append(ui(key, _CRON).format(found=found, saved=saved, date=date)(lang))
        else:
            said.append(ui(key, _CRON).format(found=found, saved=saved)(lang))
    if not job.notify_option:  # nothing reaches the desktop (review 40b item 1)
        said.append(ui("cron_no_notify", _CRON)(lang))
    if not said and job.reason is not NotExact.SETTINGS:  # any other line: not known (41b)
        said.append(ui("cron_not_exact", _CRON)(lang))
    return said + _settings(job.settings_above, lang)


def _settings(settings: tuple[str, ...], lang: Lang) -> list[str]:
    """The crontab's settings above a line that may change what it does, named, and what to do
    (review 56b item 1: the same line was given to put in place of itself, the setting unsaid)."""
    if not settings:
        return []
    named = [escaped(setting) for setting in settings]
    if lang == "ja":
        quoted = [f"「{setting}」" for setting in named]
        shown = quoted[0] if len(quoted) == 1 else f"{'、'.join(quoted[:-1])}と{quoted[-1]}"
    else:
        shown = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    key = "cron_settings_above" + "_count" * (len(settings) > 1)
    return [ui(key, _CRON).format(settings=shown)(lang)]


def _folders(search_path: str, lang: Lang) -> str:
    """cron's PATH as folders are named in a sentence: 「/usr/bin と /bin」, "/usr/bin and /bin"
    (review 50b item 8: 「/usr/bin:/bin」 is how PATH holds them, not how a reader names them)."""
    folders = [escaped(folder) for folder in search_path.split(":") if folder] or [""]
    last = folders.pop()
    if not folders:
        return last
    return f"{'、'.join(folders)} と {last}" if lang == "ja" else f"{', '.join(folders)} and {last}"


def wrong_lines(result: RemindReport, lang: Lang) -> list[Line]:
    """Each line that is not the daily check, with what is wrong with it; none where the
    crontab has the daily check (a line install would write, running this primehelp)."""
    lines: list[Line] = []
    for job in result.crontab_jobs:
        if job.exact:
            continue
        lines += [(escaped(job.line), True), *((text, False) for text in _said(job, lang))]
    return lines + [(text, False) for text in _times(result.crontab_jobs, lang)]


def opening(result: RemindReport, lang: Lang, *, uninstall: bool = False) -> list[str]:
    """The crontab's lines that run ``primehelp due``: that there is one, or how many and which
    one counts, said once (review 42b item 6: 「行があります。」 then 「行が2行あります。」)."""
    count = len(result.crontab_jobs)
    key, file = ("uninstall_cron_there", _CRON) if uninstall else ("in_crontab", _UI)
    status = result.action is Action.STATUS and result.scheduler is Scheduler.CRON
    if count == 1 and status and result.crontab_jobs[0].daily_at:
        return [_daily(result.crontab_jobs[0], lang)]  # when it runs (review 61b S 10)
    if count < 2:
        return [ui(key, file)(lang)]
    said = ui(f"{key}_count", file).format(count=str(count))(lang)
    return [said, ui("cron_lines_counted", _CRON)(lang)]  # review 41b item 8


def _daily(job: CronJob, lang: Lang) -> str:
    """That the line is there and when it runs, from its own time fields: 「毎日 9:00」, in
    this computer's clock or in the crontab's CRON_TZ above it."""
    hour, minute = (job.daily_at or "00:00").split(":")
    at = f"{int(hour)}:{minute}" if lang == "ja" else f"{hour}:{minute}"
    key = "in_crontab_daily_zone" if job.cron_tz else "in_crontab_daily"
    return ui(key, _CRON).format(at=at, zone=escaped(job.cron_tz or ""))(lang)


def _times(jobs: tuple[CronJob, ...], lang: Lang) -> list[str]:
    """Two lines or more that notify: the check runs (or may run) as many times a day, and
    which to delete (review 42b item 6); a line whose program is not there runs nothing."""
    notifying = [j for j in jobs if j.notify_option and j.program_state is not ProgramState.MISSING]
    if len(notifying) < 2:
        return []
    key = "cron_runs_n_times" if all(j.exact for j in notifying) else "cron_may_run_n_times"
    return [ui(key, _CRON).format(count=str(len(notifying)))(lang)]


def also_notifies(jobs: tuple[CronJob, ...]) -> bool:
    """A line primehelp did not write that has ``--notify`` and a program that is there: with
    the timer on, it may show a second notification every day (review 42b item 2)."""
    return any(
        not j.exact and j.notify_option and j.program_state is not ProgramState.MISSING
        for j in jobs
    )


def in_place(result: RemindReport, lang: Lang, *, timer_on: bool = False) -> list[Line]:
    """The line to put in place of those, where no line is exactly install's (review 41b); with
    the systemd timer on, none: that the timer runs the check (review 41b item 6: the line
    given ran the check twice)."""
    jobs, line = result.crontab_jobs, result.crontab_line
    if timer_on and jobs and not settled(jobs):
        return [(ui("cron_timer_only", _CRON)(lang), False)]
    if line is None or not needs_replacing(jobs):  # the same line under a setting: 56b item 1
        return []
    # a line reading a date saved elsewhere is kept (review 59b item 2)
    key = _replace_key(
        tuple(j for j in jobs if j.reason is not NotExact.SETTINGS and not reads_other_date(j))
    )
    return [(ui(key, _CRON)(lang), False), (escaped(line), True)]


def _replace_key(jobs: tuple[CronJob, ...]) -> str:
    """Why the line is to be replaced, first of: its program (38b item 1), the folder it reads
    (39b item 4), no ``--notify`` (review 40b item 1)."""
    wrong = (ProgramState.MISSING, ProgramState.OTHER)
    if any(job.program_state in wrong for job in jobs):
        return "cron_replace"
    elsewhere = [job for job in jobs if job.reads_saved_profile is False]
    if elsewhere:  # this primehelp, reading another folder (39b item 4; nothing saved: 46b 6)
        return "cron_replace_saved" + "_unsaved" * all(j.saved_there is False for j in elsewhere)
    if any(not job.notify_option for job in jobs):
        return "cron_replace_notify"
    return "cron_replace_exact"  # a line primehelp did not write (review 41b)
