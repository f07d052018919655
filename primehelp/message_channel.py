"""The channel a request for details asks them by (review 42a, item 16).

A mail that asks 「カード番号をご返信ください」 asks for a reply: the advice with the sign is about
replies (「このメールに返信して、カード情報やパスワードを送らないでください」), not about the
links of a mail that may have none. A request through a link, or one whose channel is not said,
keeps the advice about links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.message_check import FlagKind, RedFlag
from primehelp.message_words import words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent


def by_reply(flags: Iterable[RedFlag], content: MessageContent) -> bool:
    """Whether every request for details among ``flags`` asks for a reply (its quoted
    sentences name 「返信」)."""
    reply = words_of(content.vocabulary.reply)
    evidence = [
        " ".join(found.casefold().split())
        for one in flags
        if one.kind is FlagKind.ASKS_FOR_DETAILS
        for found in (one.evidence, *one.more_evidence)
    ]
    return bool(evidence) and all(
        reply.found_in(spaced, spaced.replace(" ", "")) for spaced in evidence
    )
