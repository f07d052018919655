"""Review 41c (charge and charge --statement), round 48: one test or more per item."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.content import charges as charge_data
from tests.support.clihelp import WIDE, run

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 9

# Every fee of every plan that is no longer (or not yet) the fee on the day: a refund of it.
_ON = dt.date(2026, 11, 5)
_NOW = {plan.history[-1].fee_yen for plan in BOOK.fees.plans}
_FORMER = sorted({p.fee_yen for plan in BOOK.fees.plans for p in plan.history} - _NOW)


def test_9_there_are_former_fees() -> None:
    assert {4900, 500} <= set(_FORMER)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize("yen", _FORMER)
def test_9_a_former_fee_refunded_never_matches_no_fixed_fee(
    yen: int, dated: bool, lang: str
) -> None:
    when = ("--date", _ON.isoformat()) if dated else ()
    done = run("charge", "--lang", lang, *when, "--", f"-{yen}", "AMAZON", "PRIME", env=WIDE)
    assert done.exit_code == 0, done.stderr
    shown = done.stdout
    former = "以前の" if lang == "ja" else "It is an earlier"
    assert former in shown, shown
    assert ("決まった会費とは一致しません" if lang == "ja" else "matches no fixed fee") not in shown
    said = "会費とは一致しないため" if lang == "ja" else "It matches no fee in force"
    assert said in shown, shown
