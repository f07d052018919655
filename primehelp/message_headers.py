"""The red flags of a mail's headers: From, Reply-To, Return-Path and Authentication-Results,
and the look-alike flags of an e-mail address (moved out of :mod:`primehelp.message_check`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.invisible import without_invisible
from primehelp.lazy_pattern import LazyPattern
from primehelp.message_check import (
    FlagKind,
    RedFlag,
    claims_brand,
    flag,
    host_flags,
    without_hosting,
)
from primehelp.message_links import look_at, looks_confusable
from primehelp.message_names import imitated
from primehelp.message_spelling import digits_named, start_said

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.message import MessageContent
    from primehelp.message_auth import AuthResult
    from primehelp.message_read import Headers

_FAILED = frozenset(("fail", "softfail", "permerror"))


CHECK_ORDER = ("SPF", "DKIM", "DMARC")  # one order and case on every screen (as in the limits)


def address_domain(address: str) -> str:
    """The domain of an e-mail address (``<a@Amazon.co.jp>`` → ``amazon.co.jp``), or ""."""
    return address.rsplit("@", 1)[-1].strip("<>. ").lower() if "@" in address else ""


def address_flags(address: str, content: MessageContent) -> Iterator[RedFlag]:
    """Look-alike flags for an e-mail address's domain."""
    domain = address_domain(address)
    if domain:
        yield from host_flags(
            look_at(domain, content.amazon_domains), address, content, linked=False
        )


def _is_amazon_address(address: str, content: MessageContent) -> bool:
    """Whether an address is at one of Amazon's domains: never one with two 「@」
    (「x@evil.top@amazon.co.jp」 is no address Amazon lists; review 48a, item 3)."""
    domain = address_domain(address) if address.count("@") == 1 else ""
    return bool(domain) and look_at(domain, content.amazon_domains).is_amazon


def _registrable(address: str, content: MessageContent) -> str:
    domain = address_domain(address) if address.count("@") == 1 else ""
    return look_at(domain, content.amazon_domains).registrable_domain if domain else ""


def _in_amazons_name(subject: str, said: str, content: MessageContent) -> bool:
    """Whether a message (its subject and words) names Amazon, Prime or a brand word."""
    from primehelp.message_clauses import present_in
    from primehelp.message_words import in_amazons_name

    whole = present_in(subject, said)
    return in_amazons_name(whole, whole.replace(" ", ""), content.vocabulary.brand)


def _says_brand_plainly(name: str, brands: Sequence[str]) -> bool:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return any(re.search(rf"(?<![a-z]){re.escape(brand)}(?![a-z])", folded) for brand in brands)


def _with(found: RedFlag, more: Fact) -> RedFlag:
    """``found`` with a sentence more in its reason, and that sentence's sources."""
    reason = Text(found.reason.ja + more.text.ja, f"{found.reason.en} {more.text.en}")
    return found._replace(
        reason=reason, sources=tuple(dict.fromkeys((*found.sources, *more.sources)))
    )


def _imitating(found: RedFlag, address: str, content: MessageContent) -> RedFlag:
    """A Reply-To or Return-Path sign whose domain imitates Amazon's name (「amaz0n-help.com」)
    says so, as a link's or a From's sign would (review 38a, S 23; 59m, item 7), or that its
    name starts as Amazon's does, 「名前は amazon.co.jp で始まりますが、…」, when only the start
    imitates (59m, item 6); amazon.de and the like are no look-alike."""
    from primehelp.message_sites import other_country_site

    host = look_at(address_domain(address), content.amazon_domains)
    brands = content.vocabulary.brand
    named = without_hosting(host.host_decoded, content.vocabulary.hosting)  # amazonaws.com
    if other_country_site(host) or not claims_brand(named, brands):
        return found
    said = ui("flag.sender_domain_lookalike", "ui_message")
    start = named[: -len(found.domain) - 1] if named.endswith("." + found.domain) else ""
    if start and not claims_brand(found.domain, brands):  # the start imitates, not the domain
        said = start_said(start, found.domain)  # (review 59m, item 6; 61m, item 6)
    reason = digits_named(
        Text(found.reason.ja + said.ja, f"{found.reason.en} {said.en}"),
        found.domain,
        brands,
        content,
    )
    return found._replace(reason=reason)


def _naming_address(found: RedFlag, name: str, address: str, content: MessageContent) -> RedFlag:
    """A 「差出人名とアドレスの不一致」 whose name holds an Amazon address names both addresses:
    the one written in the name, and the one the mail is really from (review 43a, item 3)."""
    written = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", unicodedata.normalize("NFKC", name))
    named = next((one for one in written if _is_amazon_address(one, content)), "")
    if not named:
        return found
    said = ui("flag.name_holds_address", "ui_message")
    reason = Text(
        said.ja.format(named=named, address=address), said.en.format(named=named, address=address)
    )
    return found._replace(reason=reason)


def _sender_flags(name: str, address: str, content: MessageContent) -> Iterator[RedFlag]:
    """The signs of one From mailbox: its name and its address."""
    brands = content.vocabulary.brand
    sender = f"{name} <{address}>" if name else address
    if name and (claims_brand(name, brands) or imitated(name, content.vocabulary)):
        domain, outside = _registrable(address, content), not _is_amazon_address(address, content)
        if not _says_brand_plainly(name, brands) or looks_confusable(name):
            # One sign: the name is not 「Amazon」, so not 「名前はAmazonですが」 (review 26a, 5).
            found = flag(FlagKind.DISPLAY_NAME_LOOKALIKE, sender, content, domain)
            yield _with(found, content.lookalike_name_outside) if outside else found
        elif outside:
            found = flag(FlagKind.DISPLAY_NAME_MISMATCH, sender, content, domain)
            yield _naming_address(found, name, address, content)
    yield from address_flags(address, content)


def header_flags(
    headers: Headers, auth: Sequence[AuthResult], content: MessageContent, said: str = ""
) -> Iterator[RedFlag]:
    """Flags from From, Reply-To, Return-Path and Authentication-Results (``said``: the
    message's words, without the subject)."""
    # Every From is checked: a second one that fails is the sign it would be alone (46a, 2)
    senders = ((headers.from_name, headers.from_address), *headers.more_senders)
    shown = "\n".join(name for name, _ in senders)  # 「"Amazon" <…amazon.co.jp>, <x@evil.top>」
    named = _in_amazons_name(headers.subject, f"{said}\n{shown}", content)
    for name, address in senders:
        signs = list(_sender_flags(without_invisible(name), address, content))
        outside = address_domain(address) and not _is_amazon_address(address, content)
        if not signs and outside and named:  # a plain sender outside Amazon (47a, item 9)
            domain = _registrable(address, content)
            sender = f"{name} <{address}>" if name else address
            signs.append(flag(FlagKind.SENDER_OUTSIDE, sender, content, domain))
        yield from signs
    for reply_to in headers.reply_to:
        if not _is_amazon_address(reply_to, content):
            domain = _registrable(reply_to, content)
            found = flag(FlagKind.REPLY_TO_OUTSIDE, reply_to, content, domain)
            yield _imitating(found, reply_to, content)
    path = headers.return_path
    if address_domain(path) and not _is_amazon_address(path, content):
        found = flag(FlagKind.RETURN_PATH_OUTSIDE, path, content, _registrable(path, content))
        found = _imitating(found, path, content)  # as Reply-To's (review 59m, item 7)
        if envelope_agrees(headers):  # in the reason, not the evidence (review 61m, item 10)
            agrees = ui("flag.envelope_agrees", "ui_message_read")
            found = found._replace(
                reason=Text(found.reason.ja + agrees.ja, f"{found.reason.en} {agrees.en}")
            )
        yield found
    yield from _envelope_flags(headers, content)
    failed = [result for result in auth if result.result in _FAILED]
    if failed:  # one flag naming each failed check: they are one server's verdict on one mail
        found = flag(FlagKind.AUTHENTICATION_FAILED, ", ".join(map(str, failed)), content)
        names = sorted({result.method.upper() for result in failed}, key=CHECK_ORDER.index)
        ja, en = "送信元の認証", "sender checks"  # the words of the reason the names follow
        reason = Text(
            found.reason.ja.replace(ja, f"{ja}（{'・'.join(names)}）", 1),
            found.reason.en.replace(en, f"{en} ({', '.join(names)})", 1),
        )
        yield found._replace(reason=reason)


# The envelope sender a receiving server wrote into Authentication-Results (「spf=pass …
# smtp.mailfrom=bounce@mail-evil.top」): the address a Return-Path header holds. Outside Amazon's
# domains it is the Return-Path's sign (FACTS §11: a From line proves nothing; a sending domain
# outside Amazon's listed ones is the sign), whatever SPF said of it (review 44a, item 9). Not
# DKIM's header.d/header.i: Amazon's own mails may carry a signature of a sending service too.
_MAILFROM = LazyPattern(r"(?i)\bsmtp\.mailfrom\s*=\s*\"?([^\s;()\"]+)")


def envelope_senders(headers: Headers) -> list[str]:
    """Each envelope sender (smtp.mailfrom) a receiving server wrote, once each by registrable
    domain, that no Return-Path header already names: 「smtp.mailfrom=evil-sender.cn」 is the
    sender of Return-Path bounce@mail.evil-sender.cn, not a second one (review 56a, item 4)."""
    seen, found = {_site(headers.return_path)} - {""}, []
    for value in _mailfrom(headers):
        if (site := _site(value)) and site not in seen:
            seen.add(site)
            found.append(value)
    return found


def envelope_agrees(headers: Headers) -> bool:
    """Whether a receiving server wrote an envelope sender on the Return-Path's domain."""
    path = _site(headers.return_path)
    return bool(path) and any(_site(value) == path for value in _mailfrom(headers))


def _mailfrom(headers: Headers) -> Iterator[str]:
    for header in headers.authentication_results:
        yield from _MAILFROM.findall(header)


def _site(value: str) -> str:
    """The registrable domain of an address or a bare domain (its domain if it has none)."""
    from primehelp.message_links import registrable_domain

    domain = address_domain(value if "@" in value else f"@{value}")
    return (registrable_domain(domain) or domain) if domain else ""


def _envelope_flags(headers: Headers, content: MessageContent) -> Iterator[RedFlag]:
    """The Return-Path's sign for each envelope sender outside Amazon that no Return-Path
    header already names."""
    for value in envelope_senders(headers):
        sent = value if "@" in value else f"@{value}"
        if not _is_amazon_address(sent, content):
            found = flag(FlagKind.RETURN_PATH_OUTSIDE, f"smtp.mailfrom={value}", content)
            key = "flag.envelope_sender" + ("" if "@" in value else "_domain")  # 52a, 7
            said = ui(key, "ui_message")
            reason = Text(found.reason.ja + said.ja, f"{found.reason.en} {said.en}")
            yield found._replace(domain=_registrable(sent, content), reason=reason)
