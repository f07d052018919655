"""The requests check-message reads in a text: the ``asked`` kinds of each 「…の要求」 sign, shared
by the tests of request wordings (rounds 39 and 46)."""

from __future__ import annotations

from primehelp.message import MessageContent, check_message
from primehelp.message_check import FlagKind


def asks(text: str, content: MessageContent) -> list[tuple[str, ...]]:
    """The kinds each request sign of ``text`` names, in order (an empty list: no request)."""
    return [
        one.asked
        for one in check_message(text, content).red_flags
        if one.kind is FlagKind.ASKS_FOR_DETAILS
    ]
