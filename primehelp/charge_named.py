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
    the JSON's ``fit`` was null for them (round 58c, B 3). The others keep theirs."""
    if not reading.names_amazon or reading.text_recognized is not False:
        return reading.candidates
    return tuple(
        c._replace(fit=Fit.POSSIBLE if c.match is Match.NAME_ONLY else Fit.USUAL)
        if c.kind in reading.named and c.fit is None
        else c
        for c in reading.candidates
    )


_PRIME_WORDS = ("prime", "プライム")  # as :func:`compared` leaves them
