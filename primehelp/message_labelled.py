"""A phone number a message gives as a carrier's or a seller's (review 41a, S 15): 「配送業者の
連絡先：0120-…」 in a shipping notice. It stays a sign (primehelp cannot tell whose it is, and
never calls a message safe); its reason says that, not only that Amazon cannot be phoned."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.message_check import RedFlag

_BEFORE = 30  # the label stands just before the number (「配送業者の連絡先：」)
_LABEL = LazyPattern(
    r"(?i)配送業者|運送会社|配送会社|宅配業者|宅配便|出品者|販売者|販売元|ヤマト運輸|佐川急便|日本郵便"
    r"|郵便局|西濃運輸|福山通運|carrier|courier|seller"
)


def labelled(sign: RedFlag, text: str) -> RedFlag:
    """``sign`` (a phone number's, its evidence the number as written) with the reason of a
    number given as a carrier's or a seller's when a label stands before it in ``text``."""
    number = sign.evidence
    at = text.find(number)
    while at >= 0:
        if _LABEL.search(text[max(0, at - _BEFORE) : at]):
            return replace(sign, reason=ui("flag.phone_number_labelled", "ui_message"))
        at = text.find(number, at + 1)
    return sign
