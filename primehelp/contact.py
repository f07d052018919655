"""The ways to reach Amazon.co.jp today, and the numbers that no longer work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from primehelp.escalation import Escalation
from primehelp.facts import Fact, Table, fact, text
from primehelp.i18n import Text
from primehelp.phone import normalize


@dataclass(frozen=True, slots=True)
class Route:
    """A contact route that works today, in the order to try it."""

    id: str
    order: int
    name: Text
    hours: Text
    path_ja: tuple[str, ...]
    how: Fact
    notes: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class ListedNumber:
    """A phone number named by the facts, as printed and as digits."""

    number: str
    normalized: str


@dataclass(frozen=True, slots=True)
class ContactInfo:
    """Everything ``primehelp contact`` shows."""

    routes: tuple[Route, ...]
    defunct_numbers: tuple[ListedNumber, ...]
    defunct_notice: Fact
    no_published_number: Fact
    circulating_numbers: tuple[ListedNumber, ...]
    circulating_notice: Fact
    contact_page_url: str
    contact_page: Fact
    escalation: Escalation
    checked: dt.date


def _listed(numbers: list[str]) -> tuple[ListedNumber, ...]:
    return tuple(ListedNumber(number=n, normalized=normalize(n)) for n in numbers)


def contact_info(data: Table, escalation: Escalation) -> ContactInfo:
    """Build :class:`ContactInfo` from the validated ``contact`` data file."""
    routes = tuple(
        Route(
            id=table["route"],
            order=order,
            name=text(table["name"]),
            hours=text(table["hours"]),
            path_ja=tuple(table["path_ja"]),
            how=fact(table),
            notes=tuple(fact(note) for note in table.get("notes", [])),
        )
        for order, table in enumerate(data["routes"], start=1)
    )
    facts = [r.how for r in routes] + [fact(data[k]) for k in ("defunct", "no_number", "page")]
    return ContactInfo(
        routes=routes,
        defunct_numbers=_listed(data["defunct"]["numbers"]),
        defunct_notice=fact(data["defunct"]),
        no_published_number=fact(data["no_number"]),
        circulating_numbers=_listed(data["circulating"]["numbers"]),
        circulating_notice=fact(data["circulating"]),
        contact_page_url=data["page"]["url"],
        contact_page=fact(data["page"]),
        escalation=escalation,
        checked=max(f.checked for f in facts),
    )
