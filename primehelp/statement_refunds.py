"""A refund of a fixed-price subscription (Kindle Unlimited, Audible, …) in a statement: named by
the charge of the file it gives back, or said to have none there, as a Prime refund is (review
33c, S 9). Pure: the read lines in, the same lines with the refunds' sentences out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from primehelp.facts import japanese_date, ui
from primehelp.i18n import Text
from primehelp.plans import months_later
from primehelp.statement import AmazonLine, StatementText
from primehelp.statement_flags import IMITATION
from primehelp.statement_plan_words import joined


def _subscriptions() -> frozenset[str]:
    from primehelp.content.subscriptions import load

    return frozenset(service.id for service in load()[0] if service.prices)


def subscription_refunds(lines: list[AmazonLine]) -> list[AmazonLine]:
    """Each refund read as a subscription by its fixed price: the latest charge of that service
    and amount before it, within a year, not given back by an earlier refund (「2026年11月4日の
    請求（980円）の返金と考えられます。」); none: 「この明細には、この返金より前のKindle Unlimited
    の請求が見当たりません。」."""
    services = _subscriptions()
    used: set[int] = set()
    found: list[AmazonLine] = []
    for line in lines:
        if line.amount_yen >= 0 or not line.known_price or line.service not in services:
            found.append(line)
            continue
        fees = [
            x
            for x in lines
            if x.service == line.service
            and x.amount_yen == -line.amount_yen
            and x.date <= line.date < months_later(x.date, 12)
            and id(x) not in used
            and not (line.text_known and IMITATION & set(x.flags))  # review 47c, item 1
        ]
        if fees:
            fee = max(fees, key=lambda x: x.date)
            used.add(id(fee))
            said = ui("refund_of_price", "ui_statement_lines")
            iso = fee.date.isoformat()
            text = Text(
                said.ja.format(date=japanese_date(iso), yen=f"{fee.amount_yen:,}円"),
                said.en.format(date=iso, yen=f"{fee.amount_yen:,} yen"),
            )
            found.append(replace(line, refund_of_row=fee.row, detail=joined(text, line.detail)))
            continue
        text = _missing(line)
        # the label's own lines (「料金の範囲：…」) first, with the name they are about (34c, 2)
        if line.detail is not None:  # a line of its own, then the sentence
            text = Text(f"{line.detail.ja}\n{text.ja}", f"{line.detail.en}\n{text.en}")
        found.append(replace(line, detail=text))
    return found


def _missing(line: AmazonLine) -> Text:
    """「この明細には、この返金より前のKindle Unlimitedの請求が見当たりません。」; a row naming a
    purchase too (「Kindle Unlimited、またはデジタルコンテンツの購入」): the amount, never the
    subscription alone (review 37c, S 11)."""
    name = _names().get(line.service, line.label)  # the bare name (review 34c, item 2)
    either = ui("or_digital_purchase", "ui_charge")
    if line.label == Text(either.ja.format(names=name.ja), either.en.format(names=name.en)):
        said = ui("refund_amount_missing", "ui_statement_lines")
        yen = -line.amount_yen
        return Text(said.ja.format(yen=f"{yen:,}円"), said.en.format(yen=f"{yen:,} yen"))
    said = ui("refund_price_missing", "ui_statement_lines")
    return Text(said.ja.format(name=name.ja), said.en.format(name=name.en))


def late_whole(fee: AmazonLine, back: AmazonLine) -> Text | None:
    """A whole fee refunded more than :data:`_LATE_DAYS` days after it: a full refund needs no
    benefit used since the charge (FACTS §5), so it may be another charge's (review 37c, S 15)."""
    days = (back.date - fee.date).days
    if days <= _LATE_DAYS:
        return None
    said = ui("refund_whole_late", "ui_statement_lines")
    return Text(said.ja.format(days=days), said.en.format(days=days))


_LATE_DAYS = 31  # a month: a monthly fee's whole period


def _names() -> dict[str, Text]:
    """Each subscription's name as the service list writes it: 「Audible（audible.co.jp）」,
    never the estimated label 「…の可能性（表記にあるサービス名と金額から推定）」 in a sentence."""
    from primehelp.content.subscriptions import load

    return {service.id: service.name for service in load()[0]}


def period_ended(
    lines: list[AmazonLine], line: AmazonLine, fees: list[AmazonLine] | None = None
) -> Text | None:
    """A Prime refund with no fee of the file in its period, read as a plan's fee the file holds
    before it, that fee's period over: 「この明細にある年会費（2025年1月10日）は、期間がすでに
    終わっているため、この返金の元とは考えにくいです。…」, never 「…見当たりません」 under a fee the
    member sees (review 34c, item 5). None: no such fee."""
    annual = line.service in ("prime_annual", "prime_student_annual")
    if not annual and line.service not in ("prime_monthly", "prime_student_monthly"):
        return None
    old = [
        x
        for x in lines
        if x.service == line.service
        and x.amount_yen > 0
        and months_later(x.date, 12 if annual else 1) <= line.date
    ]
    if not old:
        return None
    fee = max(old, key=lambda x: x.date)
    said = ui("refund_fee_ended", "ui_statement_lines")
    word = Text("年会費", "annual fee") if annual else Text("月会費", "monthly fee")
    iso = fee.date.isoformat()
    # the fees of the refund's time, smaller than it, named: looked at too (review 35c, item 3)
    smaller = [_smaller(x) for x in fees or () if 0 < x.amount_yen < -line.amount_yen]
    return Text(
        said.ja.format(
            fee=word.ja,
            date=japanese_date(iso),
            yen=f"{fee.amount_yen:,}円",
            smaller="".join(x.ja for x in smaller),
        ),
        said.en.format(
            fee=word.en,
            date=iso,
            yen=f"{fee.amount_yen:,} yen",
            smaller="".join(x.en for x in smaller),
        ),
    )


GRACE = dt.timedelta(days=7)  # a refund takes days (FACTS §5: 2~3営業日), a card's date more


def in_grace(
    lines: list[AmazonLine], line: AmazonLine, used: set[int]
) -> tuple[AmazonLine, Text] | None:
    """A Prime refund dated within :data:`GRACE` after the period of a fee of the file of its
    amount ended (review 36c, item 5: cancelled on 10-31, refunded on 11-01 to 11-04): that fee,
    with 「2026年10月1日の月会費（600円）の返金の可能性があります（…）。」; None: no such fee.
    ``used``: the ids of the fees given back already."""
    from primehelp.statement_plan_words import ANNUAL, MONTHLY

    if line.service not in ANNUAL | MONTHLY:
        return None
    months = 12 if line.service in ANNUAL else 1
    ended = [
        x
        for x in lines
        if x.service == line.service
        and x.amount_yen == -line.amount_yen
        and id(x) not in used
        and months_later(x.date, months) <= line.date < months_later(x.date, months) + GRACE
    ]
    if not ended:
        return None
    fee = max(ended, key=lambda x: x.date)
    said = ui("refund_fee_grace", "ui_statement_lines")
    word = Text("年会費", "annual fee") if months == 12 else Text("月会費", "monthly fee")
    iso = fee.date.isoformat()
    return fee, Text(
        said.ja.format(fee=word.ja, date=japanese_date(iso), yen=f"{fee.amount_yen:,}円"),
        said.en.format(fee=word.en, date=iso, yen=f"{fee.amount_yen:,} yen"),
    )


def under_other_text(lines: list[AmazonLine]) -> list[tuple[AmazonLine, AmazonLine]]:
    """(refund, fee): a refund under a text that may be a fee (「AMAZON.CO.JP」, 「AMAZON
    DOWNLOADS」) of a Prime fee's amount within the fee's period after it (review 36c, item 17:
    the annual fee refunded two days later under 「AMAZON.CO.JP」; 42c, S 6: 83 days later), the
    latest such fee not taken already."""
    from primehelp.statement_plan_words import ANNUAL, MONTHLY
    from primehelp.statement_twice import MAY_BE_FEE

    taken: set[int] = set()
    pairs = []
    by_amount: dict[int, list[AmazonLine]] = {}  # the fees by amount, in order (38c, S 1)
    for x in lines:
        if x.service in ANNUAL | MONTHLY:
            by_amount.setdefault(x.amount_yen, []).append(x)
    backs = (x for x in lines if x.amount_yen < 0 and x.text in MAY_BE_FEE)
    for back in (x for x in backs if x.refund_of_row is None):  # its own charge (42c, 8)
        fees = [
            x
            for x in by_amount.get(-back.amount_yen, ())
            if x.date <= back.date < months_later(x.date, 12 if x.service in ANNUAL else 1)
            and id(x) not in taken  # an annual fee within its year too (review 42c, S 6)
        ]
        if fees:
            fee = max(fees, key=lambda x: x.date)
            taken.add(id(fee))
            pairs.append((back, fee))
    return pairs


def same_text_refunds(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with each refund not tied yet that gives back a charge of the same text and
    amount within a month before it (the latest not given back yet) tied to it: 「2026年3月12日の
    同じ表記の請求（600円）の返金と考えられます。」, before any fee of that amount is named as
    another reading (review 42c, item 8: a returned Kindle book, never the Prime fee). The refund
    takes the charge's reading (its name, service and month-table line: a dollar charge read as
    amazon.com's fee, review 46c, item 1), and the charge says it was refunded (「この請求は、
    …に返金されたと考えられます。」), as under the Prime text (45c, item 4); a charge made twice is
    said so by :func:`twice_refunded`."""
    from primehelp.statement import Flag
    from primehelp.statement_refund_same import as_refund_of, refunded_charges
    from primehelp.statement_values import compared

    used = {x.refund_of_row for x in lines if x.refund_of_row is not None}
    found = []
    backs: dict[int, AmazonLine] = {}
    for line in lines:
        if line.amount_yen < 0 and line.refund_of_row is None and _own_charge(line):
            text = compared(line.description)
            charges = [
                x
                for x in lines
                if x.amount_yen == -line.amount_yen
                and x.row not in used
                and x.date <= line.date < months_later(x.date, 1)
                and compared(x.description) == text
                and _same_dollars(x, line)
            ]
            if charges:
                charge = max(charges, key=lambda x: x.date)
                used.add(charge.row)
                line = as_refund_of(line, charge)
                if Flag.SAME_CHARGE_TWICE not in charge.flags:
                    backs[charge.row] = line
        found.append(line)
    return refunded_charges(found, backs)


def _own_charge(line: AmazonLine) -> bool:
    """A refund that gives back a charge of its own: a purchase's or order's text, or a row
    billed in a foreign currency other than dollars (never a yen fee's, review 46c, item 4), or
    a refund in dollars (the card's 「現地利用額 -14.99 USD」): the charge of its text, yen and
    dollars before it (「AMAZON.COM」, review 51c, item 21)."""
    from primehelp.statement_abroad import FOREIGN

    dollars = line.foreign_usd is not None and line.foreign_usd.startswith("-")
    return line.text in _PURCHASE or line.service == FOREIGN or dollars


def _same_dollars(charge: AmazonLine, back: AmazonLine) -> bool:
    """A refund in dollars gives back a charge of the same dollars only; others: any."""
    if back.foreign_usd is None or not back.foreign_usd.startswith("-"):
        return True
    return charge.foreign_usd == back.foreign_usd.removeprefix("-")


# The texts of purchases and orders, whose refunds give back a charge of their own (42c, item 8)
_PURCHASE = frozenset(
    {StatementText.AMAZON_DOWNLOADS, StatementText.AMAZON_DIGITAL, StatementText.AMAZON_CO_JP}
)


def fee_named(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with each :func:`under_other_text` refund saying its fee as the other reading:
    「2026年10月1日の年会費（5,900円）の返金の可能性もあります。」."""
    from primehelp.statement_plan_words import ANNUAL

    said = ui("refund_fee_other_text", "ui_statement_lines")
    late = ui("refund_fee_other_text_late", "ui_statement_lines")
    named: dict[int, Text] = {}
    for back, fee in under_other_text(lines):
        word = (
            Text("年会費", "annual fee") if fee.service in ANNUAL else Text("月会費", "monthly fee")
        )
        iso = fee.date.isoformat()
        days = (back.date - fee.date).days  # an annual fee's, long after it: why not (42c, S 6)
        text = late if days > _LATE_DAYS else said
        named[id(back)] = Text(
            text.ja.format(
                fee=word.ja, date=japanese_date(iso), yen=f"{fee.amount_yen:,}円", days=days
            ),
            text.en.format(fee=word.en, date=iso, yen=f"{fee.amount_yen:,} yen", days=days),
        )
    return [
        replace(x, detail=joined(x.detail, named[id(x)]) if x.detail else named[id(x)])
        if id(x) in named
        else x
        for x in lines
    ]


def _smaller(fee: AmazonLine) -> Text:
    """「2026年3月1日のPrime Student 年間プランの会費（2,950円）は、この返金より少ない金額です。」."""
    from primehelp.statement_plan_words import plan_name

    said = ui("refund_fee_smaller", "ui_statement_lines")
    plan = plan_name(fee.service) or Text("Amazonプライム", "Amazon Prime")
    iso = fee.date.isoformat()
    return Text(
        said.ja.format(date=japanese_date(iso), plan=plan.ja, yen=f"{fee.amount_yen:,}円"),
        said.en.format(date=iso, plan=plan.en, yen=f"{fee.amount_yen:,} yen"),
    )


def after_earlier(which: Text, earlier: list[tuple[dt.date, int]]) -> Text:
    """``which`` (「2025年1月10日の年会費（5,900円）の一部返金の可能性があります。」) with the fee's
    earlier partial refunds in the file before its stop: 「…あります（この会費には、すでに2025年2月1日
    に2,950円の返金があります）。」 (review 34c, item 4); ``which`` itself for none."""
    if not earlier:
        return which
    said = ui("refund_part_earlier", "ui_statement_lines")
    ja = "、".join(f"{japanese_date(day.isoformat())}に{yen:,}円" for day, yen in earlier)
    en = ", ".join(f"{yen:,} yen on {day.isoformat()}" for day, yen in earlier)
    return Text(
        which.ja.removesuffix("。") + said.ja.format(earlier=ja) + "。",
        which.en.removesuffix(".") + said.en.format(earlier=en) + ".",
    )


def twice_refunded(lines: list[AmazonLine]) -> list[AmazonLine]:
    """``lines`` with 「2026年11月5日に返金されたと考えられます。」 under a charge flagged as charged
    twice that the refunds of the file give back in full (review 36c, S 22: 600, 600, −600 in a
    month); refunds smaller than it, each named with what is left: 「この請求のうち、2026年11月8日
    に250円が返金されたと考えられます。残りの350円は、この明細では返金されていません。」, never
    「返金された」 for the whole charge (review 37c, item 1). A charge already said refunded (by
    same_text_refunds, before the charged-twice flags) is not said so again (review 51c, 39).
    Each refund tied to a fee names every fee it gives back (``refund_of_rows``, review 57c, 2)."""
    from primehelp.statement import Flag
    from primehelp.statement_ended import before_twin

    twice = {Flag.SAME_CHARGE_TWICE, Flag.MONTHLY_TWICE, Flag.MONTHLY_GUESS_TWICE}
    twice |= {Flag.ANNUAL_TWICE, Flag.ANNUAL_GUESS_TWICE}  # an annual fee twice too (37c, 1)
    from primehelp.statement_refund_sum import parts_of

    back: dict[int, list[AmazonLine]] = {}
    covers: dict[int, tuple[int, ...]] = {}  # a refund's row: every fee it gives back (57c, 2)
    rows = {x.row: x for x in lines}
    for x in sorted(lines, key=lambda x: x.date):
        if x.refund_of_row is not None and x.refund_of_row in rows:
            parts = parts_of(x, rows[x.refund_of_row], lines)  # fees at once (42c, 11)
            covers[x.row] = tuple(part.row for part in parts)
            for part in parts:  # each fee its own share of the refund
                share = replace(x, amount_yen=-part.amount_yen) if len(parts) > 1 else x
                back.setdefault(part.row, []).append(share)
    found = []
    for x in lines:
        if x.row in covers:
            x = replace(x, refund_of_rows=covers[x.row])
        if x.amount_yen > 0 and x.row in back and twice & set(x.flags):
            said = _back(x, back[x.row], lines, before_twin(x, back[x.row], lines))  # 39c, 8
            if x.detail is None or said.ja not in x.detail.ja:  # said once (review 51c, 39)
                x = replace(x, detail=joined(x.detail, said) if x.detail else said)
        found.append(x)
    from primehelp.statement_settled import settled  # its twin refunded: no line to check

    return settled(found, back)  # (review 40c, item 5)


def _back(
    fee: AmazonLine, refunds: list[AmazonLine], lines: list[AmazonLine], before: bool = False
) -> Text:
    """The refunds of ``fee``: 「この請求は、…に返金されたと考えられます。」 if they add up to it,
    else each with its amount and the rest not refunded in the file; a regular annual fee the
    file switches to Prime Student from: its unused part, never a rest "missing" (38c, 23)."""
    from primehelp.statement_student import switched_from

    rest = fee.amount_yen + sum(x.amount_yen for x in refunds)
    if rest <= 0:
        return _on(ui("twice_refunded", "ui_statement_lines"), refunds[-1].date)
    switch = switched_from(fee, lines) is not None
    key = "twice_refunded_switch" if switch else "twice_refunded_part"
    key = "twice_refunded_before" if before and not switch else key
    said, of = ui(key, "ui_statement_lines"), "の" if key == "twice_refunded_before" else "に"
    ja = "、".join(f"{japanese_date(x.date.isoformat())}{of}{-x.amount_yen:,}円" for x in refunds)
    en = ", ".join(f"{-x.amount_yen:,} yen on {x.date.isoformat()}" for x in refunds)
    return Text(
        said.ja.format(parts=ja, rest=f"{rest:,}円"), said.en.format(parts=en, rest=f"{rest:,} yen")
    )


def _on(said: Text, day: dt.date) -> Text:
    iso = day.isoformat()
    return Text(said.ja.format(day=japanese_date(iso)), said.en.format(day=iso))
