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
_FIELD = LazyPattern(
    r"^[ \t>]*([A-Za-z-]+|差出人|件名|宛先|日付|送信日時|返信先)[ \t]*[:：][ \t]*(.*)$"
)
_FROM, _SUBJECT, _REPLY_TO = ("from", "差出人"), ("subject", "件名"), ("reply-to", "返信先")
_MARKERS = ("forward", "original", "転送", "元のメッセージ")


# The fields of a forward's block whose addresses are the original mail's header, not addresses
# the message gives (review 44a, item 5: the sender listed again, the member's own address as
# 「Amazon以外のドメイン」).
_ADDRESSED = ("from", "差出人", "to", "宛先", "cc", "reply-to", "返信先", "sender")


def block_addresses(text: str) -> frozenset[str]:
    """The addresses (case folded) of the From, To, Cc and Reply-To lines of the block of a mail
    forwarded inline in ``text`` (:func:`forwarded` read it: a marker was found)."""
    marker = _MARKER.search(text)
    if marker is None:
        return frozenset()
    from email.utils import getaddresses

    found: set[str] = set()
    for line in text[marker.end() :].lstrip("\r\n").splitlines():
        field = _FIELD.match(line)
        if field is None:
            break
        if field[1].casefold() in _ADDRESSED:
            value = field[2].replace("[mailto:", "<").replace("]", ">")
            found.update(a.casefold() for _, a in getaddresses([value]) if "@" in a)
    return frozenset(found)


def forwarded(text: str, outer: Headers) -> Headers | None:
    """The headers of the mail forwarded inline in ``text`` (its From, Subject and Reply-To
    lines), ``forwarded_by`` the forwarder as ``outer``'s From reads; None when ``text`` holds
    no forward marker followed by a From line with an address."""
    folded = text.casefold()
    if not any(word in folded for word in _MARKERS):
        return None  # most messages: no pattern compiled (start-up)
    marker = _MARKER.search(text)
    if marker is None:
        return None
    fields: dict[str, str] = {}
    for line in text[marker.end() :].lstrip("\r\n").splitlines():
        found = _FIELD.match(line)
        if found is None:
            break  # the block ends at its first line that is no field (a blank line)
        fields.setdefault(found[1].casefold(), found[2].strip())
    sender = next((fields[key] for key in _FROM if key in fields), "")
    from email.utils import getaddresses, parseaddr

    from primehelp.message_mailbox import named_address

    value = sender.replace("[mailto:", "<").replace("]", ">")
    name, address = named_address(value, str) or parseaddr(value)  # review 43a, item 3
    if "@" not in address:
        return None
    replies = next((fields[key] for key in _REPLY_TO if key in fields), "")
    by = f"{outer.from_name} <{outer.from_address}>" if outer.from_name else outer.from_address
    return outer._replace(
        subject=next((fields[key] for key in _SUBJECT if key in fields), ""),
        from_name=name,
        from_address=address,
        reply_to=tuple(a for _, a in getaddresses([replies]) if a) if replies else (),
        return_path="",
        authentication_results=(),
        forwarded_by=by or "-",
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
