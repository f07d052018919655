"""When a partial refund ends a Prime fee's period, and what refunds before a double charge are
(review 39c, items 5 and 8). Pure: the statement's lines in, ids and days out.

FACTS §5: a member who cancels and ends the membership now gets part of the fee back (the amount
is Amazon's); the plan's period ends then. A monthly fee after such a refund of an annual fee is
no second fee for the same time (item 5), and the rest of that fee is no refund still owed
(item 8)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def tied(
    lines: list[AmazonLine], plans: frozenset[str], ids: set[int] | None = None
) -> list[tuple[AmazonLine, AmazonLine]]:
    """(fee of ``plans``, refund the file ties to it by ``refund_of_row``), the refunds by date;
    ``ids``: only those fees."""
    fees = {
        x.row: x
        for x in lines
        if x.amount_yen > 0 and x.service in plans and (ids is None or id(x) in ids)
    }
    found = []
    for back in sorted((x for x in lines if x.amount_yen < 0), key=lambda x: x.date):
        fee = fees.get(back.refund_of_row) if back.refund_of_row is not None else None
        if fee is not None:
            found.append((fee, back))
    return found


def ended_on(lines: list[AmazonLine], plans: frozenset[str]) -> dict[int, dt.date]:
    """id(fee of ``plans``) → the day of the first refund of the file giving back part of it
    (``refund_of_row``, less than the fee): its period ends that day."""
    found: dict[int, dt.date] = {}
    for fee, back in tied(lines, plans):
        if -back.amount_yen < fee.amount_yen:
            found.setdefault(id(fee), back.date)
    return found


def before_twin(fee: AmazonLine, refunds: list[AmazonLine], lines: list[AmazonLine]) -> bool:
    """Whether every refund of ``fee`` came before the next charge flagged with it as charged twice
    (same amount, a twice flag, within the fee's period): refunds of a fee before its double existed settle no double
    charge (the member cancelled), so no rest of it is owed (review 39c, item 8)."""
    from primehelp.plans import months_later
    from primehelp.statement import Flag

    flags = set(fee.flags)
    annual = bool(flags & {Flag.ANNUAL_TWICE, Flag.ANNUAL_GUESS_TWICE})
    if annual:  # the fact on a Prime text, the guess on its twin (review 60c, item 2)
        flags |= {Flag.ANNUAL_TWICE, Flag.ANNUAL_GUESS_TWICE}
    until = months_later(fee.date, 12 if annual else 1)  # the twin within the fee's period
    later = [
        x.date
        for x in lines
        if x is not fee
        and x.amount_yen == fee.amount_yen
        and fee.date <= x.date < until
        and flags & set(x.flags)
    ]
    return bool(later) and all(r.date < min(later) for r in refunds)
