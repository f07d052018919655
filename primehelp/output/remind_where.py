"""``remind`` with systemd: the unit files' folder, where it is not the one a member may expect
(review 44b R-minor 5): not this shell's ``XDG_CONFIG_HOME``'s, as systemd's user manager does
not have it; or, where systemd could not be asked, not known to be the one systemd reads."""

from __future__ import annotations

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.remind import Action, RemindReport, UnitState
from primehelp.remind_manager import UnitDirSource


def unit_dir_note(result: RemindReport, lang: Lang) -> list[str]:
    """The sentence after the unit files' lines; none where the folder is the one expected."""
    status = result.action is Action.STATUS
    listed = [unit for unit in result.units if status or unit.change is not None]
    if result.other_unit_dir is None or not listed:  # no folder above to speak of
        return []
    there = any(u.state is not UnitState.ABSENT or u.change is not None for u in listed)
    if result.unit_dir_source is UnitDirSource.SHELL and not there:
        return []  # nothing there: whether systemd reads it does not matter yet
    key = (
        "unit_dir_not_shell"
        if result.unit_dir_source is UnitDirSource.SYSTEMD
        else "unit_dir_unasked"
    )
    return [ui(key, "ui_remind")(lang).format(folder=escaped(result.other_unit_dir))]
