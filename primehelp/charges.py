"""``primehelp charge``: what an amount on a card statement can be, most likely first.

Pure: :func:`parse_amount` reads an amount as members paste it; :func:`read_charge` compares it
with the Prime fee in force on the charge's date (the fee history of ``data/fees.toml``), the
subscriptions' prices and the statement texts, and returns a frozen :class:`ChargeReading`.
Nothing here reads the clock: without a date the fees now (the latest the facts know) are used.

Public API (the CSV statement reader builds on it): :class:`Amount`, :func:`parse_amount`,
:func:`read_charge`, :class:`ChargeReading` and :class:`Candidate` (``kind`` is a stable id:
``prime_monthly``, ``kindle_unlimited``, ``audible``, ``shop_order``, ``amazon_com``,
``unknown``…). A negative amount is read as the refund of what the same positive amount can be.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.amounts import JPY as JPY
from primehelp.amounts import LIMITS as LIMITS
from primehelp.amounts import USD as USD
from primehelp.amounts import Amount as Amount
from primehelp.amounts import check_text as check_text
from primehelp.amounts import parse_amount as parse_amount
from primehelp.charge_fee_unknown import any_amount_unknown, assumed_end, unknown_plans_said
from primehelp.charge_named import name_only, named_in
from primehelp.charge_not_fee import fees_last, not_fee_text
from primehelp.charge_periods import confirmed_on, paid_for, unconfirmed_fee
from primehelp.charge_rank import fitted, score
from primehelp.charges_start import before_known
from primehelp.facts import Fact
from primehelp.fee_terms import FeeChange as FeeChange
from primehelp.fee_terms import FeeTerms as FeeTerms
from primehelp.fee_terms import fee_terms
from primehelp.i18n import Text
from primehelp.plans import FeePeriod, PlanFees, in_force, periods_charged_on
from primehelp.services import Per, Price
from primehelp.statement_abroad import fee_in_yen

if TYPE_CHECKING:
    from primehelp.content.charges import ChargeBook, StatementText


from primehelp.charge_kinds import Candidate as Candidate
from primehelp.charge_kinds import Category as Category
from primehelp.charge_kinds import Fit as Fit
from primehelp.charge_kinds import Match as Match
from primehelp.charge_kinds import subscription as subscription_candidate
from primehelp.charge_reading import ChargeReading as ChargeReading


def read_charge(
    amount: Amount,
    text: str | None,
    on: dt.date | None,
    *,
    book: ChargeBook | None = None,
    hedged: bool = False,
) -> ChargeReading:
    """What ``amount`` (charged on ``on``, shown on the statement as ``text``) can be.

    ``book``: the facts to compare with; the bundled ones unless given. ``hedged``: a match on a
    price reportedly changed since is ``possible`` and ranked so (the one-charge screen and its
    JSON: review 57c, item 1; a statement's rows still read it as the service).
    """
    if book is None:
        from primehelp.content.charges import load  # the bundled data (tests pass their own)

        book = load()
    words = None if text is None else check_text(text)
    statement = None if words is None else book.statement_for(words)
    size = abs(amount.value)
    former: list[Price] = []
    terms: list[FeeTerms] = []
    then: list[tuple[int, ...]] = []  # each former fee's plan's fees on the date (51c, 26)
    found: list[Candidate] = []
    in_force_terms: list[tuple[str, FeeTerms]] = []
    unknown_plans: list[tuple[str, Text]] = []
    unconfirmed: list[tuple[str, Text]] = []
    launch = book.launch
    before_launch = launch if launch and on and on.year < launch[0] else None
    plans = {_plan_kind(plan) for plan in book.fees.plans}
    # a service's name and a word of another's names none (「PRIME VIDEO SHOP」: 44c 1, round 53)
    from primehelp.content.statement_match import joined_texts  # 46c, item 2
    from primehelp.content.statement_reworded import read_reworded  # 59c, R-major 1

    extra = () if words is None or statement is not None else book.extra_words(words)
    named = named_in(book, words) if words and not statement and not extra else frozenset()
    usa = words is not None and amount.currency == JPY and book.names_us_site(words)  # 42c 15
    if amount.currency == JPY:
        # Before Prime started in Japan no Prime fee was charged (review 22a, item 8)
        for plan in () if before_launch else book.fees.plans:
            on_date = confirmed_on(plan, on)
            # A refund gives back a fee paid before it, within the plan's period (sweep 28)
            charged = paid_for(plan, on, on_date) if amount.value < 0 else on_date
            hit = next((p for p in charged if p.fee_yen == size), None)
            if hit is None and (doubt := unconfirmed_fee(plan, on, size)) is not None:  # 27a, 1
                unconfirmed.append((_plan_kind(plan), doubt))
                for p in periods_charged_on(plan, on) if on else ():  # listed first (49c, 5)
                    if p.fee_yen == size:
                        fee = _fee(plan, p)._replace(who=None)
                        found.append(_prime(book, plan, fee)._replace(match=Match.FEE_UNKNOWN))
                continue
            if hit is not None:  # the candidate's name says the plan: the price need not
                change = None
                if len(on_date) == 2 and hit in on_date:  # renewals' fee first, new members'
                    renewals, joined = (_fee(plan, p)._replace(who=None) for p in on_date)
                    assumed = on_date[1].renewals_assumed  # when the renewals' fee ended
                    change = FeeChange(joined, renewals, renewals_until_assumed=assumed)
                prime = _prime(book, plan, _fee(plan, hit)._replace(who=None))
                if hit not in on_date:  # a fee of the period refunded, not 「…時点の会費」
                    found.append(prime._replace(match=Match.PRICE))
                    in_force_terms.append((prime.kind, fee_terms(plan, hit)))  # when paid
                    continue
                found.append(prime._replace(fee_change=change))
                in_force_terms.append((prime.kind, fee_terms(plan, hit)))
            elif (
                on
                and not (charged or periods_charged_on(plan, on))
                and any(p.fee_yen == size for p in plan.history)
            ):
                # Its fee on the date unknown (Prime Student before 2019-04-12, FACTS §1): no
                # candidate (no monthly plan then, 24a, 1 and 3); the screen says it is unknown.
                unknown_plans.append((_plan_kind(plan), plan.name))
                continue
            same = [p for p in plan.history if p.fee_yen == size and hit is None]
            former += [_fee(plan, p) for p in same]
            found += assumed_end(plan, same, on, lambda f, p: _prime(book, f, _fee(f, p)))  # 62c, 8
            terms += [fee_terms(plan, p) for p in same]
            # the fees the facts confirm on the date: none before a fee's first confirmed day (53c, 37)
            then += [tuple(x.fee_yen for x in on_date) if on else ()] * len(same)
        said = bool(former or unknown_plans or unconfirmed or before_launch)  # review 39c, item 2
        unknown_plans += any_amount_unknown(
            book.fees.plans, on, size, statement, words, found, said
        )
        # Any refund under a Prime text smaller than a fee paid before it: part of that fee too,
        # whatever else the amount is (a whole fee of another plan, a former fee: review 36c,
        # item 4; the statement's rows name both, review 38c, 0). Review 28c, item 2.
        if amount.value < 0 and not before_launch:
            for part, paid in _partial_refunds(book, on, size, statement, words is None):
                found.append(part)
                in_force_terms.append((part.kind, paid))  # both members' dates (30c, item 3)
        for service in book.services:
            price = next((p for p in service.prices if p.matches(size)), None)
            if price is not None and service.see is not None and service.cancel is not None:
                subscription = subscription_candidate(service, price, service.see, service.cancel)
                if price.before_start(on) or before_known(price, on):  # 34c, item 7
                    subscription = subscription._replace(match=Match.PRICE_BEFORE_START)
                found.append(subscription)
        found = name_only(book, named, found, words or "")  # review 38c, item 2
        found += [_other(book, k, Category.PURCHASE) for k in ("shop_order", "digital_purchase")]
        exact_yen = any(c.match in (Match.FEE_ON_DATE, Match.PRICE) for c in found)
        us_text = usa and _us_site(book, words or "")  # whatever the amount (review 62c, 2)
        abroad = usa or bool(words and book.abroad_in(words))
        if words and abroad and (us_text or not exact_yen) and book.names_amazon(words):
            found.append(_other(book, "amazon_com", Category.AMAZON_COM))  # 利用国USA (38c, 24)
        if statement is not None and "amazon_pay" in statement.means:
            found.append(_other(book, "amazon_pay", Category.AMAZON_PAY))
    else:
        us = next((p for p in book.us_prices if p.matches(size)), None)
        found.append(_other(book, "amazon_com", Category.AMAZON_COM, us))
    # A price reportedly changed since (Music Unlimited's of 2023): possible, ranked so (57c, 1)
    gone = {s.id for s in book.services if s.changed and (on is None or on >= s.changed[0])}
    gone = gone if hedged else set()
    ranked = sorted((fitted(c, statement, gone) for c in found), key=score, reverse=True)
    exact = any(c.match in (Match.FEE_ON_DATE, Match.PRICE) for c in ranked)
    # Review 18a: a purchase before a channel's range with no fixed price (AMZN DIGITAL, item 1);
    # the service an unknown text names first (「AMAZON KIDS」, item 2). Stable sorts.
    # One rule for the digital texts (review 23a, item 1): a purchase first unless the amount is
    # the fixed price of a service the text usually stands for (Audible's 1,500: no usual one),
    # or the text names a service (「AMAZON DOWNLOADS PRIME VIDEO」).
    fixed = any(c.fit is Fit.USUAL and c.match in (Match.FEE_ON_DATE, Match.PRICE) for c in ranked)
    named_any = words is not None and not extra and bool(book.named_services(words))
    first = () if statement is None or fixed or named_any else statement.first_without_price
    for kinds in (first, named):
        ranked.sort(key=lambda c: c.kind in kinds, reverse=True)
    if ranked and ranked[0].category is Category.AMAZON_PAY and ranked[0].fit is Fit.USUAL:
        ranked = ranked[:1]  # a payment at another shop: no fee, no price (--json too, 32c, 7)
        former, terms, unknown_plans, unconfirmed = [], [], [], []  # no fee history (38c, 5)
        then = []
    unknown = _other(book, "unknown", Category.UNKNOWN, match=Match.NONE, refund=amount.value < 0)
    if amount.currency != JPY:  # looked for on amazon.com first (review 38c, item 10)
        see, path = book.see["unknown_usd_refund" if amount.value < 0 else "unknown_usd"]
        stop = book.stop["unknown_usd"]
        unknown = unknown._replace(where_to_see=see, see_path_ja=path, how_to_stop=stop)
    level_word = None if statement is None or words is None else statement.level_word(words)
    fees_matched = [
        c.kind for c in ranked if c.fit is Fit.POSSIBLE and c.match is Match.FEE_ON_DATE
    ]
    usual = [c.kind for c in ranked if c.fit is Fit.USUAL]
    level = (*usual, *fees_matched) if level_word and fees_matched else ()
    listed = {c.kind for c in ranked}
    outside = (s for s in book.services if s.id in named and s.id not in listed)
    named_range = next(((s.name, p) for s in outside for p in s.prices if p.up_to), None)
    # A Prime plan's fee (never prime_video_ad_free, a Prime Video option: review 19a, item 1)
    prime_text = statement is not None and any(kind in plans for kind in statement.means)
    if (prime_text or usa) and amount.currency == JPY:  # no fee here: the US one first (38c)
        ranked.sort(key=lambda c: c.kind == "amazon_com", reverse=True)
    us_yen = None
    if usa:  # the US fee converted, or not; a yen channel's range last (review 43c, item 12)
        us_yen = fee_in_yen(book, int(size))
        ranked.sort(key=lambda c: c.match is Match.PRICE_RANGE)
    notes = [book.abroad] if words is not None and book.abroad_in(words) else []
    form = None if words is None or statement is not None else book.borrows_amazon(words)
    if form is not None:  # another's text with Amazon's name? (41c, 3); the form it has (51c 17)
        notes.insert(0, _borrowed_note(book, form, refund=amount.value < 0))
    yen_fee = amount.currency == JPY and amount.value > 0 and fee_in_yen(book, int(size))  # 44c 6
    if notes and prime_text and yen_fee and not exact:
        notes.append(book.us_prime)  # amazon.com's fee, in yen? (review 37c, item 3)
    if amount.value < 0:  # the Prime rule with a Prime candidate or text only (18a S 10)
        fees = {c.kind for c in ranked if c.category is Category.PRIME_FEE}
        route = (book.refund_prime, book.gift_card)  # and the gift-card part (19a, item 6)
        ranked = [c._replace(notes=(*c.notes, *route)) if c.kind in fees else c for c in ranked]
        ruled_out = bool(former) and on is not None  # by the date (review 27a, item 8)
        # no Prime fee ever of the amount (−7,000): no Prime refund rule (review 31c, item 3)
        notes += route if prime_text and not fees and former and not ruled_out else ()
    if before_launch:  # the date's note in the JSON too (38c, 22); the candidates kept: the
        notes = [*notes, before_launch[1]]  # statement names a line by them (see the report)
    not_fee = words is not None and statement is None and not_fee_text(words)
    ranked = fees_last(ranked) if not_fee else ranked  # review 39c, item 1
    candidates = (*ranked, unknown)
    facts = [f for c in candidates for f in _facts(c)] + notes + [p.fact for p in former]
    alike = other_country = False
    imitated = None  # a service's name one letter apart (「PRIME VIDE0」: 44c, R-minor 11)
    if words is not None and statement is None:
        from primehelp.statement_lookalike import near_service

        imitated = near_service(words, book.imitated)
    if words is not None and statement is None and not book.names_amazon(words):
        from primehelp.statement_lookalike import looks_like_amazon  # review 43c, item 10

        alike = looks_like_amazon(words) or imitated is not None
    elif words is not None and statement is None:  # 「AMAZONE PRIME」, 「…利用国CN」 (44c, 5)
        other_country = book.other_country(words)
        alike = other_country or bool(book.imitates_listed(words)) or imitated is not None
    reading = ChargeReading(
        amount=amount,
        refund=amount.value < 0,
        date=on,
        statement_text=None if statement is None else statement.label,
        statement=None if statement is None else statement.fact,
        text_recognized=None if words is None else statement is not None,
        candidates=candidates,
        no_known_price=not exact,
        former_fees=tuple(former),
        notes=tuple(notes),
        checked=max(f.checked for f in facts),
        former_fee_terms=tuple(terms),
        fees_on_date=tuple(then),
        fee_terms=tuple(in_force_terms),
        purchase_first=any(c.kind in first for c in ranked),
        named=tuple(c.kind for c in ranked if c.kind in named),
        typed_text=words,
        names_amazon=words is not None and statement is None and book.names_amazon_only(words),
        check_date=bool(former)
        and on is not None
        and prime_text
        and not any(c.category is Category.PRIME_FEE for c in ranked),
        prime_text=prime_text,
        unconfirmed_domain=None if words is None else book.unconfirmed_domain(words),
        named_range=named_range if amount.currency == JPY else None,
        level_word=level_word if level else None,
        level=level,
        before_launch=before_launch,
        unknown_plans=tuple(unknown_plans),
        unconfirmed=tuple(unconfirmed),
        named_names=tuple(s.name for s in book.services if s.id in named),
        not_fee=not_fee,
        looks_like_amazon=alike,
        us_yen=us_yen,
        other_country=other_country,
        extra_words=extra,
        joined_texts=joined_texts(words, (t.label for t in book.texts)) if extra and words else (),
        imitated_service=imitated,
        us_site=words is not None and not statement and _us_site(book, words),  # 51c, item 37
        reworded=bool(words and statement) and read_reworded(book, words or ""),  # 59c R-major 1
    )
    from primehelp.charge_text_detail import text_detail, usd_fee_in_yen  # screen and JSON

    return reading._replace(
        text_detail=text_detail(reading),
        usd_fee_in_yen=usd_fee_in_yen(reading),
        text_names=reading.named if reading.names_amazon else (),  # review 53c, item 21
        candidates_held_back=reading.before_launch is not None,  # review 55c, item 14
        fee_unknown_plans=unknown_plans_said(book.fees.plans, reading.unknown_plans, on),  # 58c
    )


def _partial_refunds(
    book: ChargeBook, on: dt.date | None, size: Decimal, statement: StatementText | None, bare: bool
) -> list[tuple[Candidate, FeeTerms]]:
    """A refund under a Prime text (``bare``: none, the annual plan only, 59c S 13) that is no
    whole fee: part of each larger fee of each plan paid within the period before it, the latest
    first (FACTS §5; review 28c, item 2; 4,900 yen after the 2023 change too, 58c B 1)."""
    plans = {_plan_kind(plan) for plan in book.fees.plans}
    if not bare and (statement is None or not any(kind in plans for kind in statement.means)):
        return []
    found = []
    for plan in (p for p in book.fees.plans if not bare or _plan_kind(p) == "prime_annual"):
        paid = paid_for(plan, on, confirmed_on(plan, on))
        fees = {p.fee_yen: p for p in reversed(paid) if p.fee_yen > size}  # the latest of each
        for larger in sorted(fees.values(), key=paid.index):
            prime = _prime(book, plan, _fee(plan, larger)._replace(who=None))
            notes = (book.refund_partial,)
            part = prime._replace(match=Match.PARTIAL_REFUND, notes=notes)
            found.append((part, fee_terms(plan, larger)))
    return found


def _facts(candidate: Candidate) -> list[Fact]:
    price = [] if candidate.price is None else [candidate.price.fact]
    return [*price, candidate.where_to_see, candidate.how_to_stop, *candidate.notes]


def _fee(plan: PlanFees, period: FeePeriod) -> Price:
    since, until = in_force(plan, period)
    if period is plan.history[0]:  # the oldest fee's start is not known (FACTS §1): no date
        since = None
    return Price(
        value=Decimal(period.fee_yen),
        up_to=None,
        currency=JPY,
        per=Per.YEAR if plan.months == 12 else Per.MONTH,
        who=plan.name,
        since=since,
        until=until,
        fact=period.fact,
    )


def _plan_kind(plan: PlanFees) -> str:
    return "prime_" + plan.plan.value.replace("-", "_")


def _prime(book: ChargeBook, plan: PlanFees, fee: Price | None) -> Candidate:
    see, path = book.see["prime"]
    return Candidate(
        kind=_plan_kind(plan),
        category=Category.PRIME_FEE,
        name=Text(
            book.names["prime"].ja.format(plan=plan.name.ja),
            book.names["prime"].en.format(plan=plan.name.en),
        ),
        match=Match.FEE_ON_DATE,
        price=fee,
        fit=None,
        where_to_see=see,
        see_path_ja=path,
        how_to_stop=book.stop["prime"],
        notes=(),
    )


def _other(
    book: ChargeBook,
    kind: str,
    category: Category,
    price: Price | None = None,
    match: Match | None = None,
    refund: bool = False,
) -> Candidate:
    """An order, a purchase, Amazon Pay, amazon.com or the last resort: from ``charges.toml``."""
    see, path = book.see[f"{kind}_refund" if refund else kind]  # the last resort's (27a, 7)
    notes = (book.us_prime,) if kind == "amazon_com" and price is None else ()
    return Candidate(
        kind=kind,
        category=category,
        name=book.names["amazon_com_prime" if kind == "amazon_com" and price else kind],
        match=match or (Match.ANY_AMOUNT if price is None else Match.PRICE),
        price=price,
        fit=None,
        where_to_see=see,
        see_path_ja=path,
        how_to_stop=book.stop.get(kind, book.stop["unknown"]),
        notes=notes,
    )


def _us_site(book: ChargeBook, words: str) -> bool:
    """The text names amazon.com and nothing that makes it perhaps another's (a name before it,
    another word, another country of use): read as the statement view reads it (51c, item 37)."""
    return book.names_us_site(words) and not (
        book.borrows_amazon(words) or book.other_country(words) or book.imitates_listed(words)
    )


def _borrowed_note(book: ChargeBook, form: str, *, refund: bool) -> Fact:
    """The look-alike note of the fact (a refund's: review 45c, item 11), naming only ``form``,
    the one the text has (review 51c, item 17); its sources and check date the fact's."""
    from primehelp.facts import document, ui

    fact = document("statement").fact("borrowed_refund") if refund else book.borrowed
    said = ui("borrowed_note_refund" if refund else "borrowed_note", "ui_charge_text")
    named = ui(f"borrowed_form.{form}", "ui_charge_text")
    sites = ui("borrowed_sites", "ui_charge_text") if form == "domain" else Text("", "")
    ja = said.ja.format(form=named.ja, sites=sites.ja)
    en = said.en.format(form=named.en, sites=f"{sites.en} " if sites.en else "")
    return fact._replace(text=Text(ja, en))
