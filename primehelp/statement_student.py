"""A statement's Prime line whose amount was a Prime Student fee only later (review 24a, item 1).

Moved out of :mod:`primehelp.cli.charge`. FACTS §1: a Student fee before 2019-04-12 is unknown,
and there was no Prime Student monthly plan before 2019 — said only of a Student monthly amount
dated before 2019-01-01 (review 25a, item 6), never of an annual one or of a 2019 date.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.facts import ui

if TYPE_CHECKING:
    from primehelp.charges import ChargeReading
    from primehelp.statement import Classification

# The first day a Prime Student monthly plan may have existed (FACTS §1: none before 2019)
_STUDENT_MONTHLY_FROM = dt.date(2019, 1, 1)


def student_fee_unknown(reading: ChargeReading, date: dt.date | None) -> Classification:
    """「Amazonプライム（プラン不明）」, as a Prime text of no fee is named (review 25a, S 12), the
    totals alike; flagged 「※この日付のPrime Studentの会費は確認できていません」: a fee primehelp
    cannot confirm is to be checked; under the name, for a monthly amount before 2019, that no
    Student monthly plan existed then."""
    from primehelp.statement import FEE_UNKNOWN, Classification

    monthly = any(kind == "prime_student_monthly" for kind, _ in reading.unknown_plans)
    none_yet = monthly and date is not None and date < _STUDENT_MONTHLY_FROM
    note = ui("student_monthly_none", "ui_statement") if none_yet else None
    label = ui("prime_text", "ui_statement")
    return Classification(FEE_UNKNOWN, label, True, detail=note, fee_unknown=True)
