"""A time span far ahead or back, as the key-dates table and the lead above it say it:
「約4年5か月後」, "in about 4 years 5 months" (review 56b S 11: not 「あと1630日」; review 61b
item 7: the lead in the table's words)."""

from __future__ import annotations

from primehelp.facts import ui
from primehelp.i18n import Lang, Text

# Beyond this many days, a count of days is said in years and months.
YEAR = 365


def far_days(days: int) -> Text:
    """``days`` from today (more than :data:`YEAR` either way) in years and months."""
    key = "days_future_long" if days > 0 else "days_past_long"
    said = ui(key, "ui_renewal")
    return Text(*(said(lang).format(span=_span(abs(days), lang)) for lang in ("ja", "en")))


def _span(days: int, lang: Lang) -> str:
    """「4年5か月」 / "4 years 5 months": whole months in ``days`` (an average month long)."""
    years, months = divmod(int(days * 12 / 365.25), 12)
    if lang == "ja":
        return f"{years}年" + (f"{months}か月" if months else "")
    said = f"{years} year{'s' * (years != 1)}"
    return said + (f" {months} month{'s' * (months != 1)}" if months else "")
