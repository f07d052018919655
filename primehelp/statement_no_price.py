"""The flag of a statement line whose amount is no known price, the lines that may cost
anything, and a look-alike line's label (moved out of :mod:`primehelp.statement`, review 41c:
that module at its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.i18n import Text
    from primehelp.statement import Classification, Flag, StatementText


def no_price_flag(reading: Classification) -> Flag:
    """A former fee's own flag (22a, 2); a Prime text at another service's price (35c, 1)."""
    from primehelp.statement import Flag

    if reading.service == "foreign_currency":  # not dollars: no fee known (review 46c, 4)
        return Flag.FOREIGN_CURRENCY
    if reading.former_fee:
        return Flag.NOT_THE_FEE_ON_DATE
    if reading.service == "amazon_com_prime" or reading.us_fee:  # review 42c, items 5, 15
        return Flag.US_PRIME_FEE
    if reading.us_dollars:  # amazon.com's, at no amount its fee can be (review 43c, item 3)
        return Flag.US_ACCOUNT
    if reading.service == "prime_text" and reading.same_price_as is not None:
        return Flag.PRIME_TEXT_NO_FEE
    if reading.outside_range:
        return Flag.OUTSIDE_NAMED_RANGE
    return Flag.PRICE_CHANGED if reading.price_changed else Flag.NO_KNOWN_PRICE


def any_amount(text: StatementText, service: str) -> bool:
    """A shop order (「AMAZON.CO.JP」) or a line read as a digital purchase (review 24a, S 9) can
    cost anything: no 「決まった料金のどれとも一致しません」."""
    from primehelp.statement import StatementText

    if service in (
        "amazon_com_prime",  # dollars of amazon.com's fee: flagged (review 41c, 2)
        "foreign_currency",  # another currency: no fee known (review 46c, 4)
        "amazon_com",  # an amazon.com account's, whatever the text (review 48c, item 3)
    ):
        return False
    return text is StatementText.AMAZON_CO_JP or service == "digital_purchase"


def alike_labels(reading: Classification, flags: list[Flag]) -> tuple[Text, Text | None]:
    """A line like Amazon's text, read by its amount: its label and its total's guess. Named as
    the month table names its group, 「Amazonに似た表記（Amazonプライム（年間プラン）と同じ
    金額）」, never a plan's name first (review 59c, item 6); the guess kept for the total."""
    from primehelp.statement_flags import IMITATION
    from primehelp.statement_totals import NAMES_NOTHING, alike

    guess = reading.total_label or (reading.label if reading.text_known else None)
    if not IMITATION & set(flags) or guess is None or reading.service in NAMES_NOTHING:
        return reading.label, reading.total_label
    return alike(guess), guess
