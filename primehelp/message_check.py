"""The red flags of a message that claims to be from Amazon, each with its evidence.

Pure functions over what :mod:`primehelp.message_read` and :mod:`primehelp.message_links` found;
the words and reasons come from ``data/message.toml`` (:mod:`primehelp.content.message`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from primehelp import message_conditions as cond  # review 40a, items 1, 2 and 6
from primehelp import message_requests as req  # review 41a, items 1 and 3
from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_clauses import not_denied, present_in
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_gift import NUMBER, GiftCardWords
from primehelp.message_links import (
    Host,
    find_bare_domains,
    find_urls,
    host_of,
    look_at,
    looks_confusable,
    skeleton,
)
from primehelp.message_spelling import digits_named, letters_named
from primehelp.message_subjects import (
    FLAGS_PER_TEXT_KIND,
    all_reported,
    loosely,
    same_kind,
    similar_reason,
)
from primehelp.message_window import around
from primehelp.message_words import Words, resembling, words_of

if TYPE_CHECKING:
    from primehelp.message import Link, MessageContent, Vocabulary

_EVIDENCE_LIMIT = 160
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
    PUNYCODE = "punycode"
    UNREAD_DOMAIN = "unread_domain"  # 「…あまぞん.jp」 not read as a link (review 31a, item 2)
    CONFUSABLE_CHARACTERS = "confusable_characters"
    INVISIBLE_CHARACTERS = "invisible_characters"
    DISPLAY_NAME_MISMATCH = "display_name_mismatch"
    DISPLAY_NAME_LOOKALIKE = "display_name_lookalike"
    NAME_LOOKALIKE = "name_lookalike"  # in the message's words (primehelp.message_names)
    REPLY_TO_OUTSIDE = "reply_to_outside"
    RETURN_PATH_OUTSIDE = "return_path_outside"
    ADDRESS_OUTSIDE = "address_outside"  # an address as Amazon's (primehelp.message_contacts)
    AUTHENTICATION_FAILED = "authentication_failed"
    ASKS_FOR_DETAILS = "asks_for_details"
    THREATENS_SUSPENSION = "threatens_suspension"
    PAYMENT_PROBLEM = "payment_problem"
    SCAM_SUBJECT = "scam_subject"
    PHONE_NUMBER = "phone_number"
    ASKS_TO_CALL = "asks_to_call"  # 「至急…お電話ください」 (primehelp.message_calls; 40a, 4)


# Kinds asked besides a gift card's number; the last with a `request` verb only (「…情報を入力」).
DETAIL_KINDS = ("card", "password", "pin", "code")
_PAYMENT_DETAILS = "payment_details"
# The words a request's quote is cut around (message_window: 38a S 39, 39a S 28).
_ASKED_WORDS = (*DETAIL_KINDS, _PAYMENT_DETAILS, "reply", "request", "request_details",
                "prepaid_card", "code_words", "gift_card", "gift_card_any", "gift_card_buy",
                "gift_card_pay_request")  # fmt: skip
# The kinds whose evidence is a sentence of the message (:func:`text_flags`).
_QUOTED_KINDS = (
    FlagKind.ASKS_FOR_DETAILS,
    FlagKind.THREATENS_SUSPENSION,
    FlagKind.SCAM_SUBJECT,
    FlagKind.PAYMENT_PROBLEM,
)


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

    def not_in_json(self) -> frozenset[str]:  # the screen's words, not data
        return frozenset({"asked", "also"})


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one line: a run of full-width spaces stays one (「プライム　会員様へ」, quoted
    as received: review 34a, S 20), any other run of white space is one space."""
    return _SPACES.sub(lambda m: "\u3000" if set(m[0]) == {"\u3000"} else " ", text.strip())


def evidence(text: str) -> str:
    """Evidence as one short line."""
    line = one_line(text)
    return line if len(line) <= _EVIDENCE_LIMIT else line[: _EVIDENCE_LIMIT - 1] + "…"


def flag(kind: FlagKind, found: str, content: MessageContent, domain: str = "") -> RedFlag:
    """A red flag of ``kind`` with its reason and sources from the content."""
    reason = content.flags[kind]
    return RedFlag(kind, evidence(found), reason.text, reason.sources, domain)


def grouped(flags: Iterable[RedFlag]) -> tuple[RedFlag, ...]:
    """One flag per kind and registrable domain, in the order first found: a message with 200
    links to one site has one flag for them, not 200. Each keeps its first evidence, how many
    different pieces of evidence there were, and at most :data:`EVIDENCE_SHOWN` in all."""
    groups: dict[tuple[FlagKind, str], tuple[RedFlag, dict[str, None]]] = {}
    for found in flags:
        first, evidence = groups.setdefault((found.kind, found.domain), (found, {}))
        evidence[found.evidence] = None
    result = []
    for first, evidence in groups.values():
        more = tuple(islice(evidence, 1, EVIDENCE_SHOWN))
        result.append(first._replace(count=len(evidence), more_evidence=more))
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
    host: Host, found: str, content: MessageContent, *, linked: bool
) -> Iterator[RedFlag]:
    """Flags for one host: where a link goes (``linked``) and look-alike characters."""
    words, domain = content.vocabulary, host.registrable_domain
    if any(label.startswith("xn--") for label in host.host.split(".")):  # 36a, item 12
        yield flag(FlagKind.PUNYCODE, f"{host.host} → {host.host_decoded}", content, domain)
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
            sign = sign._replace(
                reason=Text(
                    sign.reason.ja + said.ja.format(name=like),
                    f"{sign.reason.en} {said.en.format(name=like)}",
                ),
            )
        yield sign


def hosts_shown(shown: str) -> list[str]:
    """The hosts a link's shown text names (its URLs and bare domains)."""
    names = [host_of(url) for url in find_urls(shown)]
    names += [host_of(bare) for bare in find_bare_domains(shown, ())]
    return [name for name in names if name]


def mismatch_flags(link: Link, content: MessageContent) -> Iterator[RedFlag]:
    """A link whose shown text names another domain than the one it goes to."""
    if not link.shown:
        return
    for name in hosts_shown(link.shown):
        shown = look_at(name, content.amazon_domains)
        if shown.registrable_domain != link.registrable_domain:
            where = f"{link.shown} → {link.target}"
            yield flag(FlagKind.LINK_TEXT_MISMATCH, where, content, link.registrable_domain)
            return


# ---------------------------------------------------------------- the words of the message


def text_flags(
    subject: str,
    text: str,
    content: MessageContent,
    given: Callable[[str], str],
    asked: set[str],
    links: Sequence[str] = (),
) -> Iterator[RedFlag]:
    """Requests for details, threats of suspension and the known scam subjects. ``text`` is
    NFKC-normalised (:func:`primehelp.message_read.normalize`); ``given`` turns a sentence of
    it into the sentence as the member gave it, quoted as the evidence. The kinds of details
    asked for go into ``asked`` (:mod:`primehelp.message_asks` words the reason from them);
    ``links``: every link of the message, its HTML links' targets too."""
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = cond.conditions_as_requests(present_in(subject, text))  # its verbs' words: 40a, 1
    whole_compact = whole.replace(" ", "")

    def words(*lists: tuple[str, ...]) -> Words:
        return words_of([w for found in lists for w in found]).present(whole, whole_compact)

    v: Vocabulary = content.vocabulary
    details = words(v.card, v.password, v.pin, v.code, v.payment_details)
    gift = GiftCardWords(words, v)
    objects = {kind: words(getattr(v, kind)) for kind in (*DETAIL_KINDS, _PAYMENT_DETAILS)}
    threat = words(v.threat)
    # loose words: 「未納…本日中」 (review 36a, item 6; primehelp.message_subjects)
    scam = loosely(words(v.scam_subject_reported, v.scam_subject), v.scam_subject, whole_compact)
    payment = loosely(words(v.payment_problem), v.payment_problem, whole_compact)
    lists = (details, threat, scam, payment)
    if not (
        gift.named()
        or any(word for found in lists for word in (*found.ascii, *found.other))
        or cond.more_named(whole, whole_compact)  # 「IDとパス」 (review 40a, item 2)
        or req.code_named(whole_compact)  # 「届いた6桁のコード」 (review 41a, item 1)
    ):
        return  # most messages stop here: none of the words that can raise a flag occurs
    from primehelp import message_above as above  # only where a request word occurs
    from primehelp import message_forward as fwd  # it imports this module

    request, handed = words(v.request, v.request_details), words(v.request)
    not_request = words(v.not_request)
    written = (*([(subject, (subject,))] if subject else []), *split_sentences(text))
    all_sentences = tuple(sentence for sentence, _ in written)
    reported = words(v.scam_subject_reported)
    same = all_reported(all_sentences, scam, reported)
    scam_reason = content.flags[FlagKind.SCAM_SUBJECT].text
    if not same:
        listed = (*v.scam_subject_reported, *v.scam_subject)
        scam_reason = similar_reason(all_sentences, scam, listed, content, bool(subject), given)
    else:  # the other kinds only (review20a 3)
        scam_reason = same_kind(all_sentences, scam, content) or scam_reason
    negation = words(v.negation)
    payment_reason = content.flags[FlagKind.PAYMENT_PROBLEM].text
    if not words(v.payment_fee).found_in(whole, whole_compact):  # an order's (37a, item 8)
        payment_reason = ui("flag.payment_problem_other", "ui_message")
    counts = dict.fromkeys(FlagKind, 0)
    counted = _QUOTED_KINDS
    shown = dict(zip(_QUOTED_KINDS[1:], (threat, scam, payment), strict=True))  # 38a S 39
    previous = ""  # the sentence before, whose kinds a bare 「番号」 asks for (40a, item 1)
    gift_before = ""  # what the sentence before asked of a gift card (review 41a, item 12)
    # 「以下の項目をご返信ください。」 and its list, a form's blanks (42a, 10), read as one (41a, 3)
    for sentence, pieces in above.with_lists(written, handed, objects):  # 「上記」: 42a, 4
        if all(counts[kind] >= FLAGS_PER_TEXT_KIND for kind in counted):
            return  # enough evidence of each kind: the rest of a long text adds nothing
        spaced = " ".join(sentence.casefold().split())
        compact = spaced.replace(" ", "")
        # Only the clauses no negation governs (36a, item 2); the objects outside a gift card's
        # number (「ギフトカード番号」 no 「カード番号」), the verbs outside them (「確認コード」 no 「確認」)
        said = not_denied(  # 「…しないと」: 40a, 1; 「…してしまった場合は」「…しなくても」: 41a, 5
            cond.conditions_as_requests(cond.without_what_was_done(spaced)), negation
        )
        gift_card_asked = gift.asked(*said)  # its number, or payment with it
        if gift_card_asked == NUMBER and gift.registers(*said):  # 37a, item 7
            gift_card_asked = "" if fwd.amazon_links_only(sentence, text, content) else NUMBER
        unmasked = gift.number.masked(*said)
        if not gift_card_asked and gift_before and gift.generic.found_in(*unmasked):
            # 「ギフトカードでお支払いください。コンビニで購入し、カード番号を教えて」: the
            # gift card's number, not a credit card's (review 41a, item 12)
            gift_card_asked = NUMBER if handed.found_in(*unmasked) else ""
        if gift_card_asked == NUMBER:  # 「…カードを購入し、カードの番号を…」: the gift card's
            unmasked = gift.generic.masked(*unmasked)
        gift_before = gift_card_asked
        verbs = not_request.masked(*details.masked(*unmasked))  # 「更新方法」 asks nothing
        named = [k for k, listed in objects.items() if listed.found_in(*unmasked)]
        named += [k for k in cond.more_named(*unmasked) if k not in named]  # review 40a, item 2
        if "code" not in named and not gift_card_asked and req.code_named(unmasked[1]):
            named.append("code")  # 「届いた6桁のコード」 (review 41a, item 1): not a gift card's
        named = cond.code_or_card(named, objects["code"].matching(*unmasked), unmasked[1])
        hands_over, any_verb = handed.found_in(*verbs), request.found_in(*verbs)
        any_verb = any_verb or req.needed(*verbs)  # 「カード番号が必要です」 (review 41a, item 3)
        details_asked = [k for k in named if (hands_over if k == _PAYMENT_DETAILS else any_verb)]
        if "card" in details_asked:  # card details are the payment details (41a, item 8)
            details_asked = [k for k in details_asked if k != _PAYMENT_DETAILS]
        if {*details_asked} <= {"password", "code"} and cond.gives_code(  # 41a, item 6
            said[0], text, objects["password"]
        ):
            details_asked = []
        if "password" in details_asked and fwd.password_changed_at_amazon(  # 41a, item 16
            unmasked, links, content, objects["password"], whole
        ):
            details_asked.remove("password")
        if not (named or gift_card_asked) and (hands_over or req.again(said[1])):  # 43a, 4
            before = cond.named_before(previous, objects, gift.number) if previous else []
            for kind in cond.carried(said[0], before):
                gift_card_asked = NUMBER if kind == NUMBER else gift_card_asked
                details_asked += [kind] if kind != NUMBER else []
            details_asked = details_asked or req.left_out(said[1], spaced, previous, objects)
        previous = spaced
        kinds = []
        if details_asked or gift_card_asked:
            kinds.append(FlagKind.ASKS_FOR_DETAILS)
            asked.update(details_asked)  # only the kinds it asks for (review 33a, S 6)
            asked.update((gift_card_asked,) if gift_card_asked else ())
        if threat.found_in(*said):
            kinds.append(FlagKind.THREATENS_SUSPENSION)
        if scam.found_in(*cond.not_advice(spaced)):  # 「…する必要はありません」: 43a, 5
            kinds.append(FlagKind.SCAM_SUBJECT)
        elif payment.found_in(spaced, compact):  # one sign for one sentence
            kinds.append(FlagKind.PAYMENT_PROBLEM)
        kinds = [kind for kind in kinds if counts[kind] < FLAGS_PER_TEXT_KIND]
        if not kinds:
            continue
        if FlagKind.ASKS_FOR_DETAILS in kinds and FlagKind.ASKS_FOR_DETAILS not in shown:
            shown[FlagKind.ASKS_FOR_DETAILS] = words(*(getattr(v, k) for k in _ASKED_WORDS))
        # one quote of the sentence for all its signs, cut around all their words
        matched = [word for kind in kinds for word in shown[kind].matching(spaced, compact)]
        quote = around(req.quoted_all(pieces, given, matched), matched, _EVIDENCE_LIMIT)
        for kind in kinds:  # each under FLAGS_PER_TEXT_KIND (filtered above)
            counts[kind] += 1
            found = flag(kind, quote, content)
            if kind == FlagKind.PAYMENT_PROBLEM:
                found = found._replace(reason=payment_reason)
            yield found._replace(reason=scam_reason) if kind == FlagKind.SCAM_SUBJECT else found
