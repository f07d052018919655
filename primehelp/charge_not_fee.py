"""Texts primehelp does not know that name another Amazon business (「AMAZON WEB SERVICES」,
「AMZN Mktp JP」): the statement reader never reads them as a Prime fee or a subscription by the
amount alone (``data/statement.toml`` ``[not_fee]``, review 36c, item 9), and ``charge`` never
ranks such a fee first for them either (review 39c, item 1). FACTS names none of these texts, so
what is said is only that primehelp does not know the text as a fee's."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from primehelp.charge_kinds import Category

if TYPE_CHECKING:
    from primehelp.charge_kinds import Candidate

# A fee or a subscription: read from the amount alone, never first under such a text.
_BY_AMOUNT = frozenset({Category.PRIME_FEE, Category.SUBSCRIPTION})


@cache
def _words() -> tuple[str, ...]:
    from primehelp.content.statement import load  # the same list as the statement reader's

    return load().not_fee_words


def not_fee_text(words: str) -> bool:
    """Whether ``words`` (a text primehelp does not know) holds one of the ``[not_fee]`` words."""
    from primehelp.statement_values import compared

    key = compared(words)
    return any(word in key for word in _words())


def fees_last(ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` with the fees and subscriptions after the orders and purchases (stable)."""
    return sorted(ranked, key=lambda c: c.category in _BY_AMOUNT)
