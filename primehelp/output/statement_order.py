"""Which flags of ``charge --statement`` are warnings, in the order the view says them (moved out
of :mod:`primehelp.output.statement`, at its size limit: review 46c). The flags that sent the
member to the Prime receipts in a line of their own say where the receipts are in their own
bullet since review 51c, item 14."""

from __future__ import annotations

from primehelp.statement import Flag

LOOK = (
    Flag.BORROWED_NAME,
    Flag.LOOKS_LIKE_AMAZON,  # review 42c, item 4
    Flag.OTHER_COUNTRY,  # review 43c, item 1
    Flag.AFTER_TODAY,
    Flag.BEFORE_LAUNCH,
    Flag.NO_KNOWN_PRICE,
    Flag.PRIME_TEXT_NO_FEE,
    Flag.OUTSIDE_NAMED_RANGE,
    Flag.PRICE_CHANGED,
    Flag.US_PRIME_FEE,
    Flag.US_ACCOUNT,  # review 43c, item 3
    Flag.FOREIGN_CURRENCY,  # review 46c, item 4
    Flag.NOT_THE_FEE_ON_DATE,
    Flag.FEE_UNCONFIRMED,
    Flag.STUDENT_FEE_UNKNOWN,
    Flag.STUDENT_MONTHLY_NONE,
    Flag.MONTHLY_TWICE,
    Flag.MONTHLY_GUESS_TWICE,
    Flag.SAME_CHARGE_TWICE,
    Flag.FEE_REFUNDED_BEFORE,
    Flag.REFUND_OVER_REST,
    Flag.PARTIAL_REFUND_AGAIN,
    Flag.BOTH_PRIME_PLANS,
    Flag.TWO_MONTHLY_PLANS,
    Flag.TWO_MONTHLY_GUESS,
    Flag.ANNUAL_GUESS_WITH_MONTHLY,
    Flag.MONTHLY_GUESS_IN_ANNUAL,
    Flag.ANNUAL_TWICE,
    Flag.ANNUAL_GUESS_TWICE,
)
