"""An 「AMAZON PRIME」 row whose yen amount is no amazon.co.jp fee, with the country-of-use marker
(「利用国USA」) or the card's foreign amount (「現地利用額 14.99 USD」, 楽天カード): amazon.com's
Prime fee converted to yen? FACTS §10 (H): a US Prime charge (US$14.99 a month, US$139 a year,
plus tax) means a separate amazon.com account. Never 「不明」 when the file gives the dollars
(review 37c, item 3). Pure: the reading and the charge book in, a classification out.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from primehelp.amounts import written_number
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.content.charges import ChargeBook
    from primehelp.statement import Classification
    from primehelp.statement_csv import StatementLine

US_PRIME = "amazon_com_prime"  # the service of a row whose dollars are amazon.com's Prime fee

# Review 43c, item 3: the fee "plus tax" (FACTS §10 gives no rate) is said only of an amount from
# the fee up to 15 % more; of a yen-only line, only of a yen amount that fee gives at 100 to 200
# yen a dollar (FACTS gives no rate either: a wide window primehelp chose, never printed).
_TAX = Decimal("1.15")
_YEN_PER_USD = (Decimal(100), Decimal(200))


def fee_with_tax(book: ChargeBook, usd: Decimal) -> bool:
    """True when ``usd`` can be amazon.com's Prime fee with its tax (14.99–17.23, 139–159.85)."""
    return any(p.value <= usd <= p.value * _TAX for p in book.us_prices)


def fee_in_yen(book: ChargeBook, yen: int) -> bool:
    """True when ``yen`` can be amazon.com's Prime fee with its tax converted to yen."""
    low, high = _YEN_PER_USD
    return any(p.value * low <= yen <= p.value * _TAX * high for p in book.us_prices)


def _changed(found: Classification, **changes: Any) -> Classification:
    """``found`` with ``changes``: dataclasses is imported here, as only statements need it
    (`charge` imports this module for :func:`fee_in_yen`; 0.5 ms of its start-up)."""
    from dataclasses import replace

    return replace(found, **changes)


def _ui(key: str) -> Text:
    from primehelp.facts import ui

    return ui(key, "ui_statement_lines")


def us_prime(line: StatementLine, book: ChargeBook, found: Classification) -> Classification:
    """``found`` (a Prime text at no fee of the date) as amazon.com's Prime fee when the row's
    foreign amount is one, else with the possibility said under it when the row is abroad or
    gives its dollars; ``found`` as it is otherwise."""
    from primehelp.statement import Classification

    usd = abs(Decimal(line.foreign_usd)) if line.foreign_usd is not None else None  # a refund's
    if usd is None and not (book.abroad_in(line.description) and fee_in_yen(book, line.amount_yen)):
        return found  # no dollars, or a yen amount no US fee can be (review 43c, item 3)
    price = next((p for p in book.us_prices if usd is not None and p.value == usd), None)
    if usd is not None and price is not None:
        text = _ui("us_prime_same").format(usd=written_number(usd))
        return Classification(US_PRIME, _ui("us_prime_label"), False, (price.fact,), detail=text)
    fee = usd is None or fee_with_tax(book, usd)  # review 43c, item 3
    key = "us_prime_maybe" if usd is None else "us_prime_maybe_usd" if fee else "us_no_fee_usd"
    more = _ui(key).format(usd="" if usd is None else written_number(usd))
    was = found.detail
    detail = more if was is None else Text(was.ja + more.ja, f"{was.en} {more.en}")
    facts = (*found.facts, book.us_prime)
    dollars = usd is not None  # 42c, 5
    return _changed(found, detail=detail, facts=facts, us_dollars=dollars, us_fee=dollars and fee)


def us_fee(line: StatementLine, book: ChargeBook, found: Classification) -> Classification:
    """Any Amazon charge's line (「AMAZON.COM」, 「AMZN DIGITAL 利用国USA」, not only a Prime
    text) whose foreign amount is amazon.com's Prime fee: that fee, as :func:`us_prime` names
    it, never 「不明」 or a Prime Video channel (review 41c, item 2 and S 1); ``found`` otherwise."""
    from primehelp.statement import Classification

    if line.foreign_currency not in (None, "USD"):  # 8.99 GBP: no yen fee (review 46c, item 4)
        return _foreign(line, found)
    if line.amount_yen <= 0 or found.service == US_PRIME or found.us_dollars:
        return found
    if line.foreign_usd is None:
        return _us_text(line, book, found)
    usd = Decimal(line.foreign_usd)
    price = next((p for p in book.us_prices if p.value == usd), None)
    if price is None:
        fee = fee_with_tax(book, usd)  # review 43c, item 3
        said = _ui("us_prime_maybe_usd" if fee else "us_no_fee_usd")
        listed = book.statement_for(line.description)
        if not fee and listed is not None and _PURCHASE in listed.means:  # 42c, 5; 48c, 3
            return _purchase_in_dollars(found, book, said, usd)
        return _us_account(found, book, "us_account_usd", said, usd, fee)
    text = _ui("us_prime_same").format(usd=written_number(usd))
    return Classification(
        US_PRIME,
        _ui("us_prime_label"),
        False,
        (price.fact,),
        detail=text,
        text_known=found.text_known,
        borrowed=found.borrowed,
    )


_PURCHASE = "digital_purchase"


def _purchase_in_dollars(
    found: Classification, book: ChargeBook, said: Text, usd: Decimal
) -> Classification:
    """A purchase text the facts list (「AMAZON DIGITAL DWNLD」, 「AMZN DIGITAL」) in dollars at
    no amount the US fee can be: a digital purchase (review 42c, item 5), its dollars said and
    amazon.com named, never a yen price's reading: no Prime Video channel, no 「…の料金とも同じ
    金額です」 (9.99 USD converted to 1,500 yen is not Audible's price: review 48c, item 3)."""
    return _changed(
        found,
        service=_PURCHASE,
        label=book.names[_PURCHASE],
        same_price_as=None,
        same_now=False,
        detail=said.format(usd=written_number(usd)),
        total_label=None,
        outside_range=False,
        price_changed=False,
    )


US_ACCOUNT = "amazon_com"  # amazon.com's account, read from the dollars or the text (42c, 5, 15)


def _us_text(line: StatementLine, book: ChargeBook, found: Classification) -> Classification:
    """A yen-only line whose text names amazon.com (「AMAZON.COM」) at no known price: that
    account's charge converted to yen, perhaps, and how to check it by its dollars (42c, 15)."""
    if not book.names_us_site(line.description):
        return found
    fee = fee_in_yen(book, line.amount_yen)  # review 43c, item 3
    said = _ui("us_prime_maybe" if fee else "us_no_fee_yen")
    if not found.text_known and found.service != "unknown":  # whatever the amount (62c, 2)
        plain = _changed(found, service="unknown", known_price=False, same_price_as=None)
        return _also(_us_account(plain, book, "us_account_text", said, None, fee), found, book)
    return _us_account(found, book, "us_account_text", said, None, fee)


def _also(us: Classification, found: Classification, book: ChargeBook) -> Classification:
    """``us`` (amazon.com's, by the text) noting the Japanese fee or price ``found`` read the
    amount as (「金額はAmazonプライム（月間プラン）の会費（月額600円）とも同じですが、…」, review
    62c, R-major 2): a fixed price only; its plan in no Prime overlap check (its service is
    amazon.com's)."""
    named = found.total_label
    if not found.known_price or named is None:
        return us
    est = _ui("estimated")
    ja = named.ja.replace(f"・{est.ja}）", "）").replace(f"（{est.ja}）", "")
    en = named.en.replace(f", {est.en})", ")").replace(f" ({est.en})", "")
    fee = any(book.names["prime"].ja.format(plan=p.name.ja) == ja for p in book.fees.plans)
    return _changed(us, same_price_as=Text(ja, en), same_fee=fee, same_now=False)


def _us_account(
    found: Classification, book: ChargeBook, key: str, said: Text, usd: Decimal | None, fee: bool
) -> Classification:
    """``found`` (no known yen price) as a charge of an amazon.com account, as `charge` reads
    those dollars (the fee plus tax, review 42c, item 5), never a yen channel's range. A line
    the card gives in dollars (``usd``) always so: its yen is a conversion, never a yen price
    (「AMAZON DIGITAL DWNLD」 9.99 USD is no Prime Video channel: review 48c, item 3); a yen-only
    line only when read as 「不明」: a purchase (「AMAZON DOWNLOADS」) may cost anything."""
    if usd is None and (found.known_price or found.service != "unknown"):
        return found
    return _changed(
        found,
        known_price=False,
        service=US_ACCOUNT,
        label=_ui(key),
        facts=(book.us_prime,),
        same_price_as=None,
        detail=said.format(usd="" if usd is None else written_number(usd)),
        total_label=_ui("us_account_total"),
        outside_range=False,
        price_changed=False,
        us_dollars=True,
        us_fee=fee,
    )


_NAMED = {"EUR": "currency_eur", "GBP": "currency_gbp"}  # review 51c, S 24


def _money(amount: object, currency: str | None) -> Text:
    """「9.99ユーロ（EUR）」 for a currency named in the data, 「9.99 CHF」 (as the file gives it)
    for another."""
    key = _NAMED.get(currency or "")
    if key is None:
        return _ui("foreign_money").format(amount=amount, currency=currency)
    name = _ui(key)
    named = _ui("foreign_money_named")
    return Text(
        named.ja.format(amount=amount, name=name.ja, currency=currency),
        named.en.format(amount=amount, name=name.en, currency=currency),
    )


FOREIGN = "foreign_currency"  # a row billed in a currency other than dollars (review 46c, item 4)


def _foreign(line: StatementLine, found: Classification) -> Classification:
    """A row the card gives in a foreign currency other than US dollars (「現地通貨額 8.99 GBP」):
    what the file says, never a yen fee's reading (primehelp knows no such fee: FACTS gives US
    dollars only)."""
    from primehelp.statement import Classification

    said = _ui("foreign_currency_said")
    money = _money(line.foreign_amount, line.foreign_currency)
    return Classification(
        FOREIGN,
        _ui("foreign_currency_label"),
        False,
        detail=Text(said.ja.format(money=money.ja), said.en.format(money=money.en)),
        text_known=found.text_known,
        borrowed=found.borrowed,
        lookalike=found.lookalike,
    )
