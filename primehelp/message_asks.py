"""The reason of a request for details: only the kinds of details the message asked for, and
what Amazon does not do in the medium (e-mail or text) it came by."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag, one_line, without_end_mark
from primehelp.message_kana import folded
from primehelp.message_links import PHONE, link_spans
from primehelp.message_names import name_flags
from primehelp.message_other import other_asks as other_asks  # moved (review 37a, items 2, 3, 10)
from primehelp.message_other import read_below as read_below  # review 38a, item 5
from primehelp.message_sentences import text_flags as _sentence_flags
from primehelp.message_words import compact, words_of

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.message import MessageContent

_KINDS = ("card", "payment_details", "password", "pin", "code", "gift_card", "gift_card_payment")
_PAYMENT = "gift_card_payment"  # said in a sentence of its own (message_gift.PAYMENT)
# The order a sign's title names them in: a payment with gift cards first, the classic scam a
# member must recognise first (review 41a, item 12: 「ギフトカードでの支払いの要求」).
_TITLED = (_PAYMENT, "gift_card", *(kind for kind in _KINDS if kind not in ("gift_card", _PAYMENT)))
_QUOTED = (
    FlagKind.ASKS_FOR_DETAILS,
    FlagKind.THREATENS_SUSPENSION,
    FlagKind.SCAM_SUBJECT,
    FlagKind.PAYMENT_PROBLEM,
)


def without_links(sentence: str) -> str:
    """A quoted sentence without the links and numbers that follow it on its line (review
    25a, S 9): the sentence is what matched, and each link and number is shown under a flag
    of its own. A link inside the sentence (「https://… からログイン」) is part of it and stays.
    A link or number in full-width letters (「ｈｔｔｐｓ：／／…」) is found as its NFKC form, each
    character in its place (review 35a, item 3)."""
    shadow = "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in sentence)
    spans = [*link_spans(shadow, None), *((m.start(), m.end()) for m in PHONE.finditer(shadow))]
    end = len(sentence.rstrip())
    for start, stop in sorted(spans, reverse=True):
        if stop > end:
            continue  # a number inside a link already left out
        if sentence[stop:end].strip() or not sentence[:start].strip():
            break
        end = len(sentence[:start].rstrip())
    return without_end_mark(sentence[:end])  # 「…within 24 hours」, not 「…hours:」 (59m, 11)


def kinds_listed(kinds: list[Text], ja_between: str = "、") -> Text:
    """The kinds' names as one list: 「カード情報、パスワード」 (or with ``ja_between`` 「や」),
    "card details, a password or a PIN"."""
    en = kinds[-1].en
    if len(kinds) > 1:
        en = ", ".join(k.en for k in kinds[:-1]) + ("," if len(kinds) > 2 else "") + " or " + en
    return Text(ja_between.join(kind.ja for kind in kinds), en)


def asks_reason(
    asked: tuple[str, ...], medium: str, content: MessageContent
) -> tuple[Text, tuple[str, ...]]:
    """「カード情報、パスワード、認証コードの入力や送信を求めています。」, then the rules that
    fit what was asked: to suspect such a message (any of them); for card details, what Amazon
    does not do in the medium; for a gift-card number, to tell it to no one."""
    both = _PAYMENT in asked and "gift_card" in asked  # one request, said once (41a, 12)
    kinds = [
        content.asks_kinds[kind]
        for kind in _KINDS
        if kind in asked and kind != _PAYMENT and not (both and kind == "gift_card")
    ]
    rules = [content.asks_rules["suspect"]]  # any of them (FACTS §11), then the medium's rule
    if {"card", "payment_details"} & set(asked) and medium in content.asks_medium:
        # a pasted e-mail: no phone/SMS rule
        rules.append(content.asks_medium[medium])
    if "gift_card" in asked or _PAYMENT in asked:
        rules.append(content.asks_rules["gift_card"])
    paid = ui("flag.asks_payment_number", "ui_message") if both else content.asks_payment
    said = [paid] if _PAYMENT in asked else []  # 「…での支払いや購入を求めて…」
    if (
        kinds
    ):  # 「カード情報やパスワード」, 「カード情報、パスワード、認証コード」 (review 42a, item 26)
        listed = kinds_listed(kinds, "や" if len(kinds) == 2 else "、")
        said.insert(
            0,
            Text(content.asks.ja.format(kinds=listed.ja), content.asks.en.format(kinds=listed.en)),
        )
    said += [rule.text for rule in rules]
    return (
        Text("".join(text.ja for text in said), " ".join(text.en for text in said)),
        tuple(
            dict.fromkeys(
                (
                    *content.flags[FlagKind.ASKS_FOR_DETAILS].sources,
                    *(source for rule in rules for source in rule.sources),
                )
            )
        ),
    )


def text_flags(
    subject: str,
    text: str,
    content: MessageContent,
    given: Callable[[str], str] = str,
    *,
    medium: str = "text",
    links: Sequence[str] = (),
    shown: Sequence[tuple[str | None, str]] = (),
) -> Iterator[RedFlag]:
    """The flags of :func:`primehelp.message_sentences.text_flags`, a request for details with
    its reason for what was asked and the ``medium`` (``email`` or ``text``); ``links``: every
    link of the message (review 41a, item 16); ``shown``: its HTML links (text, target), a quote
    made of two texts quoting only the one that says it (review 61m, item 3), the text of a link
    to Amazon never quoted as scam wording (review 63m, item 12)."""
    texts = [one for one, _ in shown if one]
    amazons = [one for one, target in shown if one and _to_amazon(target, content)]
    asked: set[str] = set()
    yield from name_flags(f"{subject}\n{text}", content)  # 「A m a z o n」 (review 21a, S 17)
    spaced = " ".join(f"{subject}\n{text}".casefold().split())
    if words_of(content.vocabulary.refund).found_in(spaced, compact(spaced)):  # most: none
        from primehelp.message_refund import refund_flags  # 「ATMで返金」 (47a, item 4)

        yield from refund_flags(subject, text, content, given)
    subject, text = folded(subject), folded(text)  # 「カ一ド番号」 (review 42a, item 3)
    found = [
        one._replace(evidence=without_links(one.evidence)) if one.kind in _QUOTED else one
        for one in _sentence_flags(subject, text, content, given, asked, links, amazons)
    ]
    if texts:
        found = [_one_link_text(one, texts, content, given, links) for one in found]
    if not asked:
        yield from found
        return
    if "password" in asked:  # a one-time password is a code (review 42a, item 18)
        one_time, password = _one_time(found, content)
        asked.update(("code",) if one_time else ())
        asked.difference_update(() if password else ("password",))
    spaced = " ".join(f"{subject}\n{text}".casefold().split())
    if medium == "text" and words_of(content.vocabulary.email_self).found_in(
        spaced, compact(spaced)
    ):
        medium = "pasted_email"  # review 16a, item 2: Amazon's phone/SMS rule is beside it
    if medium == "email" and words_of(content.vocabulary.renewal_notice).found_in(
        spaced, compact(spaced)
    ):
        medium = "email_renewal"  # review 33a, item 2: the reminder only when it is imitated
    if medium in ("email", "email_renewal") and _attachment_named(found):
        medium = "email_attachment"  # review 60m, item 4: files, not only links
    if medium.startswith("email"):
        from primehelp.message_channel import by_reply

        medium = "email_reply" if by_reply(found, content) else medium  # review 42a, item 16
    reason, sources = asks_reason(tuple(asked), medium, content)
    for one in found:
        if one.kind == FlagKind.ASKS_FOR_DETAILS:
            kinds = tuple(kind for kind in _TITLED if kind in asked)
            if _PAYMENT in kinds:  # the number given is part of that payment (41a, item 12)
                kinds = tuple(kind for kind in kinds if kind != "gift_card")
            one = one._replace(reason=reason, sources=sources, asked=kinds)
        yield one


def glued(quote: str, shown: Sequence[str]) -> list[str]:
    """The link texts ``quote`` is made of when it is two or more of them and nothing else
    (「お支払い情報を更新 こちら」 of two links side by side: no phrase of the message), in its
    order; [] for any other quote."""
    texts = sorted({one_line(text) for text in shown if text.strip()}, key=len, reverse=True)
    parts: list[str] = []
    at = 0
    while at < len(quote):
        if quote[at].isspace():
            at += 1
            continue
        part = next((text for text in texts if quote.startswith(text, at)), "")
        if not part:
            return []
        parts.append(part)
        at += len(part)
    return parts if len(parts) > 1 else []


def _to_amazon(target: str, content: MessageContent) -> bool:
    """Whether a link's ``target`` is Amazon's own and sends nowhere else."""
    from primehelp.message_forward import amazon_links_only

    return amazon_links_only(target, target, content)


def _one_link_text(
    one: RedFlag,
    shown: Sequence[str],
    content: MessageContent,
    given: Callable[[str], str],
    links: Sequence[str],
) -> RedFlag:
    """A sentence sign whose quote glues link texts together quotes the first of them that
    raises that sign on its own (review 61m, item 3); any other sign as it is."""
    parts = glued(one.evidence, shown) if one.kind in _QUOTED else []
    for part in parts:
        alone = folded(unicodedata.normalize("NFKC", part))
        if any(
            x.kind is one.kind for x in _sentence_flags("", alone, content, given, set(), links)
        ):
            return one._replace(evidence=without_end_mark(part))
    return one


def _attachment_named(found: Iterable[RedFlag]) -> bool:
    """Whether a request for details names an attached file (「添付ファイルを開いて…」)."""
    return any(
        word in quote.casefold()
        for one in found
        if one.kind is FlagKind.ASKS_FOR_DETAILS
        for quote in (one.evidence, *one.more_evidence)
        for word in ("添付", "attach")
    )


# A one-time password: a sign-in code, no password (review 42a, item 18: 「ワンタイムパスワードを
# 教えて」 was titled 「パスワードの要求」, 「ワンタイムコード」 「認証コードの要求」).
_ONE_TIME = ("ワンタイムパスワード", "one-time password", "one time password", "ワンタイムパス")


def _one_time(found: Iterable[RedFlag], content: MessageContent) -> tuple[bool, bool]:
    """Whether the requests' quotes name a one-time password, and a password besides it."""
    from primehelp.message_conditions import more_named

    password = words_of(content.vocabulary.password)
    one_time = other = False
    for one in found:
        if one.kind is not FlagKind.ASKS_FOR_DETAILS:
            continue
        for quote in (one.evidence, *one.more_evidence):
            spaced = " ".join(unicodedata.normalize("NFKC", quote).casefold().split())
            rest = spaced
            for word in _ONE_TIME:
                rest = rest.replace(word, "|")
            one_time = one_time or rest != spaced
            found_in = password.found_in(rest, compact(rest))
            other = other or found_in or "password" in more_named(rest, compact(rest))
    return one_time, other or not one_time


def asks_reply(flags: Iterable[RedFlag], content: MessageContent) -> bool:
    """Whether the message asks for details by reply (「このメールに…返信してください」), or its
    replies go outside Amazon (Reply-To): the steps for details already given name the reply."""
    words = words_of(content.vocabulary.reply)
    for one in flags:
        if one.kind is FlagKind.REPLY_TO_OUTSIDE:
            return True
        if one.kind is FlagKind.ASKS_FOR_DETAILS:
            for found in (one.evidence, *one.more_evidence):
                if words.found_in(" ".join(found.casefold().split()), compact(found)):
                    return True
    return False


def steps(flags: Iterable[RedFlag], content: MessageContent) -> tuple[Fact, ...]:
    """The steps for details already given: first, when the message asked for a gift card's
    number or a payment with one, what to do about that (review 27a, S 15). With no sign at all
    (``--entered-details`` on a message where none was found), what was given is not known:
    the report step then names a gift card's number too (review 36a, S 25); a message with
    signs but none about a gift card keeps the plain step (review 27a, S 15)."""
    gift = ("gift_card", _PAYMENT)
    flags = tuple(flags)
    asks = [one for one in flags if one.kind is FlagKind.ASKS_FOR_DETAILS]
    if any(set(one.asked) & set(gift) for one in asks):
        # reporting first, once (review 28a, 3): the gift-card step is that step
        rest = (s for s in content.if_details_entered if s.id != "message.entered.report")
        return (content.gift_card_step, *rest)
    if not flags:
        return tuple(
            content.gift_card_step if s.id == "message.entered.report" else s
            for s in content.if_details_entered
        )
    return content.if_details_entered
