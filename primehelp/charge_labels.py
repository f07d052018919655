"""The name a statement row is given from its charge's reading (moved out of
:mod:`primehelp.cli.charge`, whose classifier uses them): the likely candidate, an order or the
fee alike, a subscription or a digital purchase. Pure: a :class:`ChargeReading` in, a bilingual
:class:`Text` out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.charge_kinds import Category, Fit, Match
from primehelp.facts import ui
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.charges import Candidate, ChargeReading


def or_names() -> Text:
    """「または」 / " or ", between the names of a row's candidates."""
    return ui("or_names", "ui_statement_lines")


def joined(found: list[Candidate], between: Text) -> Text:
    """The names of ``found``, ``between`` each two."""
    return Text(
        between.ja.join(c.name.ja for c in found), between.en.join(c.name.en for c in found)
    )


def or_purchase(reading: ChargeReading) -> Text | None:
    """A subscription's fixed price under a text that usually stands for digital purchases too
    (「AMAZON DOWNLOADS」 980: a Kindle book costs that as well): 「Kindle Unlimited、または
    デジタルコンテンツの購入（Kindle本など）」, never the subscription alone, whose ※ of two in a
    month read as a certain double subscription (review 36c, item 6). None otherwise."""
    likely, *others = reading.candidates
    if likely.category is not Category.SUBSCRIPTION or likely.match is not Match.PRICE:
        return None
    if not any(c.kind == "digital_purchase" and c.fit is Fit.USUAL for c in others):
        return None
    said = ui("or_digital_purchase", "ui_charge")
    return Text(said.ja.format(names=likely.name.ja), said.en.format(names=likely.name.en))


def level_label(reading: ChargeReading) -> Text:
    """「Amazon.co.jpでの注文、またはAmazonプライム（月間プラン）の会費（表記に「プライム」とあるため）」."""
    order, *fees = [c for c in reading.candidates if c.kind in reading.level]
    said, names = ui("order_or_fee", "ui_statement_lines"), joined(fees, or_names())
    word = reading.level_word
    return Text(
        said.ja.format(order=order.name.ja, fees=names.ja, word=word),
        said.en.format(order=order.name.en, fees=names.en, word=word),
    )


def named_label(reading: ChargeReading) -> Text:
    """The likely candidate's name; a purchase ranked first by its text (AMZN DIGITAL, no fixed
    price: review 18a, item 1) with the services the text usually stands for whose range holds
    the amount: 「デジタルコンテンツの購入（…）またはPrime Videoチャンネル」."""
    likely, *others = reading.candidates
    if not reading.purchase_first:
        return likely.name
    ranged = [c for c in others if c.fit is Fit.USUAL and c.match is Match.PRICE_RANGE]
    if ranged and likely.kind == "digital_purchase":  # its short name (review 51c, item 20)
        likely = likely._replace(name=ui("digital_purchase", "ui_statement_lines"))
    said = joined([likely, *ranged], or_names())
    # 「… or a Prime Video channel」: one of the channels, its article said (review 45c, S 17)
    channel = next((c.name.en for c in ranged if c.kind == "prime_video_channel"), None)
    return said._replace(en=said.en.replace(f" {channel}", f" a {channel}")) if channel else said
