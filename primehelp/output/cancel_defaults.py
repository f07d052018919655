"""The line of ``cancel --no-interactive`` that names the case shown when the questions were
not answered by options (``--via``, ``--trial``, ``--student``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.wording import sentence_date

if TYPE_CHECKING:
    from primehelp.cancellation import CancelPlan

_NAMES = {"via": "default_via", "trial": "default_trial", "student": "default_student"}


def _ui(key: str, lang: Lang) -> str:
    return ui(key, "ui_cancel")(lang)


def ended_trial(plan: CancelPlan, given: frozenset[str] | None, lang: Lang) -> str | None:
    """With `--trial` typed and its renewal date past, the paid steps are shown: why, on a line
    of its own (review 63b item 1: not 「指定がないため…有料会員…」 after `--trial`)."""
    renewal = plan.renewal
    if given is None or "--trial" not in given or plan.branch.trial or renewal is None:
        return None
    if plan.at_carrier or renewal.days_left >= -1:  # the renewal date is today or ahead
        return None
    return _ui("trial_ended_paid", lang).format(date=sentence_date(renewal.renewal_date, lang))


def _case_ja(keys: list[str], trial: bool, said_trial: bool = False) -> str:
    """The case as one phrase before 「場合」 (review 62b item 3: not a list after a colon that
    mixed 「ウェブサイトで手続きする」 with 「有料会員」): 「通常のプライムの有料会員がウェブサイトで
    手続きする」, 「通常のプライムの無料体験中にウェブサイトで手続きする」, 「通常のプライムの」."""
    if said_trial and "via" in keys:  # the membership said on the line above (review 63b item 1)
        regular = [_ui("case_regular_object", "ja")] if "student" in keys else []
        return "".join([*regular, _ui("case_web_cancel", "ja")])
    parts = [_ui("case_regular", "ja")] if "student" in keys else []
    if "via" in keys:  # who goes to the website: the trial's answer, given or assumed
        parts += [_ui("case_trial_web" if trial else "case_paid_web", "ja"), _ui("case_web", "ja")]
    elif "trial" in keys:
        parts.append(_ui("case_paid", "ja"))
    return "".join(parts)


def defaults_line(
    defaults: list[tuple[str, str]], trial: bool, lang: Lang, *, said_trial: bool = False
) -> str:
    """``defaults``: (key, option) of each question not answered; ``trial``: the case shown is a
    free trial's; ``said_trial``: a line above says why a paid membership's (:func:`ended_trial`)."""
    options = _ui("options_sep", lang).join(f"`{o}`" for _, o in defaults)
    keys = [key for key, _ in defaults]
    if lang == "ja":
        return _ui("defaults", lang).format(case=_case_ja(keys, trial, said_trial), options=options)
    names = [_NAMES[key] for key in keys]
    if names[-2:] == ["default_trial", "default_student"]:  # one case (review 59b item 6)
        names[-2:] = ["default_trial_student"]
    items = _ui("default_and", lang).join(_ui(k, lang) for k in names)
    return _ui("defaults_en", lang).format(items=items, options=options)
