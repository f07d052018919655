"""``data/charges.toml``: statement texts, where each kind of charge is seen and stopped.

:func:`load` also reads the fee book (``fees.toml``) and the subscriptions
(``subscriptions.toml``): a charge is compared with all three.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from primehelp.content import fees, subscriptions
from primehelp.facts import Fact, Node, document
from primehelp.i18n import Text
from primehelp.plans import FeeBook
from primehelp.services import Per, Price, Service

# The kinds of charge this file says where to see (and, but for orders, how to stop).
_GUIDED = ("prime", "shop_order", "digital_purchase", "amazon_pay", "amazon_com", "unknown")
_STOPPED = ("prime", "amazon_com", "unknown")  # the others are stopped as "unknown" says


# Named tuples, not frozen dataclasses: these never leave the content layer, and a frozen
# dataclass costs 0.6 ms to create at start-up against 0.09 ms for a named tuple (charge --json).
class StatementText(NamedTuple):
    """A text Amazon charges show on a card statement, and what it usually stands for."""

    label: str
    patterns: tuple[str, ...]  # upper case, NFKC, single spaces
    means: frozenset[str]  # candidate kinds it usually stands for
    may_be: frozenset[str]  # kinds it can also stand for
    fact: Fact


class ChargeBook(NamedTuple):
    """Everything a charge is compared with."""

    fees: FeeBook
    services: tuple[Service, ...]
    texts: tuple[StatementText, ...]
    names: Mapping[str, Text]  # candidate kind → name ("prime" has a {plan} placeholder)
    see: Mapping[str, tuple[Fact, tuple[str, ...]]]  # kind → where to see it, and its labels
    stop: Mapping[str, Fact]
    us_prices: tuple[Price, ...]
    us_prime: Fact
    usa: Fact
    refund: Fact

    def statement_for(self, words: str) -> StatementText | None:
        """The first statement text with a pattern inside ``words`` (upper case, NFKC)."""
        folded = " ".join(words.split())
        return next((t for t in self.texts if any(p in folded for p in t.patterns)), None)


def _pattern(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", raw).upper().split())


def _text(node: Node) -> StatementText:
    return StatementText(
        label=node.string("label"),
        patterns=tuple(_pattern(p) for p in node.strings("patterns")),
        means=frozenset(node.strings("means")),
        may_be=frozenset(node.strings("may_be")),
        fact=node.fact(),
    )


def _us_price(node: Node, fact: Fact) -> Price:
    raw = node.string("usd")
    try:
        value = Decimal(raw)
    except ArithmeticError:  # decimal.InvalidOperation
        raise node.broken("usd", 'must be an amount in dollars, e.g. "14.99"') from None
    return Price(value, None, "USD", node.choice("per", Per), None, None, None, fact)


def load() -> ChargeBook:
    """The bundled statement texts, with the fee book and the subscriptions."""
    data = document("charges")
    names = data.node("names")
    us = data.node("amazon_com")
    us_prime = us.fact("price")
    see = {}
    for kind in _GUIDED:
        node = data.node(kind).node("see")
        see[kind] = (node.fact(), node.strings("path_ja"))
    return ChargeBook(
        fees=fees.load(),
        services=subscriptions.load()[0],
        texts=tuple(_text(node) for node in data.nodes("statement_texts")),
        names={key: names.text(key) for key, _ in names.children()},
        see=see,
        stop={kind: data.node(kind).fact("stop") for kind in _STOPPED},
        us_prices=tuple(_us_price(node, us_prime) for node in us.nodes("prices")),
        us_prime=us_prime,
        usa=data.fact("usa"),
        refund=data.fact("refund"),
    )
