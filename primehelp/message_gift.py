"""A request to hand over gift cards, in one sentence of a message: their number or code (or a
photo of them), or to pay with gift cards or buy them (review 26a, item 1: 「Amazonギフトカードで
支払ってください」 and 「至急、Apple Gift Cardを購入してください」 got the "no red flags" verdict).

FACTS §11: a request for a gift-card number is a sign of fraud; §7: never tell anyone one.
Amazon's own gift-card mails sell cards, say they can pay for orders (「お支払いいただけます」)
and carry the number to register: none asks for the number back, to pay with a card or to buy
one. The words are ``vocabulary.gift_card*`` and the others in ``data/message_gift.toml``.

Prepaid cards not called ギフトカード (iTunes, Google Play, WebMoney, 電子マネー…; review 36a,
item 4) count when one is bought and its number or code is sent to someone: a request to pay
with them is not looked for, since Amazon's own 「電子マネー払い」 notice asks for just that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_words import Words

if TYPE_CHECKING:
    from primehelp.message import Vocabulary


# After a gift card's name (NFKC, folded, no spaces): 「…ギフトカードで（お）支払」, 「…ギフト券での
# お支払い」, 「…アマギフで払って」, with at most a few characters between (「5万円分」).
# "pay … with/in/using … gift card(s)" in one sentence (spaced, folded). Compiled at their first
# use, for a message that names a gift card (start-up: review 27a, 6).
@cache
def _pay() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        # an amount between: 「ギフトカードで600円をお支払いください」 (review 42a, item 12),
        # or what is paid, in the same clause: 「ギフトカードで料金を」「ギフト券で未納分を」
        # 「ギフトカードを使って会費を」 (review 52a, item 10); no verb of buying between; an amount
        # keeps its particle (「5,900円分を」: its comma is no clause break); an amount in 万/千
        # needs none (「5万円分お支払いください」「1万5千円」: review 62m, item 1)
        re.compile(
            r".{0,8}?(?:での?|にて|による|を(?:使っ|使い|使用し|利用し|用い)て?)[、,]?"
            r"(?:\d[\d,.]*(?:万(?:\d[\d,]*千?)?|千)?円分?[をはも]?"
            r"|(?:(?!購入|買|した|する)[^、。,.!?]){0,12}?[をはも])?"
            r"(?:今すぐ|すぐに|至急|直ちに|ただちに)?お?(?:支払|払|決済|納付|精算)"
        ),
        re.compile(
            r"\b(?:pay|paid|payment)\b[^.]{0,40}?\b(?:with|in|using|via|by)\b[^.]{0,25}?"
            r"\bgift ?cards?\b"
        ),
        # the other order, 「お支払いは（Amazon）ギフトカードで」 (review 38a, item 4): the text
        # before the card's name, read backwards
        re.compile(r"^.{0,12}?(?:はに|は|を|も)い?(?:払支|済決|算精|付納)"),
    )


# Right after a gift card's name: a payment by it only, which is the demand however politely
# said (「お支払いはギフト券のみとなります」「ギフト券でのお支払いのみ受け付けております」: review
# 43a, item 6). NFKC, folded, no spaces; a payment word must be in the sentence too.
@cache
def _only() -> re.Pattern[str]:
    return re.compile(
        r"(?:での?(?:お?(?:支払い?|決済|納付|精算))?)?のみ"
        r"(?:と(?:なり|なっ|させ)|を?(?:受け付け|受付|お受け|承)|でお願い|でのお支払い)"
    )


# 「コンビニで購入した番号を返信してください」: the number of what was bought, in a message that
# names a gift or prepaid card elsewhere (review 36a, item 4; 「購入後、カード裏面のコードを撮影して
# 送って」 after 「Appleギフトカードが必要です」: review 37a, item 10). NFKC, folded, no spaces.
@cache
def _bought() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?:購入し|買っ)た|購入後|購入の後).{0,12}?(?:番号|コード)"
        r"|(?:bought|purchased|after(?:buying|purchasing)).{0,30}?(?:code|number)"
    )


# A prepaid card's name said as a card (「iTunesカード」, 「電子マネー」), not a brand alone
# (「Apple IDの番号」): review 39a, item 1.
_CARD = (
    "カード",
    "card",
    "券",
    "マネー",
    "money",
    "プリペイド",
    "prepaid",
    "bitcash",
    "ビットキャッシュ",
)
_PAID = LazyPattern(r"支払|払っ|払い|払う|決済|納付|pay")

NUMBER = "gift_card"  # its number, code or a photo of it (flag.asks_gift_card)
# A bare 「番号」「コード」 opening the sentence after one that asks for a gift card (「Amazonギフト
# カードで5万円分お支払いください。番号を返信してください」): that card's number (review 63m, S 15).
# NFKC, folded, no spaces.
_BARE_NUMBER = LazyPattern(
    r"(?:至急|すぐに|今すぐ|ただちに|直ちに)?[、,]?(?:その|この|購入した|買った)?(?:番号|コード)"
    r"(?:を|は|も|だけ|のみ)"
)


def bare_number(compact: str) -> bool:
    """Whether a sentence (``compact``) opens with a bare 「番号を」「コードは」: after a gift-card
    request, that card's number (:data:`_BARE_NUMBER`)."""
    return bool(_BARE_NUMBER.match(compact))


PAYMENT = "gift_card_payment"  # to pay with gift cards or buy them (flag.asks_gift_card_payment)


def _none(_: tuple[str, ...]) -> Words:
    return Words((), ())


class GiftCardWords:
    """The gift-card words a message holds (:meth:`Words.present`), for its sentences."""

    __slots__ = (
        "any",
        "buy",
        "code",
        "generic",
        "hand",
        "number",
        "pay_request",
        "prepaid",
        "purchase",
        "register",
        "request",
        "send",
    )

    def __init__(self, words: Callable[[tuple[str, ...]], Words], v: Vocabulary) -> None:
        self.number, self.any = words(v.gift_card), words(v.gift_card_any)
        self.prepaid = words(v.prepaid_card)
        if not self.named():  # most messages: the other lists are not looked for
            words = _none
        self.request, self.purchase = words(v.request), words(v.purchase)
        self.code, self.buy = words(v.code_words), words(v.gift_card_buy)
        self.pay_request = words(v.gift_card_pay_request)
        self.send, self.generic = words(v.prepaid_send), words(v.gift_card_generic)
        self.register = words(v.gift_card_register)
        entering = set(v.gift_card_enter)
        self.hand = words(tuple(w for w in v.request if w not in entering))  # all but 入力

    def registers(self, spaced: str, compact: str) -> bool:
        """Whether the sentence asks only to enter the number to register the card (review 37a,
        item 7): 「アカウントに登録するには…から番号を入力してください」; whether its link is
        Amazon's is for the caller to say."""
        masked = self.number.masked(spaced, compact)
        return bool(self.register.found_in(*masked)) and not self.hand.found_in(*masked)

    def named(self) -> bool:
        """Whether the message names a gift card or a prepaid card at all (most do not)."""
        return any(found.ascii or found.other for found in (self.number, self.any, self.prepaid))

    def asked(self, spaced: str, compact: str) -> str:
        """:data:`NUMBER`, :data:`PAYMENT` or "" for one sentence (folded: ``spaced`` with
        single spaces, ``compact`` with none)."""
        number = self.number.found_in(spaced, compact)
        if number and self.request.found_in(*self.number.masked(spaced, compact)):
            return NUMBER
        if self._hands_over(spaced, compact):  # review 39a, item 1
            return NUMBER
        if self.send.found_in(spaced, compact) and (  # a prepaid card bought, its number sent
            (
                self.prepaid.found_in(spaced, compact)
                and self.purchase.found_in(spaced, compact)
                and self.code.found_in(spaced, compact)
            )
            or _bought().search(compact)
        ):
            return NUMBER
        if not (number or self.any.found_in(spaced, compact)):
            return ""
        if (  # 「ギフトカードを購入して番号を送って」, 「…購入し、カードの写真を撮って送信して」
            self.purchase.found_in(spaced, compact)
            and self.code.found_in(spaced, compact)
            and self.request.found_in(spaced, compact)
        ):
            return NUMBER
        if self.buy.found_in(spaced, compact) or (
            self._pays_with(spaced, compact) and self.pay_request.found_in(spaced, compact)
        ):
            return PAYMENT
        if self._pays_by_buying(spaced, compact):  # review 39a, item 1
            return PAYMENT
        if self._pays_only(compact):  # review 43a, item 6
            return PAYMENT
        return ""

    def _hands_over(self, spaced: str, compact: str) -> bool:
        """A gift or prepaid card's number, code or photo to be sent, in any order and in any
        words (「ギフト券の裏面の番号を送って」, 「ギフトカードの写真を送って」, 「iTunesカード5万円分の
        番号を送って」, "send a photo of the back of the gift card": review 39a, item 1)."""
        card = self.any.found_in(spaced, compact) or (
            self.prepaid.found_in(spaced, compact) and any(w in compact for w in _CARD)
        )
        return bool(
            card and self.code.found_in(spaced, compact) and self.send.found_in(spaced, compact)
        )

    def _pays_by_buying(self, spaced: str, compact: str) -> bool:
        """「お支払いはコンビニでAmazonギフトカードを購入して行ってください」: a payment made by
        buying a gift card, asked for (review 39a, item 1)."""
        return bool(
            (self.number.found_in(spaced, compact) or self.any.found_in(spaced, compact))
            and self.purchase.found_in(spaced, compact)
            and _PAID.search(compact)
            and self.pay_request.found_in(spaced, compact)
        )

    def _pays_only(self, compact: str) -> bool:
        """「お支払いはギフト券のみとなります」: a gift card named as the only way to pay."""
        if "のみ" not in compact or not _PAID.search(compact):
            return False
        for word in (*self.any.other, *(w.replace(" ", "") for w in self.any.ascii)):
            at = compact.find(word)
            while at >= 0:
                if _only().match(compact, at + len(word)):
                    return True
                at = compact.find(word, at + 1)
        return False

    def _pays_with(self, spaced: str, compact: str) -> bool:
        if _pay()[1].search(spaced):
            return True
        for word in (*self.any.other, *(w.replace(" ", "") for w in self.any.ascii)):
            at = compact.find(word)
            while at >= 0:
                if _pay()[0].match(compact, at + len(word)):
                    return True
                after = compact[at + len(word) : at + len(word) + 1]
                if after == "で" and _pay()[2].match(compact[max(0, at - 16) : at][::-1]):
                    return True
                at = compact.find(word, at + 1)
        return False
