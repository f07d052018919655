"""A renewal date long past with no plan (review 57b item 1): both plans counted on from it, as
``--plan`` counts them, and the one whose renewal is today, whose cancel-by date is near or
whose fee was charged lately said first. Pure: the wording comes from reminder.toml."""

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from primehelp.i18n import Text
from primehelp.periods import cancel_by, months_later, notice_date, renewal_after

# A monthly fee charged at most this many days ago is named (as `due` names it after a charge);
# an older one is the month's fee of any monthly member, and its next date says more.
JUST_CHARGED_DAYS = 3
PLANS = (("annual", 12), ("monthly", 1))


class PastPlans(NamedTuple):
    """The sentences on both plans, in the order said, and the charge ending now may refund."""

    text: Text
    charged: dt.date | None  # the renewal today or lately charged on the plan said first
    first_plan: str  # "annual" or "monthly": the --plan example of the hint

    @property
    def command(self) -> str | None:
        """The steps for the charge said, as the screen names them (review 58b B 1)."""
        return None if self.charged is None else f"primehelp cancel --renewal {self.charged}"


def _date(day: dt.date) -> Text:
    return Text(f"{day.year}年{day.month}月{day.day}日", day.isoformat())


def _when(wording: Mapping[str, Text], days: int) -> Text:
    if days == 0:
        return wording["action.today_word"]
    if days in (1, -1):
        return wording["action.tomorrow" if days == 1 else "action.yesterday"]
    return wording["action.in_days" if days > 0 else "action.days_ago"].format(n=abs(days))


def _fill(template: Text, values: Mapping[str, Text]) -> Text:
    return Text(
        template.ja.format(**{key: value.ja for key, value in values.items()}),
        template.en.format(**{key: value.en for key, value in values.items()}),
    )


def _last(renewal: dt.date, months: int, today: dt.date) -> dt.date:
    """The plan's renewal on or before ``today``, counted from ``renewal``."""
    k = 0
    while months_later(renewal, (k + 1) * months) <= today:
        k += 1
    return months_later(renewal, k * months)


def _plan(
    name: str,
    months: int,
    renewal: dt.date,
    today: dt.date,
    wording: Mapping[str, Text],
    label: str = "",
) -> tuple[int, Text, dt.date | None]:
    """(rank: 0 today, 1 cancel-by near, 2 charged lately, 3 nothing urgent; the sentence; the
    charge ending now may refund)."""
    last = _last(renewal, months, today)
    values = {"plan": wording[f"action.plan_{label or name}"], "charged": _date(last)}
    values["ago"] = _when(wording, (last - today).days)
    if last == today:
        return 0, _fill(wording["action.plan_today"], values), last
    lately = (today - last).days <= JUST_CHARGED_DAYS or months_later(last, 1) > today
    if lately and (months == 12 or (today - last).days <= JUST_CHARGED_DAYS):
        return 2, _fill(wording["action.plan_charged"], values), last
    following = renewal_after(renewal, months, today)
    last_day = cancel_by(following)
    values["next"] = _date(following)
    values["when"] = _when(wording, (following - today).days)
    values["last"] = _date(last_day)
    if (last_day - today).days in (0, 1):
        values["last"] = _fill(
            wording["action.plan_day_named"],
            {"day": _when(wording, (last_day - today).days), "date": _date(last_day)},
        )
    rank = 1 if notice_date(following) <= today else 3
    return rank, _fill(wording["action.plan_next"], values), None


def past_plans(
    renewal: dt.date, today: dt.date, wording: Mapping[str, Text], how: Text | None = None
) -> PastPlans:
    """Both plans' sentences after a date long past, the more urgent first (annual on a tie);
    ``how`` ({command} the charge's date) right after the sentence on a charge."""
    said = sorted(
        ((*_plan(name, months, renewal, today, wording), name) for name, months in PLANS),
        key=lambda item: item[0],
    )
    # The same sentence on both plans (the same day charged, or the same next renewal): once.
    alike = {_plan(name, months, renewal, today, wording, "both")[1] for name, months in PLANS}
    if len(alike) == 1:
        said = [(said[0][0], alike.pop(), said[0][2], said[0][3])]
    charged = next((item[2] for item in said if item[2] is not None), None)
    parts = [item[1] for item in said]
    plans = PastPlans(Text("", ""), charged, said[0][3])
    if how is not None and plans.command is not None:
        index = next(i for i, item in enumerate(said) if item[2] is not None)
        parts.insert(index + 1, how.format(command=plans.command))
    text = Text("".join(part.ja for part in parts), " ".join(part.en for part in parts))
    return plans._replace(text=text)
