"""A mail forwarded inline (review 38a, item 11 (b)): 「---------- Forwarded message ---------」,
「-------- 転送メッセージ --------」, 「-----Original Message-----」 or 「Begin forwarded message:」,
then the original mail's From, Subject… lines in the body. The sender to check is that From,
not the forwarder's (who is most often the member, or a parent): its lines are read as the
original mail's headers. Its authentication results are not in the body: they are unknown.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.message_read import Headers

_MARKER = LazyPattern(
    r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|original message|転送メッセージ"
    r"|転送されたメッセージ|元のメッセージ)[ \t]*-{2,}|begin forwarded message:)[ \t\r]*$"
)
# Outlook's forward (review 44a (round 53), item 4): a rule of underscores, or no marker at all,
# then 「From: …」「Sent: …」 (「差出人: …」「送信日時: …」). Read in a pasted text or page (no
# header of its own), and in a mail whose Subject says it was forwarded (「FW:」「Fwd:」「転送:」):
# not in a reply, whose quoted block is the member's own mail.
# The block may start with its Subject and To lines (Thunderbird's and the iPhone's order:
# 「件名」「差出人」「日付」「宛先」), and its From line be followed by the Subject line (review 46a,
# item 7: 「件名」 read as no field, and quoted glued to the From line).
_OUTLOOK = LazyPattern(
    r"(?im)^[ \t>]*_{8,}[ \t\r]*$|^(?=(?:[ \t>]*(?:subject|件名|to|宛先)[ \t]*[:：][^\n]*\n)*"
    r"[ \t>]*(?:from|差出人)[ \t]*[:：][^\n]*\n"
    r"[ \t>]*(?:sent|送信日時|date|日付|subject|件名)[ \t]*[:：])"
)
_FORWARDED_SUBJECT = LazyPattern(r"(?i)^\s*(?:fwd?|転送)\s*[:：]")
_FIELD = LazyPattern(
    r"^[ \t>]*([A-Za-z-]+|差出人|送信者|件名|宛先|日付|送信日時|返信先)[ \t]*[:：][ \t]*(.*)$"
)
_FROM, _SUBJECT = ("from", "差出人", "送信者"), ("subject", "件名")
_REPLY_TO = ("reply-to", "返信先")
_MARKERS = ("forward", "original", "転送", "元のメッセージ")


# The fields of a forward's block whose addresses are the original mail's header, not addresses
# the message gives (review 44a, item 5: the sender listed again, the member's own address as
# 「Amazon以外のドメイン」).
_ADDRESSED = ("from", "差出人", "送信者", "to", "宛先", "cc", "reply-to", "返信先", "sender")


def _block(text: str, outlook: bool) -> int:
    """Where the header lines of a mail forwarded inline in ``text`` start (after its marker;
    an Outlook block's with ``outlook``), or -1."""
    marker = _MARKER.search(text)
    if marker is None and outlook:
        marker = _OUTLOOK.search(text)
    if marker is None and outlook:
        return _top_block(text)
    return -1 if marker is None else marker.end()


def forwarded_words(text: str) -> str:
    """The part of ``text`` (a recognised inline forward's body) from its marker on: the words
    above it are the forwarder's (「これ本物かな？」), not the message's, and are not judged as the
    message's (review 47a, item 11); links, addresses and numbers are read in the whole text."""
    marker = _MARKER.search(text) or _OUTLOOK.search(text)
    return text if marker is None else text[marker.start() :]


_MARKER_WORDS = frozenset(
    (
        *("転送されたメッセージ", "転送メッセージ", "元のメッセージ", "forwardedmessage"),
        *("beginforwardedmessage", "originalmessage", ""),
    )
)


def note_above(text: str) -> bool:
    """Whether a recognised inline forward's ``text`` has words of the forwarder's above it
    (not only a marker line: the iPhone's 「転送されたメッセージ:」 before its 「差出人:」)."""
    above = text[: len(text) - len(forwarded_words(text))]
    kept = ("".join(c for c in line if c.isalnum()).casefold() for line in above.splitlines())
    return any(line not in _MARKER_WORDS for line in kept)


def _top_block(text: str) -> int:
    """0 when a pasted text starts with a block of two or more header lines, one of them its
    From (「差出人」「送信者」「From」; the others 「件名」「宛先」「日付」…, any order): the mail's
    headers copied with its body (review 47a, item 8: 「件名」 then 「差出人」 lost the sender);
    else -1."""
    lines = text.lstrip("\r\n\ufeff").splitlines()
    labels = []
    for line in lines:
        field = _FIELD.match(line)
        if field is None:
            break
        labels.append(field[1].casefold())
    senders = [label for label in labels if label in _FROM]
    known = _FROM + _SUBJECT + _REPLY_TO + ("to", "宛先", "cc", "date", "日付", "sent", "送信日時")
    if len(labels) < 2 or len(senders) != 1 or not all(label in known for label in labels):
        return -1
    return len(text) - len(text.lstrip("\r\n\ufeff"))


def read_forward(text: str, outer: Headers) -> tuple[Headers, frozenset[str]]:
    """``outer`` (a mail's headers, or none: a pasted text or page), or the headers of the mail
    forwarded inline in ``text`` with the addresses of its block (not listed again: 44a, 5)."""
    folded = text.casefold()
    outlook = not outer.from_address or bool(_FORWARDED_SUBJECT.search(outer.subject))
    if not any(word in folded for word in (*_MARKERS, *(_FROM if outlook else ()))):
        return outer, frozenset()  # most messages: no pattern compiled (start-up)
    found = forwarded(text, outer, outlook=outlook)
    if found is None:
        return outer, frozenset()
    return found, block_addresses(text, outlook=outlook)


def block_addresses(text: str, *, outlook: bool = False) -> frozenset[str]:
    """The addresses (case folded) of the From, To, Cc and Reply-To lines of the block of a mail
    forwarded inline in ``text`` (:func:`forwarded` read it: a marker was found)."""
    start = _block(text, outlook)
    if start < 0:
        return frozenset()
    from primehelp.message_mailbox import mailboxes

    found: set[str] = set()
    for line in text[start:].lstrip("\r\n").splitlines():
        field = _FIELD.match(line)
        if field is None:
            break
        if field[1].casefold() in _ADDRESSED:
            value = field[2].replace("[mailto:", "<").replace("]", ">")
            found.update(a.casefold() for _, a in mailboxes([value]) if "@" in a)
    return frozenset(found)


def forwarded(text: str, outer: Headers, *, outlook: bool = False) -> Headers | None:
    """The headers of the mail forwarded inline in ``text`` (its From, Subject and Reply-To
    lines), ``forwarded_by`` the forwarder as ``outer``'s From reads ("" with none: a pasted
    text); None when ``text`` holds no forward marker (an Outlook block's with ``outlook``)
    followed by a From line with an address."""
    folded = text.casefold()
    if not outlook and not any(word in folded for word in _MARKERS):
        return None  # most messages: no pattern compiled (start-up)
    start = _block(text, outlook)
    if start < 0:
        return None
    fields: dict[str, str] = {}
    for line in text[start:].lstrip("\r\n").splitlines():
        found = _FIELD.match(line)
        if found is None:
            break  # the block ends at its first line that is no field (a blank line)
        fields.setdefault(found[1].casefold(), found[2].strip())
    sender = next((fields[key] for key in _FROM if key in fields), "")
    from primehelp.message_mailbox import mailbox, mailboxes, named_address

    value = sender.replace("[mailto:", "<").replace("]", ">")
    name, address = named_address(value, str) or mailbox(value)  # review 43a, item 3
    if "@" not in address:
        return None
    replies = next((fields[key] for key in _REPLY_TO if key in fields), "")
    by = f"{outer.from_name} <{outer.from_address}>" if outer.from_name else outer.from_address
    return outer._replace(
        subject=next((fields[key] for key in _SUBJECT if key in fields), ""),
        from_name=name,
        from_address=address,
        reply_to=tuple(a for _, a in mailboxes([replies]) if a) if replies else (),
        return_path="",
        authentication_results=(),
        received_spf=(),  # the forwarder's server's, not the original mail's (46a, item 4)
        forwarded_by=by or ("-" if any(outer) else ""),  # a pasted text: no forwarder known
        forwarded_inline=True,
    )


# A forward's subject line in the body (「Subject: …」「件名：…」): review 43a, item 8.
_SUBJECT_LINE = LazyPattern(r"(?i)^[ \t>]*(?:subject|件名)[ \t]*[:：][ \t]*")


def repeats_subject(sentence: str, subject: str) -> bool:
    """Whether ``sentence`` is a 「Subject: …」 line of the body that says ``subject`` again (the
    forwarded mail's subject, checked as the subject): quoted once, without the label."""
    if not subject or (":" not in sentence and "：" not in sentence):
        return False
    label = _SUBJECT_LINE.match(sentence)
    if label is None:
        return False
    said = "".join(sentence[label.end() :].split()).casefold()
    return said == "".join(subject.split()).casefold()


def without_subject_lines(
    written: Iterable[tuple[str, tuple[str, ...]]], subject: str
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The sentences of ``written`` (each with its lines) without the lines that say the
    ``subject`` again after a 「Subject:」 label (review 43a, item 8)."""
    from primehelp.message_clauses import joined

    for sentence, pieces in written:
        kept = tuple(one for one in pieces if not repeats_subject(one, subject))
        if kept == pieces:
            yield sentence, pieces
        elif kept:
            yield functools.reduce(joined, kept), kept
