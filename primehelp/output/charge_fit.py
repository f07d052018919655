"""What a candidate's fit with the statement text is said as on the charge screen (moved out of
:mod:`primehelp.output.charge`): the key of its sentence (``fit_*`` of ``ui_charge.toml``) and
its style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charge_kinds import Category, Fit, Match
from primehelp.charge_named import us_yen_lead
from primehelp.i18n import Lang

if TYPE_CHECKING:
    from primehelp.charge_kinds import Candidate
    from primehelp.charge_reading import ChargeReading

_EXACT = (Match.FEE_ON_DATE, Match.PRICE)
FIT_STYLE = {
    "usual": "green",
    "possible": "",
    "unconfirmed": "",
    "unusual": "yellow",
    "usual_text_only": "",
    "usual_partial": "",
    "us_yen": "",
    "usual_fee_unknown": "",
    "usual_fee_unknown_existing": "",
    "possible_fee_order": "",
    "usual_price": "green",
    "possible_price": "",
    "possible_text_only": "",
    "usual_no_price": "",
    "usual_in_range": "",
    "possible_in_range": "",
}


def fit_key(candidate: Candidate, reading: ChargeReading, text_only: bool) -> str:
    """The key of what a candidate's fit with the statement text is said as (fit_*).

    ``partial_too``: a refund that may be part of a larger fee (review 36c, item 4): a whole fee
    of the amount is possible, never likely, and the part says it matches no fixed fee."""
    fit = candidate.fit.value if candidate.fit is not None else "unusual"  # beside a named one
    partial_too = any(c.match is Match.PARTIAL_REFUND for c in reading.candidates)
    first = reading.candidates[0]  # an order, likely: a Prime fee then possible (52c, 29)
    order_text = first.kind == "shop_order" and first.fit is Fit.USUAL
    order_text &= candidate.category is Category.PRIME_FEE
    if candidate.kind == "amazon_com" and us_yen_lead(reading) and not reading.refund:
        return "us_yen"  # 「米ドルの会費を円に換算した額なら、これに当たります。」 (60c, R-minor 3)
    if candidate.match is Match.FEE_UNKNOWN and candidate.fit is Fit.USUAL:
        from primehelp.output.price_line import assumed_end  # existing members' only (63c, 6)

        if assumed_end(reading):
            return "usual_fee_unknown_existing"
        return "usual_fee_unknown"  # the fee that day unknown: no 「一致しません」 (52c, item 17)
    if candidate.match is Match.PARTIAL_REFUND and candidate.fit is Fit.USUAL:
        return "usual_partial"  # the part has no set amount to match (review 60c, R-minor 5)
    if partial_too and candidate.fit is Fit.USUAL and candidate.match in _EXACT:
        return "possible_price" if candidate.category is Category.PRIME_FEE else fit
    if text_only and candidate.fit is Fit.USUAL and candidate.match is Match.ANY_AMOUNT:
        return "usual_no_price"  # a purchase has no fixed price to match (review 18a, item 1)
    if text_only and candidate.fit in (Fit.USUAL, Fit.POSSIBLE):
        if candidate.match is Match.PRICE_RANGE:  # inside its range: no fixed price (27a S 19)
            return f"{fit}_in_range"
        return f"{fit}_text_only"  # the amount matches no fixed price: said, not "likely"
    if order_text and candidate.fit is Fit.POSSIBLE and candidate.match in _EXACT:
        return "possible_fee_order"  # the amount is the fee, the text an order's (52c, 29)
    if candidate.fit is Fit.USUAL and candidate.match in _EXACT:
        price = candidate.price
        if reading.date is not None and price is not None and price.currency == "USD":
            return "possible"  # the price on that date is not confirmed: never likely (55c, 11)
        return "usual_price"  # the text and the amount agree (review 15a, item 1)
    return fit


def named_in_range(reading: ChargeReading) -> bool:
    """Whether the text names a service of no fixed price whose range holds the amount (「PRIME
    VIDEO」 500, review 52c item 2): that one fits, the heading says so, the others are unlikely."""
    return any(c.kind in reading.named and c.match is Match.PRICE_RANGE for c in reading.candidates)


def twin(candidate: Candidate, reading: ChargeReading) -> bool:
    """A refund's Prime candidate whose plan another candidate is too (a whole former fee and a
    part of the fee after it: review 52c, item 4): each then titled by what it is."""
    same = sum(c.kind == candidate.kind for c in reading.candidates)
    return reading.refund and candidate.category is Category.PRIME_FEE and same > 1


def shown_name(candidate: Candidate, reading: ChargeReading, lang: Lang) -> str:
    """The candidate's name as its title: 「Amazonプライム（年間プラン）の会費の一部返金」 beside
    「…の会費の返金」, never the same title twice (review 52c, item 4)."""
    from primehelp.output.prices import charge_ui

    name = candidate.name(lang)
    part = candidate.match is Match.PARTIAL_REFUND
    if not twin(candidate, reading) and not (part and reading.typed_text is None):  # 59c, S 13
        return name
    return charge_ui("title_partial_refund" if part else "title_refund")(lang).format(name=name)


def heading_key(reading: ChargeReading, *, fits_well: bool, text_only: bool, tied: bool) -> str:
    """The key of the sentence or heading over the list (``candidates_*`` of ``ui_charge``)."""
    if not fits_well and not text_only and us_yen_lead(reading) and not reading.refund:
        return "candidates_us_site"  # amazon.com's fee converted, if so (60c, R-minor 3)
    part = any(c.match is Match.PARTIAL_REFUND for c in reading.candidates)
    if not fits_well and not text_only and part and reading.typed_text is None:
        return "candidates_plain"  # under 「会費の一部返金…の可能性があります」 (60c, R-minor 3)
    if not fits_well:
        return "candidates_text_only" if text_only else "candidates_none_likely"
    if tied:
        return "candidates_same_amount"
    if reading.level:  # the text has 「プライム会費」: the fee first (review 52c, S 35)
        fee = f"{reading.level_word}会費" in "".join((reading.typed_text or "").split())
        return "candidates_level_fee" if fee else "candidates_level"
    return "candidates_order"


def partial_said(reading: ChargeReading) -> bool:
    """Whether the text's reading, part of a Prime fee, is said above the list in place of the
    amount matching no fixed price (review 30c, item 3); never with no text given, the list
    naming that part then (review 59c, S 13: no 「表記から」 without a text)."""
    partial = any(c.match is Match.PARTIAL_REFUND for c in reading.candidates)
    return reading.no_known_price and partial and reading.typed_text is not None


def text_heading(order: str, listed: list[Candidate], named: tuple[str, ...] = ()) -> str:
    """The heading over a list the text points to: after the text's reading, part of a Prime
    fee (review 30c, item 3); one the text fits first when others it makes unlikely follow
    (「可能性は低めです」 under 「明細の表記から考えられるもの」: review 59c, R-minor 3); one
    beside a service the text names (``named``) is said unlikely with no fit of its own."""
    if order != "candidates_text_only":
        return order
    if any(c.match is Match.PARTIAL_REFUND for c in listed):
        order = "candidates_after_reading"
    unlikely = [c for c in listed if c.fit is Fit.UNUSUAL or (named and c.fit is None)]
    return "candidates_text_first" if any(c.kind not in named for c in unlikely) else order
