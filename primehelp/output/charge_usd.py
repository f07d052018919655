"""A dollar amount above the US Prime fee (review 39c, item 7): FACTS §10 gives that fee before
tax (US$14.99 a month, US$139 a year, plus tax), so a real charge is a little higher than the fee;
the tax is not known to primehelp, so such an amount (up to 15 % above a fee, review 43c, item 3)
is neither matched nor called unlikely; any other is neither the fee nor the fee plus tax."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.charges import ChargeReading


def us_fee_with_tax(reading: ChargeReading) -> str | None:
    """What to say of a dollar amount that matches no US Prime fee (its ``ui_charge`` key): the
    fee plus tax (from a fee to 15 % above it, review 43c, item 3), or neither the fee nor the
    fee plus tax (any other amount, 1,000 USD too: review 43c, item 5); None for yen or a fee."""
    if reading.amount.currency != "USD" or not reading.no_known_price:
        return None
    from primehelp.content.charges import load  # the US fees: on this path only
    from primehelp.statement_abroad import fee_with_tax

    # a charge dated before the facts were checked: today's fee, said so (44c, R-minor 7)
    past = "_past" if reading.date is not None and reading.date < reading.checked else ""
    if fee_with_tax(load(), abs(reading.amount.value)):
        return "us_fee_with_tax" + past
    return None if reading.refund else "us_no_fee" + past
