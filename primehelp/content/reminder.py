"""``data/reminder.toml``: the opt-in reminder mail and where to switch it on."""

from __future__ import annotations

from primehelp.facts import Labels, document, labels_in
from primehelp.reminder import Reminder


def load() -> Reminder:
    """The bundled reminder-mail facts."""
    data = document("reminder")
    switch_on = data.node("switch_on")
    return Reminder(
        opt_in=data.fact("mail"),
        switch_on=switch_on.fact(),
        switch_on_label=switch_on.string("label_ja"),
        page_url=data.node("prime_page").string("url"),
        scam_warning=data.fact("scam"),
    )


def action_wording() -> Labels:
    """The wording of the action for today (``action.*``), from the same file."""
    return labels_in("reminder", "action")
