"""A subscription price whose start the facts do not give (moved out of :mod:`primehelp.charges`).

FACTS §9 gives Amazon Kids+'s prices (980 yen, 480 yen for Prime members) as of the check date
only, with no start date and no month they are dated by (Music Unlimited's 「2023年4月時点の料金」).
A charge dated before the check's month is then not confirmed at that price: said so (「2026年12月
時点。いつからの料金かは確認できていません」) and ranked as a price from after the date is, never
above a service whose price is confirmed on that day (review 34c, item 7).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.charges import Candidate
    from primehelp.i18n import Text
    from primehelp.services import Price


def start_unknown(price: Price) -> bool:
    """True when the facts give no start for a fixed ``price`` (neither a day nor a month)."""
    return price.up_to is None and price.since is None and price.as_of_from is None


def known_from(price: Price) -> dt.date:
    """The first day ``price`` is taken as known: the first day of its check's month."""
    return price.fact.checked.replace(day=1)


def before_known(price: Price, on: dt.date | None) -> bool:
    """True when ``on`` is before the month the facts give a start-less ``price`` for."""
    return on is not None and start_unknown(price) and on < known_from(price)


def same_price(others: list[Candidate]) -> tuple[Text | None, bool, bool]:
    """The name of another candidate whose fixed price or fee is the amount (1,500 yen: Audible's;
    980: Kids+, review 31c, S 12), True when that price is one the facts give with no start,
    on a date before their check's month: 「Amazon Kids+の現在の料金とも同じ金額です」 (34c, 7), and
    True when it is a Prime fee: 「…の会費とも同じ金額です」, never 「料金」 (review 52c, item 19)."""
    from primehelp.charge_kinds import Category
    from primehelp.charges import Match

    fixed = (Match.FEE_ON_DATE, Match.PRICE)
    same = next((c for c in others if c.match in fixed), None)
    if same is not None:
        return same.name, False, same.category is Category.PRIME_FEE
    now = (
        c.name
        for c in others
        if c.match is Match.PRICE_BEFORE_START and c.price is not None and start_unknown(c.price)
    )
    found = next(now, None)
    return found, found is not None, False


def started_later(candidate: Candidate) -> bool:
    """True when ``candidate``'s price is known to start after the date; a price of no known
    start is not (a statement's 「AMAZON KIDS」 480: Kids+ by its name and amount, 34c, 7)."""
    from primehelp.charges import Match

    price = candidate.price
    later = candidate.match is Match.PRICE_BEFORE_START
    return later and not (price is not None and start_unknown(price))
