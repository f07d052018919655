"""Which 「…はありませんでした」 line ``check-message`` prints when it found no link, address or
number: never an all-clear of what it did not read (moved out of check_message at its size
limit). Imported only when nothing was found."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primehelp.message import MessageCheck

_LIMIT = "message.limit."
# A limit note, and the line said in its place: the first one found, in this order
_UNREAD = (
    ("summary_only", "_summary"),  # Gmail's summary alone: no body given (48a, item 1)
    ("body_not_read", "_read_part"),  # never 「本文には…」 of a body not read (38a, item 10)
    ("no_text_body", "_no_body"),  # none read: not 「読み取れた部分には」 (48a, item 1)
    ("scripts_not_run", "_script"),  # a page's scripts, not run (48a, item 2)
    ("images_only", "_images_only"),  # no text at all: 「本文には画像しかなく…」 (53a, 22)
    ("images_not_read", "_text"),  # a picture may hold a link or a QR code (47a, item 5)
    ("parts_not_read", "_text"),
)


def nothing_key(result: MessageCheck) -> str:
    """The ui_message key of the line: ``read.nothing`` (a text), ``…_body`` (a mail: not its
    From line's), or one that says what was not read."""
    said = {note.id for note in result.could_not_know}
    suffix = next((line for key, line in _UNREAD if _LIMIT + key in said), "")
    # a pasted forward's 差出人 line shows an address: 「本文には…」 (review 52a, item 52)
    if not suffix and (result.input_kind.value == "email" or result.headers.from_address):
        suffix = "_body"
    return f"read.nothing{suffix}"
