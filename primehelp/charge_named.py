"""The services a statement text primehelp does not know names (「AUDIBLE」), listed first
whatever the amount (moved out of :mod:`primehelp.charges`, review 38c, item 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charge_kinds import Candidate, Category, Fit, Match, subscription

if TYPE_CHECKING:
    from primehelp.charge_reading import ChargeReading
    from primehelp.content.charges import ChargeBook


def name_only(
    book: ChargeBook, named: frozenset[str], found: list[Candidate], words: str
) -> list[Candidate]:
    """The services an unknown text names (「AUDIBLE」, 「AMAZON MUSIC」) whose prices are all
    fixed and none the amount: candidates all the same, ranked first by the name, with their
    prices said (review 38c, item 2), when the text names Amazon. A Prime fee of the amount is then no candidate unless the
    text says Prime too: cancelling Prime never stops Audible (FACTS §9). A text naming a service
    priced in a range (「PRIME VIDEO」) is said as before (review 22a, item 1)."""
    from primehelp.content.charges import compared

    if not book.names_amazon(words):  # 「NETFLIX MUSIC」: another company's (review 19a, item 4)
        return found
    services = [s for s in book.services if s.id in named]
    if any(p.up_to is not None for s in services for p in s.prices):
        return found
    listed = {c.kind for c in found}
    added = [
        subscription(s, None, s.see, s.cancel)
        for s in services
        if s.id not in listed and s.see is not None and s.cancel is not None
    ]
    if added and not any(word in compared(words) for word in _PRIME_WORDS):
        found = [c for c in found if c.category is not Category.PRIME_FEE]
    return [*found, *added]


def named_fits(reading: ChargeReading) -> tuple[Candidate, ...]:
    """The candidates, each service a text naming Amazon names (「AMAZON MUSIC」, ``text_names``)
    with the fit the screen gives it (「明細の表記にこのサービスの名前があります」, ranked first):
    ``usual``, ``possible`` when none of its prices is the amount (「ただし金額は…違います」);
    the JSON's ``fit`` was null for them (round 58c, B 3). A candidate beside them the text
    does not name is ``unusual`` (「明細の表記から見て、可能性は低めです。」: review 60c, R-minor 4);
    the others keep theirs."""
    *listed, last = reading.candidates  # the last resort is no candidate
    if reading.named and reading.before_launch is None:  # as the screen says (charge.py)
        unnamed = [c.fit is None and c.kind not in reading.named for c in listed]
        listed = [
            c._replace(fit=Fit.UNUSUAL) if u else c for c, u in zip(listed, unnamed, strict=True)
        ]
    if us_yen_lead(reading) and not reading.refund:  # said to be it if so (60c, R-minor 3)
        listed[0] = listed[0]._replace(fit=Fit.POSSIBLE)
    if not reading.names_amazon or reading.text_recognized is not False:
        return (*listed, last)
    return tuple(
        c._replace(fit=Fit.POSSIBLE if c.match is Match.NAME_ONLY else Fit.USUAL)
        if c.kind in reading.named and c.fit is None
        else c
        for c in (*listed, last)
    )


def us_yen_lead(reading: ChargeReading) -> bool:
    """A Prime text whose yen amount is no fee here but may be amazon.com's fee converted (「AMAZON
    PRIME 利用国USA」 2,350): amazon.com first, said to be it if so, never 「どれも可能性は低め」
    over it (review 60c, R-minor 3)."""
    first = reading.candidates[0]
    return reading.prime_text and bool(reading.usd_fee_in_yen) and first.kind == "amazon_com"


_PRIME_WORDS = ("prime", "プライム")  # as :func:`compared` leaves them


def named_in(book: ChargeBook, words: str) -> frozenset[str]:
    """The services ``words`` names, and the Prime plans of a listed Prime text with 「JAPAN」
    alone after it (「AMAZON PRIME JAPAN」), read by the name as 「AUDIBLE JAPAN」 is: the lead
    and the statement's row say the name, not 「金額だけで比べた」 (review 63c, R-minor 2)."""
    from primehelp.content.charges import _SITE_WORDS

    named = book.named_services(words)
    reading = book._reading(words)
    if reading is None or not reading[1] or any(w not in _SITE_WORDS for w in reading[1]):
        return named
    plans = {"prime_" + plan.plan.value.replace("-", "_") for plan in book.fees.plans}
    return named | (reading[0].means & plans)
