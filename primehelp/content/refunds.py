"""``data/refunds.toml``: what cancelling gives back, per timing and condition."""

from typing import TYPE_CHECKING, NamedTuple

from primehelp.facts import Fact, document
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.cancellation import RefundStatement


class RefundsData(NamedTuple):
    """The refunds data file, typed (the trial's own statement is in the trial data)."""

    statements: tuple["RefundStatement", ...]
    gift_card: Fact
    before_charge: Text  # the trial statement once the trial's end date has come
    answered: dict[str, Text]  # by statement id: the rule once benefits used is known


def load() -> RefundsData:
    """The bundled refund statements."""
    from primehelp.cancellation import Condition, RefundStatement, Timing

    data = document("refunds")
    statements = []
    before_charge = None
    answered = {}
    for table in data.nodes("statements"):
        fact = table.fact()
        if table.has("answered"):
            answered[fact.id] = table.text("answered")
        if table.string("condition") == Condition.TRIAL:
            before_charge = table.text("before_charge")
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
    if before_charge is None:
        raise data.broken("statements", "no statement for trial")
    return RefundsData(
        statements=tuple(statements),
        gift_card=data.fact("gift_card"),
        before_charge=before_charge,
        answered=answered,
    )


# The statement that applies to what the member said about benefits used since the charge;
# both (the full refund first) when it is not known.
_CONDITIONS: dict[bool | None, tuple[str, ...]] = {
    False: ("benefits_not_used",),
    True: ("benefits_used",),
    None: ("benefits_not_used", "benefits_used"),
}


def refund_rules(
    benefits_used: bool | None,
    after_trial: bool,
    *,
    gift_card: bool = False,
    past_charge: bool = False,
) -> tuple[Fact, ...]:
    """Amazon's rules for ending now after a charge, read alone: the one for ``benefits_used``
    (both when None). ``after_trial``: the charge is the first after a free trial, so there is
    no "last payment" before it and the statement's ``after_trial`` wording is used. Once the
    member has answered, the rule is worded as a fact about them (``answered``), not a condition.

    ``renewal``, ``trial`` and ``cancel``'s action need only these facts: reading them without
    :func:`load` spares the first two the cancelling module's dataclasses (about 5 ms).

    ``gift_card``: after the full refund's route (「支払いに使った方法で」), the part paid by gift
    card (FACTS §5 says to state it; review 19a, item 6: complain --no-benefits-used); after
    both rules when ``benefits_used`` is not known: full, partial, gift card, as `cancel` lists
    them under 「今すぐ終了する場合」 (review 26b S 11); after the partial refund's rule too, which
    FACTS §5 does not exclude (review 62a, S 3).

    ``past_charge``: the answer was about a charge before the current period, so a rule with a
    ``current_period`` wording keeps its condition for that period (review 34a, S 18).
    """

    data = document("refunds")
    by_condition = {node.string("condition"): node for node in data.nodes("statements")}
    rules = []
    for condition in _CONDITIONS[benefits_used]:
        node = by_condition.get(condition)
        if node is None:
            raise data.broken("statements", f"no statement for {condition}")
        rule = node.fact()
        key = "after_trial" if after_trial else ""
        if benefits_used is not None:
            key = f"{key}_answered" if key else "answered"
        if past_charge and node.has("current_period"):
            key = "current_period"
        if key:
            rule = rule._replace(text=node.text(key))
        rules.append(rule)
    if gift_card:  # last: it holds for either refund (FACTS §5; review 62a S 3: a partial one
        rules.append(data.fact("gift_card"))  # too), the same order as cancel's (26b S 11)
    return tuple(rules)
