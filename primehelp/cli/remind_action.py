"""``primehelp remind ACTION``: the action typed, or the error offering the one meant (moved
from :mod:`primehelp.cli.remind`, which grew past 400 lines with review 39b item 1)."""

from primehelp.errors import BadInput, choose
from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.remind import Action

_UI = "ui_remind"

# A word that means an action without being spelled like it (review 29b S 15: `remind start` was
# offered `status`, the nearest spelling): the action it means, offered instead.
_MEANS = {
    **dict.fromkeys(("start", "enable", "add", "setup", "on"), Action.INSTALL),
    **dict.fromkeys(("stop", "disable", "remove", "delete", "off"), Action.UNINSTALL),
    **dict.fromkeys(("show", "check", "list"), Action.STATUS),
}


_NAMED = Text("操作", "ACTION")  # an empty ACTION said to be empty (review 51a, item 26)


def typed_action(raw: str) -> Action:
    """The ACTION typed; refused with 「`install` のことですか？」 for a near miss, or for a
    word that means it (``start``, ``stop``)."""
    words = ui("bad_action", _UI)

    def refused(maybe: Text) -> Text:
        return Text(words.ja.replace("{maybe}", maybe.ja), words.en.replace("{maybe}", maybe.en))

    try:
        return choose(raw, Action, refused(Text("", "")), named=_NAMED)
    except BadInput:
        from primehelp.cli.usage_errors import did_you_mean

        typed = raw.strip().lower()
        meant = _MEANS.get(typed)
        known = [action.value for action in Action] if meant is None else [meant.value]
        maybe = did_you_mean(meant or typed, known)
        return choose(raw, Action, refused(maybe), named=_NAMED)  # raises again, with the near miss


def refuse_force(action: Action, force: bool) -> None:
    """``status --force``: refused, as renewal refuses a --force with nothing to overwrite
    (review 52b item 31: it was accepted silently)."""
    if force and action is Action.STATUS:
        raise BadInput(ui("force_status", _UI))
