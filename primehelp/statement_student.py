"""A statement's Prime line whose amount was a Prime Student fee only later (review 24a, item 1).

Moved out of :mod:`primehelp.cli.charge`. FACTS §1: a Student fee before 2019-04-12 is unknown,
and there was no Prime Student monthly plan before 2019 — said only of a Student monthly amount
dated before 2019-01-01 (review 25a, item 6), never of an annual one or of a 2019 date.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.charges import ChargeReading
    from primehelp.statement import AmazonLine, Classification

# The first day a Prime Student monthly plan may have existed (FACTS §1: none before 2019);
# `charge` says the same by it (review 28c, item 1)
STUDENT_MONTHLY_FROM = dt.date(2019, 1, 1)


def no_student_monthly_on(date: dt.date | None) -> bool:
    """No Prime Student monthly plan then (before 2019, FACTS §1); from 2019-01-01 to 2019-04-11
    its fee is unknown, in `charge` as in the statement (review 28c, item 1)."""
    return date is None or date < STUDENT_MONTHLY_FROM


# The flags (primehelp.statement.Flag's values: that module is imported when called)
STUDENT_UNKNOWN, NONE_YET, FEE_UNCONFIRMED = (
    "student_fee_unknown",
    "student_monthly_none",
    "fee_unconfirmed",
)


def student_fee_unknown(reading: ChargeReading, date: dt.date | None) -> Classification:
    """A Prime text at a Student fee before the sheet confirms it: 「Amazonプライム（その後のPrime
    Student 年間プランの会費と同額）」, a Student monthly amount before 2019 「Amazonプライム（当時
    なかったPrime Student 月間プランの会費と同額）」 (review 31c, item 5; 「プラン不明」 before), the totals alike; flagged
    「※この日付のPrime Studentの会費は確認できていません」: a fee primehelp cannot confirm is to be
    checked. A Student monthly amount before 2019: no such plan then, said by the label and the flag
    (review 27a, item 10; not a third time under the name, review 34c, S 10). The oldest regular fee
    before the sheet confirms it (the monthly 400 yen before 2019-04-11): whether the plan
    existed is not confirmed, said under the name, flagged 「※この日付の会費は確認できていません」
    (review 27a, item 1)."""
    from primehelp.statement import FEE_UNKNOWN, Classification

    label = ui("prime_text", "ui_statement_lines")
    if reading.unconfirmed and date is not None:
        kind, said = reading.unconfirmed[0]
        iso = date.isoformat()
        note = Text(said.ja.format(date=japanese_date(iso)), said.en.format(date=iso))
        label = _unconfirmed_label(kind) or label  # the plan the amount matches (30c, item 2)
        return Classification(FEE_UNKNOWN, label, True, detail=note, fee_unknown=FEE_UNCONFIRMED)
    monthly = any(kind == "prime_student_monthly" for kind, _ in reading.unknown_plans)
    if monthly and date is not None and date < STUDENT_MONTHLY_FROM:
        label = _named("prime_text_no_plan_yet", "prime_student_monthly")  # its own (31c, 5)
        # no sentence under it: the label, the flag and its explanation say it (34c, S 10)
        return Classification(FEE_UNKNOWN, label, True, fee_unknown=NONE_YET)
    kinds = {kind for kind, _ in reading.unknown_plans}  # the plan named when one (33c, item 4)
    label = _named("prime_text_student_later", kinds.pop() if len(kinds) == 1 else "")
    if not _later(reading):  # the Student fee then unknown (review 39c, item 2)
        label = ui("prime_text_student_unknown", "ui_statement_lines")
    return Classification(FEE_UNKNOWN, label, True, fee_unknown=STUDENT_UNKNOWN)


def _named(key: str, kind: str) -> Text:
    """「Amazonプライム（その後のPrime Student 年間プランの会費と同額）」: ``key``'s name with the
    plan ``kind`` (「Prime Student」 when no single plan, review 33c, item 4)."""
    said = ui(key, "ui_statement_lines")
    plan = _plan_name(kind) or Text("Prime Student", "Prime Student")
    return Text(said.ja.format(plan=plan.ja), said.en.format(plan=plan.en))


def _plan_name(kind: str) -> Text | None:
    from primehelp.content.fees import load

    for plan in load().plans:
        if "prime_" + plan.plan.value.replace("-", "_") == kind:
            return plan.name
    return None


def prime_text_key(reading: ChargeReading) -> str:
    """The ui_statement key of a Prime text's name when no Prime fee is a candidate: the date
    before Prime began; an amount no Prime fee ever was (「会費と一致しない金額」, review 31c,
    item 5); else 「プラン不明」 (a former fee of more than one plan)."""
    if reading.before_launch:
        return "prime_text_before_launch"
    return "prime_text" if reading.former_fees else "prime_text_no_fee"


def _unconfirmed_label(kind: str) -> Text | None:
    """「Amazonプライム（年間プラン・当時あったか未確認）」: the only plan of that amount, its date not
    confirmed (review 30c, item 2: never 「プラン不明」 for the launch fee)."""

    said = ui("prime_text_unconfirmed", "ui_statement_lines")
    name = _plan_name(kind)
    return (
        None if name is None else Text(said.ja.format(plan=name.ja), said.en.format(plan=name.en))
    )


def _later(reading: ChargeReading) -> bool:
    """Whether the amount is a later fee of the plans whose fee is unknown (review 39c, item 2)."""
    from primehelp.charge_fee_unknown import later_fee
    from primehelp.content.fees import load

    kinds = {kind for kind, _ in reading.unknown_plans}
    return later_fee(load().plans, kinds, abs(reading.amount.value))


# ---------------------------------------------------------------- a switch to Prime Student


def switched_from(fee: AmazonLine, lines: list[AmazonLine]) -> AmazonLine | None:
    """The Prime Student annual fee of ``lines`` charged in the year a regular annual ``fee``
    pays for (both of known texts): a switch to Student, which refunds the unused part of the
    regular fee (FACTS §2 [r2]); None when there is none."""
    from primehelp.plans import months_later

    if fee.service != "prime_annual" or not fee.text_known or fee.amount_yen <= 0:
        return None
    return next(
        (
            x
            for x in lines
            if x.service == "prime_student_annual" and x.text_known and x.amount_yen > 0
            and fee.date < x.date < months_later(fee.date, 12)
        ),
        None,
    )  # fmt: skip


# A switch's refund is posted about when the Student fee is (review 38c, item 23)
SWITCH_REFUND_DAYS = 31


def switch_fee(
    open_: list[AmazonLine], back: AmazonLine, lines: list[AmazonLine]
) -> AmazonLine | None:
    """The regular annual fee of ``open_`` (the fees with room for ``back``) that a switch to
    Prime Student in the file gives ``back`` of, when ``back`` is about the Student fee's day
    and smaller than the regular fee: never part of the Student fee just paid (38c, item 23)."""
    for fee in sorted(open_, key=lambda x: x.date, reverse=True):
        student = switched_from(fee, lines)
        if (
            student is not None
            and -back.amount_yen < fee.amount_yen
            and abs((back.date - student.date).days) <= SWITCH_REFUND_DAYS
        ):
            return fee
    return None
