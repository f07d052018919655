"""How likely each candidate of a charge is, to rank them (moved out of :mod:`primehelp.charges`):
the statement text's fit, then how the amount matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charge_kinds import Candidate, Fit, Match

if TYPE_CHECKING:
    from collections.abc import Collection

    from primehelp.content.charges import StatementText


_MATCH_POINTS = {
    Match.FEE_ON_DATE: 4,
    Match.PRICE: 4,
    Match.PRICE_RANGE: 2,
    Match.FEE_UNKNOWN: 2,
    Match.PARTIAL_REFUND: 3,
    Match.PRICE_BEFORE_START: 1,
}
_FIT_POINTS = {Fit.USUAL: 2, Fit.POSSIBLE: 1, Fit.UNCONFIRMED: 0, Fit.UNUSUAL: -1, None: 0}
_FIT_RANK = {Fit.USUAL: 2, Fit.POSSIBLE: 1, Fit.UNCONFIRMED: 1, None: 1, Fit.UNUSUAL: 0}


def score(candidate: Candidate) -> tuple[int, int]:
    """The likelihood the screen prints first (the statement text usually, can, rarely stands
    for it), so a candidate the text points to comes before one that matches only the amount
    (880 with 「Amazon Pay提携サイト」: Amazon Pay, then Music). Then an exact price (4) before a
    range (2) before any amount (0), the text adding 2, 1 or -1. Ties keep the data's order.
    """
    points = _MATCH_POINTS.get(candidate.match, 0) + _FIT_POINTS[candidate.fit]
    price = candidate.price
    if candidate.match is Match.PRICE_BEFORE_START and price is not None and price.since is None:
        points += 2  # its price on the date unknown, not known other: before a range (38c, 16)
    if candidate.match is Match.PRICE_BEFORE_START:  # never first by its text (review 24a, 2)
        return min(_FIT_RANK[candidate.fit], 1), points
    return _FIT_RANK[candidate.fit], points


def fitted(
    candidate: Candidate, statement: StatementText | None, outdated: Collection[str] = ()
) -> Candidate:
    """The candidate with its fit with the statement text. ``outdated``: the services whose
    prices reportedly changed on or before the date: a match on an older price is possible,
    never usual, so it is ranked and said (and put in JSON) below a likely one (review 57c,
    item 1; 55c, item 9)."""
    if statement is None:
        return candidate
    # The US Prime fee matched (review 15a, item 1): 「AMAZON PRIME」 stands for it as for the
    # Prime fees here; the fits name it apart from amazon.com's other charges.
    kind = "amazon_com_prime" if candidate.kind == "amazon_com" and candidate.price else None
    if (kind or candidate.kind) in statement.means:
        fit = Fit.USUAL
        if candidate.kind in outdated and candidate.match is Match.PRICE:
            fit = Fit.POSSIBLE
    elif candidate.kind in statement.may_be:
        fit = Fit.POSSIBLE
    elif candidate.kind in statement.unconfirmed:
        fit = Fit.UNCONFIRMED
    else:
        fit = Fit.UNUSUAL
    return candidate._replace(fit=fit)
