"""Details named but not read as asked for (review 40a, item 4): the wordings of a request are
an arms race, and one the word lists miss must not end in 「危険な兆候は見つかりませんでした」 alone.
A message in Amazon's name that names card details, a password, a PIN, a one-time code or a
gift card's number, and raised no request sign, says so under 「確認できなかったこと」
(``limits.mentioned_unasked``): what it names, that it was not counted, and that a request for
it is a sign of fraud (FACTS §11). Amazon's own advice (「パスワードは誰にも教えないでください」)
names one too: the note says only what was read, never that it asks."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag
from primehelp.message_clauses import present_in
from primehelp.message_conditions import more_named
from primehelp.message_words import words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note

_KINDS = ("card", "password", "pin", "code", "gift_card")  # in the order a request names them
_AMAZON = ("prime", "プライム")  # with vocabulary.brand: the message claims to be Amazon


def mentioned(
    subject: str, text: str, content: MessageContent, flags: Iterable[RedFlag]
) -> tuple[Note, ...]:
    """``limits.mentioned_unasked`` naming the details the message names, or ``()`` (no such
    detail, no claim to be Amazon, or a request for details already counted)."""
    if any(one.kind is FlagKind.ASKS_FOR_DETAILS for one in flags):
        return ()
    whole = present_in(unicodedata.normalize("NFKC", subject).strip(), text)
    compact = whole.replace(" ", "")
    v = content.vocabulary
    if not words_of((*v.brand, *_AMAZON)).found_in(whole, compact):
        return ()
    gift = words_of(v.gift_card)
    found = {"gift_card"} if gift.found_in(whole, compact) else set()
    whole, compact = gift.masked(whole, compact)  # 「ギフトカード番号」 is no 「カード番号」
    found |= set(more_named(whole, compact))
    found |= {k for k in _KINDS[:4] if words_of(getattr(v, k)).found_in(whole, compact)}
    if not found:
        return ()
    what = [ui(f"flag.asks_{kind}", "ui_message") for kind in _KINDS if kind in found]
    en = what[-1].en
    if len(what) > 1:
        en = ", ".join(w.en for w in what[:-1]) + " or " + en
    note = content.limits["mentioned_unasked"]
    said = Text(
        note.text.ja.format(what="、".join(w.ja for w in what)), note.text.en.format(what=en)
    )
    return (note._replace(text=said),)
