"""Prime's paid plans and the fee history of each (``data/fees.toml``).

Its own module so that each command creates only the classes it uses: ``renewal --plan`` needs
the fee on a date, ``fees`` the whole history, ``cancel`` neither (issue 5: every frozen
dataclass costs 0.6-0.8 ms to create at start-up on Python 3.11). The three classes are named
tuples (about 0.1 ms each: ``charge --json`` was over its start-up budget, round 30); the JSON
writer writes a named tuple as an object, as it does a dataclass.
"""

import datetime as dt
import unicodedata
from typing import NamedTuple

from primehelp.errors import BadInput, choose, empty_value, shown
from primehelp.facts import Fact
from primehelp.glosses import PLAN_VALUES
from primehelp.i18n import Text
from primehelp.periods import Plan as Plan  # defined with the renewal dates it steps
from primehelp.periods import months_later as months_later

# The plan names a member may type in Japanese (as the complaint message writes them), also
# without 「プラン」, and Prime Student's (review 39b S 15); spaces inside are ignored. 「月額」
# and 「年額」 name the monthly and the annual plan as members and card statements do (review
# 43a, S 17).
_JAPANESE_NAMES = {
    f"{prefix}{name}{suffix}": plan
    for names, regular, student in ((("年間", "年額"), Plan.ANNUAL, Plan.STUDENT_ANNUAL),
                                    (("月間", "月額"), Plan.MONTHLY, Plan.STUDENT_MONTHLY))
    for name in names
    for prefix, plan in (("", regular), ("primestudent", student), ("学生", student))
    for suffix in ("", "プラン")
}  # fmt: skip

# Prime Student without its term: there are two Student plans; the refusal asks which (43a S 17).
_STUDENT_ALONE = frozenset(
    {"student", "学生", "学生プラン", "primestudent", "primestudentプラン", "prime-student"}
)


def student_alone(raw: str) -> BadInput | None:
    """The refusal of 「学生」／``student`` (no term), asking which Student plan; else ``None``."""
    key = "".join(unicodedata.normalize("NFKC", raw).lower().split())
    if key not in _STUDENT_ALONE:
        return None
    return BadInput(
        Text(
            f"`--plan` の値 {shown(raw)} だけでは、Prime Studentの年間プランか月間プランか"
            "分かりません。student-annual（Prime Student 年間プラン）または student-monthly"
            "（Prime Student 月間プラン）を指定してください",
            f"`--plan` {shown(raw)} does not say which Prime Student plan: give student-annual "
            "(Prime Student annual plan) or student-monthly (Prime Student monthly plan)",
        )
    )


def parse_plan(raw: str, command: str | None = None) -> Plan:
    """Read a ``--plan`` value; raise :class:`BadInput` naming the plans otherwise.

    With ``command`` (the one whose DATE comes first), a value that reads as a date was taken by
    a ``--plan`` typed without its value: said so, with the command written out (review 24b S 15).
    """
    if not raw.strip():
        raise empty_value(
            "--plan", Text(f"使える値：{PLAN_VALUES.ja}", f"accepted: {PLAN_VALUES.en}")
        )
    try:
        return choose(
            raw,
            Plan,
            Text(
                "`--plan` の値 {value} は使えません。使える値：{accepted}",
                "`--plan` {value} is not a plan; accepted: {accepted}",
            ),
            _JAPANESE_NAMES,
            PLAN_VALUES,
        )
    except BadInput as refused:
        if (student := student_alone(raw)) is not None:
            raise student from None
        day = None if command is None else _as_date(raw)
        if day is None:
            raise
        example = f"`primehelp {command} {day.isoformat()} --plan annual`"  # 51a item 27
        raise BadInput(
            Text(
                f"`--plan` の値がありません（{shown(raw)}は日付です）。"
                f"使える値：{PLAN_VALUES.ja}（例：{example}）",
                f"`--plan` has no value ({shown(raw)} is a date); accepted: "
                f"{PLAN_VALUES.en} (e.g. {example})",
            )
        ) from refused


def _as_date(raw: str) -> dt.date | None:
    from primehelp.dates import parse_date  # only for this error (start-up time)

    try:
        return parse_date(raw)
    except BadInput:
        return None


# ---------------------------------------------------------------- fees


class FeePeriod(NamedTuple):
    """One fee in a plan's history and from when renewals pay it."""

    fee_yen: int
    new_members: Text
    renewals: Text | None
    renewals_from: dt.date | None  # None: the oldest fee, in effect for every earlier date
    uncertain_from: dt.date | None  # renewals in [uncertain_from, renewals_from) are unknown
    new_members_from: dt.date | None  # None: new members paid it from the plan's start
    fact: Fact
    renewals_assumed: bool = False  # renewals_from is assumed (the monthly 500 yen, FACTS §1)
    # the fees history's 「既存会員」 when ``renewals`` is None and the sheet says why (the fee
    # at the 2007 launch: no earlier members to move); None: no separate date is confirmed
    renewals_none: Text | None = None
    # The oldest fee's start is unknown (FACTS §1): the first day the sheet confirms it, and what
    # is said of an earlier charge of that amount ({date}) instead (review 27a, item 1).
    confirmed_from: dt.date | None = None
    unconfirmed: Text | None = None


class PlanFees(NamedTuple):
    """A plan's name, period and fee history (oldest first)."""

    plan: Plan
    name: Text
    months: int
    history: tuple[FeePeriod, ...]

    @property
    def current(self) -> FeePeriod:
        return self.history[-1]


class FeeBook(NamedTuple):
    """Every plan's fee history, and the notes that go with it."""

    plans: tuple[PlanFees, ...]
    notes: tuple[Fact, ...]

    def of(self, plan: Plan) -> PlanFees:
        return next(p for p in self.plans if p.plan is plan)


def period_on(fees: PlanFees, day: dt.date) -> FeePeriod | None:
    """The fee period a renewal on ``day`` pays, or ``None`` where the facts do not say."""
    found: FeePeriod | None = None
    for period in fees.history:
        if period.uncertain_from is not None and day >= period.uncertain_from:
            found = None
        if period.renewals_from is None or day >= period.renewals_from:
            found = period
    return found


def fee_on(fees: PlanFees, day: dt.date) -> int | None:
    """The fee a renewal on ``day`` pays, or ``None`` where the facts do not say."""
    period = period_on(fees, day)
    return None if period is None else period.fee_yen


def periods_charged_on(fees: PlanFees, day: dt.date | None) -> tuple[FeePeriod, ...]:
    """The fees a charge of this plan on ``day`` may be, renewals' first.

    Between a change for new members and the first renewal that pays it (2023-08-24 to
    2023-09-23), a renewal pays the old fee and a new member the new one. ``None``: the fee
    now (the latest the facts know).
    """
    if day is None:
        return (fees.current,)
    renewal = period_on(fees, day)
    joined = [p for p in fees.history if (p.new_members_from or dt.date.min) <= day]
    found = [] if renewal is None else [renewal]
    if joined and joined[-1] is not renewal:
        found.append(joined[-1])
    return tuple(found)


def in_force(fees: PlanFees, period: FeePeriod) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day anyone paid ``period``'s fee (``None``: open)."""
    first = period.new_members_from
    later = fees.history[fees.history.index(period) + 1 :]
    until = later[0].renewals_from if later else None
    return first, (None if until is None else until - dt.timedelta(days=1))


def plan_of_fee(book: FeeBook, amount: int) -> Plan | None:
    """The one plan that has ever had ``amount`` as its fee (5,900円: the annual plan), else
    ``None`` (no plan's fee, or several plans'): review 42a item 27, only from the fees the
    facts give."""
    found = [fees.plan for fees in book.plans if any(p.fee_yen == amount for p in fees.history)]
    return found[0] if len(found) == 1 else None
