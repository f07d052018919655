"""The calendar-file hint on ``remind``'s screens and errors (review 64b item 1): with a
renewal date saved that ``primehelp due`` can use, the saved date and plan, written out by
``primehelp renewal --ics`` (which reads them); else a command whose date is a word to replace,
never a real-looking date a hurried member would copy (its cancel-by alarm came after the real
charge)."""

from __future__ import annotations

import os

from primehelp.facts import ui
from primehelp.i18n import Lang, Text

_UI = "ui_remind"


def calendar_hint(key: str = "manual_way") -> Text:
    """``key`` (``manual_way``, or ``install_calendar_instead`` in an error's line), naming the
    saved date where :func:`saved_words` finds one."""
    saved = saved_words()
    if saved is None:
        return ui(key, _UI)
    said = ui(f"{key}_saved", _UI)
    return Text(said.ja.format(saved=saved.ja), said.en.format(saved=saved.en))


def manual_way(lang: Lang) -> str:
    """The hint as a screen line."""
    return calendar_hint()(lang)


def saved_words() -> Text | None:
    """The saved renewal date in words (「2026年12月12日、年間プラン」), ``None`` where nothing is
    saved, the file cannot be read, or ``due`` cannot use it (``renewal --ics`` would fail)."""
    from primehelp.errors import PrimehelpError
    from primehelp.profile import load_profile, profile_path
    from primehelp.remind_saved import saved_date_problem

    try:
        profile = load_profile(profile_path(os.environ))
    except PrimehelpError:
        return None
    if profile is None or saved_date_problem() is not None:
        return None
    day = profile.renewal_date
    parts = [ui(f"plan_{profile.plan}", "ui_calendar")] if profile.plan is not None else []
    parts += [ui("profile_student", "ui_calendar")] if profile.student else []
    parts += [ui("profile_trial", "ui_calendar")] if profile.trial else []
    ja = "".join(f"、{part.ja}" for part in parts)
    en = "".join(f", {part.en}" for part in parts)
    return Text(f"{day.year}年{day.month}月{day.day}日{ja}", f"{day.isoformat()}{en}")


def no_cron_calendar() -> Text:
    """``install --scheduler systemd``'s error where neither can run the check: no crontab
    either, and the calendar file instead (review 56b S 12), in one line."""
    no, ics = ui("install_no_cron", _UI), calendar_hint("install_calendar_instead")
    return Text(no.ja + ics.ja, f"{no.en}; {ics.en}")
