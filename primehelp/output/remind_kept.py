"""``remind`` (systemd) where one unit file is there without the other (review 39b item 1):
after ``uninstall`` that kept an edited timer, that the daily check is still on and how to stop
it; on ``status`` with the service gone, that the check does not run, and how to set it up
again or remove it. Lines as ``(text, command)``: a command is printed on a line of its own."""

from __future__ import annotations

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import TIMER, Action, RemindReport, SystemdHere, UnitState
from primehelp.remind_kept import program_missing, service_missing, still_on

_UI = "ui_remind"
Line = tuple[str, bool]


def still_on_lines(lang: Lang) -> list[Line]:
    """Uninstall kept the edited timer and its service: not stopped."""
    return [(ui("still_on", _UI)(lang), False), ("primehelp remind uninstall --force", True)]


def service_missing_lines(result: RemindReport, lang: Lang) -> list[Line]:
    """The timer without its service: what that means, then both ways out (``--force`` where
    the timer was edited: without it, install and uninstall keep it; a timer primehelp did not
    write is replaced with ``--force``, or stopped with systemctl: uninstall keeps it)."""
    timer = next((u for u in result.units if u.name == TIMER), None)
    if timer is not None and timer.state is UnitState.FOREIGN:  # not primehelp's to remove (43b 5)
        stop = [(ui("service_missing_stop", _UI)(lang), False)] if result.enabled else []
        disable = [(f"systemctl --user disable --now {TIMER}", True)] if result.enabled else []
        return [
            (ui("service_missing", _UI)(lang), False),
            (ui("replace_not_ours", _UI)(lang), False),
            ("primehelp remind install --force", True),
            *stop,
            *disable,
        ]
    force = " --force" if timer is not None and timer.state is UnitState.CHANGED else ""
    return [
        (ui("service_missing", _UI)(lang), False),
        (ui("service_missing_install", _UI)(lang), False),
        (f"primehelp remind install --scheduler systemd{force}", True),
        (ui("service_missing_uninstall", _UI)(lang), False),
        (f"primehelp remind uninstall{force}", True),
    ]


def half_set_up(
    result: RemindReport, lang: Lang, systemd: SystemdHere = SystemdHere.USABLE
) -> list[Line]:
    """After uninstall, still on; else (status) the service's program or the service missing,
    or files not primehelp's; on status where systemd cannot run them (``systemd``), why, and
    that they are not used, with no command that would fail here (review 49b item 21)."""
    if still_on(result):
        return still_on_lines(lang)
    if result.action is Action.STATUS and systemd is not SystemdHere.USABLE:
        why = ui(f"systemd_unusable.{systemd}", _UI)(lang)
        return [(why, False), (ui("unit_files_unused", _UI)(lang), False)]
    if program_missing(result):  # review 44b item 1
        return program_missing_lines(result, lang)
    if result.timer_service_missing or service_missing(result.units):
        return service_missing_lines(result, lang)
    return not_ours_on_lines(lang, result)


def not_ours_on_lines(lang: Lang, result: RemindReport | None = None) -> list[Line]:
    """The timer on with files not primehelp's (:func:`primehelp.remind_kept.not_ours_on`), then
    how to put primehelp's own files in their place (review 42b, item 1): the case named where
    every such file is one primehelp wrote and was changed since, the command in backticks
    after its label, as 「削除するには：`primehelp remind uninstall`」 (review 51b item 12)."""
    units = () if result is None else result.units
    changed = units and all(u.state in (UnitState.OURS, UnitState.CHANGED) for u in units)
    said = ui("timer_on_changed" if changed else "timer_on_not_ours", _UI)(lang)
    replace = ui("replace_not_ours", _UI)(lang)
    gap = "" if lang == "ja" else " "
    return [(said, False), (f"{replace}{gap}`primehelp remind install --force`", False)]


def program_missing_lines(result: RemindReport, lang: Lang) -> list[Line]:
    """systemd: the program the service runs is not there (review 44b item 1): said, and how
    to set it up again from the primehelp the member uses (``--force`` where a unit file is
    not primehelp's or was changed: plain install refuses it)."""
    program = escaped(result.program or "")
    missing = ui("timer_program_missing", _UI).format(program=program)(lang)
    force = any(u.state in (UnitState.FOREIGN, UnitState.CHANGED) for u in result.units)
    return [
        (missing, False),
        (ui("timer_program_reinstall", _UI)(lang), False),
        ("primehelp remind install" + (" --force" if force else ""), True),
    ]


def foreign_timer_on(result: RemindReport) -> bool:
    """uninstall left an enabled timer primehelp did not write: not primehelp's to stop, nor to
    promise a next run of (review 43b item 5)."""
    timer = next((u for u in result.units if u.name == TIMER), None)
    foreign = timer is not None and timer.state is UnitState.FOREIGN
    return result.action is Action.UNINSTALL and foreign and result.enabled is True
