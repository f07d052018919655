"""The view of ``primehelp remind``: what was written, removed or found, in plain lines (paths
are long and must stay whole: no Rich wrapping)."""

from __future__ import annotations

import sys

from primehelp.errors import escaped
from primehelp.facts import Labels, labels, ui
from primehelp.i18n import Lang
from primehelp.remind import TIMER, Action, Change, RemindReport, Scheduler, UnitState


def _units(result: RemindReport, wording: Labels, lang: Lang) -> list[str]:
    """One line per unit file: its path, whose it is, what this run did to it."""
    colon = ui("colon")(lang)
    lines = []
    for unit in result.units:
        if result.action is not Action.STATUS and unit.change is None:
            continue  # nothing there and nothing done: not worth a line after install/uninstall
        said = wording[f"state.{unit.state}"](lang)
        if unit.change is Change.LEFT_ALONE:
            done = wording[f"change.{unit.change}"](lang)
            said = wording["unit_done"](lang).format(change=done, state=said)
        elif unit.change is not None:
            said = wording[f"change.{unit.change}"](lang)
        lines.append(f"  {escaped(unit.path)}{colon}{said}")
    return lines


def _timer(result: RemindReport, wording: Labels, lang: Lang) -> list[str]:
    """Whether the timer is on and what it runs; after uninstall, what was kept."""
    if result.action is Action.UNINSTALL:
        removed = any(u.change is Change.REMOVED for u in result.units)
        kept = any(
            u.change is Change.LEFT_ALONE and u.state is UnitState.CHANGED for u in result.units
        )
        return ([] if removed else [wording["nothing_to_remove"](lang)]) + (
            [wording["left_alone_hint"](lang)] if kept else []
        )
    timer = next((u for u in result.units if u.name == TIMER), None)
    if timer is None or timer.state is UnitState.ABSENT:
        return [wording["not_installed"](lang)]
    lines = [wording["enabled" if result.enabled else "not_enabled"](lang)]
    if result.command:
        lines.append(wording["runs"].format(command=escaped(result.command))(lang))
    return lines


def _next_run(result: RemindReport, wording: Labels, lang: Lang) -> list[str]:
    if result.next_run is None or result.next_run_source is None:
        return []
    when = result.next_run.strftime("%Y-%m-%d %H:%M %z")
    source = wording[f"source.{result.next_run_source}"](lang)
    return [wording["next_run"](lang).format(when=when, source=source)]


def _crontab(result: RemindReport, wording: Labels, lang: Lang) -> list[str]:
    if result.action is Action.UNINSTALL:
        return [wording["remove_from_crontab"](lang)] if result.in_crontab else []
    if result.in_crontab is None:
        return [wording["crontab_unknown"](lang)] if result.action is Action.STATUS else []
    return [wording["in_crontab" if result.in_crontab else "not_in_crontab"](lang)]


def human_remind(result: RemindReport, lang: Lang) -> None:
    """Print what ``remind`` did or found."""
    wording = labels("ui_remind")
    if result.scheduler is Scheduler.CRON and result.action is Action.INSTALL:
        lines = [wording["title_cron"](lang), wording["cron_add"](lang)]
        lines += [escaped(result.crontab_line or ""), wording["cron_note"](lang)]
    else:
        lines = [wording["title_systemd"](lang), *_units(result, wording, lang)]
        lines += _timer(result, wording, lang)
    lines += _next_run(result, wording, lang) + _crontab(result, wording, lang)
    if result.action is Action.INSTALL and result.scheduler is Scheduler.SYSTEMD:
        lines.append(wording["undo"](lang))
    sys.stdout.write("".join(f"{line}\n" for line in lines))
