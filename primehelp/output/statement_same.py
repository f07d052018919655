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
    from primehelp.statement import AmazonLine

_UI = "ui_statement"


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
        other = ui(key, _UI)(lang).format(name=line.same_price_as(lang), price=price)
        return ui("us_same_as", _UI)(lang).format(what=what(other, lang))
    said = ui(key, _UI)(lang).format(name=line.same_price_as(lang), price=price)
    if line.named_only is None:
        return said
    first = ui("named_not_price", _UI)(lang)
    first = first.format(amount=yen(abs(line.amount_yen), lang), names=line.named_only(lang))
    return first + ("。" if lang == "ja" else ". ") + said


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
    from primehelp.facts import ui
    from primehelp.output.prices import price_text

    if line.same_price_as is None:
        return None
    name = line.same_price_as.ja
    for service in load()[0]:
        if not name.startswith(service.name.ja):
            continue
        for price in service.prices:
            if (
                price.up_to is None
                and price.currency == "JPY"
                and int(price.value) == abs(line.amount_yen)
            ):
                if price.who is None:
                    return price_text(price, lang)
                who = price.who(lang)
                if lang == "ja" and not who.endswith(("場合", "向け")):  # not a noun alone
                    who = ui("same_price_who", _UI)(lang).format(who=who)
                return price_text(price, lang) + ("、" if lang == "ja" else ", ") + who
    return None


def what(said: str, lang: Lang) -> str:
    """「Amazonプライム（月間プラン）の会費（月額600円）」 of 「…とも同じ金額です」 / "the fee of …"
    of "The amount is also the fee of … .": the other's fee or price alone (review 62c, 2)."""
    if lang == "ja":
        return said.removesuffix("とも同じ金額です")
    return said.removeprefix("The amount is also ").removesuffix(".")
