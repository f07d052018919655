"""A paid renewal date further ahead than its plan renews: warned, and not saved without
``--force`` (review 36b item 1), for :func:`primehelp.cli.schedule.warn_if_far`.

A monthly plan renews within 31 days and the annual plan within a year (an unknown plan is
read as annual, the longer): a later date is most likely a mistyped month or year, and a saved
one would keep ``due`` quiet while the plan is charged.
"""

from __future__ import annotations

import datetime as dt

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.periods import Plan, brought_near, furthest_next


def far_ahead(renewal: dt.date, today: dt.date, plan: str | None, saving: bool) -> Text | None:
    """What is wrong with ``renewal`` as the next renewal of ``plan`` (``None``: nothing).

    ``saving``: ``--save`` without ``--force``: the refusal, which names the dates accepted
    (up to the furthest next renewal), an example command and ``--force``; else the warning.
    """
    chosen = Plan(plan) if plan is not None else None
    limit = furthest_next(today, chosen)
    if renewal <= limit:
        return None
    monthly = chosen is not None and chosen.months == 1
    key = ("far_ahead_monthly" if monthly else "far_ahead") + ("_not_saved" if saving else "")
    words = ui(key, "ui_renewal")
    name = ui(f"plan_{plan}", "ui_calendar") if monthly else Text("", "")
    example = brought_near(renewal, chosen, today)
    given = f" --plan {plan}" if plan is not None else ""
    values = {"example_iso": example.isoformat(), "plan_option": given}
    return Text(
        words.ja.format(date=_ja(renewal), limit=_ja(limit), example=_ja(example),
                        plan=name.ja, **values),
        words.en.format(date=renewal.isoformat(), limit=limit.isoformat(),
                        example=example.isoformat(), plan=name.en, **values),
    )  # fmt: skip


def _ja(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
