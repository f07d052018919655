"""What a charge can be: the kinds of candidates ``primehelp charge`` lists (moved out of
:mod:`primehelp.charges`, which re-exports them)."""

from enum import StrEnum
from typing import NamedTuple

from primehelp.facts import Fact
from primehelp.fee_terms import FeeChange
from primehelp.i18n import Text
from primehelp.services import Price, Service

# ---------------------------------------------------------------- what it can be


class Category(StrEnum):
    """What sort of charge a candidate is."""

    PRIME_FEE = "prime_fee"
    SUBSCRIPTION = "subscription"
    PURCHASE = "purchase"  # an order or a digital purchase: any amount
    AMAZON_PAY = "amazon_pay"
    AMAZON_COM = "amazon_com"
    UNKNOWN = "unknown"  # the last candidate, always: found nowhere


class Match(StrEnum):
    """How the amount matches a candidate."""

    FEE_ON_DATE = "fee_on_date"  # the Prime fee in force on the date (or now)
    PRICE = "price"  # a subscription's price, or the US Prime fee
    PRICE_RANGE = "price_range"  # inside a range of prices (Prime Video channels)
    # A subscription's fixed price that started after the date (review 24a, item 2): the amount
    # alone matches, never likely.
    PRICE_BEFORE_START = "price_before_start"
    # A refund under a Prime text smaller than a fee paid before it: possibly part of that fee
    # (FACTS §5; review 28c, item 2). Never a yen figure of the part.
    PARTIAL_REFUND = "partial_refund"
    FEE_UNKNOWN = "fee_unknown"  # a Prime plan whose fee on the date is not confirmed
    ANY_AMOUNT = "any_amount"  # an order can be any amount
    # The unknown text names the service (「AUDIBLE」), the amount is none of its prices: listed
    # first all the same, said so (review 38c, item 2). ``price`` is None.
    NAME_ONLY = "name_only"
    NONE = "none"  # the candidate when nothing else is found


class Fit(StrEnum):
    """How a candidate fits the statement text (§10 of the fact sheet: "usually")."""

    USUAL = "usual"  # the text usually stands for it
    POSSIBLE = "possible"
    # The facts do not list it under the text (Kids+ with AMAZON DOWNLOADS, review 13a, S 7): the
    # amount matches, the text is no evidence either way; ranked as without a text.
    UNCONFIRMED = "unconfirmed"
    UNUSUAL = "unusual"


class Candidate(NamedTuple):
    """One thing a charge can be, where to see it in the account and how to stop it.

    ``kind`` is a stable id for grouping (``prime_monthly``, ``kindle_unlimited``, ``audible``,
    ``shop_order``, ``digital_purchase``, ``amazon_com``, ``unknown``…); ``price`` is the
    matching price or fee (``None`` when any amount fits); ``fit`` is ``None`` without a
    statement text primehelp knows. A named tuple (start-up time), written to JSON as an object.
    """

    kind: str
    category: Category
    name: Text
    match: Match
    price: Price | None
    fit: Fit | None
    where_to_see: Fact
    see_path_ja: tuple[str, ...]
    how_to_stop: Fact
    notes: tuple[Fact, ...]
    fee_change: FeeChange | None = None  # a Prime fee on a day two fees were paid

    @property
    def service(self) -> str:
        """The same id as :attr:`kind`."""
        return self.kind


def subscription(service: Service, price: Price | None, see: Fact, cancel: Fact) -> Candidate:
    """``service`` as a candidate: at ``price`` (one price, or a range), or with ``price``
    ``None`` named by the statement text alone, its prices said in the notes (review 38c, 2)."""
    if price is None:
        prices = tuple(dict.fromkeys(p.fact for p in service.prices))
        match, notes = Match.NAME_ONLY, (*prices, service.billing, *service.notes)
    else:
        match = Match.PRICE if price.up_to is None else Match.PRICE_RANGE
        notes = (service.billing, *service.notes)
    return Candidate(
        kind=service.id,
        category=Category.SUBSCRIPTION,
        name=service.name,
        match=match,
        price=price,
        fit=None,
        where_to_see=see,
        see_path_ja=service.see_path_ja,
        how_to_stop=cancel,
        notes=notes,
    )
