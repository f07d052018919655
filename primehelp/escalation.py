"""Where to turn when Amazon does not resolve a problem (consumer hotline 188 and beyond)."""

from __future__ import annotations

from dataclasses import dataclass

from primehelp.facts import Fact
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
