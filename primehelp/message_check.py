"""The red flags of a message that claims to be from Amazon, each with its evidence.

Pure functions over what :mod:`primehelp.message_read` and :mod:`primehelp.message_links` found;
the words and reasons come from ``data/message.toml`` (:mod:`primehelp.content.message`). The
signs in the message's sentences are :mod:`primehelp.message_sentences`'.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_links import (
    Host,
    find_bare_domains,
    find_urls,
    host_of,
    look_at,
    looks_confusable,
    skeleton,
)
from primehelp.message_spelling import digits_named, letters_named, rn_named
from primehelp.message_words import resembling

if TYPE_CHECKING:
    from primehelp.message import Link, MessageContent

EVIDENCE_LIMIT = 160
# A sentence is joined over the lines a mail wrapped it on up to this many characters: a mail
# wraps a sentence over a few lines, never over thousands. Without a cap, thousands of link lines
# each joined to all the lines before them took time and memory quadratic in their number
# (review 55a, B 2: 30,000 links, 1.1 MB, over 10 minutes and 9.3 GB).
WRAPPED_SENTENCE_AT_MOST = 1_000
EVIDENCE_SHOWN = 5  # pieces of evidence kept for one flag found many times
# 「。」, a line end, "!" or "?" (also 「！？」 after NFKC) unless a URL's query goes on, ". ".
SENTENCE_END = re.compile(r"[。\n]+|[!?]+(?![A-Za-z0-9=&%_./\-])|(?<=\.)\s+")


class FlagKind(StrEnum):
    """Why a message looks like a fake (each has a reason and sources in message.toml)."""

    FOREIGN_LINK = "foreign_link"
    LOOKALIKE_DOMAIN = "lookalike_domain"
    IP_ADDRESS = "ip_address"
    HOSTING_SERVICE = "hosting_service"
    SHORTENER = "shortener"
    LINK_TEXT_MISMATCH = "link_text_mismatch"
    NON_WEB_LINK = "non_web_link"  # data:, javascript:… (review 45a, item 6)
    PUNYCODE = "punycode"
    UNREAD_DOMAIN = "unread_domain"  # 「…あまぞん.jp」 not read as a link (review 31a, item 2)
    CONFUSABLE_CHARACTERS = "confusable_characters"
    INVISIBLE_CHARACTERS = "invisible_characters"
    DISPLAY_NAME_MISMATCH = "display_name_mismatch"
    DISPLAY_NAME_LOOKALIKE = "display_name_lookalike"
    NAME_LOOKALIKE = "name_lookalike"  # in the message's words (primehelp.message_names)
    REPLY_TO_OUTSIDE = "reply_to_outside"
    RETURN_PATH_OUTSIDE = "return_path_outside"
    SENDER_OUTSIDE = "sender_outside"  # a From outside, in Amazon's name (review 47a, item 9)
    ADDRESS_OUTSIDE = "address_outside"  # an address as Amazon's (primehelp.message_contacts)
    AUTHENTICATION_FAILED = "authentication_failed"
    ASKS_FOR_DETAILS = "asks_for_details"
    THREATENS_SUSPENSION = "threatens_suspension"
    PAYMENT_PROBLEM = "payment_problem"
    SCAM_SUBJECT = "scam_subject"
    PHONE_NUMBER = "phone_number"
    ASKS_TO_CALL = "asks_to_call"  # 「至急…お電話ください」 (primehelp.message_calls; 40a, 4)
    REFUND_AT_ATM = "refund_at_atm"  # 「ATMで返金の手続き」 (primehelp.message_refund; 47a, 4)
    FORM_TARGET = "form_target"  # a form sends what is typed elsewhere (message_forms; 51a, 4)
    DISGUISED_ATTACHMENT = "disguised_attachment"  # 「….pdf.exe」 (message_attachments; 62m 5)
    PROGRAM_ATTACHMENT = "program_attachment"  # 「invoice.exe」 (message_attachments; 63m 4)


# Kinds asked besides a gift card's number; the last with a `request` verb only (「…情報を入力」).
DETAIL_KINDS = ("card", "password", "pin", "code")


class RedFlag(NamedTuple):
    """One red flag: what kind, what was found, why it matters and where that is stated.

    Found again on the same registrable domain (or, for flags about no domain, anywhere in
    the message), it stays one flag: ``count`` says how often, with different evidence each
    time, and ``more_evidence`` keeps a few of the others (:func:`grouped`). A named tuple
    (start-up: the frozen dataclass took 1.15 ms to create, this 0.36 ms).
    """

    kind: FlagKind
    evidence: str
    reason: Text
    sources: tuple[str, ...]
    domain: str = ""  # the registrable domain of the link or address it is about, if any
    count: int = 1  # type: ignore[assignment]  # shadows tuple.count, never called on a flag
    more_evidence: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()  # its heading's words (not in --json: not_in_json)
    also: tuple[FlagKind, ...] = ()  # kinds folded in (not in --json)
    # --json only (flag_detail): its heading, and the reason as the text view gives it (36a 15)
    title: Text | None = None
    detail: Text | None = None
    # --json only: the index in red_flags of the sign the text view shows it under, or None for
    # a sign of its own; 「見つかった兆候（N件）」 counts the Nones (review 41a, item 11)
    folded_into: int | None = None
    evidence_elsewhere: tuple[str, ...] = ()  # --json: its quotes an earlier sign prints (42a 17)
    number: int = 0  # --json: its number on the screen, or that of the one it is under (53a 3)
    # a quote that makes Amazon's own words a sign: (the quote, those words, the gloss's key), its
    # gloss after it (primehelp.message_follows; review 63m, item 12); not in --json
    glossed: tuple[tuple[str, str, str], ...] = ()

    def not_in_json(self) -> frozenset[str]:  # the screen's words, not data
        return frozenset({"asked", "also", "glossed"})


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one line: a run of full-width spaces stays one (「プライム　会員様へ」, quoted
    as received: review 34a, S 20), any other run of white space is one space."""
    return _SPACES.sub(lambda m: "\u3000" if set(m[0]) == {"\u3000"} else " ", text.strip())


def evidence(text: str) -> str:
    """Evidence as one short line."""
    line = one_line(text)
    return line if len(line) <= EVIDENCE_LIMIT else line[: EVIDENCE_LIMIT - 1] + "…"


# The kinds whose evidence is a sentence of the message (quoted in 「」 on the screen).
QUOTE_KINDS = frozenset(
    (
        FlagKind.ASKS_FOR_DETAILS,
        FlagKind.THREATENS_SUSPENSION,
        FlagKind.SCAM_SUBJECT,
        FlagKind.PAYMENT_PROBLEM,
        FlagKind.ASKS_TO_CALL,
        FlagKind.REFUND_AT_ATM,
    )
)
# A sentence's last ".", ":" or ";" (not of "..."), as 「。」 is not quoted (review 59m, item 11:
# 「…unusual activity.」, 「…within 24 hours:」 before the link it led into).
_END_MARK = re.compile(r"(?<![.:;])\s*[.:;]\s*$")


def without_end_mark(quote: str) -> str:
    """A quoted sentence without its end mark: 「…within 24 hours」."""
    return _END_MARK.sub("", quote)


def flag(kind: FlagKind, found: str, content: "MessageContent", domain: str = "") -> RedFlag:
    """A red flag of ``kind`` with its reason and sources from the content."""
    reason = content.flags[kind]
    said = without_end_mark(evidence(found)) if kind in QUOTE_KINDS else evidence(found)
    return RedFlag(kind, said, reason.text, reason.sources, domain)


_BY_REASON = (FlagKind.FOREIGN_LINK, FlagKind.DISGUISED_ATTACHMENT)


def grouped(flags: Iterable[RedFlag]) -> tuple[RedFlag, ...]:
    """One flag per kind and registrable domain, in the order first found: a message with 200
    links to one site has one flag for them, not 200. Each keeps its first evidence, how many
    different pieces of evidence there were, and at most :data:`EVIDENCE_SHOWN` in all."""
    groups: dict[tuple[FlagKind, str, object], tuple[RedFlag, dict[str, None]]] = {}
    glossed: dict[int, tuple[tuple[str, str, str], ...]] = {}  # each group's, all kept
    for found in flags:
        # a redirect's reason names where it goes: one sign for each place (review 46a, item 5);
        # a disguised file's what it is (a program, a page: review 63m, item 5)
        said = found.reason if found.kind in _BY_REASON else None
        first, evidence = groups.setdefault((found.kind, found.domain, said), (found, {}))
        evidence[found.evidence] = None
        glossed[id(first)] = (*glossed.get(id(first), ()), *found.glossed)
    result = []
    for first, evidence in groups.values():
        more = tuple(islice(evidence, 1, EVIDENCE_SHOWN))
        one = first._replace(count=len(evidence), more_evidence=more)
        result.append(one._replace(glossed=glossed[id(first)]))
    return tuple(result)


def _under(host: Host, domains: Iterable[str]) -> bool:
    return any(host.host == d or host.host.endswith("." + d) for d in domains)


def service_kind(domain: str, mail_delivery: Iterable[str]) -> str:
    """``mail_delivery`` or ``hosting``: what a service of ``vocabulary.hosting`` is."""
    return (
        "mail_delivery"
        if any(domain == d or domain.endswith("." + d) for d in mail_delivery)
        else "hosting"
    )


def without_hosting(name: str, hosting: Iterable[str]) -> str:
    """The host name without a hosting service's own domain (``amazonaws.com`` is no look-alike)."""
    for domain in hosting:
        if name == domain or name.endswith("." + domain):
            return name[: -len(domain)]
    return name


def claims_brand(name: str, brands: Sequence[str]) -> bool:
    """Whether ``name`` reads as one of ``brands`` once look-alike letters are undone."""
    folded = skeleton(name)
    return any(brand in folded for brand in brands)


def host_flags(
    host: Host, found: str, content: "MessageContent", *, linked: bool
) -> Iterator[RedFlag]:
    """Flags for one host: where a link goes (``linked``) and look-alike characters."""
    words, domain = content.vocabulary, host.registrable_domain
    if any(label.startswith("xn--") for label in host.host.split(".")):  # 36a, item 12
        decoded = host.host_decoded  # a name that does not decode: no 「→」 to itself (61m, 12)
        shown = host.host if decoded == host.host else f"{host.host} → {decoded}"
        yield flag(FlagKind.PUNYCODE, shown, content, domain)
    if looks_confusable(host.host_decoded):
        sign = flag(
            FlagKind.CONFUSABLE_CHARACTERS, found if linked else host.host_decoded, content, domain
        )
        # counted in the name the 「ドメイン：」 line shows, not in 「www.…」 (review 41a, item 10)
        name = domain if looks_confusable(domain) else host.host_decoded
        yield sign._replace(reason=letters_named(sign.reason, name, content))
    if host.is_amazon:
        from primehelp.message_forward import forwarding_flags

        yield from forwarding_flags(found, content)
        return
    if "url" in found or "continue=" in found:  # a redirect, Safe Links: where it goes (r53)
        from primehelp.message_forward import redirect_flags, redirected

        if goes := redirected(found):
            yield from redirect_flags(host, found, goes, content)
            return
    from primehelp.message_sites import other_country_site, other_site_flag

    if other_country_site(host):  # amazon.de: no look-alike, not listed (review 38a, item 9)
        yield other_site_flag(host, found, content)
        return
    named = without_hosting(host.host_decoded, words.hosting)
    hosted = _under(host, words.hosting)  # genuine hosting: its own sign only (review 26a, 12)
    if claims_brand(named, words.brand) and not (linked and hosted):
        sign = flag(FlagKind.LOOKALIKE_DOMAIN, found, content, domain)
        yield sign._replace(reason=digits_named(sign.reason, domain, words.brand, content))
    if not linked:
        return
    if host.is_ip:
        yield flag(FlagKind.IP_ADDRESS, found, content, domain)
    elif hosted:  # the service named once (review 24a, S 20)
        sign = flag(FlagKind.HOSTING_SERVICE, found, content, domain)
        service = next(d for d in words.hosting if _under(host, (d,)))
        what = ui(f"flag.service.{service_kind(service, words.mail_delivery)}", "ui_message")
        said = Text(
            sign.reason.ja.format(hosting=service, service=what.ja),
            sign.reason.en.format(hosting=service, service=what.en),
        )
        yield sign._replace(reason=said)
    elif _under(host, words.shorteners):
        yield flag(FlagKind.SHORTENER, found, content, domain)
    elif not claims_brand(named, words.brand):
        sign = flag(FlagKind.FOREIGN_LINK, found, content, domain)
        if like := resembling(domain, words.brand):  # 「rnazon」, 「amazom」 (37a, item 10)
            said = ui("flag.resembles_brand", "ui_message")
            reason = Text(
                sign.reason.ja + said.ja.format(name=like),
                f"{sign.reason.en} {said.en.format(name=like)}",
            )
            # one title for every one-letter imitation (review 62m, item 14), 「rn」 named
            title = ui("flag.lookalike_domain", "ui_message")
            sign = sign._replace(reason=rn_named(reason, like, words.brand), title=title)
        yield sign


def hosts_shown(shown: str) -> list[str]:
    """The hosts a link's shown text names (its URLs and bare domains)."""
    names = [host_of(url) for url in find_urls(shown)]
    names += [host_of(bare) for bare in find_bare_domains(shown, ())]
    return [name for name in names if name]


def mismatch_flags(link: "Link", content: "MessageContent") -> Iterator[RedFlag]:
    """A link whose shown text names another domain than the one it goes to."""
    if not link.shown:
        return
    for name in hosts_shown(link.shown):
        shown = look_at(name, content.amazon_domains)
        if shown.registrable_domain != link.registrable_domain:
            where = f"{link.shown} → {link.target}"
            yield flag(FlagKind.LINK_TEXT_MISMATCH, where, content, link.registrable_domain)
            return
