"""The Prime-plan flags of a statement's Amazon lines (moved out of :mod:`primehelp.statement`).

Pure: the read lines in, the same lines with the plan flags added out.
"""

from __future__ import annotations

from dataclasses import replace

from primehelp.statement import AmazonLine, Flag
from primehelp.statement_values import month_of

_PRIME_PLANS = ("prime_annual", "prime_monthly")


def prime_plans(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with the both-plans flags (:func:`_both_plans`, :func:`_annual_guesses`)."""
    return _annual_guesses(_both_plans(lines))


def _both_plans(lines: list[AmazonLine]) -> list[AmazonLine]:
    """The lines with the Prime fee of each plan flagged when the file charges both (review
    11a S 24): a plan change, or two memberships. Only lines of a text primehelp knows count: one
    read by its amount alone is never evidence of a second Prime fee (review 17a, item 1)."""

    def fee(line: AmazonLine) -> bool:
        return line.service in _PRIME_PLANS and line.amount_yen > 0 and line.text_known

    charged = {line.service for line in lines if fee(line)}
    if not all(plan in charged for plan in _PRIME_PLANS):
        return lines
    return [
        replace(line, flags=(*line.flags, Flag.BOTH_PRIME_PLANS)) if fee(line) else line
        for line in lines
    ]


def _annual_guesses(lines: list[AmazonLine]) -> list[AmazonLine]:
    """An annual Prime fee guessed by the amount alone in a month with a monthly Prime fee of a
    known text (a guessed one is no fee paid, as the flag says: round 23) flagged: a possible
    second membership, or an order (review 19a, item 2)."""

    def charged(line: AmazonLine, plan: str) -> bool:
        return line.service == plan and line.amount_yen > 0

    monthly = {month_of(x.date) for x in lines if charged(x, "prime_monthly") and x.text_known}
    return [
        replace(line, flags=(*line.flags, Flag.ANNUAL_GUESS_WITH_MONTHLY))
        if charged(line, "prime_annual") and not line.text_known and month_of(line.date) in monthly
        else line
        for line in lines
    ]
