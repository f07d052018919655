"""``data/refunds.toml``: what cancelling gives back, per timing and condition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from primehelp.facts import Fact, document

if TYPE_CHECKING:
    from primehelp.cancellation import RefundStatement


@dataclass(frozen=True, slots=True)
class RefundsData:
    """The refunds data file, typed (the trial's own statement is in the trial data)."""

    statements: tuple[RefundStatement, ...]
    gift_card: Fact


def load() -> RefundsData:
    """The bundled refund statements."""
    from primehelp.cancellation import Condition, RefundStatement, Timing

    data = document("refunds")
    statements = []
    for table in data.nodes("statements"):
        fact = table.fact()
        statements.append(
            RefundStatement(
                timing=table.choice("timing", Timing),
                condition=table.choice("condition", Condition),
                text=fact.text,
                id=fact.id,
                confidence=fact.confidence,
                checked=fact.checked,
                sources=fact.sources,
            )
        )
    return RefundsData(statements=tuple(statements), gift_card=data.fact("gift_card"))


def full_refund_rule() -> Fact:
    """Amazon's rule, no benefit used since the last charge → that fee back in full, read alone.

    ``renewal`` and ``trial`` need only this fact: reading it without :func:`load` spares them
    the cancelling module's dataclasses (about 5 ms).
    """
    for node in document("refunds").nodes("statements"):
        if node.string("condition") == "benefits_not_used":
            return node.fact()
    raise document("refunds").broken("statements", "no statement for benefits_not_used")
