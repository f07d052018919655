"""``primehelp check-message``: is this SMS or e-mail really from Amazon?

Never calls a message safe: the verdict is "red flags found" or "no red flags found", and the
second always says what the check could not know. Pure: bytes or text in, a frozen
:class:`MessageCheck` out. Reading is :mod:`primehelp.message_read`, links and hosts
:mod:`primehelp.message_links`, the flags :mod:`primehelp.message_check`; all wording comes
from ``data/message.toml``, typed by :mod:`primehelp.content.message` and passed in.
"""

# No `from __future__ import annotations`: typing.NamedTuple turns each string annotation into
# a ForwardRef, compiling it (95 of them here, 0.9 ms of check-message's start-up); evaluated,
# they cost nothing. Only the names imported for type checking are written as strings.
from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from primehelp.errors import ExitCode
from primehelp.facts import Fact
from primehelp.i18n import Text
from primehelp.invisible import without_invisible
from primehelp.message_asks import asks_reply, other_asks, read_below, steps, text_flags
from primehelp.message_attachments import disguised_flags, opened, red_headline
from primehelp.message_check import FlagKind, RedFlag, flag, host_flags, mismatch_flags
from primehelp.message_contacts import contact_flags, phone_flags, phone_numbers, written_to
from primehelp.message_forms import with_forms
from primehelp.message_headers import address_domain, address_flags, header_flags
from primehelp.message_inline import forwarded_words
from primehelp.message_limits import advice_for, images_only, limits, listed, no_body, said_of
from primehelp.message_links import MAX_LINKS, Host, find_all, has_known_suffix, host_of, look_at
from primehelp.message_marks import without_marks
from primehelp.message_once import once
from primehelp.message_quote import as_given
from primehelp.message_read import MAX_INPUT_BYTES, Headers, Kind, read_message
from primehelp.message_senders import mail_notes, name_marked, name_unmarked
from primehelp.message_targets import html_links, not_web_flag, not_web_links, once_per_target
from primehelp.message_wide import to_ascii, unread_domains, written_as_a_name, written_wide

if TYPE_CHECKING:
    from primehelp.message_auth import AuthResult
    from primehelp.number_check import NumberCheck

__all__ = [
    "MAX_INPUT_BYTES",
    "FlagKind",
    "MessageCheck",
    "MessageContent",
    "Note",
    "RedFlag",
    "Verdict",
    "Vocabulary",
    "check_message",
]


class Verdict(StrEnum):
    """The answers: there is no "safe"."""

    RED_FLAGS_FOUND = "red_flags_found"
    NO_RED_FLAGS_FOUND = "no_red_flags_found"
    # no red flag in what was read, part of the body not decoded: never "no red flags" (36a, 5)
    BODY_NOT_READ = "body_not_read"
    NOT_ALL_CHECKED = "not_all_checked"  # …or past a cap on what is examined (42a, item 9)


# ---------------------------------------------------------------- content (content/message.py)


class Vocabulary(NamedTuple):
    """Word lists the check looks for (compared after NFKC, case folding, no spaces)."""

    shorteners: tuple[str, ...]
    hosting: tuple[str, ...]
    mail_delivery: tuple[str, ...]  # of them, the ones that deliver mail (sendgrid.net)
    free_mail: tuple[str, ...]  # anyone's mailbox: as Amazon's contact, a sign (message_contacts)
    brand: tuple[str, ...]
    brand_misspelled: tuple[str, ...]  # 「Amazone」 in the words (primehelp.message_names)
    brand_plain: tuple[str, ...]  # one letter from 「amazon」 but no look-alike: 「amazons」
    card: tuple[str, ...]  # the objects of a request, one list per kind asked for
    password: tuple[str, ...]
    pin: tuple[str, ...]
    code: tuple[str, ...]
    gift_card: tuple[str, ...]
    request: tuple[str, ...]  # its verbs, for every object
    request_details: tuple[str, ...]  # …and for every object but a gift card's number
    reply: tuple[str, ...]  # a request for details holding one asks for them by reply
    email_self: tuple[str, ...]  # a pasted text holding one says it is an e-mail
    renewal_notice: tuple[str, ...]  # a mail holding one imitates the renewal reminder
    gift_card_any: tuple[str, ...]
    purchase: tuple[str, ...]
    code_words: tuple[str, ...]
    gift_card_buy: tuple[str, ...]  # 「購入してください」: a request to buy one
    gift_card_pay_request: tuple[str, ...]  # 「…でお支払い」 holding one asks to pay with one
    negation: tuple[str, ...]
    threat: tuple[str, ...]
    scam_subject_reported: tuple[str, ...]  # in full: a message holding one is "the same"
    scam_subject: tuple[str, ...]  # words of them: a message holding one is "similar"
    payment_problem: tuple[str, ...]  # "your Prime payment failed": a sign of its own
    payment_details: tuple[str, ...]  # 「お支払い情報」: asked for with a verb of `request` only
    not_request: tuple[str, ...]  # 「更新方法」: a verb that names how, no request
    prepaid_card: tuple[str, ...]  # iTunes, 電子マネー…: bought and sent, a gift-card request
    prepaid_send: tuple[str, ...]  # …the verbs that send its number to someone
    gift_card_generic: tuple[str, ...]  # 「カードの番号」 of a gift card asked for
    bank_account: tuple[str, ...]  # details FACTS gives no rule on: said, not a sign
    personal_id: tuple[str, ...]
    atm: tuple[str, ...]
    refund: tuple[str, ...]
    gift_card_register: tuple[str, ...]  # a gift card's number entered on Amazon's site to add
    gift_card_enter: tuple[str, ...]  # …it to the balance: no request for it (37a, item 7)
    payment_fee: tuple[str, ...]  # a payment problem names the Prime fee only with one
    call: tuple[str, ...]  # 「お電話ください」: a request to phone (message_calls)
    urgency: tuple[str, ...]  # a deadline, 「至急」: a suspension sign hurries (43a, item 10)


class Note(NamedTuple):
    """Something the check could not know; ``sources`` is empty for primehelp's own limits."""

    id: str
    text: Text
    sources: tuple[str, ...]


class MessageContent(NamedTuple):
    """Everything ``check-message`` says or looks for, typed."""

    amazon_domains: tuple[str, ...]  # registrable domains, own short links included
    amazon_short_links: tuple[str, ...]
    domains_fact: Fact
    vocabulary: Vocabulary
    flags: Mapping[FlagKind, Fact]
    lookalike_name_outside: Fact  # after display_name_lookalike: the address is not Amazon's
    similar_subject: Fact  # the scam_subject reason for a partial match
    # the scam_subject reason when each subject quoted is one of these (of one kind)
    same_subjects: tuple[tuple[tuple[str, ...], Fact], ...]
    matched_words: Text  # 「一致した語句：{words}」 after it
    zero_for_o: Text  # 「5文字目の「0」は、ラテン文字の「o」ではなく数字のゼロです。」
    confusable_letter: Text  # 「1文字目の「а」は、ラテン文字の「a」ではなくキリル文字です。」
    confusable_trick: Text  # 「見た目をAmazonに似せる手口です。」 after the letters named
    scripts: Mapping[str, Text]  # its script by Unicode's name: CYRILLIC, GREEK
    asks: Text  # 「{kinds}の入力や送信を求めています。」
    asks_payment: Text  # 「ギフトカードでの支払いや購入を求めています。」
    asks_kinds: Mapping[str, Text]  # card, password, gift_card, gift_card_payment
    asks_medium: Mapping[str, Fact]  # by input kind: what Amazon does not do in that medium
    asks_rules: Mapping[str, Fact]  # a password or gift-card number asked for: suspect it
    verdicts: Mapping[Verdict, Text]
    entered_verdict: Text  # no red flag, but details were entered: does not reassure
    no_body_verdict: Text  # a mail with no text part (files only): none read (48a, item 1)
    images_verdict: Text  # a body of pictures only, no text: none read (53a, item 22)
    red_verdicts: Mapping[str, Text]  # red flags in a message with links and/or numbers
    limits: Mapping[str, Note]
    advice: tuple[Fact, ...]
    if_details_entered: tuple[Fact, ...]
    gift_card_step: Fact  # first of them when a gift card's number was asked for
    # normalised: read at the first look-up, for a message with a number (content/message.py)
    defunct_numbers: Collection[str]
    circulating_numbers: Collection[str]


# ---------------------------------------------------------------- the result


class Link(NamedTuple):
    """A link: the text shown on it (HTML mail), where it really goes, and that domain."""

    shown: str | None
    target: str
    host: str
    host_decoded: str
    registrable_domain: str
    is_amazon: bool
    is_short_link: bool = False  # one of Amazon's own short links (amzn.asia…)
    written_wide: bool = False  # in full-width letters in the message (shown converted: 33a S 9)
    joined: bool = False  # wrapped over two lines in the message, read joined (37a, item 6)
    is_web: bool = True  # False: data:, javascript:… (no host; review 45a, item 6)
    is_form_target: bool = False  # a form's send address (review 51a, item 4)
    is_bare_domain: bool = False  # a name in the text, no scheme nor path (61m, 13): no link

    def not_in_json(self) -> frozenset[str]:  # the screen's words, not data: not in --json
        return frozenset({"written_wide", "joined"})


class MessageCheck(NamedTuple):
    """What ``check-message`` found: the verdict, the red flags, and what it read."""

    verdict: Verdict
    verdict_text: Text
    red_flags: tuple[RedFlag, ...]
    input_kind: Kind
    encoding: str
    headers: Headers
    authentication: "tuple[AuthResult, ...]"
    links: tuple[Link, ...]
    domains: tuple[Host, ...]
    email_addresses: tuple[str, ...]
    phone_numbers: "tuple[NumberCheck, ...]"
    could_not_know: tuple[Note, ...]
    advice: tuple[Fact, ...]
    if_details_entered: tuple[Fact, ...]
    entered_details: bool = False  # the member said they entered details: the steps come first
    # asks for details by reply, or replies go outside Amazon: the view's heading, not data
    asks_reply: bool = False
    all_links: tuple[Link, ...] = ()  # every link, folded on the screen (review 57a, 3): not data
    attached: bool = False  # files to open attached (60m, 4): the steps' heading, not data

    @property
    def exit_code(self) -> ExitCode:
        """1 when a red flag was found or part of the body could not be read, else 0."""
        if self.verdict is not Verdict.NO_RED_FLAGS_FOUND:
            return ExitCode.FINDING
        return ExitCode.OK

    def not_in_json(self) -> frozenset[str]:  # the screen's words, not data: not in --json
        return frozenset({"asks_reply", "all_links", "attached"})


# ---------------------------------------------------------------- the check


def _links(
    raw_links: tuple[tuple[str | None, str], ...],
    content: MessageContent,
    given: str = "",
    wrapped: tuple[str, ...] = (),
) -> list[Link]:
    links: dict[tuple[str | None, str], Link] = {}
    for shown, target in raw_links:
        name = host_of(target)
        if name is None or (shown, target) in links:
            continue
        host = look_at(name, content.amazon_domains)
        short = host.registrable_domain in content.amazon_short_links
        links[(shown, target)] = Link(
            shown,
            target,
            *host[:3],  # host, host_decoded, registrable_domain
            host.is_amazon,
            is_short_link=host.is_amazon and short,
            written_wide=written_wide(target, given),
            joined=shown is None and target in wrapped,
            is_bare_domain=shown is None and "/" not in target,  # the screen's 本文中のドメイン名
        )
    return list(links.values())


_SENDER_SIGNS = (FlagKind.DISPLAY_NAME_MISMATCH, FlagKind.DISPLAY_NAME_LOOKALIKE)


def _contacts(emails: Iterable[str], headers: Headers, flags: list[RedFlag]) -> list[str]:
    """The addresses a message gives, its From address among them, but for one that has a sign
    already: the sender's name, or a Reply-To outside Amazon (one sign for one address)."""
    replies = {f.evidence.casefold() for f in flags if f.kind is FlagKind.REPLY_TO_OUTSIDE}
    named = any(found.kind in _SENDER_SIGNS for found in flags)
    given = [*emails, *(() if named else (headers.from_address,))]
    return [address for address in given if address and address.casefold() not in replies]


def check_message(
    data: bytes | str, content: MessageContent, *, entered_details: bool = False
) -> MessageCheck:
    """Check one message (bytes of a file or standard input, or text given with ``--text``).

    Raise :class:`BadInput` for empty, binary, oversized (over :data:`MAX_INPUT_BYTES`) or
    undecodable input. ``entered_details`` adds what to do if details were already entered
    even when no red flag is found.
    """
    reading = read_message(data)
    headers = reading.headers
    text, marked = without_marks(reading.text, content.amazon_domains)
    words = forwarded_words(text) if headers.forwarded_inline else text  # 47a, item 11
    raw, marked_targets = html_links(reading)
    from primehelp.message_calls import kanji_digits
    from primehelp.message_contacts import in_reading_order
    from primehelp.message_wrap import joined

    unwrapped, wrapped = joined(text)  # a link over two lines read whole (37a, item 6)
    read_in = kanji_digits(unwrapped)  # 〇一二〇… (40a, 4): the numbers' order (50a, item 10)
    found = find_all(read_in, content.amazon_domains)
    links_cut = found.links_cut or len(reading.links) > MAX_LINKS  # 42a 9; 51a 22
    found = found._replace(cut=found.cut or links_cut, links_cut=links_cut)
    not_web = not_web_links(raw, unwrapped)  # and line://, market:// in the text (48a, 2)
    # The text shown on an HTML link is no link of its own (it is shown under the real one):
    # listed apart, an amazon.co.jp text on a link to a fake would read 「Amazonのドメイン」.
    shown_only = [shown for shown, _ in raw if shown]
    web_shown = [shown for shown, target in raw if shown and (shown, target) not in not_web]
    in_text = (*found.urls, *found.bare_domains)
    raw += [(None, url) for url in in_text if not any(url in shown for shown in shown_only)]
    # …but a host it names that is not Amazon's still raises its own flags.
    shown_hosts = [url for url in in_text if any(url in shown for shown in web_shown)]
    links = _links(once_per_target(raw), content, reading.given, wrapped)
    emails = dict.fromkeys(x for x in found.emails if x.casefold() not in reading.quoted)  # 44a 5
    mailto = [t.split(":", 1)[1].split("?")[0] for _, t in raw if t.lower().startswith("mailto:")]
    emails.update(dict.fromkeys(address for address in mailto if "@" in address))
    phones = phone_numbers(in_reading_order(raw, found.phone_candidates, read_in), content)
    auth: tuple[AuthResult, ...] = ()
    if headers.authentication_results or headers.received_spf:  # the class only then
        from primehelp.message_auth import sender_checks  # Received-SPF too (46a, item 4)

        auth = sender_checks(headers, content.amazon_domains)

    flags: list[RedFlag] = []
    hosts: dict[str, Host] = {}
    for link in links:
        host = look_at(link.host, content.amazon_domains)
        hosts.setdefault(host.host, host)
        flags += host_flags(host, link.target, content, linked=True)
        flags += mismatch_flags(link, content)
    for url in shown_hosts:
        host = look_at(host_of(url) or "", content.amazon_domains)
        if host.host and not host.is_amazon:
            hosts.setdefault(host.host, host)
            flags += host_flags(host, url, content, linked=True)
    for target, named in (*marked, *marked_targets):
        name = host_of(target)
        domain = look_at(name, content.amazon_domains).registrable_domain if name else ""
        flags.append(flag(FlagKind.INVISIBLE_CHARACTERS, named, content, domain))
    known = lambda name: has_known_suffix(to_ascii(name.lower()), content.amazon_domains)  # noqa: E731
    for name in unread_domains(text, [x.target for x in links], known):  # 31a, item 2
        flags.append(flag(FlagKind.UNREAD_DOMAIN, name, content))
    for address in emails:
        flags += address_flags(address, content)
    senders = (headers.from_address, *headers.reply_to, headers.return_path, *emails)
    for address in senders:
        domain = address_domain(address)
        if domain and domain not in hosts:
            hosts[domain] = look_at(domain, content.amazon_domains)
    flags += (not_web_flag(shown, target, content, not_web) for shown, target in not_web)  # 38a S37
    flags += header_flags(name_unmarked(headers), auth, content, words)  # 39a 9, 47a 9
    subject = without_invisible(headers.subject)
    given = as_given(reading.given, subject)
    every_link = [*(x.target for x in links), *shown_hosts]  # review 41a, item 16
    flags += text_flags(  # a quote of two link texts: the one that says it (review 61m, 3)
        subject, words, content, given, medium=reading.medium, links=every_link, shown=raw
    )
    from primehelp.message_calls import call_flags  # review 40a, item 4
    from primehelp.message_labelled import labelled  # a carrier's: a note (42a, item 11)

    signed, carriers = labelled(phones, f"{subject}\n{text}\n{reading.given}", content)
    if not signed:  # with a number, its own sign says Amazon cannot be phoned
        flags += call_flags(subject, words, content, given)
    flags += contact_flags(_contacts(emails, headers, flags), f"{subject}\n{words}", content)
    flags += (*phone_flags(signed, content), *disguised_flags(data, reading, content))  # 62m 5
    links, flags = with_forms(reading, links, flags, content)  # a form's own sign (51a, 4)
    unique = once(flags, headers)
    verdict = Verdict.RED_FLAGS_FOUND if unique else Verdict.NO_RED_FLAGS_FOUND
    unread, pictured = reading.body_unread, images_only(reading)  # pictures only: 53a, 22
    if not unique and (unread or pictured or found.cut):  # 36a, 5; 42a, 9; 45a, 11
        verdict = Verdict.BODY_NOT_READ if unread or pictured else Verdict.NOT_ALL_CHECKED
    verdict_text = said_of(verdict, found) or content.verdicts[verdict]  # 59m, item 10
    if verdict is Verdict.BODY_NOT_READ and not (reading.unreadable_parts or reading.cut_off):
        # no body at all, not one misread (48a, 1), or one of pictures only (53a, 22)
        verdict_text = content.images_verdict if pictured else no_body(reading, content)
    as_names = [x for x in links if x.is_amazon and written_as_a_name(x.target, text)]  # 31a S10
    calls = any(one.kind is FlagKind.ASKS_TO_CALL for one in unique)  # no number: 42a, 13
    seen = [x for x in links if not x.is_form_target]  # a form's address: no link (51a, 4)
    counts = (("links", len(seen) - len(as_names) + len(not_web)), ("numbers", len(signed)))
    held = [name for name, n in counts if n] + (["calls"] if calls and not signed else [])
    written = [x for x in links if x not in as_names and (x.shown is not None or "/" in x.target)]
    if "links" in held and not written and not not_web:  # only 「アマゾン.jp」 written (34a S 11)
        held[0] = "domains"
        if all(x.is_amazon for x in links):  # no address to keep away from (37a, item 8)
            held.pop(0)
    if written_to(unique, (headers.from_address, *headers.reply_to, headers.return_path)):
        held.append("addresses")  # write to it, with links and numbers too (28a S 13, 38a S 35)
    if unique and (held or opened(reading)):  # names what it holds: links, numbers, files
        verdict_text = red_headline(held, reading, content)  # files: review 60m, item 4
    if entered_details and verdict is Verdict.NO_RED_FLAGS_FOUND:
        verdict_text = content.entered_verdict
    from primehelp.message_mentioned import mentioned  # review 40a, item 4

    mention = (*mentioned(subject, words, content, unique), *carriers)
    if reading.hidden_text:  # shown after what was read (review 40a, item 3; 61m, item 5)
        mention = (content.limits["hidden_" + reading.hidden_text], *mention)
    others = (
        *other_asks(subject, words, content, unique),
        *mention,
        *mail_notes(data, reading, content),
    )
    verdict_text = read_below(verdict_text, others, verdict is Verdict.NO_RED_FLAGS_FOUND, unique)
    return MessageCheck(
        verdict=verdict,
        verdict_text=verdict_text,
        red_flags=unique,
        input_kind=reading.kind,
        encoding=reading.encoding,
        headers=name_marked(headers),
        authentication=auth,
        links=listed(links, not_web),  # all checked, MAX_ITEMS listed (42a 9); data: too (45a 6)
        domains=tuple(hosts.values()),
        email_addresses=tuple(emails),
        phone_numbers=phones,
        could_not_know=(
            *others,
            *limits(reading, links, content, cut=found.cut, links_cut=found.links_cut),
        ),
        advice=advice_for(content.advice, verdict, bool(links or not_web), reading),
        if_details_entered=steps(unique, content) if unique or entered_details else (),
        entered_details=entered_details,
        asks_reply=asks_reply(unique, content),
        all_links=tuple(links),
        attached=opened(reading),
    )
