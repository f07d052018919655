"""What the charge screen says of an amount that is a former Prime fee (moved out of
:mod:`primehelp.output.charge`; the statement view says it of a Prime text too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.console import rich_text
from primehelp.output.prices import assumed_text, charge_ui, day, money, terms_text

if TYPE_CHECKING:
    from rich.text import Text as RichText

    from primehelp.charges import ChargeReading, FeeTerms


def former_fee_lines(reading: ChargeReading, when: str, lang: Lang) -> list[RichText]:
    """Review 13a, item 2: the point first (「500円は、…時点のAmazonプライムの会費ではありません。」),
    then whose fee it was and when (earlier or later than the date), then an assumed day as a
    sentence of its own."""
    lines = []
    space = " " if lang == "en" else ""
    for fee, terms in zip(reading.former_fees, reading.former_fee_terms, strict=True):
        price = money(fee.value, fee.currency, lang)
        line = rich_text()
        line.append(charge_ui("former_fee")(lang).format(price=price, when=when), style="bold")
        later = _later(reading, terms)
        whose = charge_ui("former_fee_later" if later else "former_fee_earlier")(lang).format(
            plan=fee.who(lang) if fee.who is not None else "",
            period=terms_text(terms, lang),
        )
        line.append(space + whose)  # an assumed day is hedged in the period (23a, S 19)
        # 「ごろ」 in the period, why after it, never a bracket inside it (review 24a, item 5);
        # the fee's days, not the membership's (review 15a, item 6)
        since = terms.renewals_since if terms.renewals_since_assumed else None
        until = terms.renewals_until if terms.renewals_until_assumed else None
        line.append(assumed_text(since, until, price, lang))
        lines.append(line)
    return lines


def _later(reading: ChargeReading, terms: FeeTerms) -> bool:
    """The fee started after the date given (else it ended before it)."""
    since = terms.new_members_since
    return reading.date is not None and since is not None and reading.date < since


def former_plan(reading: ChargeReading, lang: Lang) -> str | None:
    """「Amazonプライム（以前の年間プランの会費と同額）」: the statement's name of a Prime text whose amount is
    one former fee, the plan the row's text names (review 28c, item 6); None: no single one."""
    plans = {(fee.who(lang) if fee.who else "", _later(reading, terms))
             for fee, terms in zip(reading.former_fees, reading.former_fee_terms, strict=True)}  # fmt: skip
    if len(plans) != 1 or reading.before_launch is not None:
        return None
    ((plan, later),) = plans
    said = ui("prime_text_later" if later else "prime_text_earlier", "ui_statement_lines")(lang)
    return said.format(plan=plan) if plan else None


def when_said(reading: ChargeReading, lang: Lang) -> str:
    if reading.date is None:
        return charge_ui("former_fee_now")(lang)
    return charge_ui("former_fee_on")(lang).format(date=day(reading.date, lang))


def not_the_fee(reading: ChargeReading, lang: Lang) -> str:
    """What the charge screen says of an amount that is no Prime fee on its date: the former
    fees of that amount (「4,900円は、…時点のAmazonプライムの会費ではありません。以前の年間プランの
    会費です（…）。」), else the first sentence alone. The statement view says it of a Prime text
    (review 19a, item 1): one code path."""
    when = when_said(reading, lang)
    found = [line.plain for line in former_fee_lines(reading, when, lang)]
    if reading.before_launch is not None and reading.date is not None:  # review 22a, item 8
        year = reading.before_launch[0]
        found = [charge_ui("before_launch")(lang).format(date=day(reading.date, lang), year=year)]
    if not found:
        price = money(abs(reading.amount.value), reading.amount.currency, lang)
        found = [charge_ui("former_fee")(lang).format(price=price, when=when)]
    return (" " if lang == "en" else "").join(found)


def other_price_lines(reading: ChargeReading, when: str, lang: Lang) -> list[RichText]:
    """Review 35c, item 1: a Prime text whose amount is no Prime fee, ever, but another service's
    price (1,500 yen: Audible's): 「1,500円は、…時点のAmazonプライムの会費ではありません。」 before
    the candidates, as 250 and 7,000 are told."""
    from primehelp.charges import Category

    if not reading.prime_text or reading.refund or reading.no_known_price:
        return []
    if reading.amount.currency != "JPY":  # a dollar amount: its own notes (US$139)
        return []
    if reading.former_fees or reading.unknown_plans or reading.unconfirmed:
        return []  # said by their own sentences
    if any(c.category is Category.PRIME_FEE for c in reading.candidates):
        return []
    price = money(abs(reading.amount.value), reading.amount.currency, lang)
    said = charge_ui("former_fee")(lang).format(price=price, when=when)
    return [rich_text(said, style="bold yellow")]
