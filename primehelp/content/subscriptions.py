"""``data/subscriptions.toml``: Amazon's other subscriptions, their prices, where they stop.

Where everything Amazon bills is listed is a fact of ``data/statement.toml`` (``where``), read
from there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from primehelp.facts import Fact, Node, document
from primehelp.i18n import Text
from primehelp.services import AfterPrime, Per, Price, Service


def _price(node: Node, fact: Fact, as_of: tuple[Text, dt.date | None] | None) -> Price:
    return Price(
        value=Decimal(node.integer("yen")),
        up_to=Decimal(node.integer("up_to")) if node.has("up_to") else None,
        currency="JPY",
        per=node.choice("per", Per),
        who=node.text("who") if node.has("who") else None,
        since=node.date("since"),
        until=None,
        fact=fact,
        as_of=None if as_of is None else as_of[0],
        as_of_from=None if as_of is None else as_of[1],
    )


def _service(node: Node, overview: tuple[Fact, tuple[str, ...]]) -> Service:
    priced = node.has("price")
    price_fact = node.fact("price") if priced else None
    prices = node.nodes("prices", optional=True)
    dated = priced and node.node("price").has("as_of")
    as_of = (
        (node.node("price").text("as_of"), node.node("price").date("as_of_from")) if dated else None
    )
    if price_fact is None and prices:
        raise node.broken("price", "prices need a 'price' fact that states them")
    cancel = node.node("cancel") if node.has("cancel") else None
    if node.has("see"):
        see: tuple[Fact, tuple[str, ...]] | None = (
            node.fact("see"),
            node.node("see").strings("path_ja"),
        )
    else:  # a service billed through Amazon's list is seen there
        see = overview if cancel is not None else None
    return Service(
        id=node.string("service"),
        name=node.text("name"),
        prices=tuple(_price(item, price_fact, as_of) for item in prices if price_fact is not None),
        needs_prime=node.flag("needs_prime") if node.has("needs_prime") else None,
        after_prime=node.choice("after_prime", AfterPrime),
        digital=node.flag("digital"),
        billing=node.fact("billing"),
        see=None if see is None else see[0],
        see_path_ja=() if see is None else see[1],
        cancel=None if cancel is None else cancel.fact(),
        cancel_path_ja=() if cancel is None else cancel.strings("path_ja"),
        notes=node.facts("notes", optional=True),
        changed=next(
            (
                (day, note.fact())
                for note in node.nodes("notes", optional=True)
                if (day := note.date("prices_changed")) is not None
            ),
            None,
        ),
    )


def load() -> tuple[tuple[Service, ...], Fact]:
    """The bundled services, and where everything Amazon bills is listed (statement.toml).

    ``primehelp.subscriptions.subscriptions`` makes the list of them; ``charge`` uses the
    services alone (it does not create the list's class).
    """
    data = document("subscriptions")
    reference = data.node("overview")
    fact = document("statement").node("where").fact(reference.string("where"))
    overview = (fact, reference.strings("path_ja"))
    return tuple(_service(node, overview) for node in data.nodes("services")), fact


def shown_prices() -> dict[str, Text]:
    """Each priced service's price as the list shows it: without the service's name or the check
    date (the sources line under it says that; the ``price`` fact says it as a sentence)."""
    return {
        node.string("service"): node.node("price").text("shown")
        for node in document("subscriptions").nodes("services")
        if node.has("price")
    }
