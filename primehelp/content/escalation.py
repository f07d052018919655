"""``data/escalation.toml``: the consumer hotline and the routes behind it."""

from __future__ import annotations

from primehelp.escalation import Escalation, EscalationRoute
from primehelp.facts import Node, document


def _route(node: Node) -> EscalationRoute:
    return EscalationRoute(name=node.text("name"), fact=node.fact())


def load() -> Escalation:
    """The bundled escalation routes."""
    data = document("escalation")
    hotline = data.node("hotline")
    return Escalation(
        hotline_number=hotline.string("number"),
        hotline=_route(hotline),
        routes=tuple(_route(route) for route in data.nodes("routes")),
        subscription_advice=data.facts("subscription_advice"),
        law=data.facts("law"),
    )
