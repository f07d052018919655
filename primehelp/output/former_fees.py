"""What the charge screen says of an amount that is a former Prime fee (moved out of
:mod:`primehelp.output.charge`; the statement view says it of a Prime text too)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.console import rich_text
from primehelp.output.prices import (
    assumed_text,
    charge_ui,
    day,
    money,
    periods_of,
    split_terms,
    terms_text,
)

if TYPE_CHECKING:
    from rich.text import Text as RichText

    from primehelp.charges import ChargeReading, FeeTerms


def former_fee_lines(
    reading: ChargeReading, when: str, lang: Lang, *, compact: bool = False
) -> list[RichText]:
    """Review 13a, item 2: the point first (「500円は、…時点のAmazonプライムの会費ではありません。」),
    with the plan's fee on the date given (review 51c, item 26), then whose fee it was and when:
    the periods of new and existing members on lines of their own (review 51c, item 18), and an
    assumed day said once (item 6). ``compact``: the periods in one bracket (a statement's note)."""
    lines = []
    space = " " if lang == "en" else ""
    then_all = reading.fees_on_date or ((),) * len(reading.former_fees)
    for fee, terms, then in zip(
        reading.former_fees, reading.former_fee_terms, then_all, strict=True
    ):
        price = money(fee.value, fee.currency, lang)
        if reading.date is not None and terms.known_from and reading.date >= terms.known_from:
            # what is unknown before the first known day says nothing of a later charge: the
            # periods on lines of their own, as any fee's (review 57c, item 7)
            terms = terms._replace(known_from=None, no_plan_before_2019=False)
        plan = fee.who(lang) if fee.who is not None else ""
        point = charge_ui("former_fee")(lang).format(price=price, when=when)
        unknown = ""  # no fee confirmed that day: a sentence of its own (review 56c, item 8)
        if plan and reading.date is not None and not compact:  # 「（その日の…は4,900円です）」
            if then:
                point = point[:-1] + _fees_then(plan, then, lang) + point[-1]
            else:
                unknown = space + charge_ui("fee_on_that_date_unknown")(lang).format(
                    plan=plan, date=day(reading.date, lang)
                )
        hedged = None if compact else _hedged(reading, terms, price, plan, then, lang)  # 62c, 8
        line = rich_text()
        line.append(point if hedged is None else hedged, style="bold")
        later = _later(reading, terms)
        if hedged is not None:  # the assumed day said in the point: the periods, nothing more
            mark = "・" if lang == "ja" else "- "
            listed = split_terms(terms, lang) or []  # what they list said first (63c, R-minor 6)
            head = [ui("former_fee_periods", "ui_charge_text")(lang).format(price=price)]
            lines += [line, *(rich_text(x) for x in head[: bool(listed)])]
            lines += [rich_text(mark + x) for x in listed]
            continue
        periods = None if compact or later else split_terms(terms, lang)
        if later:  # its start, never 「…より後の」 (review 56c, item 8)
            assert reading.date is not None  # _later's
            whose = _later_fee(price, plan, terms, reading.date, lang)
        else:
            key = "former_fee_earlier" if periods is None else "former_fee_earlier_split"
            period = terms_text(terms, lang) if periods is None else ""
            whose = charge_ui(key)(lang).format(plan=plan, period=period)
        line.append(space + whose + unknown)
        lines.append(line)
        mark = "・" if lang == "ja" else "- "
        lines.extend(rich_text(mark + each) for each in periods or ())
        # the fee's days, not the membership's (review 15a, item 6), said once (51c, item 6)
        since = terms.renewals_since if terms.renewals_since_assumed else None
        until = terms.renewals_until if terms.renewals_until_assumed else None
        assumed = assumed_text(since, until, price, lang).strip()
        if assumed and periods is None:
            line.append(space + assumed)
        elif assumed:
            lines.append(rich_text(assumed))
    return lines


def _later_fee(price: str, plan: str, terms: FeeTerms, on: dt.date, lang: Lang) -> str:
    """A fee that started after the date given, from its start (「600円は、2023年8月24日からの月間
    プランの会費です（既存会員は2023年9月24日以降の請求から）。」; the day after the date: 「翌日
    （2023年8月24日）から」): never 「2007年1月1日より後の」, true of every later fee (56c, item 8)."""
    since = terms.new_members_since
    assert since is not None  # _later's
    start = day(since, lang)
    if since - on == dt.timedelta(days=1):
        start = charge_ui("next_day")(lang).format(date=start)
    until = terms.new_members_until
    new = (
        charge_ui("period_from")(lang).format(since=start)
        if until is None
        else charge_ui("period_from_to")(lang).format(since=start, until=day(until, lang))
    )
    joined, renewed, open_ended = periods_of(terms, lang)
    renewals = ""
    if renewed and renewed != joined:
        key = "later_fee_renewals_open" if open_ended else "later_fee_renewals"
        renewals = charge_ui(key)(lang).format(period=renewed)
    return charge_ui("former_fee_later")(lang).format(
        price=price, period=new, plan=plan, renewals=renewals
    )


def _fees_then(plan: str, then: tuple[int, ...], lang: Lang) -> str:
    """「（その日の年間プランの会費は4,900円です）」; inside a change, renewals' and new members'."""
    fees = [money(Decimal(x), "JPY", lang) for x in then]
    if len(fees) == 1:
        return charge_ui("fee_on_that_date")(lang).format(plan=plan, fee=fees[0])
    return charge_ui("fees_on_that_date")(lang).format(plan=plan, renewal=fees[0], joined=fees[1])


def _hedged(
    reading: ChargeReading,
    terms: FeeTerms,
    price: str,
    plan: str,
    then: tuple[int, ...],
    lang: Lang,
) -> str | None:
    """「400円は、2019年5月17日時点の新規会員の月間プランの会費ではありません（500円です）。既存
    会員の月会費が500円になった日は確認できていないため（年間プランと同じ2019年5月17日と考えられ
    ます）、以前の会費の請求の可能性もあります。」: within a month after an assumed change day
    (FACTS §1, M), never a flat "not the fee" (review 62c, R-minor 8); None otherwise."""
    from primehelp.fee_terms import just_after_assumed

    on, end = reading.date, terms.renewals_until
    if not just_after_assumed(terms, on) or on is None or end is None or len(then) != 1 or not plan:
        return None
    fee = money(Decimal(then[0]), "JPY", lang)
    switch = day(end + dt.timedelta(days=1), lang)
    said = ui("former_fee_assumed_end", "ui_charge_text")(lang)
    return said.format(price=price, date=day(on, lang), plan=plan, fee=fee, switch=switch)


def _later(reading: ChargeReading, terms: FeeTerms) -> bool:
    """The fee started after the date given (else it ended before it)."""
    since = terms.new_members_since
    return reading.date is not None and since is not None and reading.date < since


def former_plan(reading: ChargeReading, lang: Lang) -> str | None:
    """「Amazonプライム（以前の年間プランの会費と同額）」: the statement's name of a Prime text whose amount is
    one former fee, the plan the row's text names (review 28c, item 6); None: no single one."""
    plans = {(fee.who(lang) if fee.who else "", _later(reading, terms))
             for fee, terms in zip(reading.former_fees, reading.former_fee_terms, strict=True)}  # fmt: skip
    if len(plans) != 1 or reading.before_launch is not None:
        return None
    ((plan, later),) = plans
    said = ui("prime_text_later" if later else "prime_text_earlier", "ui_statement_lines")(lang)
    return said.format(plan=plan) if plan else None


def when_said(reading: ChargeReading, lang: Lang) -> str:
    if reading.date is None:
        return charge_ui("former_fee_now")(lang)
    return charge_ui("former_fee_on")(lang).format(date=day(reading.date, lang))


def not_the_fee(reading: ChargeReading, lang: Lang) -> str:
    """What the charge screen says of an amount that is no Prime fee on its date: the former
    fees of that amount (「4,900円は、…時点のAmazonプライムの会費ではありません。以前の年間プランの
    会費です（…）。」), else the first sentence alone. The statement view says it of a Prime text
    (review 19a, item 1): one code path."""
    when = when_said(reading, lang)
    found = [line.plain for line in former_fee_lines(reading, when, lang, compact=True)]
    if reading.before_launch is not None and reading.date is not None:  # review 22a, item 8
        year = reading.before_launch[0]
        found = [charge_ui("before_launch")(lang).format(date=day(reading.date, lang), year=year)]
    if not found:
        price = money(abs(reading.amount.value), reading.amount.currency, lang)
        found = [charge_ui("former_fee")(lang).format(price=price, when=when)]
    return (" " if lang == "en" else "").join(found)


def other_price_lines(reading: ChargeReading, when: str, lang: Lang) -> list[RichText]:
    """Review 35c, item 1: a Prime text whose amount is no Prime fee, ever, but another service's
    price (1,500 yen: Audible's): 「1,500円は、…時点のAmazonプライムの会費ではありません。」 before
    the candidates, as 250 and 7,000 are told."""
    from primehelp.charges import Category

    if not reading.prime_text or reading.refund or reading.no_known_price:
        return []
    if reading.amount.currency != "JPY":  # a dollar amount: its own notes (US$139)
        return []
    if reading.former_fees or reading.unknown_plans or reading.unconfirmed:
        return []  # said by their own sentences
    if any(c.category is Category.PRIME_FEE for c in reading.candidates):
        return []
    price = money(abs(reading.amount.value), reading.amount.currency, lang)
    said = charge_ui("former_fee")(lang).format(price=price, when=when)
    return [rich_text(said, style="bold yellow")]


_FIXED = frozenset({"fee_on_date", "price", "price_before_start", "partial_refund", "fee_unknown"})


def unlisted_told(reading: ChargeReading, told: str, lang: Lang) -> str:
    """The sentence on a statement text primehelp does not know (a text not known as a fee's:
    review 39c, item 1). Review 51c, item 7: when no candidate's fixed price or fee is the amount,
    never 「下の候補は金額だけで比べたもの」 before 「どれとも一致しません」: what the candidates are."""
    if reading.us_site and reading.candidates[0].kind == "amazon_com":  # as --statement (51c, 37)
        said = charge_ui("statement_us_site" + ("_refund" if reading.refund else ""))(lang)
        return said if reading.refund else said + us_also(reading, lang)
    told = charge_ui("statement_not_fee")(lang) if reading.not_fee else told
    alike = reading.looks_like_amazon and not reading.other_country  # 「利用国CN」: its own
    if alike and told == charge_ui("statement_unknown")(lang):  # review 52c, item 13
        return lookalike_told(reading.typed_text or "", lang)
    compared = charge_ui("compared_by_amount")(lang)
    fixed = any(str(c.match) in _FIXED for c in reading.candidates)
    if not told.endswith(compared) or fixed or reading.former_fees or not reading.no_known_price:
        return if_amazon(reading, told, lang)
    ranged = any(str(c.match) == "price_range" for c in reading.candidates)
    below = charge_ui("below_no_fixed_price_range" if ranged else "below_no_fixed_price")(lang)
    return told[: -len(compared)] + below


def us_also(reading: ChargeReading, lang: Lang) -> str:
    """After amazon.com's lead, the Japanese fee or price the amount also is (「金額はAmazon
    プライム（月間プラン）の会費（月額600円）とも同じですが、表記はamazon.comです。…」, review
    62c, R-major 2), as the statement's row says it; empty when none is."""
    from primehelp.charge_kinds import Category
    from primehelp.facts import ui
    from primehelp.output.statement_same import same_item

    fixed = ("fee_on_date", "price")
    hit = next((c for c in reading.candidates[1:] if str(c.match) in fixed and c.price), None)
    if hit is None or hit.price is None or hit.price.currency != "JPY":
        return ""
    shown = money(abs(reading.amount.value), "JPY", lang)
    per = charge_ui(f"per_{hit.price.per}")(lang).format(price=shown) if hit.price.per else ""
    named = same_item(hit.name(lang), per or None, hit.category is Category.PRIME_FEE, lang)
    return "\n" + ui("us_same_as", "ui_statement")(lang).format(what=named)  # its own line


def if_amazon(reading: ChargeReading, told: str, lang: Lang) -> str:
    """After a domain Amazon does not list (「AMAZON.CO.JP.INFO」), 「下の候補は、Amazonの請求だと
    した場合に、金額だけで比べたものです。」 as after a look-alike, never the bare 「下の候補は金額だけ
    で比べたものです。」 (review 60c, R-minor 10)."""
    from primehelp.charge_text_detail import names_domain

    compared = charge_ui("compared_by_amount")(lang)
    if not told.endswith(compared) or not names_domain(reading.extra_words):
        return told
    key = "compared_if_amazon_refund" if reading.refund else "compared_if_amazon"
    return told[: -len(compared)] + charge_ui(key)(lang)


def lookalike_told(text: str, lang: Lang) -> str:
    """The sentence on a text like Amazon's name but none of its texts (「AMAZ0N PRIME」, 「AMZON
    PRIME」): why it is suspect and whom to ask, never 「表記にある会社やサービスの請求かどうか」
    (the name it imitates: review 52c, item 13). A digit zero among letters is pointed at."""
    import re

    zero = next((w for w in re.findall(r"[A-Za-z0-9]+", text) if "0" in w and w.strip("0")), None)
    why = "" if zero is None else charge_ui("lookalike_zero")(lang).format(word=zero)
    return charge_ui("statement_lookalike")(lang).format(why=why)
