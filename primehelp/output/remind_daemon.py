"""cron's screens where no cron daemon runs, or where that cannot be told (review 43b item 1:
「次は…に実行されます」 and 「次の実行（予定）」 where nothing would ever run the line)."""

from __future__ import annotations

from primehelp.facts import ui
from primehelp.i18n import Lang
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
    if result.scheduler is not Scheduler.CRON or result.cron_running is True:
        return None
    if result.cron_running is None:
        said = ui(_IF_RUNNING[key], _CRON) if key in _IF_RUNNING else ui(key, _UI)
        return [said(lang).format(**values)]
    return not_running(result, lang)


def not_running(result: RemindReport, lang: Lang) -> list[str]:
    """That no cron daemon runs, so the daily check does not, how to start it, and the
    calendar file instead; nothing where cron is not what would run it."""
    if not cron_idle(result):
        return []
    start = Command("sudo service cron start")  # a command on a line of its own, whole
    return [ui("cron_not_running", _CRON)(lang), start, ui("manual_way", _UI)(lang)]
