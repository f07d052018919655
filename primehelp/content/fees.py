"""``data/fees.toml``: every plan's fee history, and the notes that go with it."""

from __future__ import annotations

from primehelp.facts import Node, document
from primehelp.plans import FeeBook, FeePeriod, Plan, PlanFees


def _period(item: Node) -> FeePeriod:
    return FeePeriod(
        fee_yen=item.integer("yen"),
        new_members=item.text("new_members"),
        renewals=item.text("renewals") if item.has("renewals") else None,
        renewals_from=item.date("renewals_from"),
        uncertain_from=item.date("uncertain_from"),
        new_members_from=item.date("new_members_from"),
        fact=item.fact(),
        renewals_assumed=item.flag("renewals_assumed"),
        renewals_none=item.text("renewals_none") if item.has("renewals_none") else None,
        confirmed_from=item.date("confirmed_from"),
        unconfirmed=item.text("unconfirmed") if item.has("unconfirmed") else None,
    )


def book(data: Node) -> FeeBook:
    """The fee book in ``data`` (the top table of a fees file)."""
    plans = tuple(
        PlanFees(
            plan=table.choice("plan", Plan),
            name=table.text("name"),
            months=table.integer("months"),
            history=tuple(_period(item) for item in table.nodes("history")),
        )
        for table in data.nodes("plans")
    )
    return FeeBook(plans=plans, notes=data.facts("notes"))


def load() -> FeeBook:
    """The bundled fee book."""
    return book(document("fees"))
