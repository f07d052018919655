"""The regular/Student monthly pair read by amounts (review 40c, item 2; out of
:mod:`primehelp.statement_plans`, which flags the pair of known texts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from primehelp.statement import AmazonLine


def two_monthly_guessed(
    monthly: list[AmazonLine], same_month: Callable[[dt.date, dt.date], bool]
) -> set[int]:
    """The ids of the regular and Prime Student monthly fees (not refunded) that pay for the same
    month, one of them or both read by the amount alone (「Amazonプライム」, a text FACTS §10 does
    not list): the guessed lines of each such pair, a possibility. A pair of known texts is
    ``two_monthly_plans``'s, never this; whether a text is known never hides the pair."""
    regular = [x for x in monthly if x.service == "prime_monthly"]
    student = [x for x in monthly if x.service == "prime_student_monthly"]
    return {
        id(x)
        for r in regular
        for s in student
        if not (r.text_known and s.text_known) and same_month(r.date, s.date)
        for x in (r, s)
        if not x.text_known
    }
