"""A mail with more than one sender (From), named under 「確認できなかったこと」 (review 39a,
item 7: a second From, in the same header or another, was dropped from the screen).

FACTS says a From line proves nothing and gives no rule on a mail with two of them: the note
names every mailbox and says that only the first was checked; it is never counted as a sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.invisible import without_invisible

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note
    from primehelp.message_read import Headers, Reading

_ID = "message.limit.senders"
MAX_SENDERS = 10


def senders(data: bytes | str) -> tuple[str, ...]:
    """Every mailbox of every From header of a mail, as ``Name <address>`` or the address."""
    from email.parser import BytesHeaderParser

    from primehelp.message_mailbox import decoded_addresses

    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogateescape")
    try:
        headers = BytesHeaderParser().parsebytes(raw)
        values = [str(value) for value in headers.get_all("From", [])]
        if len(values) == 1 and "," not in values[0]:
            return ()  # most mails: one sender, read by message_read already
        from email.header import decode_header, make_header

        found = decoded_addresses(values, lambda value: str(make_header(decode_header(str(value)))))
    except Exception:  # a header the parser cannot read: the first sender is shown as read
        return ()
    return tuple(
        without_invisible(f"{name} <{address}>" if name else address)
        for name, address in found
        if address or name
    )


def sender_notes(data: bytes | str, content: MessageContent) -> tuple[Note, ...]:
    """``limit.senders`` for a mail with more than one From mailbox, ``()`` otherwise."""
    found = senders(data)
    if len(found) < 2:
        return ()
    shown = found[:MAX_SENDERS]
    note = ui("limit.senders", "ui_message")
    count = str(len(found))
    text = Text(
        note.ja.format(count=count, senders="、".join(shown)),
        note.en.format(count=count, senders=", ".join(shown)),
    )
    return (content.limits["from_proves_nothing"]._replace(id=_ID, text=text, sources=()),)


def name_unmarked(headers: Headers) -> Headers:
    """The headers with the sender's name read without invisible characters: 「Ama\u200bzon」 is
    checked as the 「Amazon」 the member sees (review 39a, item 9)."""
    return headers._replace(from_name=without_invisible(headers.from_name))


def name_marked(headers: Headers) -> Headers:
    """The headers with each invisible character of the sender's name written out
    (「Ama<U+200B>zon」): printed as they are, they would show 「Amazon」 (review 39a, item 9)."""
    if without_invisible(headers.from_name) == headers.from_name:
        return headers
    from primehelp.message_marks import marks_named

    return headers._replace(from_name=marks_named(headers.from_name))


def mail_notes(data: bytes | str, reading: Reading, content: MessageContent) -> tuple[Note, ...]:
    """What a mail's parts and headers hold that the check does not read: more than one sender
    (:mod:`primehelp.message_senders`, review 39a, item 7), attached files (item 5), a
    forwarder's words above an inline forward (review 47a, item 11)."""
    if reading.headers.forwarded_inline:
        from primehelp.message_inline import note_above

        if note_above(reading.text):
            return (content.limits["forwarder_words"], *_part_notes(data, reading, content))
    return _part_notes(data, reading, content)


def _part_notes(data: bytes | str, reading: Reading, content: MessageContent) -> tuple[Note, ...]:
    if reading.kind.value != "email":
        if not reading.webmail:
            return ()
        from primehelp.message_webmail import webmail_notes  # review 44a, item 3

        return webmail_notes(reading, content)
    from primehelp.message_attachments import attachment_notes
    from primehelp.message_saved import saved_mail

    if isinstance(data, bytes):  # behind a byte order mark or Gmail's summary (45a, item 2)
        data = saved_mail(data) or data
    return (*sender_notes(data, content), *attachment_notes(data, reading, content))
