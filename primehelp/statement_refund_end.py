"""How far a full refund of an annual Prime fee ends that fee's year (review 40c, item 3).

Pure: the statement's lines in, days out. A refund ends the year only from its own day on: the
monthly fees charged before it were paid while the annual fee was paid too. A refund the screen
itself doubts (the whole fee given back more than a month after it, 「…ほかの請求の返金の可能性も
あります」, :func:`primehelp.statement_refunds.late_whole`) ends nothing: never used to clear a
warning."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def refunded_until(lines: list[AmazonLine], gone: set[int]) -> dict[int, dt.date]:
    """id(annual fee refunded in full, of ``gone``) → the first day it no longer pays for: the
    day of its earliest refund the screen trusts; ``date.max`` when every refund of it is
    doubtful. Fees of ``gone`` no refund line names (``refund_of_row``) are left out."""
    from primehelp.statement_plan_words import ANNUAL
    from primehelp.statement_refunds import late_whole

    fees = {x.row: x for x in lines if x.amount_yen > 0 and x.service in ANNUAL and id(x) in gone}
    found: dict[int, dt.date] = {}
    for back in (x for x in lines if x.amount_yen < 0):
        fee = fees.get(back.refund_of_row) if back.refund_of_row is not None else None
        if fee is None or -back.amount_yen != fee.amount_yen:
            continue
        day = dt.date.max if late_whole(fee, back) is not None else back.date
        found[id(fee)] = min(found.get(id(fee), dt.date.max), day)
    return found
