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

_ID = "message.limit.senders"
MAX_SENDERS = 10


def senders(data: bytes | str) -> tuple[str, ...]:
    """Every mailbox of every From header of a mail, as ``Name <address>`` or the address."""
    from email.parser import BytesHeaderParser
    from email.utils import getaddresses

    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogateescape")
    try:
        headers = BytesHeaderParser().parsebytes(raw)
        values = [str(value) for value in headers.get_all("From", [])]
        if len(values) == 1 and "," not in values[0]:
            return ()  # most mails: one sender, read by message_read already
        from email.header import decode_header, make_header

        decoded = [str(make_header(decode_header(value))) for value in values]
        found = getaddresses(decoded)
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
