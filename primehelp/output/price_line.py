"""A candidate's price line on the charge screen (moved out of :mod:`primehelp.output.charge`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.charges import Category, FeeChange, FeeTerms
from primehelp.charges_start import known_from, start_unknown
from primehelp.i18n import Lang
from primehelp.output.charge_fit import twin
from primehelp.output.prices import charge_ui, day, price_described, price_text, terms_text

if TYPE_CHECKING:
    from primehelp.charges import Candidate, ChargeReading


def fee_change(candidate: Candidate, reading: ChargeReading) -> FeeChange | None:
    """The two fees paid on the charge's day, when it is inside a fee change."""
    change = candidate.fee_change
    if change is not None and change.new_members.since and change.renewals.until and reading.date:
        return change
    return None


def terms_of(candidate: Candidate, reading: ChargeReading) -> FeeTerms | None:
    """When ``candidate``'s fee was paid: of the reading's terms of its plan, those of its own fee
    (a refund of a former fee and a partial refund of the fee after it are of one plan: review
    40c, item 1, dated the former fee with the later one's period). The fee's first and last day
    (:func:`primehelp.plans.in_force`) are new members' start and renewals' end."""
    mine = [terms for kind, terms in reading.fee_terms if kind == candidate.kind]
    price = candidate.price
    if price is not None:
        for terms in mine:
            if (terms.new_members_since, terms.renewals_until) == (price.since, price.until):
                return terms
    return mine[-1] if mine else None


def _since(candidate: Candidate, reading: ChargeReading, lang: Lang) -> str | None:
    """「新規会員は2023年8月24日から、既存会員は2023年9月24日以降の請求から」 for a Prime fee whose
    renewals began on another day than new members' (FACTS §1); ``None``: the start as it is."""
    terms = terms_of(candidate, reading)
    if terms is None or terms.renewals_since_assumed:
        return None
    joined, renewed = terms.new_members_since, terms.renewals_since
    if joined is None or renewed is None or joined == renewed:
        return None
    return terms_text(FeeTerms(joined, None, renewed, None), lang)


def price_line(candidate: Candidate, reading: ChargeReading, lang: Lang) -> str:
    """「2026年11月1日時点の会費：月額600円（2023年8月24日から）」, "Price: 980 yen a month (…)"."""
    assert candidate.price is not None
    price = price_described(candidate.price, lang)
    kind = candidate.match.value
    change = fee_change(candidate, reading)
    if change is not None:
        assert change.new_members.since and change.renewals.until and reading.date
        # Two fees paid that day (review 11a, item 1): whose is whose, never one as "the" fee;
        # an assumed end is said after the line (review 13a, item 2), never inside it.
        return charge_ui("match_fee_change")(lang).format(
            date=day(reading.date, lang),
            new=price_text(change.new_members, lang),
            since=day(change.new_members.since, lang),
            renewal=price_text(change.renewals, lang),
            until=day(change.renewals.until, lang)
            if not change.renewals_until_assumed  # 「ごろ」 as the statement (review 28c, S 10)
            else charge_ui("assumed_day")(lang).format(date=day(change.renewals.until, lang)),
        )
    if kind == "fee_on_date":  # new members and renewals apart (review 17a, S 9)
        price = price_described(candidate.price, lang, _since(candidate, reading, lang))
    terms = terms_of(candidate, reading)
    prime_price = kind in ("price", "partial_refund") and candidate.category is Category.PRIME_FEE
    if prime_price and terms is not None:
        # A refund of a fee of the period before it (sweep 28): when that fee was paid
        price = price_described(candidate.price, lang, terms_text(terms, lang))
    if prime_price and kind == "price":  # a fee no longer in force that day (review 40c, 1)
        kind = "former_fee"
    if kind == "fee_on_date" and reading.date is None:
        return charge_ui("match_fee_now")(lang).format(price=price)
    when = "" if reading.date is None else day(reading.date, lang)
    if kind == "price_before_start" and start_unknown(candidate.price):  # review 34c, item 7
        price = _as_of_check(price, known_from(candidate.price), lang)
    if kind == "partial_refund" and twin(candidate, reading):  # its title says it (52c, 4)
        kind = "partial_refund_titled"
    if kind == "partial_refund" and reading.no_known_price:  # partial_refund_reading said it
        kind = "partial_refund_said"  # (review 32c, item 10)
    if kind == "fee_unknown":  # the fee of its first period, its start unknown (49c, item 5)
        kind = "fee_assumed_end" if assumed_end(reading) else "fee_unconfirmed"  # 62c, 8
        price = price_text(candidate.price, lang) if assumed_end(reading) else price  # 63c, 6
    line = charge_ui(f"match_{kind}")(lang).format(price=price, date=when)
    if reading.date is not None and candidate.price.currency == "USD":  # review 19a, S 11
        line += "\n" + charge_ui("usd_price_now")(lang).format(date=when)
    return line


def _as_of_check(price: str, month: dt.date, lang: Lang) -> str:
    """「月額980円（2026年12月時点。いつからの料金かは確認できていません）」: a price the facts give
    with no start, on a date before the month they give it for (review 34c, item 7)."""
    named = f"{month.year}年{month.month}月" if lang == "ja" else month.strftime("%B %Y")
    said = charge_ui("price_start_unknown")(lang).format(month=named)
    if lang == "ja":
        return f"{price[:-1]}。{said}）" if price.endswith("）") else f"{price}（{said}）"
    return f"{price[:-1]}; {said})" if price.endswith(")") else f"{price} ({said})"


def before_start(
    candidate: Candidate, reading: ChargeReading, name: str, lang: Lang, none_likely: bool = False
) -> str:
    """Why a price from after the date is still listed: the price's start, not the date compared
    with a price (review 25a, items 2, 4, 5); the ad-free option did not exist then (27a S 21);
    a price known only as of a month (Music Unlimited, FACTS §9: 「2023年4月時点の料金」), the
    price before it unknown (review 33c, item 3). "" when no start is known."""
    price = candidate.price
    date = "" if reading.date is None else day(reading.date, lang)
    if price is not None and start_unknown(price):  # the price line says it (review 34c, 7)
        said = not none_likely and candidate.kind not in reading.named  # not its text's
        return charge_ui("before_price_start_unknown")(lang) if said else ""
    if price is not None and price.since is None and price.as_of_from is not None:
        start = price.as_of_from
        month = f"{start.year}年{start.month}月" if lang == "ja" else start.strftime("%B %Y")
        return charge_ui("before_price_as_of")(lang).format(month=month, date=date)
    if price is None or price.since is None:
        return ""
    key = "before_price_start_named" if candidate.kind in reading.named else "before_price_start"
    key = "before_option_start" if candidate.kind == "prime_video_ad_free" else key
    return charge_ui(key)(lang).format(date=date, since=day(price.since, lang), name=name)


def assumed_end(reading: ChargeReading) -> bool:
    """A former fee just after existing members' assumed change day (review 62c, R-minor 8)."""
    from primehelp.fee_terms import just_after_assumed

    return any(just_after_assumed(t, reading.date) for t in reading.former_fee_terms)
