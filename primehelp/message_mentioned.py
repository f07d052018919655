"""Details named but not read as asked for (review 40a, item 4): the wordings of a request are
an arms race, and one the word lists miss must not end in 「危険な兆候は見つかりませんでした」 alone.
A message in Amazon's name that names card details, a password, a PIN, a one-time code or a
gift card's number, and raised no request sign, says so under 「確認できなかったこと」
(``limits.mentioned_unasked``): what it names, that it was not counted, and that a request for
it is a sign of fraud (FACTS §11). The note says only what was read, never that it asks. A detail
named only where Amazon's own mails name it gets no note (review 41a, item 7): in a clause a
negation governs (「パスワードは誰にも教えないでください」「…お尋ねすることはありません」), in a
warning or reassurance (「…を入力してしまった場合は」「…を更新しなくても」), as a one-time code the
message gives (「482913 はあなたの確認コードです」), or as a password changed or to change."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.i18n import Text
from primehelp.message_check import DETAIL_KINDS, FlagKind, RedFlag
from primehelp.message_clauses import not_denied, present_in
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_conditions import (
    PASSWORD_CHANGED,
    gives_code,
    more_named,
    without_what_was_done,
)
from primehelp.message_kana import folded
from primehelp.message_words import Words, in_amazons_name, words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note

_KINDS = (*DETAIL_KINDS, "gift_card")  # in the order a request names them


def _named(spaced: str, gift: Words, content: MessageContent) -> set[str]:
    """The kinds of details the clauses of one sentence name that no negation governs and that
    are no warning (「…は誰にも教えないでください」「…を入力してしまった場合は」: review 41a,
    item 7), nor a one-time code the message gives, nor a password to change."""
    v = content.vocabulary
    whole, compact = not_denied(without_what_was_done(spaced), words_of(v.negation))
    found = {"gift_card"} if gift.found_in(whole, compact) else set()
    whole, compact = gift.masked(whole, compact)  # 「ギフトカード番号」 is no 「カード番号」
    found |= set(more_named(whole, compact))
    found |= {k for k in DETAIL_KINDS if words_of(getattr(v, k)).found_in(whole, compact)}
    if "password" in found and PASSWORD_CHANGED.search(compact):
        found.discard("password")
    return found


def mentioned(
    subject: str, text: str, content: MessageContent, flags: Iterable[RedFlag]
) -> tuple[Note, ...]:
    """``limits.mentioned_unasked`` naming the details the message names (:func:`_mentioned`),
    then ``limits.payment_notice`` for a payment-failure notice that is no sign (62m, item 6)."""
    from primehelp.message_notice import payment_notice

    flags = tuple(flags)
    return (
        *_mentioned(subject, text, content, flags),
        *payment_notice(subject, text, content, flags),
    )


def _mentioned(
    subject: str, text: str, content: MessageContent, flags: Iterable[RedFlag]
) -> tuple[Note, ...]:
    """``limits.mentioned_unasked`` naming the details the message names, or ``()`` (no such
    detail, no claim to be Amazon, or a request for details already counted)."""
    if any(one.kind is FlagKind.ASKS_FOR_DETAILS for one in flags):
        return ()
    subject = unicodedata.normalize("NFKC", subject).strip()
    subject, text = folded(subject), folded(text)  # 「カードの情報」 (review 44a, item 1)
    whole = present_in(subject, text)
    compact = whole.replace(" ", "")
    v = content.vocabulary
    if not in_amazons_name(whole, compact, v.brand):
        return ()
    gift = words_of(v.gift_card)
    found: set[str] = set()
    for sentence, _ in ((subject, ()), *split_sentences(text)):
        spaced = " ".join(sentence.casefold().split())
        named = _named(spaced, gift, content) if spaced else set()
        if named <= {"password", "code"} and gives_code(spaced, text, words_of(v.password)):
            continue  # 「482913 はあなたの確認コードです」 (review 41a, item 7)
        found |= named
    if not found:
        return ()
    from primehelp.message_asks import kinds_listed  # loaded already by message.check_message

    what = kinds_listed([content.asks_kinds[kind] for kind in _KINDS if kind in found], "や")
    note = content.limits["mentioned_unasked"]  # 「カード情報やパスワード」 (review 41a, item 7)
    said = Text(note.text.ja.format(what=what.ja), note.text.en.format(what=what.en))
    return (note._replace(text=said),)
