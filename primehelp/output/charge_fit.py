"""What a candidate's fit with the statement text is said as on the charge screen (moved out of
:mod:`primehelp.output.charge`): the key of its sentence (``fit_*`` of ``ui_charge.toml``) and
its style."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charge_kinds import Category, Fit, Match

if TYPE_CHECKING:
    from primehelp.charge_kinds import Candidate

_EXACT = (Match.FEE_ON_DATE, Match.PRICE)
FIT_STYLE = {
    "usual": "green",
    "possible": "",
    "unconfirmed": "",
    "unusual": "yellow",
    "usual_text_only": "",
    "usual_price": "green",
    "possible_price": "",
    "possible_text_only": "",
    "usual_no_price": "",
    "usual_in_range": "",
    "possible_in_range": "",
}


def fit_key(candidate: Candidate, text_only: bool, partial_too: bool = False) -> str:
    """The key of what a candidate's fit with the statement text is said as (fit_*).

    ``partial_too``: a refund that may be part of a larger fee (review 36c, item 4): a whole fee
    of the amount is possible, never likely, and the part says it matches no fixed fee."""
    fit = candidate.fit.value if candidate.fit is not None else ""
    if candidate.match is Match.PARTIAL_REFUND and candidate.fit is Fit.USUAL:
        return "usual_text_only"  # 「明細の表記とは合います（決まった料金とは一致しません）」
    if partial_too and candidate.fit is Fit.USUAL and candidate.match in _EXACT:
        return "possible_price" if candidate.category is Category.PRIME_FEE else fit
    if text_only and candidate.fit is Fit.USUAL and candidate.match is Match.ANY_AMOUNT:
        return "usual_no_price"  # a purchase has no fixed price to match (review 18a, item 1)
    if text_only and candidate.fit in (Fit.USUAL, Fit.POSSIBLE):
        if candidate.match is Match.PRICE_RANGE:  # inside its range: no fixed price (27a S 19)
            return f"{fit}_in_range"
        return f"{fit}_text_only"  # the amount matches no fixed price: said, not "likely"
    if candidate.fit is Fit.USUAL and candidate.match in _EXACT:
        return "usual_price"  # the text and the amount agree (review 15a, item 1)
    return fit
