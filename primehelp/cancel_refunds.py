"""The refund statements that apply to one member's branch on `cancel` (moved out of
:mod:`primehelp.cancellation`, which builds the plan with them).

Pure: the typed ``refunds`` and ``trial`` data in, statements out; never a yen figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.cancellation import Branch, Condition, RefundStatement, Timing, Via

if TYPE_CHECKING:
    from primehelp.content.refunds import RefundsData
    from primehelp.content.trial import TrialData


def _refund_conditions(branch: Branch) -> tuple[Condition, ...]:
    if branch.trial:
        return (Condition.TRIAL,)
    if branch.benefits_used is None:
        return (Condition.PAID, Condition.BENEFITS_NOT_USED, Condition.BENEFITS_USED)
    used = Condition.BENEFITS_USED if branch.benefits_used else Condition.BENEFITS_NOT_USED
    return (Condition.PAID, used)


def refund_statements(
    refunds: RefundsData, trial: TrialData, branch: Branch
) -> tuple[RefundStatement, ...]:
    """The refund statements that apply to ``branch``: end on the renewal date first, then now.

    Ending a free trial on its end date is the ``trial`` data's ``cancel_free`` fact. A
    membership through a carrier gets none: primehelp knows nothing about carrier refunds.
    """
    if branch.via is Via.CARRIER:
        return ()
    free = trial.cancel_free
    trial_statement = RefundStatement(
        timing=Timing.RENEWAL_DATE,
        condition=Condition.TRIAL,
        text=free.text,
        id=free.id,
        confidence=free.confidence,
        checked=free.checked,
        sources=free.sources,
    )
    wanted = _refund_conditions(branch)
    found = [s for s in (*refunds.statements, trial_statement) if s.condition in wanted]
    if branch.benefits_used is not None:  # the member said: a fact about them, no condition
        found = [
            s._replace(text=refunds.answered[s.id]) if s.id in refunds.answered else s
            for s in found
        ]
    order = list(Timing)
    return tuple(sorted(found, key=lambda s: order.index(s.timing)))
