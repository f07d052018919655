"""``data/scams.toml``: what to do about a number or message that claims to be Amazon."""

from __future__ import annotations

from primehelp.facts import Fact, document


def advice() -> tuple[Fact, ...]:
    """The bundled scam advice, in file order."""
    return document("scams").facts("advice")


def phone_advice() -> tuple[Fact, ...]:
    """What to do about a call or SMS in Amazon's name (check-number), before :func:`advice`."""
    return document("scams").facts("phone_advice")


def callback_caveat() -> Fact:
    """A call after the member asked for a call-back may be Amazon's, from a number Amazon does
    not publish (check-number's advice, and contact's warning box: review 49a, item 26)."""
    return next(fact for fact in phone_advice() if fact.id == "scam.phone.callback_too")


def payment_rule() -> Fact:
    """Amazon never asks for payment details by phone or SMS."""
    return document("scams").fact("payment_rule")
