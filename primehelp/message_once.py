"""One finding, one sign (review 27a, item 6): a look-alike sender counted three times (its name,
its domain, the same name in the words), a punycode name three times (as punycode, for its
look-alike letters, as a look-alike domain), each sign ending 「Amazonのドメインではありません」.

- A look-alike sender's sign (its name imitates Amazon's, its address is not at Amazon's
  domains) is the sign of the From address: no look-alike-domain sign of that address besides it, and
  no look-alike-name sign for the same name in the subject or the words.
- A punycode name is one sign: its look-alike letters are said in it (the heading names both),
  and it says the name is not Amazon's domain, so no look-alike-domain sign of it besides.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag, claims_brand, evidence, grouped
from primehelp.message_spelling import digits_named

if TYPE_CHECKING:
    from primehelp.message_read import Headers

# 「Amazonに似せた差出人名」 says the address is not Amazon's either. 「差出人の名前はAmazonですが」
# (display_name_mismatch) keeps a look-alike address's sign: that the address imitates Amazon's
# (order@amaz0n.co.jp) is a finding of its own.
_SENDER = (FlagKind.DISPLAY_NAME_LOOKALIKE,)


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def _the_senders(found: RedFlag, headers: Headers) -> bool:
    """Whether ``found`` says again what the sender's sign says."""
    if found.kind is FlagKind.LOOKALIKE_DOMAIN:
        return found.evidence == evidence(headers.from_address)
    if found.kind is FlagKind.NAME_LOOKALIKE:
        return _spaced(found.evidence) in _spaced(headers.from_name)
    return False


def _joined(first: RedFlag, more: RedFlag) -> RedFlag:
    reason = Text(f"{first.reason.ja}{more.reason.ja}", f"{first.reason.en} {more.reason.en}")
    sources = tuple(dict.fromkeys((*first.sources, *more.sources)))
    return first._replace(reason=reason, sources=sources, also=(*first.also, more.kind))


# Said by the punycode sign of the same domain: 「国際化ドメイン名…Amazonのドメインではありません」.
_IN_PUNYCODE = (
    FlagKind.CONFUSABLE_CHARACTERS,
    FlagKind.LOOKALIKE_DOMAIN,
    FlagKind.FOREIGN_LINK,
)


def _letters_in_domain(signs: tuple[RedFlag, ...]) -> tuple[RedFlag, ...]:
    """A name with look-alike letters that imitates Amazon's (「аmazon.co.jp」, Cyrillic 「а」)
    is one sign, as its punycode form is (review 34a, item 4): its letters named, then that it is
    not Amazon's domain, without the examples of look-alike names (none has such a letter)."""
    punycode = {one.domain for one in signs if one.kind is FlagKind.PUNYCODE}  # one sign already
    lookalike = {
        one.domain: one
        for one in signs
        if one.kind is FlagKind.LOOKALIKE_DOMAIN and one.domain and one.domain not in punycode
    }
    joined = {
        one.domain
        for one in signs
        if one.kind is FlagKind.CONFUSABLE_CHARACTERS and one.domain in lookalike
    }
    if not joined:
        return signs
    not_amazon = ui("flag.not_amazon_domain", "ui_message")
    kept = []
    for one in signs:
        if one.domain in joined and one.kind is FlagKind.LOOKALIKE_DOMAIN:
            continue
        if one.domain in joined:
            more = lookalike[one.domain]
            one = _joined(one, more._replace(reason=not_amazon))
        kept.append(one)
    return tuple(kept)


def _sender_joined(found: list[RedFlag], headers: Headers) -> list[RedFlag]:
    """A From address named Amazon whose domain imitates Amazon's: one sign, 「差出人の名前は
    Amazonですが、…」 then that its domain imitates Amazon's (review 36a, item 13: the same
    address counted twice)."""
    address = evidence(headers.from_address) if headers.from_address else ""
    kinds = [one.kind for one in found]
    if not address or FlagKind.DISPLAY_NAME_MISMATCH not in kinds:
        return found
    lookalike = [
        one for one in found if one.kind is FlagKind.LOOKALIKE_DOMAIN and one.evidence == address
    ]
    if not lookalike:
        return found
    reason = ui("flag.sender_domain_lookalike", "ui_message")  # the domain is on the line above
    brands = document("message_words").node("vocabulary").strings("brand")
    reason = digits_named(reason, lookalike[0].domain, brands)  # its 「0」 (review 59m, item 7)
    return [
        _joined(one, lookalike[0]._replace(reason=reason))
        if one.kind is FlagKind.DISPLAY_NAME_MISMATCH
        else one
        for one in found
        if one not in lookalike
    ]


def once(flags: Iterable[RedFlag], headers: Headers) -> tuple[RedFlag, ...]:
    """The flags grouped (:func:`primehelp.message_check.grouped`), each finding once, a
    payment-failure sign naming the suspension sign by its number (review 63m, item 6)."""
    from primehelp.message_notice import threat_numbered

    return threat_numbered(_once(flags, headers))


def _spaced_joined(found: list[RedFlag], headers: Headers) -> list[RedFlag]:
    """A look-alike sender name (「A m a z o n」) at an address whose domain imitates Amazon's
    too (amaz0n-jp.cn): its sign says so, 「メールアドレスのドメイン（amaz0n-jp.cn）も、Amazonに
    似せた名前です。5文字目の「0」は…」, not only that the domain is not Amazon's (review 64m,
    item 3: the look-alike domain's sign, dropped beside it, was never said)."""
    address = evidence(headers.from_address) if headers.from_address else ""
    lookalike = [
        one for one in found if one.kind is FlagKind.LOOKALIKE_DOMAIN and one.evidence == address
    ]
    brands = document("message_words").node("vocabulary").strings("brand")
    if not lookalike or not claims_brand(lookalike[0].domain, brands):
        return found
    outside = document("message").node("lookalike_name_outside").text()
    said = ui("flag.sender_domain_lookalike_too", "ui_message_read")
    domain = lookalike[0].domain
    more = digits_named(
        Text(said.ja.format(domain=domain), said.en.format(domain=domain)), domain, brands
    )

    def joined(one: RedFlag) -> RedFlag:
        ja, en = one.reason.ja.removesuffix(outside.ja), one.reason.en.removesuffix(outside.en)
        if one.kind is not FlagKind.DISPLAY_NAME_LOOKALIKE or ja == one.reason.ja:
            return one
        if not one.evidence.endswith(f"<{address}>"):
            return one
        return one._replace(reason=Text(ja + more.ja, f"{en.rstrip()} {more.en}"))

    return [joined(one) for one in found]


def _once(flags: Iterable[RedFlag], headers: Headers) -> tuple[RedFlag, ...]:
    found = _spaced_joined(list(flags), headers)
    if any(one.kind in _SENDER for one in found):
        found = [one for one in found if not _the_senders(one, headers)]
    found = _sender_joined(found, headers)
    signs = _letters_in_domain(grouped(found))
    punycode = {one.domain for one in signs if one.kind is FlagKind.PUNYCODE and one.domain}
    if not punycode:
        return signs
    letters = {
        one.domain: one
        for one in signs
        if one.kind is FlagKind.CONFUSABLE_CHARACTERS and one.domain in punycode
    }
    kept = []
    for one in signs:
        if one.domain in punycode:
            if one.kind in _IN_PUNYCODE:  # one sign per link (review 32a, S 10)
                continue
            if one.kind is FlagKind.PUNYCODE and one.domain in letters:
                one = _joined(one, letters[one.domain])
        kept.append(one)
    return tuple(kept)
