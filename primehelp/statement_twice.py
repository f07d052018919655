"""A fee charged twice in a statement, whatever the calendar month (review 36c, items 1 and 2).

Pure: the read lines in, the ids or the lines of the ones to flag out (moved out of
:mod:`primehelp.statement_plans`, at its size limit).

- Two fees of one monthly plan, or two charges of one fixed-price monthly subscription (Kindle
  Unlimited…), are charged twice when they fall in one calendar month, as the month table shows
  them, or less than :data:`CLOSE_DAYS` days apart in two months (10-31 and 11-01: item 2).
- A charge under a text that may be a fee (「AMAZON.CO.JP」, FACTS §10 "and sometimes fees") at
  the amount of a Prime fee on its date, in the period of a fee of the file, is a possibility, as
  a line of a text primehelp does not know is (item 1). Not a digital text's (「AMAZON
  DOWNLOADS」: FACTS §10 gives digital content only; a 600-yen Kindle book is no fee, 37c, 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from primehelp.statement import AmazonLine, Flag, StatementText

# Monthly renewals are a month apart, 28 days at the least (01-31, 02-28); a statement's day of
# use may lag by a few days: two fees less than 25 days apart are no two renewals.
CLOSE_DAYS = 25

# The texts FACTS §10 gives as possibly a fee, or as a subscription's (review 36c, item 1)
MAY_BE_FEE = frozenset({StatementText.AMAZON_CO_JP, StatementText.AMAZON_DOWNLOADS})
# Of those, the ones a charge of a fee's amount may be that fee under: FACTS §10 ties 「AMAZON
# DOWNLOADS」 (and the other digital texts) to digital content only (review 37c, item 7)
CHARGE_MAY_BE_FEE = frozenset({StatementText.AMAZON_CO_JP})


def close(first: dt.date, second: dt.date) -> bool:
    """True when monthly charges of ``first`` and ``second`` are no two renewals: one calendar
    month (as the month table shows them), or less than :data:`CLOSE_DAYS` days apart."""
    same_month = (first.year, first.month) == (second.year, second.month)
    return same_month or abs((first - second).days) < CLOSE_DAYS


def _key(line: AmazonLine) -> tuple[str, int]:
    """What 「2回以上あります」 compares: the text (as compared) and the amount."""
    from primehelp.statement_values import compared

    return compared(line.description), line.amount_yen


def monthly_twice(monthly: list[AmazonLine]) -> tuple[set[int], set[int]]:
    """Two or more fees read as one monthly plan's (regular or Student) close together (:func:`close`),
    whatever their texts (review 34c, item 1: 「AMAZON PRIME」 and 「AMAZON PRIME 利用国USA」,
    full-width or katakana; review 36c, item 2: across a month's end): a monthly fee is charged
    once a month. The ids of the lines that have another fee of a known text beside them, when
    they are of a known text too (the fact), and of the others (a line read by its amount: a
    possibility)."""
    fact: set[int] = set()
    guess: set[int] = set()
    for line in monthly:
        near = [
            x
            for x in monthly
            if x is not line and x.service == line.service and close(x.date, line.date)
        ]
        if not near:
            continue
        if line.text_known and any(x.text_known for x in near):
            fact.add(id(line))
        elif any(_key(x) != _key(line) for x in near):  # else 「2回以上あります」 says it
            guess.add(id(line))  # (review 35c, item 4)
    return fact, guess


def _monthly_prices() -> dict[str, frozenset[int]]:
    """Each subscription's fixed monthly prices (no range): what is charged once a month."""
    from primehelp.content.subscriptions import load
    from primehelp.services import Per

    return {
        service.id: frozenset(
            int(p.value) for p in service.prices if p.per is Per.MONTH and p.up_to is None
        )
        for service in load()[0]
    }


def subscription_twice(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with 「2回以上あります」 on two charges of one fixed-price monthly subscription and
    amount less than :data:`CLOSE_DAYS` days apart in two calendar months (review 36c, item 2:
    Kindle Unlimited on 10-31 and 11-01); within a month, the same text and amount says it.
    Two charges read from their dollars as amazon.com's Prime fee, of one yen amount, close
    together, under two texts (「AMAZON.COM」, 「AMAZON DOWNLOADS」) too (review 42c, item 14)."""
    from primehelp.statement_abroad import US_PRIME

    prices = _monthly_prices()
    charges = [  # amazon.com's fee read from its dollars, under any text, too (review 42c, 14)
        x
        for x in lines
        if x.amount_yen > 0
        and (x.amount_yen in prices.get(x.service, frozenset()) or x.service == US_PRIME)
    ]
    twice = {
        id(x)
        for x in charges
        for y in charges
        if x is not y and x.service == y.service and x.amount_yen == y.amount_yen
        and close(x.date, y.date)
    }  # fmt: skip
    return [
        replace(x, flags=(*x.flags, Flag.SAME_CHARGE_TWICE))
        if id(x) in twice and Flag.SAME_CHARGE_TWICE not in x.flags
        else x
        for x in lines
    ]


def fee_kinds(amount: int, on: dt.date) -> frozenset[str]:
    """The Prime plans (``prime_monthly``, …) a charge of ``amount`` yen on ``on`` may be the fee of."""
    from primehelp.content.fees import load
    from primehelp.plans import periods_charged_on

    return frozenset(
        "prime_" + plan.plan.value.replace("-", "_")
        for plan in load().plans
        if any(period.fee_yen == amount for period in periods_charged_on(plan, on))
    )


def maybe_fees(lines: list[AmazonLine], gone: set[int]) -> list[tuple[AmazonLine, frozenset[str]]]:
    """The charges under a text that may be a fee (:data:`CHARGE_MAY_BE_FEE`), not read as a fee, at
    the amount of a Prime fee on their date, each with those plans; not a charge given back in
    the file (the same text and amount refunded within a month: an order returned)."""
    from primehelp.plans import months_later
    from primehelp.statement_plan_words import ANNUAL, MONTHLY

    refunds: dict[tuple[str, int], list[dt.date]] = {}  # by text and amount: one pass (38c S 1)
    for x in lines:
        if x.amount_yen < 0:
            refunds.setdefault((_key(x)[0], -x.amount_yen), []).append(x.date)
    found = []
    for line in lines:
        if line.amount_yen <= 0 or line.text not in CHARGE_MAY_BE_FEE or id(line) in gone:
            continue
        if line.service in ANNUAL | MONTHLY:
            continue
        kinds = fee_kinds(line.amount_yen, line.date)
        back = any(
            line.date <= day < months_later(line.date, 1) for day in refunds.get(_key(line), ())
        )
        if kinds and not back:
            found.append((line, kinds))
    return found


def former_monthly(lines: list[AmazonLine], gone: set[int]) -> list[AmazonLine]:
    """The charges under a Prime text at a former monthly fee, not the fee on their date (400
    or 500 yen in 2026: 「※この日付の会費と一致しません」), not given back: in an annual fee's
    year they overlap it as a monthly fee would (review 36c, item 15)."""
    from primehelp.statement_plan_words import MONTHLY

    return _former(lines, gone, MONTHLY)


def old_twice(annual: list[AmazonLine], lines: list[AmazonLine], gone: set[int]) -> set[int]:
    """The ids of an annual fee and a charge under a Prime text at a former annual fee (4,900
    yen ten days after it, 「※この日付の会費と一致しません」) within its year, not given back:
    two annual fees, 「1年以内に年会費が2回以上」, as two of one price are (review 59c, S 14)."""
    from primehelp.statement_plan_words import ANNUAL
    from primehelp.statement_plans import within_year

    found: set[int] = set()
    for old in _former(lines, gone, ANNUAL):
        for fee in (x for x in annual if x.text_known and x is not old):
            if within_year(*sorted((fee.date, old.date))):
                found |= {id(fee), id(old)}
    return found


def _former(lines: list[AmazonLine], gone: set[int], plans: frozenset[str]) -> list[AmazonLine]:
    """The lines under a Prime text at a former fee of ``plans``, not the fee on their date."""
    from primehelp.content.fees import load

    fees = {
        period.fee_yen
        for plan in load().plans
        if "prime_" + plan.plan.value.replace("-", "_") in plans
        for period in plan.history
    }
    return [
        x
        for x in lines
        if x.amount_yen in fees
        and x.text_known
        and Flag.NOT_THE_FEE_ON_DATE in x.flags
        and id(x) not in gone
    ]
