"""The regular/Student monthly pair read by amounts (review 40c, item 2; out of
:mod:`primehelp.statement_plans`, which flags the pair of known texts)."""

from __future__ import annotations

from primehelp.statement import AmazonLine


def two_monthly_guessed(pairs: list[tuple[AmazonLine, AmazonLine]]) -> set[int]:
    """The ids of the guessed lines of ``pairs`` (a regular and a Prime Student monthly fee, not
    refunded, that pay for the same month, as :func:`primehelp.statement_plans.prime_plans` pairs
    them) of which one or both are read by the amount alone (「Amazonプライム」, a text FACTS §10
    does not list): a possibility. A pair of known texts is ``two_monthly_plans``'s, never this;
    whether a text is known never hides the pair."""
    return {
        id(x)
        for r, s in pairs
        if not (r.text_known and s.text_known)
        for x in (r, s)
        if not x.text_known
    }
