"""The view of ``primehelp profile``: the saved renewal date, or what ``--clear`` deleted."""

from __future__ import annotations

import datetime as dt

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.files import own_file_name
from primehelp.i18n import Lang
from primehelp.output.console import console_for, dim, heading, rich_text, sentence_date
from primehelp.profile import ClearedProfile, SavedProfile


def _profile_label(key: str, lang: Lang) -> str:
    return ui(key, "ui_profile")(lang) + ui("colon")(lang)


def human_profile(
    result: SavedProfile | ClearedProfile, lang: Lang, today: dt.date | None = None
) -> None:
    """Print the saved profile and its file, or what ``--clear`` deleted; a saved date before
    ``today`` is said to be past, with where the next one is (review 33a, S 16)."""
    console = console_for(lang)
    if isinstance(result, ClearedProfile):
        key = "cleared" if result.cleared else "nothing_to_clear"
        said, name = ui(key, "ui_profile"), own_file_name(result.path)
        console.print(
            said.ja.format(file=name.ja) if lang == "ja" else said.en.format(file=name.en),
            soft_wrap=True,
        )
        return
    console.print(heading(ui("title", "ui_profile")(lang), None, lang))
    saved = result.profile
    if saved is None:
        console.print(ui("nothing_saved", "ui_profile")(lang))
    else:
        plan = (
            ui(f"plan_{saved.plan}", "ui_calendar")(lang)
            if saved.plan is not None
            else ui("plan_unknown", "ui_profile")(lang)
        )
        line = rich_text(_profile_label("renewal_date", lang))
        line.append(sentence_date(saved.renewal_date, lang), style="bold")  # as every screen
        console.print(line)
        if today is not None and saved.renewal_date < today and not saved.trial:
            console.print(ui("date_past", "ui_profile")(lang))
        if saved.plan is not None or not saved.trial:  # a trial's plan is chosen later (32a S 17)
            console.print(_profile_label("plan", lang) + plan)
        if saved.trial:
            kind = "student_trial" if saved.student else "trial"
            console.print(_profile_label("kind", lang) + ui(kind, "ui_profile")(lang))
    console.print(_profile_label("file", lang) + escaped(result.path), soft_wrap=True)
    if saved is not None:
        console.print(dim(ui("how_to_clear", "ui_profile")(lang)))
