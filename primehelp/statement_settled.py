"""A charge twice whose extra charge the file refunds: settled, no line to check (review 40c,
item 5; out of :mod:`primehelp.statement_refunds`, which says the refund under the charge).

600, 600, −600 in a month: the screen matched the refund to the second fee (「この請求は、…に
返金されたと考えられます」), then still counted both fees among 「確認が必要な行」 and asked the
member to look for a refund — the line it had just matched. When every charge of such a group but
one is refunded in full by the file, the group's charged-twice flags are dropped and the charge
left says that its twin was refunded.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.statement import AmazonLine, Flag
from primehelp.statement_flags import IMITATION
from primehelp.statement_plan_words import joined

_MONTHLY = frozenset({Flag.SAME_CHARGE_TWICE, Flag.MONTHLY_TWICE, Flag.MONTHLY_GUESS_TWICE})
_ANNUAL = frozenset({Flag.ANNUAL_TWICE, Flag.ANNUAL_GUESS_TWICE})
_YEAR = dt.timedelta(days=367)  # wider than any pair within_year or close accepts


def _twins(line: AmazonLine, same: list[AmazonLine], back: set[int]) -> list[AmazonLine] | None:
    """The charges flagged as charged twice with ``line``: the same amount (``same``: the lines
    of its amount, review 47c, item 5: every line was compared with every flagged one), a twice
    flag in common, close together (a month for a monthly charge, a year for an annual fee).
    None once two of them, ``line`` counted, are not refunded (``back``): no group to settle."""
    from primehelp.statement_plans import within_year
    from primehelp.statement_twice import close

    flags = set(line.flags)
    found = []
    days = [x.date for x in same]  # ``same`` by date: only the year around it (47c, item 5)
    start = bisect.bisect_left(days, line.date - _YEAR)
    for x in same[start : bisect.bisect_right(days, line.date + _YEAR)]:
        both = flags & _ANNUAL and _ANNUAL & set(x.flags)  # the fact and the guess (60c, 2)
        if x is line or not (flags & set(x.flags) or both):
            continue
        monthly = flags & _MONTHLY & set(x.flags) and close(x.date, line.date)
        annual = both and within_year(*sorted((x.date, line.date)))
        if monthly or annual:
            found.append(x)
            left = [y for y in (line, *found) if y.row not in back]
            if len(left) > 1:
                return None
    return found


def settled(lines: list[AmazonLine], refunds: dict[int, list[AmazonLine]]) -> list[AmazonLine]:
    """``lines`` with no charged-twice flag on a group of which all charges but one are refunded
    in full by the file; the one left says when its twin was charged and refunded. ``refunds``:
    row of a charge → the refunds tied to it (``refund_of_row``), by date."""
    paid = {row: -sum(x.amount_yen for x in them) for row, them in refunds.items()}
    last = {row: them[-1] for row, them in refunds.items()}  # row: the latest refund of it
    back = {x.row for x in lines if x.amount_yen > 0 and paid.get(x.row, 0) >= x.amount_yen}
    twice = _MONTHLY | _ANNUAL
    clear: set[int] = set()
    said: dict[int, list[Text]] = {}
    flagged = [x for x in lines if x.amount_yen > 0 and twice & set(x.flags)]
    by_amount: dict[int, list[AmazonLine]] = {}  # only flagged lines have twins
    for x in flagged:
        by_amount.setdefault(x.amount_yen, []).append(x)
    for same in by_amount.values():
        same.sort(key=lambda x: x.date)
    for line in flagged:
        twins = _twins(line, by_amount[line.amount_yen], back)
        if twins is None:
            continue  # still two charges: the flag stays
        group = [line, *twins]
        left = [x for x in group if x.row not in back]
        if len(group) < 2 or len(left) > 1 or any(IMITATION & set(x.flags) for x in group):
            continue  # never refunded, still two charges, or a look-alike's (47c, 1): it stays
        clear |= {id(x) for x in group}
        if left and line is left[0]:
            said[id(line)] = [_twin_back(x, last[x.row]) for x in group if x is not line]
    found = []
    for x in lines:
        texts = said.get(id(x), ())
        if id(x) in clear:
            x = replace(x, flags=tuple(f for f in x.flags if f not in twice))
        for text in texts:
            x = replace(x, detail=text if x.detail is None else joined(x.detail, text))
        found.append(x)
    return found


def _twin_back(twin: AmazonLine, refund: AmazonLine) -> Text:
    said = ui("twice_settled", "ui_statement")
    ja = {
        "day": japanese_date(twin.date.isoformat()),
        "back": japanese_date(refund.date.isoformat()),
    }
    en = {"day": twin.date.isoformat(), "back": refund.date.isoformat()}
    return Text(said.ja.format(**ja), said.en.format(**en))
