"""A past date with no plan, 25–31 days ago (review 39b item 3, 46b item 1): for a monthly
member the next renewal is about now (within due's 3 days, tomorrow, today), which 「次の更新日は
ページで確認できます」 alone did not say. The monthly case, said beside it, with the command that counts it. Pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from primehelp.i18n import Text
from primehelp.periods import Plan, cancel_by, notice_date, nth_renewal


def monthly_next(renewal: dt.date, today: dt.date) -> dt.date | None:
    """The monthly plan's renewal one month after ``renewal``, where it is today or later."""
    following = nth_renewal(renewal, Plan.MONTHLY, 1)
    return following if following >= today else None


def monthly_due(renewal: dt.date, today: dt.date) -> dt.date | None:
    """The monthly plan's renewal one month after ``renewal`` where ``due`` would speak up for
    it today: from its reminder-mail date (3 days before) on (review 46b item 1: a date 28 days
    ago left the cancel-by date, tomorrow, for the member to count)."""
    following = monthly_next(renewal, today)
    return following if following is not None and notice_date(following) <= today else None


def monthly_note(renewal: dt.date, today: dt.date, wording: Mapping[str, Text]) -> Text | None:
    """The sentence on the monthly case, or ``None`` where a month after ``renewal`` is past."""
    following = monthly_next(renewal, today)
    if following is None:
        return None

    def when(day: dt.date) -> Text:
        days = (day - today).days
        if days == 0:
            return wording["action.today_word"]
        if days == 1:
            return wording["action.tomorrow"]
        key = "action.in_days" if days > 0 else "action.days_ago"
        return wording[key].format(n=abs(days))

    def date(day: dt.date) -> Text:
        return Text(f"{day.year}年{day.month}月{day.day}日", day.isoformat())

    last = cancel_by(following)
    values = {
        "next": date(following),
        "next_when": when(following),
        "cancel_by": date(last),
        "cancel_when": when(last),
        "iso": Text(renewal.isoformat(), renewal.isoformat()),
    }
    # 「明日（2026年12月8日）」 as the annual plan's sentence says it; a count after a date further
    # off (review 57b item 2: one form for both plans).
    near = (last - today).days in (0, 1)
    said = "{cancel_when}（{cancel_by}）" if near else "{cancel_by}（{cancel_when}）"
    said_en = "{cancel_when} ({cancel_by})" if near else "{cancel_by} ({cancel_when})"
    values["cancel_said"] = Text(
        said.format(**{key: value.ja for key, value in values.items()}),
        said_en.format(**{key: value.en for key, value in values.items()}),
    )
    template = wording["action.monthly_soon" if last >= today else "action.monthly_soon_today"]
    return Text(
        template.ja.format(**{key: value.ja for key, value in values.items()}),
        template.en.format(**{key: value.en for key, value in values.items()}),
    )


def with_note(text: Text, note: Text | None) -> Text:
    """``text`` and the note after it, as one paragraph."""
    return text if note is None else Text(text.ja + note.ja, f"{text.en} {note.en}")
