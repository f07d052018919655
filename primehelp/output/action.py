"""The action for today, first on the ``renewal``, ``trial`` and ``cancel`` screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.i18n import Lang
from primehelp.output.bullets import bullet
from primehelp.output.console import dim, rich_text, sources_line

if TYPE_CHECKING:
    from rich.console import RenderableType

    from primehelp.reminder import TodayAction


_URGENT = frozenset({"cancel_today", "end_now"})


def action_lines(action: TodayAction, lang: Lang, *, sources: bool = True) -> list[RenderableType]:
    """The action for today, first on the screen; with a charge, ending now and Amazon's rules
    (their 出典 line unless ``sources`` is false: the screen gives one list at its end)."""
    style = "bold yellow" if action.act.value in _URGENT else "bold"
    lines: list[RenderableType] = [rich_text(action.text(lang), style=style)]
    if action.then is not None:
        lines.append(rich_text(_then(action, lang)))
    lines.extend(rich_text(bullet(lang) + rule.text(lang)) for rule in action.refund_rules)
    if action.refund_rules and sources:
        lines.append(dim(sources_line(action.refund_rules, lang)))
    return lines


def _then(action: TodayAction, lang: Lang) -> str:
    """What follows the action. Before the next renewal the deadline stays first and the charge
    before it is a side note 「なお、…」 (review 39b item 2 on the last safe day; review 52b item
    34 on every day: the refund bullets of a charge months ago had buried the deadline)."""
    assert action.then is not None
    if action.act.value not in {"cancel_today", "cancel_by"}:
        return action.then(lang)
    from primehelp.facts import ui

    then = action.then(lang)
    then = then if lang == "ja" else then[:1].lower() + then[1:]
    return ui("then_aside", "ui_renewal")(lang).format(then=then)
