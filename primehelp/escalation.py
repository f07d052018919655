"""Where to turn when Amazon does not resolve a problem (consumer hotline 188 and beyond)."""

from __future__ import annotations

from dataclasses import dataclass

from primehelp.facts import Fact, Table, fact, text
from primehelp.i18n import Text


@dataclass(frozen=True, slots=True)
class EscalationRoute:
    """One place to turn to, outside Amazon."""

    name: Text
    fact: Fact


@dataclass(frozen=True, slots=True)
class Escalation:
    """The consumer hotline and the routes behind it."""

    hotline_number: str
    hotline: EscalationRoute
    routes: tuple[EscalationRoute, ...]
    subscription_advice: tuple[Fact, ...]
    law: tuple[Fact, ...]


def escalation_from_data(data: Table) -> Escalation:
    """Build :class:`Escalation` from the validated ``escalation`` data file."""
    hotline = data["hotline"]
    return Escalation(
        hotline_number=hotline["number"],
        hotline=EscalationRoute(name=text(hotline["name"]), fact=fact(hotline)),
        routes=tuple(
            EscalationRoute(name=text(route["name"]), fact=fact(route)) for route in data["routes"]
        ),
        subscription_advice=tuple(fact(item) for item in data["subscription_advice"]),
        law=tuple(fact(item) for item in data["law"]),
    )
