"""What the views of ``charge`` and ``subscriptions`` share: their labels, prices and periods."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from primehelp.amounts import written_number as number
from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.console import sentence_date

if TYPE_CHECKING:
    from primehelp.charges import Candidate, ChargeReading, FeeTerms
    from primehelp.services import Price


def charge_ui(key: str) -> Text:
    """A label from ``ui_charge.toml``, or from ``ui_charge_text.toml`` where the newer ones are
    (ui_charge's compiled module is at its 400 lines: review 60c)."""
    from primehelp.facts import labels

    return ui(key, "ui_charge") if key in labels("ui_charge") else ui(key, "ui_charge_text")


day = sentence_date  # 「2026年11月1日」 / "2026-11-01"


def money(value: Decimal, currency: str, lang: Lang) -> str:
    """「600円」 / "600 yen" / "US$14.99"; a negative amount keeps its sign."""
    sign = "-" if value < 0 else ""
    key = "usd" if currency == "USD" else "yen"
    return sign + charge_ui(key)(lang).format(n=number(abs(value)))


def price_text(price: Price, lang: Lang) -> str:
    """「月額980円」, "980 yen a month", or a range (「月額300〜4,000円ほど」: the facts give
    ranges as "about"); without for whom or since."""
    if price.up_to is None:
        shown = money(price.value, price.currency, lang)
    else:
        shown = charge_ui("yen_range")(lang).format(
            low=number(price.value), high=number(price.up_to)
        )
    if price.per is not None:
        shown = charge_ui(f"per_{price.per.value}")(lang).format(price=shown)
    return shown


def period_text(
    since: dt.date | None,
    until: dt.date | None,
    lang: Lang,
    assumed: tuple[bool, bool] = (False, False),
) -> str:
    """「2019年4月12日〜2023年9月23日」 / "from 2019-04-12 to 2023-09-23"; "" when open. An
    ``assumed`` day (since, until) is hedged in place (review 23a, S 19): 「2019年5月17日ごろ
    （年間プランと同じと考えられます）〜…」."""

    def shown(date: dt.date, hedged: bool) -> str:
        said = day(date, lang)
        return charge_ui("assumed_day")(lang).format(date=said) if hedged else said

    if since is not None and until is not None:
        key = "period_from_to"
        values = {"since": shown(since, assumed[0]), "until": shown(until, assumed[1])}
    elif until is not None:
        key, values = "period_until", {"until": shown(until, assumed[1])}
    elif since is not None:
        key, values = "period_from", {"since": shown(since, assumed[0])}
    else:
        return ""
    return charge_ui(key)(lang).format(**values)


def periods_of(terms: FeeTerms, lang: Lang) -> tuple[str, str, bool]:
    """A former fee's period for new members and for renewals, and whether the renewals' one is
    open-ended (「…以降の請求から」), as both :func:`terms_text` and :func:`split_terms` say them."""
    joined = period_text(terms.new_members_since, terms.new_members_until, lang)
    assumed = (terms.renewals_since_assumed, terms.renewals_until_assumed)
    renewed = period_text(terms.renewals_since, terms.renewals_until, lang, assumed)
    if terms.renewals_since is not None and terms.renewals_until is None:  # 「…以降の請求から」
        since = day(terms.renewals_since, lang)
        return joined, charge_ui("period_on_or_after")(lang).format(since=since), True
    return joined, renewed, False


def terms_text(terms: FeeTerms, lang: Lang) -> str:
    """When a former Prime fee was paid, new members and renewals apart (review 11a, item 1):
    「新規会員は2019年4月12日〜2023年8月23日、既存会員は2019年5月17日〜2023年9月23日の請求」;
    one period when both are the same or renewals' is not known. An assumed day is hedged in
    place, 「既存会員は2019年5月17日ごろ（年間プランと同じと考えられます）〜…」 (review 23a, S 19:
    first stated as fact, then hedged in a sentence after it)."""
    joined, renewed, open_ended = periods_of(terms, lang)
    both = "terms_both_open" if open_ended else "terms_both"
    if joined == renewed or not renewed or not joined:
        said = joined or renewed
    else:
        said = charge_ui(both)(lang).format(new=joined, renewals=renewed)
    if terms.known_from is not None and terms.no_plan_before_2019:  # one limit then the other
        last = terms.known_from - dt.timedelta(days=1)  # (review 32c, S 15)
        return said + charge_ui("terms_no_student_monthly_known_from")(lang).format(
            last=day(last, lang)
        )
    if terms.known_from is not None:  # no start before the sheet's first day (31c, item 2)
        said += charge_ui("terms_known_from")(lang).format(date=day(terms.known_from, lang))
    if terms.no_plan_before_2019:
        said += charge_ui("terms_no_student_monthly")(lang)
    return said


def split_terms(terms: FeeTerms, lang: Lang) -> list[str] | None:
    """A former fee's periods as lines of their own when new and existing members paid it on
    different days (review 51c, item 18): 「新規会員：2019年4月12日〜2023年8月23日」, 「既存会員：
    2019年5月17日〜2023年9月23日の請求」; None: one period (or a limit said after it)."""
    if terms.known_from is not None or terms.no_plan_before_2019:
        return None
    joined, renewed, open_ended = periods_of(terms, lang)
    key = "terms_renewals_open_line" if open_ended else "terms_renewals_line"
    if joined == renewed or not renewed or not joined:
        return None
    return [
        charge_ui("terms_new_line")(lang).format(period=joined),
        charge_ui(key)(lang).format(period=renewed),
    ]


def assumed_text(since: dt.date | None, until: dt.date | None, fee: str, lang: Lang) -> str:
    """「既存会員の月会費が500円になった日は確認できていませんが、年間プランと同じ2019年5月17日ごろと
    考えられます。」 for an assumed start ``since`` of ``fee`` (as printed: 「500円」), 「既存会員に
    400円が請求された最後の日は、年間プランと同じ2019年5月16日ごろと…」 for an assumed end ``until``
    (the day named: review 49c, item 19); "" when neither is assumed. English sentences start
    with a space."""
    days = [(k, on) for k, on in (("since", since), ("until", until)) if on is not None]
    space = " " if lang == "en" else ""
    return "".join(  # one sentence, said once (review 51c, item 6)
        space + charge_ui(f"renewals_{k}_assumed")(lang).format(fee=fee, date=day(on, lang))
        for k, on in days[:1]
    )


def price_described(price: Price, lang: Lang, since: str | None = None) -> str:
    """The price, for whom, before tax (dollars) and from when.

    「月額880円（プライム会員。2023年4月時点の料金）」, "980 yen a month (since 2016-08-03)",
    「月額14.99米ドル（税別）」. No check date (review 21a, item 5): the sources line under the
    price says it, once. ``since``: said instead of the start date (a Prime fee's new members
    and renewals apart: 「新規会員は2023年8月24日から、既存会員は2023年9月24日以降の請求から」).
    """
    extras = [] if price.who is None else [price.who(lang)]
    if price.currency == "USD":  # amazon.com's prices are quoted before tax; the yen ones with it
        extras.append(charge_ui("plus_tax")(lang))
    if since is not None:
        extras.append(since)
    elif price.since is not None:
        extras.append(charge_ui("since")(lang).format(date=day(price.since, lang)))
    if price.as_of is not None:  # as the subscriptions list says it (review 11a, item 2)
        extras.append(price.as_of(lang))
    if not extras:
        return price_text(price, lang)
    if lang == "ja":
        # one bracket: 「月額600円（2023年8月24日から）」; a price for some members or a plan
        # names it as theirs, a sentence apart (review 15a, item 7):
        # 「月額880円（プライム会員。2023年4月時点の料金）」
        if price.who is not None and price.up_to is None:  # 「（チャンネルごと）」 (24a, S 18)
            whose = charge_ui("price_for")(lang).format(who=extras[0])
            if price.as_of is not None:  # 「（個人プラン。2023年4月時点の料金）」 (33c, item 3)
                whose = extras[0]
            parts = [whose, "、".join(extras[1:])]
            return f"{price_text(price, lang)}（{'。'.join(p for p in parts if p)}）"
        return f"{price_text(price, lang)}（{'、'.join(extras)}）"
    return f"{price_text(price, lang)} ({', '.join(extras)})"


def outside_range(named: tuple[Text, Price], amount: Decimal, lang: Lang) -> str:
    """「表記からはPrime Videoチャンネルの請求と考えられますが、金額が料金の範囲（月額300〜4,000円
    ほど）を超えています」: a text naming a service, the amount outside its range (review 22a, 1)."""
    name, price = named
    side = "outside_above" if abs(amount) > price.value else "outside_below"
    return charge_ui(side)(lang).format(name=name(lang), range=price_text(price, lang))


def not_yet_note(candidate: Candidate, name: str, lang: Lang) -> str:
    """After the list, a service the date does not fit (review 30c, item 11): 「（Audibleの月額
    1,500円は2022年1月27日からの料金で、…）」 — only the price has a start in FACTS §9 (review
    33c, item 2); the ad-free option itself began on its date (FACTS §1)."""
    price = candidate.price
    assert price is not None and price.since is not None
    since = day(price.since, lang)
    if candidate.kind == "prime_video_ad_free":
        return charge_ui("not_yet_on_date")(lang).format(name=name, since=since)
    shown = price_text(price, lang)
    return charge_ui("not_yet_price")(lang).format(name=name, price=shown, since=since)


def late(candidate: Candidate, reading: ChargeReading) -> bool:
    """A price from after the date, of a service the text does not name (review 30c, item 11)."""
    from primehelp.charges import Match

    price = candidate.price
    before = candidate.match is Match.PRICE_BEFORE_START and candidate.kind not in reading.named
    return before and price is not None and price.since is not None


def range_line(price: Price) -> Text:
    """「料金の範囲：月額300〜4,000円ほど（チャンネルごと）」, as the charge screen names a range
    (a statement row read by its text and amount; moved out of :mod:`primehelp.cli.charge`)."""
    said = charge_ui("match_price_range")
    who = price.who

    def line(lang: Lang) -> str:
        shown = price_text(price, lang)
        if who is not None:
            shown += f"（{who.ja}）" if lang == "ja" else f" ({who.en})"
        return said(lang).format(price=shown)

    return Text(line("ja"), line("en"))
