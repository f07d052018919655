"""Where to turn when Amazon does not resolve a problem (consumer hotline 188 and beyond)."""

from typing import NamedTuple

from primehelp.facts import Fact
from primehelp.i18n import Text


class EscalationRoute(NamedTuple):
    """One place to turn to, outside Amazon."""

    name: Text
    fact: Fact


class Escalation(NamedTuple):
    """The consumer hotline and the routes behind it."""

    hotline_number: str
    hotline: EscalationRoute
    routes: tuple[EscalationRoute, ...]
    subscription_advice: tuple[Fact, ...]
    law: tuple[Fact, ...]
