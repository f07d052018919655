"""complain --amount of no Prime fee that is another subscription's price (review 63a, S 2):
980円 is Kindle Unlimited's or Amazon Kids+'s price, 390円 Prime Video's ad-free option's (FACTS
§9); a hedged warning names them and points to `primehelp charge`. Nothing is said of an amount
that no service of the facts costs either."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.errors import BadInput
from primehelp.facts import ui
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:
    from primehelp.plans import FeePeriod, Plan


def just_after_assumed(period: FeePeriod, day: dt.date, months: int) -> bool:
    """``day`` is in the first cycle of a fee whose start for existing members is assumed (the
    monthly 500円 from 2019-05-17, FACTS §1): the former fee may still have been charged, and
    complain hedges its warning as charge does (review 63a, R-minor 4)."""
    from dateutil.relativedelta import relativedelta

    start = period.renewals_from
    return (
        period.renewals_assumed
        and start is not None
        and start <= day < start + relativedelta(months=months)
    )


def other_service_warnings(amount: int, lang: Lang) -> list[Text]:
    """The warning, said on stderr and returned for --json's warnings; none when ``amount`` is
    a Prime fee (now or before, FACTS §1) or no other service's current price."""
    from primehelp.content import fees, subscriptions
    from primehelp.output.envelope import emit_warning

    book = fees.load()
    if any(period.fee_yen == amount for plan in book.plans for period in plan.history):
        return []
    services, _ = subscriptions.load()
    value = Decimal(amount)
    names = [
        service.name
        for service in services
        if any(
            price.currency == "JPY"
            and price.up_to is None
            and price.until is None
            and price.matches(value)
            for price in service.prices
        )
    ]
    if not names:
        return []
    words = ui("amount_other_service", "ui_complain")
    said = Text(
        words.ja.format(
            amount=f"{amount:,}", names="や".join(name.ja for name in names), plain=amount
        ),
        words.en.format(
            amount=f"{amount:,}", names=" or ".join(name.en for name in names), plain=amount
        ),
    )
    emit_warning(lang, BadInput(said))
    return [said]


def guessed_from_former_fee(amount: int | None, plan: Plan, lang: Lang) -> list[Text]:
    """complain --amount 4900 with no --plan nor --renewal: the plan put in the letter from a
    former fee (FACTS §1: the annual 4,900円 until 2023), said with how to give both (review
    63a, S 3: the letter said 「年間プラン」 with no word that 4,900円 is not today's fee)."""
    from primehelp.content import fees
    from primehelp.output.envelope import emit_warning

    book = fees.load()
    if amount is None or book.of(plan).current.fee_yen == amount:
        return []
    name = book.of(plan).name
    words = ui("plan_from_former_fee", "ui_complain")
    said = Text(
        words.ja.format(amount=f"{amount:,}", plan=name.ja),
        words.en.format(amount=f"{amount:,}", plan=name.en),
    )
    emit_warning(lang, BadInput(said))
    return [said]
