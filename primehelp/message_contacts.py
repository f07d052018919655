"""The e-mail addresses and phone numbers a message gives as contacts.

An address that names Amazon but is not at one of Amazon's domains (``amazon-support@gmail.com``)
is a red flag, as a link is; so is a free-mail address (``vocabulary.free_mail``) in a message
that names Amazon (review 27a, item 3: it was listed with no sign, under 「危険な兆候は見つかり
ませんでした」). An address whose domain itself imitates Amazon's has its look-alike sign
(:func:`primehelp.message_headers.address_flags`) and no second one here. A phone number gets
``check-number``'s verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.errors import BadInput
from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_headers import address_domain
from primehelp.message_links import look_at, skeleton

if TYPE_CHECKING:
    from primehelp.message import MessageContent
    from primehelp.number_check import NumberCheck


def _names_brand(text: str, brands: Iterable[str]) -> bool:
    folded = skeleton(text)
    return any(brand in folded for brand in brands)


# What a message writes before or after the address it was sent to, the member's own
# (「ご登録のメールアドレス taro@gmail.com 宛に」, a forward's 「To: <taro@gmail.com>」): words
# matched, not shown. Review 38a, item 11: that address was 「Amazonの連絡先のように書かれた」.
_RECIPIENT_WORDS = (
    *("宛先", "受信者", "受信アドレス", "ご登録のメールアドレス"),
    *("ご登録メールアドレス", "登録メールアドレス", "登録済みのメールアドレス"),
)
# "to" only as a header's name (「To: <…>」): 「send it to …」 names a contact
_RECIPIENT_BEFORE = (*_RECIPIENT_WORDS, *(w + c for w in (*_RECIPIENT_WORDS, "to") for c in ":："))
# 「… 宛に確認メールを送りました」: sent there already; 「… 宛にお送りください」 names a contact
_SENT = ("ました", "しております", "しています")
_ASKED = ("ください", "下さい", "お願い")
_AROUND = " \t<>＜＞()（）「」『』[]\"'は"


def _recipient(address: str, text: str) -> bool:
    """Whether ``text`` writes ``address`` only as where the message was sent (each time it
    is written, and it is written at least once)."""
    at, seen = text.find(address), False
    while at >= 0:
        before = text[max(0, at - 24) : at].rstrip(_AROUND).casefold()
        after = text[at + len(address) : at + len(address) + 30].lstrip(_AROUND).split("。")[0]
        sent = after.startswith(("宛", "様宛")) and any(w in after for w in _SENT)
        if not (
            before.endswith(_RECIPIENT_BEFORE) or (sent and not any(w in after for w in _ASKED))
        ):
            return False
        at, seen = text.find(address, at + 1), True
    return seen


def contact_flags(
    addresses: Iterable[str], text: str, content: MessageContent
) -> Iterator[RedFlag]:
    """An ``address_outside`` sign for each address not at Amazon's domains that names Amazon
    before its 「@」, or is a free-mail address while ``text`` (the message) names Amazon."""
    words = content.vocabulary
    names_amazon: bool | None = None  # looked at once, for the first free-mail address
    for address in addresses:
        domain = address_domain(address)
        if not domain:
            continue
        host = look_at(domain, content.amazon_domains)
        if host.is_amazon or _names_brand(host.host_decoded, words.brand):
            continue  # Amazon's, or a look-alike domain: its own sign
        if _recipient(address, text):
            continue  # the member's own address, as the message was sent to it
        local = address.rsplit("@", 1)[0]
        free = any(domain == d or domain.endswith("." + d) for d in words.free_mail)
        if not _names_brand(local, words.brand):
            if not free:
                continue
            if names_amazon is None:
                folded = text.casefold()
                names_amazon = any(brand in folded for brand in words.brand)
            if not names_amazon:
                continue
        yield flag(FlagKind.ADDRESS_OUTSIDE, address, content, host.registrable_domain)


def in_reading_order(
    links: Sequence[tuple[str | None, str]], candidates: Sequence[str], text: str
) -> list[str]:
    """The numbers of the ``tel:``/``sms:`` ``links`` (shown text, target) and the
    ``candidates`` written in ``text``, in the order the message gives them (review 50a, item
    10: a link's number came first wherever the link was): a link's where its text is, or its
    number; one found nowhere last."""
    found: list[tuple[int, str]] = []
    for shown, target in links:
        if target.lower().startswith(("tel:", "sms:")):
            number = target.split(":", 1)[1].split("?")[0]
            at = text.find(shown.strip()) if shown and shown.strip() else -1
            found.append((at if at >= 0 else _at(text, number), number))
    start = 0  # a number written twice: each time where it is
    for candidate in candidates:
        at = text.find(candidate, start)
        at = at if at >= 0 else _at(text, candidate)
        start = at + len(candidate) if at < len(text) else start
        found.append((at, candidate))
    return [number for _, number in sorted(found, key=lambda one: one[0])]


def _at(text: str, number: str) -> int:
    at = text.find(number)
    return at if at >= 0 else len(text)


def phone_numbers(candidates: list[str], content: MessageContent) -> tuple[NumberCheck, ...]:
    """Each number among ``candidates`` once, with ``check-number``'s verdict on it."""
    if not candidates:
        return ()  # most messages: check-number's classes are not loaded (start-up)
    from primehelp.number_check import NumberCheck, classify
    from primehelp.phone import normalize, north_american

    found: dict[str, NumberCheck] = {}
    for candidate in candidates:
        for piece in (candidate, "".join(candidate.split()), *candidate.split()):  # 40a, 4
            if len(piece) == 11 and piece.isascii() and piece.isdigit() and piece[0] == "1":
                continue  # 「お支払い番号：12345678901」: read as +1 by check-number only (62a, B 3)
            try:
                typed = north_american(piece.replace("\u30fb", "-"))  # 「・」: review 39a, 3
                normalized = normalize(typed)
            except BadInput:
                continue
            if len(normalized.lstrip("+")) > 3 and normalized not in found:
                found[normalized] = NumberCheck.of(
                    piece,
                    normalized,
                    classify(normalized, content.defunct_numbers),
                    normalized in content.circulating_numbers,
                    None,  # public-service numbers are 3 digits: not collected here
                )
            break
    return tuple(found.values())


# The signs an address given in the words can have: as Amazon's outside its domains, or a domain
# that imitates Amazon's (in letters, or in look-alike letters).
_ADDRESS_SIGNS = (
    FlagKind.ADDRESS_OUTSIDE,
    FlagKind.LOOKALIKE_DOMAIN,
    FlagKind.CONFUSABLE_CHARACTERS,
    FlagKind.PUNYCODE,
)


def written_to(flags: Iterable[RedFlag], headers: Iterable[str]) -> bool:
    """Whether a sign is about an address of the message's words (not a header's: a reply is
    said already), so that the headline says not to write to it (review 38a, S 35: it was
    dropped beside a link or a number, and an address with a look-alike domain never had it)."""
    own = {address.casefold() for address in headers}
    return any(
        "@" in found and "://" not in found and found.casefold() not in own
        for one in flags
        if one.kind in _ADDRESS_SIGNS
        for found in (one.evidence, *one.more_evidence)
    )


def phone_flags(numbers: Sequence[NumberCheck], content: MessageContent) -> list[RedFlag]:
    """The sign for each number of a message, in its order, each titled 「電話番号への誘導」:
    a number Amazon once published too, its verdict line saying so (「→ 以前Amazonが公開して
    いた番号ですが、…」; review 62m, S 15: its own title read almost as a confirmation)."""
    return [flag(FlagKind.PHONE_NUMBER, number.input, content) for number in numbers]
