"""What Amazon bills besides Prime: each service, its prices, and what Prime has to do with it.

Shared by ``primehelp subscriptions`` (the list, :mod:`primehelp.subscriptions`) and
``primehelp charge`` (a price that matches a charge). Typed from ``data/subscriptions.toml`` by
:mod:`primehelp.content.subscriptions`.
"""

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from primehelp.facts import Fact
from primehelp.i18n import Text


class AfterPrime(StrEnum):
    """What a service does when Prime ends."""

    KEEPS_BILLING = "keeps_billing"  # billed until cancelled on its own
    REPORTED_TO_STOP = "reported_to_stop"
    NOT_CONFIRMED = "not_confirmed"  # the facts do not say
    BENEFIT_ENDS = "benefit_ends"  # a Prime benefit: nothing billed, the benefit ends


class Per(StrEnum):
    """How often a price is charged."""

    MONTH = "month"
    YEAR = "year"


# Named tuples, not frozen dataclasses: ``charge --json`` is within its start-up budget only so
# (a frozen dataclass costs about 0.6 ms to create, a named tuple 0.09 ms; benchmarks/README.md).
# Immutable all the same; the JSON writer writes their fields as an object.


class Price(NamedTuple):
    """A price or fee, with the fact (sources, check date) that states it.

    ``up_to``: the top of a range (``value`` to ``up_to``), else ``None``. ``since``/``until``:
    the days it applied from and to, where the facts say (``None``: open).
    """

    value: Decimal
    up_to: Decimal | None
    currency: str  # "JPY" or "USD"
    per: Per | None
    who: Text | None  # the plan or the members it is for ("Prime members"); None: everyone
    since: dt.date | None
    until: dt.date | None
    fact: Fact
    # When the facts date the price by a month, not a day (「2023年4月時点の料金」); None: not so.
    as_of: Text | None = None
    # The first day of the month ``as_of`` names (2023-04-01): the price is not known before it.
    as_of_from: dt.date | None = None

    def before_start(self, on: dt.date | None) -> bool:
        """True when ``on`` is before the day the facts say the price started (review 24a,
        item 2); ``None`` (no date: the prices now) or no start known: False."""
        start = self.since or self.as_of_from
        return on is not None and start is not None and on < start

    def matches(self, value: Decimal) -> bool:
        """True when ``value`` is this price (or inside its range)."""
        if self.up_to is None:
            return value == self.value
        return self.value <= value <= self.up_to


class Service(NamedTuple):
    """A subscription of Amazon's (or a Prime benefit), and where it is seen and stopped.

    ``needs_prime`` is ``None`` where the question does not apply (a Prime benefit);
    ``see`` and ``cancel`` are ``None`` when there is nothing billed to see or stop.
    """

    id: str
    name: Text
    prices: tuple[Price, ...]
    needs_prime: bool | None
    after_prime: AfterPrime
    digital: bool
    billing: Fact  # needs Prime? what happens when Prime ends
    see: Fact | None
    see_path_ja: tuple[str, ...]
    cancel: Fact | None
    cancel_path_ja: tuple[str, ...]
    notes: tuple[Fact, ...]
    # A reported change of the prices (an L note): its first day, and the note (review 39c, 10);
    # the note is among ``notes`` already: not in JSON (the subscriptions schema is unchanged)
    changed: tuple[dt.date, Fact] | None = None

    def not_in_json(self) -> frozenset[str]:
        """The fields that are read by `charge --statement` only, not data (JSON)."""
        return _SERVICE_WORDING


_SERVICE_WORDING = frozenset({"changed"})
