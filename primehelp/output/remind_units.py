"""``remind``'s lines for its unit files: one per file, and after uninstall how to remove one
kept (moved from :mod:`primehelp.output.remind`, which reached 400 lines with review 46b)."""

from __future__ import annotations

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.remind_lines import Unit as _Unit
from primehelp.remind import Action, Change, RemindReport, UnitState

_UI = "ui_remind"


def units(result: RemindReport, lang: Lang) -> list[str]:
    """One line per unit file: its path, whose it is, what this run did to it."""
    colon = ui("colon")(lang)
    lines: list[str] = []
    for unit in result.units:
        if result.action is not Action.STATUS and unit.change is None:
            continue  # nothing there and nothing done: not worth a line after install/uninstall
        said = ui(f"state.{unit.state}", _UI)(lang)
        if unit.change is Change.LEFT_ALONE:
            done = ui(f"change.{unit.change}", _UI)(lang)
            said = ui("unit_done", _UI)(lang).format(change=done, state=said)
        elif unit.change is Change.REPLACED and unit.replaced is UnitState.CHANGED:
            said = ui("change.replaced_changed", _UI)(lang)  # as status names it (36b item 6)
        elif unit.change is not None:
            said = ui(f"change.{unit.change}", _UI)(lang)
        lines.append(_Unit(f"  {escaped(unit.path)}{colon}{said}"))
    return lines


def kept(result: RemindReport, lang: Lang) -> list[str]:
    """After uninstall: how to remove a unit file kept because it was changed since install."""
    kept = any(u.change is Change.LEFT_ALONE and u.state is UnitState.CHANGED for u in result.units)
    return [ui("left_alone_hint", _UI)(lang)] if kept else []
