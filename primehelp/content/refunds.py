"""``data/refunds.toml``: what cancelling gives back, per timing and condition."""

from __future__ import annotations

from dataclasses import dataclass

from primehelp.cancellation import Condition, RefundStatement, Timing
from primehelp.facts import Fact, document


@dataclass(frozen=True, slots=True)
class RefundsData:
    """The refunds data file, typed (the trial's own statement is in the trial data)."""

    statements: tuple[RefundStatement, ...]
    gift_card: Fact


def load() -> RefundsData:
    """The bundled refund statements."""
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
