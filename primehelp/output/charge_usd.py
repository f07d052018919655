"""A dollar amount above the US Prime fee (review 39c, item 7): FACTS §10 gives that fee before
tax (US$14.99 a month, US$139 a year, plus tax), so a real charge is higher than the fee; the
tax is not known to primehelp, so such an amount is neither matched nor called unlikely."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.charges import ChargeReading


def us_fee_with_tax(reading: ChargeReading) -> bool:
    """Whether ``reading`` is a dollar amount that matches no US Prime fee but is above one."""
    if reading.amount.currency != "USD" or not reading.no_known_price:
        return False
    from primehelp.content.charges import load  # the US fees: on this path only

    fees = [p.value for p in load().us_prices]
    return bool(fees) and abs(reading.amount.value) > min(fees)
