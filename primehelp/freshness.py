"""How old the facts a command prints are (issue 11): the oldest check date, and whether it is
more than :data:`STALE_AFTER_DAYS` days before today in Japan.

Pure: ``today`` is a parameter. :func:`checked_dates` finds the printed facts in any result by
their shape (a ``checked`` date and ``sources``), so no command has to list them.
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from primehelp.records import record_fields

STALE_AFTER_DAYS = 180


class Freshness(NamedTuple):
    """The oldest check date among the facts shown, and whether it is too old."""

    facts_checked: dt.date
    facts_stale: bool
    days_old: int


def checked_dates(result: object) -> Iterator[dt.date]:
    """The check date of every sourced fact inside ``result`` (dataclasses, named tuples,
    tuples, lists)."""
    names = record_fields(result)
    if names is not None:
        checked, sources = getattr(result, "checked", None), getattr(result, "sources", None)
        if isinstance(checked, dt.date) and isinstance(sources, tuple):
            yield checked
            return
        for name in names:
            yield from checked_dates(getattr(result, name))
    elif isinstance(result, tuple | list):
        for item in result:
            yield from checked_dates(item)
    elif isinstance(result, dict):
        for item in result.values():
            yield from checked_dates(item)


def freshness(checked: Iterable[dt.date], today: dt.date) -> Freshness | None:
    """The age of the oldest of ``checked`` on ``today``; ``None`` when no fact is shown."""
    oldest = min(checked, default=None)
    if oldest is None:
        return None
    days = (today - oldest).days
    return Freshness(facts_checked=oldest, facts_stale=days > STALE_AFTER_DAYS, days_old=days)
