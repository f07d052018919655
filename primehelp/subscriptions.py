"""``primehelp subscriptions``: what else Amazon may bill a member for, and what outlives Prime.

Its own module: ``charge`` reads the same services (:mod:`primehelp.services`) without creating
this class (each frozen dataclass costs 0.6-0.8 ms at start-up).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from primehelp.facts import Fact
from primehelp.services import AfterPrime, Service


@dataclass(frozen=True, slots=True)
class Subscriptions:
    """Everything ``primehelp subscriptions`` shows."""

    services: tuple[Service, ...]
    overview: Fact  # where everything Amazon bills is listed
    keeps_billing: tuple[str, ...]  # ids of the services billed after Prime ends until cancelled
    checked: dt.date


def subscriptions(services: tuple[Service, ...], overview: Fact) -> Subscriptions:
    """The list, with what keeps billing after Prime ends and the latest check date."""
    facts = [overview] + [
        fact
        for s in services
        for fact in (s.billing, s.see, s.cancel, *s.notes, *(p.fact for p in s.prices))
        if fact is not None
    ]
    return Subscriptions(
        services=services,
        overview=overview,
        keeps_billing=tuple(s.id for s in services if s.after_prime is AfterPrime.KEEPS_BILLING),
        checked=max(f.checked for f in facts),
    )
