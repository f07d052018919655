"""A Prime text (or a bare amount) dated when a plan's fee is not confirmed (the Prime Student
annual fee before 2019-04-12, FACTS §1), its amount no fee the facts confirm on that date and
no former fee: the amount may be that unknown fee, so it is never called "not a Prime fee"
(review 39c, item 2). Also what the screen says of such plans, for the JSON and the 出典
(review 58c, B 2). Pure."""

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from primehelp.facts import Fact
from primehelp.i18n import Text
from primehelp.plans import periods_charged_on
from primehelp.statement_student import no_student_monthly_on

if TYPE_CHECKING:
    from collections.abc import Callable

    from primehelp.charge_kinds import Candidate
    from primehelp.content.charges import StatementText
    from primehelp.plans import FeePeriod, PlanFees


def any_amount_unknown(
    plans: tuple["PlanFees", ...],
    on: dt.date | None,
    size: Decimal,
    statement: "StatementText | None",
    words: str | None,
    found: list["Candidate"],
    known_elsewhere: bool,
) -> list[tuple[str, Text]]:
    """The plans (kind, name) whose fee on ``on`` is not confirmed, when a charge of ``size`` yen
    (the Prime text's, or no text) is no confirmed fee then: its fee may be the amount.

    ``known_elsewhere``: the amount is a former fee, or a plan's fee already said unknown or
    unconfirmed (those sentences are said instead). A plan that did not exist yet (the Student
    monthly plan before 2019) is never named."""
    from primehelp.charge_kinds import Category

    kinds = {"prime_" + plan.plan.value.replace("-", "_"): plan for plan in plans}
    prime = words is None or (
        statement is not None and any(kind in kinds for kind in statement.means)
    )
    if on is None or size <= 0 or not prime or known_elsewhere:
        return []
    if any(c.category is Category.PRIME_FEE for c in found):
        return []
    return [
        (kind, plan.name)
        for kind, plan in kinds.items()
        if not periods_charged_on(plan, on)
        and plan.history
        and (plan.months == 12 or not no_student_monthly_on(on))
    ]


def later_fee(plans: tuple["PlanFees", ...], kinds: set[str], size: Decimal) -> bool:
    """Whether ``size`` yen is a fee, at some time, of one of the plans ``kinds``."""
    return any(
        p.fee_yen == size
        for plan in plans
        if "prime_" + plan.plan.value.replace("-", "_") in kinds
        for p in plan.history
    )


class UnknownPlan(NamedTuple):
    """A plan whose fee on the charge's date the screen says is not confirmed, or that did not
    exist yet (the Prime Student monthly plan before 2019, 「まだありませんでした」), with the fact
    that says so (its oldest fee's): in the JSON and cited on the screen (review 58c, B 2)."""

    kind: str
    name: Text
    existed: bool  # False: the plan did not exist yet on the date
    fact: Fact


def unknown_plans_said(
    plans: tuple["PlanFees", ...], unknown: tuple[tuple[str, Text], ...], on: dt.date | None
) -> tuple[UnknownPlan, ...]:
    """``unknown`` (ChargeReading.unknown_plans) said as the screen says them; none undated."""
    if on is None:
        return ()
    oldest = {"prime_" + p.plan.value.replace("-", "_"): p.history[0].fact for p in plans}
    return tuple(
        UnknownPlan(kind, name, not (kind == _NOT_YET and no_student_monthly_on(on)), oldest[kind])
        for kind, name in unknown
        if kind in oldest
    )


_NOT_YET = "prime_student_monthly"  # output/charge.py's _NOT_YET: no such plan before 2019


def assumed_end(
    plan: "PlanFees",
    same: "list[FeePeriod]",
    on: dt.date | None,
    prime: "Callable[[PlanFees, FeePeriod], Candidate]",
) -> "list[Candidate]":
    """The former fees of ``same`` whose existing members' end is assumed and ``on`` within a
    month after it (400 yen on 2019-05-17, FACTS §1, M): 「Amazonプライム（月間プラン、以前の
    会費）」, a candidate its fee on the date is not confirmed for (review 62c, R-minor 8)."""
    from primehelp.charge_kinds import Match
    from primehelp.facts import ui
    from primehelp.fee_terms import fee_terms, just_after_assumed

    said = ui("plan_former_fee", "ui_charge_text")
    late = [prime(plan, p) for p in same if just_after_assumed(fee_terms(plan, p), on)]
    return [
        c._replace(
            match=Match.FEE_UNKNOWN,
            name=Text(*(_former(c.name, plan.name, said, g) for g in ("ja", "en"))),
        )
        for c in late
    ]


def _former(name: Text, plan: Text, said: Text, lang: str) -> str:
    """「Amazonプライム（月間プラン、以前の会費）」 from 「Amazonプライム（月間プラン）」."""
    mine = getattr(plan, lang)
    return str(getattr(name, lang)).replace(mine, getattr(said, lang).format(plan=mine))
