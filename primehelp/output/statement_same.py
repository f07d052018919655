"""「Amazon Kids+の料金（月額980円）とも同じ金額です」: the other service's price named in the note
of a statement line (review 60c, item 9: one wording, before and after the check's month).

The price is the line's own amount by definition (``same_price_as``); its period comes from the
service's price of that amount, or the Prime plan's (「Amazonプライム（月間プラン）の会費（月額
600円）」, review 61c, R-minor 2). None when no such price is found: the note says the name alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.i18n import Lang

if TYPE_CHECKING:
    from primehelp.services import Price
    from primehelp.statement import AmazonLine

_UI = "ui_statement"
_LINES = "ui_statement_lines"  # ui_statement's compiled module is at its size


def same_note(line: AmazonLine, lang: Lang) -> str | None:
    """The note of a line whose amount is another candidate's price or fee, after what the
    amount is not when the text names a service alone (「980円は、primehelpの情報源にある
    Amazon Music Unlimitedのどの料金とも違います。Kindle Unlimitedの料金（月額980円）とも同じ
    金額です」, review 61c, R-minor 3); None for a line of no such amount."""
    from primehelp.facts import ui
    from primehelp.output.key_dates import yen

    if line.same_price_as is None:
        return None
    price = same_fee_text(line, lang) if line.same_fee else same_price_text(line, lang)
    key = "same_fee_as" if line.same_fee else "same_price_as"  # 「会費」 (review 52c, 19)
    key = f"{key.removesuffix('_as')}_priced" if price else key
    if line.service == "amazon_com":  # the text is amazon.com's: its account first (62c, 2)
        other = same_item(line.same_price_as(lang), price, line.same_fee, lang)
        return ui("us_same_as", _UI)(lang).format(what=other)
    said = ui(key, _UI)(lang).format(name=line.same_price_as(lang), price=price)
    if line.named_only is None:
        return said
    first = ui("named_not_price", _UI)(lang)
    first = first.format(amount=yen(abs(line.amount_yen), lang), names=line.named_only(lang))
    return first + ("。" if lang == "ja" else ". ") + _same_as_all(line, price, lang)


def _same_as_all(line: AmazonLine, price: str | None, lang: Lang) -> str:
    """「Kindle Unlimitedの料金（月額980円）、Amazon Kids+の料金（月額980円、プライム会員でない
    場合）と同じ金額です。」: after what the amount is not, every other service whose price it is
    on the line's day, never 「とも」 with nothing before it (review 62c, R-minor 5)."""
    from primehelp.facts import ui

    assert line.same_price_as is not None and line.named_only is not None  # the caller's
    items = [same_item(line.same_price_as(lang), price, line.same_fee, lang)]
    for name, other in _also_priced(line, lang):
        items.append(ui("same_price_item", _LINES)(lang).format(name=name, price=other))
    joined = items[0]
    if len(items) > 1:
        joined = ("、" if lang == "ja" else ", ").join(items[:-1])
        joined += ("、" if lang == "ja" else " and ") + items[-1]
    return ui("same_as_listed", _LINES)(lang).format(items=joined)


def _also_priced(line: AmazonLine, lang: Lang) -> list[tuple[str, str]]:
    """The services besides ``same_price_as`` and those the text names with a fixed yen price
    that is the line's amount on its day (its price from a known start, or dated by a month the
    day is not before), each with that price as :func:`same_price_text` says it."""
    from primehelp.content.subscriptions import load

    assert line.same_price_as is not None and line.named_only is not None  # the caller's
    said = (line.same_price_as.ja, line.named_only.ja)
    found: list[tuple[str, str]] = []
    for service in load()[0]:
        if any(name.startswith(service.name.ja) for name in said):
            continue
        for price in service.prices:
            if not _is_amount(price, line.amount_yen):
                continue
            if price.before_start(line.date) or (price.until and line.date > price.until):
                continue
            found.append((service.name(lang), _price_who(price, lang)))
            break
    return found


def same_fee_text(line: AmazonLine, lang: Lang) -> str | None:
    """「月額600円」 / "600 yen a month": the Prime plan's fee named by ``line.same_price_as``,
    which is the line's amount; None if no plan has that name."""
    from decimal import Decimal

    from primehelp.content import charges
    from primehelp.output.prices import charge_ui, money

    if line.same_price_as is None:
        return None
    book = charges.load()
    for plan in book.fees.plans:
        if book.names["prime"].ja.format(plan=plan.name.ja) == line.same_price_as.ja:
            shown = money(Decimal(abs(line.amount_yen)), "JPY", lang)
            per = "year" if plan.months == 12 else "month"
            return charge_ui(f"per_{per}")(lang).format(price=shown)
    return None


def same_price_text(line: AmazonLine, lang: Lang) -> str | None:
    """「月額980円、プライム会員でない場合」 / "980 yen a month, non-members": the fixed price of
    the service named by ``line.same_price_as`` that is the line's amount, and for whom (480 yen
    is Kids+'s for Prime members: 「プライム会員の場合」, review 61c, R-minor 6); None if not found."""
    from primehelp.content.subscriptions import load

    if line.same_price_as is None:
        return None
    name = line.same_price_as.ja
    for service in load()[0]:
        if not name.startswith(service.name.ja):
            continue
        for price in service.prices:
            if _is_amount(price, line.amount_yen):
                return _price_who(price, lang)
    return None


def _is_amount(price: Price, amount_yen: int) -> bool:
    """Whether ``price`` is a fixed yen price (no range) of the amount (a refund's too)."""
    return price.up_to is None and price.currency == "JPY" and int(price.value) == abs(amount_yen)


def _price_who(price: Price, lang: Lang) -> str:
    """「月額980円、プライム会員でない場合」: a price and for whom (review 61c, R-minor 6)."""
    from primehelp.facts import ui
    from primehelp.output.prices import price_text

    if price.who is None:
        return price_text(price, lang)
    who = price.who(lang)
    if lang == "ja" and not who.endswith(("場合", "向け")):  # not a noun alone
        who = ui("same_price_who", _UI)(lang).format(who=who)
    return price_text(price, lang) + ("、" if lang == "ja" else ", ") + who


def same_item(name: str, price: str | None, fee: bool, lang: Lang) -> str:
    """「Amazonプライム（月間プラン）の会費（月額600円）」 / "the fee of …": another candidate's
    fee or price, with its price when known, as a list item or inside amazon.com's note (review
    62c, 2 and R-minor 5)."""
    from primehelp.facts import ui

    key = ("same_fee_item" if fee else "same_price_item") + ("" if price else "_bare")
    return ui(key, _LINES)(lang).format(name=name, price=price)
