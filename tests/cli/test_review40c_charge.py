"""Review 40c (charge and charge --statement): one test or more per item."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.content import charges as charge_data
from tests.support.clihelp import json_data, screen

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 1

# Every former fee of every plan, refunded ten days after the last bill dated with it: within
# the plan's period, no longer the fee on the refund's day.
_FORMER = [
    (plan.name("en"), period.fee_yen, later.renewals_from + dt.timedelta(days=9))
    for plan in BOOK.fees.plans
    for period, later in zip(plan.history, plan.history[1:], strict=False)
    if later.renewals_from is not None
]


def _day(text: str, lang: str) -> str:
    day = dt.date.fromisoformat(text)
    return f"{day.year}年{day.month}月{day.day}日" if lang == "ja" else text


def test_1_every_plan_has_a_former_fee() -> None:
    assert len(_FORMER) >= 6


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", [None, "AMAZON PRIME"])
@pytest.mark.parametrize(("plan", "yen", "on"), _FORMER)
def test_1_a_former_fee_refunded_is_dated_with_its_own_period(
    plan: str, yen: int, on: dt.date, text: str | None, lang: str
) -> None:
    args = ("charge", f"-{yen}", *(() if text is None else (text,)), "--date", on.isoformat())
    data = json_data(*args)
    at, fee = next(
        (i, c)
        for i, c in enumerate(data["candidates"])
        if c["match"] == "price" and c["category"] == "prime_fee" and c["price"]["value"] == yen
    )
    shown = screen(*args, lang=lang)
    block = shown.split(f"\n{at + 1}. ", 1)[1].split(f"\n{at + 2}. ", 1)[0]
    line = next(x for x in block.splitlines() if ("会費：" if lang == "ja" else "fee:") in x)
    assert line.strip().startswith("以前の会費：" if lang == "ja" else "Former fee:"), line
    price = fee["price"]
    assert price["until"] is not None
    assert _day(price["until"], lang) in line, (line, price)  # the fee's own last bill
    if price["since"] is not None:
        assert _day(price["since"], lang) in line, (line, price)
    after = dt.date.fromisoformat(price["until"]) + dt.timedelta(days=1)
    assert _day(after.isoformat(), lang) not in line, line  # never the next fee's start
