"""The ways to reach Amazon.co.jp today, and the numbers that no longer work."""

import datetime as dt
from typing import NamedTuple

from primehelp.content.contact import ContactData, ListedNumber, Route
from primehelp.escalation import Escalation
from primehelp.facts import Fact

__all__ = ["ContactInfo", "ListedNumber", "Route", "contact_info"]


class ContactInfo(NamedTuple):
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
    advice: tuple[Fact, ...] = ()  # the closing caveat about labels (review 31a item 6)
    # A call after a call-back request may be Amazon's (check-number's words; review 49a item 26)
    callback_caveat: Fact | None = None


def contact_info(
    data: ContactData, escalation: Escalation, callback_caveat: Fact | None = None
) -> ContactInfo:
    """Build :class:`ContactInfo` from the typed ``contact`` data (and scams' call-back caveat)."""
    facts = [r.how for r in data.routes] + [data.defunct, data.no_number, data.page]
    return ContactInfo(
        routes=data.routes,
        defunct_numbers=data.defunct_numbers,
        defunct_notice=data.defunct,
        no_published_number=data.no_number,
        circulating_numbers=data.circulating_numbers,
        circulating_notice=data.circulating,
        contact_page_url=data.page_url,
        contact_page=data.page,
        escalation=escalation,
        checked=max(f.checked for f in facts),
        advice=data.advice,
        callback_caveat=callback_caveat,
    )
