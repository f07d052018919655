"""The sentences of the Prime-plan flags and refunds of a statement (moved out of
:mod:`primehelp.statement_plans` at its size limit): which fee a refund gives back, what part,
and the other plan's fee. Pure: lines in, bilingual text out."""

from __future__ import annotations

import datetime as dt

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.statement import AmazonLine

ANNUAL = frozenset({"prime_annual", "prime_student_annual"})
MONTHLY = frozenset({"prime_monthly", "prime_student_monthly"})


def other_plan(
    line: AmazonLine, fees: list[AmazonLine], whole: list[AmazonLine], lines: list[AmazonLine]
) -> Text | None:
    """A refund whose amount is a whole fee of a plan in force on its date (the classifier's
    reading), with no fee of that amount in the file to give back, while the file holds a larger
    fee of another plan: 「この会費の返金と考えられます（…）」, said first only when no fee of the
    file has room left for it (review 32c, item 1; review 30c, item 1: a fee of the file with
    room is the first reading, this one the second). None: the file's fees decide."""
    if whole or not line.known_price or line.service not in ANNUAL | MONTHLY:
        return None
    if any(x.service == line.service for x in fees):  # that plan's fee is in the file
        return None
    if not any(x.service != line.service and x.amount_yen > -line.amount_yen for x in fees):
        return None
    return plan_fee("refund_other_plan", line, lines)


def also_other_plan(line: AmazonLine, lines: list[AmazonLine]) -> Text:
    """「Prime Student 年間プランの会費（2,950円）の返金の可能性もあります（この返金までの1年間に、
    その会費の請求はこの明細にありません）。」: the other plan's whole fee as the second reading
    (38c, 0)."""
    return plan_fee("refund_other_plan_also", line, lines)


def plan_fee(key: str, line: AmazonLine, lines: list[AmazonLine]) -> Text:
    """``key`` said of ``line``'s plan and amount: 「Prime Student 年間プランの会費（2,950円）…」
    (review 33c, S 18: never 「この会費」, which pointed at nothing). A file of ``lines`` that
    starts within the plan's period before the refund: no 「この返金までの1年間に」, the file does
    not cover that year (review 58c, R-minor): 「この返金より前に」 (``key`` + ``_file``)."""
    from primehelp.plans import months_later

    start = min((x.date for x in lines), default=line.date)
    months = 12 if line.service in ANNUAL else 1
    short = months_later(line.date, -months) < start
    said = ui(key + ("_file" if short else ""), "ui_statement_lines")
    plan = plan_name(line.service) or Text("", "")
    yen = -line.amount_yen
    # the period looked back over, the plan's (_period_fees; review 51c, item 30 caveat)
    span = Text("1年間", "year") if line.service in ANNUAL else Text("1か月", "month")
    return Text(
        said.ja.format(plan=plan.ja, yen=f"{yen:,}円", period=span.ja),
        said.en.format(plan=plan.en, yen=f"{yen:,} yen", period=span.en),
    )


def partial_refund(fee: AmazonLine) -> Text:
    """「Amazonプライム（年間プラン）の会費の一部返金（推定）」: a refund of part of ``fee``."""
    said = ui("partial_refund", "ui_statement_lines")
    return Text(said.ja.format(names=fee.label.ja), said.en.format(names=fee.label.en))


def used_up(fee: AmazonLine, day: dt.date | None, back: int) -> Text:
    """「この明細にある年会費（2026年2月1日、5,900円）は、2026年2月5日にすでに全額返金されて
    います。」 (``day``: the day of the refund that gave back its rest), or the part refunded
    before (``back`` yen), then where to look (review 31c, item 1)."""
    annual = fee.service in ANNUAL
    word = Text("年会費", "annual fee") if annual else Text("月会費", "monthly fee")
    iso = fee.date.isoformat()
    names = {"fee": word, "date": Text(japanese_date(iso), iso)}
    if day is not None:
        said = ui("refund_fee_used_up", "ui_statement_lines")
        names["day"] = Text(japanese_date(day.isoformat()), day.isoformat())
    else:
        said = ui("refund_fee_used_part", "ui_statement_lines")
        names["back"] = Text(f"{back:,}円", f"{back:,} yen")
    names["yen"] = Text(f"{fee.amount_yen:,}円", f"{fee.amount_yen:,} yen")
    look = ui("refund_fee_look", "ui_statement_lines")
    return Text(
        said.ja.format(**{k: v.ja for k, v in names.items()}) + look.ja,
        said.en.format(**{k: v.en for k, v in names.items()}) + " " + look.en,
    )


def which_fee(key: str, fee: AmazonLine) -> Text:
    """「2025年9月1日の年会費（5,900円）の一部返金の可能性があります。」: the file's fee named by its
    date and amount (review 30c, item 14)."""
    guessed = not fee.text_known  # a fee read by its amount: its text and the guess said (33c, 1)
    said = ui(key + ("_guessed" if guessed else ""), "ui_statement_lines")
    annual = fee.service in ANNUAL
    word = Text("年会費", "annual fee") if annual else Text("月会費", "monthly fee")
    iso = fee.date.isoformat()
    text = fee.description
    return Text(
        said.ja.format(
            date=japanese_date(iso), fee=word.ja, yen=f"{fee.amount_yen:,}円", text=text
        ),
        said.en.format(date=iso, fee=word.en, yen=f"{fee.amount_yen:,} yen", text=text),
    )


def fee_missing(service: str | None) -> Text | None:
    """「この明細には年間プランの会費の請求が見当たりません。」: a refund read by a fixed price
    whose fee the file does not hold (review 30c, item 14); None for no plan."""
    if service == "prime_text":  # a refund of part of any plan's fee (review 37c, S 10)
        return ui("refund_fee_missing_any_plan", "ui_statement_lines")
    said = ui("refund_fee_missing", "ui_statement_lines")
    plan = plan_name(service)
    return (
        None if plan is None else Text(said.ja.format(plan=plan.ja), said.en.format(plan=plan.en))
    )


def ui_label(key: str) -> Text:
    return ui(key, "ui_statement_lines")


def plan_name(service: str | None) -> Text | None:
    """「Prime Student 年間プラン」 / "Prime Student annual plan" of a Prime plan's service id."""
    from primehelp.content.fees import load

    for plan in load().plans:
        if "prime_" + plan.plan.value.replace("-", "_") == service:
            en = plan.name.en  # 「Annual plan」 inside a sentence: 「annual plan」
            en = en[0].lower() + en[1:] if en.startswith(("Annual", "Monthly")) else en
            return Text(plan.name.ja, en)
    return None


def joined(first: Text, then: Text | None) -> Text:
    if then is None:
        return first
    return Text(first.ja + then.ja, f"{first.en} {then.en.lstrip()}")


def fee_note(text: Text, fee: AmazonLine) -> Text:
    """The partial refund's note; a regular annual fee's adds the switch to Student (§2 [r2])."""
    if fee.service != "prime_annual":
        return text
    switch = ui("twice.switch", "ui_statement")
    return Text(text.ja + switch.ja, text.en + switch.en)


def no_switch(detail: Text) -> Text:
    """``detail`` without the switch-to-Student sentence (no annual fee in the file before)."""
    switch = ui("twice.switch", "ui_statement")
    return Text(detail.ja.removesuffix(switch.ja), detail.en.removesuffix(switch.en))
