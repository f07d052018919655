"""A date before Amazon Prime began in Japan (FACTS §1, 2007) is a mistyped year: one warning
line, the command goes on: trial's start (review 28b S 11), renewal's and cancel --renewal's
date (review 48b item 5: 1999 for 2019 gave plausible dates without a word)."""

import datetime as dt

from primehelp import facts
from primehelp.i18n import Lang, Text


def warn_if_before_prime(day: dt.date, today: dt.date, lang: Lang, key: str) -> Text | None:
    """Warn of ``day`` before Prime's launch year with the sentence ``key`` (ui_renewal); the
    launch year is read only for a date more than a year ago (the charge data: no other run
    pays for reading it). Returns the warning said, for --json, or None."""
    if day >= today - dt.timedelta(days=366):
        return None
    from primehelp.content.charges import load as charge_book
    from primehelp.errors import BadInput
    from primehelp.output.envelope import emit_warning

    launch = charge_book().launch
    if launch is None or day.year >= launch[0]:
        return None
    words = facts.ui(key, "ui_renewal")
    said = Text(
        words.ja.format(date=f"{day.year}年{day.month}月{day.day}日", year=launch[0]),
        words.en.format(date=day.isoformat(), year=launch[0]),
    )
    emit_warning(lang, BadInput(said))
    return said
