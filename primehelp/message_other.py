"""What a message asks for or says that FACTS gives no rule on (reviews 36a and 37a): named under
「確認できなかったこと」, never counted as a sign and never called safe.

- ``limits.asks_other``: a bank account, My Number, date of birth or an ID document, a refund at
  an ATM (review 36a, items 3 and 4, S 24), a payment by transfer, e-money or at a convenience
  store, or a remote-access app (review 37a, items 2 and 3), each in a clause no negation
  governs, with a word that asks for it in that clause.
- ``limits.threat_other``: a legal threat or a short deadline (「法的措置」「本日中」: review 37a,
  item 10), the words found quoted.

FACTS §7's "payment information" is how one pays with a card: an account to be paid into, an
ATM, a transfer, an ID or a remote-access app is not named there.

A refund at an ATM (or a Prime fee's by bank transfer) was a note here until review 47a, item 4:
that reasoning weighed §7 alone, while §5 gives Amazon's rule for a Prime fee refund (back to
the payment method used; the gift-card part to the gift-card balance). The lead decided (round
56) to count it as a sign, ``refund_at_atm`` (primehelp.message_refund); it is no longer said
here when that sign is found, so the note never says whether Amazon asks it is unknown."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind
from primehelp.message_clauses import not_denied, present_in
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_conditions import conditions_as_requests, without_what_was_done
from primehelp.message_words import Words, words_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from primehelp.facts import Node
    from primehelp.message import MessageContent, Note
    from primehelp.message_check import RedFlag

# In the order limits.asks_other names them.
_OTHER = (
    "bank_account",
    "personal_id",
    "atm",
    "transfer",
    "remote_access",
    "prepaid_payment",  # review 38a, item 4
    "other_app",  # review 38a, item 5
    "prize_fee",  # review 38a, S 36: with a prize said to be won
)
_VOCABULARY = ("bank_account", "personal_id", "atm")  # message.Vocabulary's lists
_UNCHECKED = (
    "transfer",
    "remote_access",
    "prepaid_payment",
    "other_app",
    "threat",
    "deadline",
    "prize",
    "prize_fee",
)  # message_unchecked.toml [unchecked]


def _lists(content: MessageContent, extra: Node, whole: str) -> dict[str, Words]:
    named = {k: getattr(content.vocabulary, k) for k in _VOCABULARY}
    named |= {k: extra.strings(k) for k in _UNCHECKED}
    return {k: words_of(v).present(whole, whole.replace(" ", "")) for k, v in named.items()}


def other_asks(
    subject: str, text: str, content: MessageContent, flags: Iterable[RedFlag] = ()
) -> tuple[Note, ...]:
    """``limits.asks_other`` and ``limits.threat_other`` for what the message holds, ``()`` for
    most messages. ``text`` is NFKC (:func:`primehelp.message_read.normalize`); ``flags``: the
    signs already found."""
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = present_in(subject, text)
    extra = document("message_unchecked").node("unchecked")
    lists = _lists(content, extra, whole)
    if not any(found.ascii or found.other for found in lists.values()):
        return ()  # most messages
    v = content.vocabulary
    verbs, refund = (
        words_of((*v.request, *v.request_details, *extra.strings("send"))),
        words_of(v.refund),
    )
    negation, after = words_of(v.negation), words_of(extra.strings("deadline_if"))
    # a sentence a threat-of-suspension sign already quotes is not named again (41a, item 18)
    signed = any(one.kind is FlagKind.THREATENS_SUSPENSION for one in flags)
    threat_sign = words_of(v.threat)
    asked: set[str] = set()
    personal: list[str] = []  # the personal details named (review 45a item 9)
    threats: dict[str, str] = {}
    for sentence, _ in ((subject, ()), *split_sentences(text)):
        spaced = " ".join(sentence.casefold().split())
        said = not_denied(spaced, negation)
        if signed and threat_sign.found_in(
            *not_denied(conditions_as_requests(without_what_was_done(spaced)), negation)
        ):
            threat_said = ("", "")
        else:
            threat_said = said
        for kind in (k for k in _OTHER if k != "atm"):  # an ATM is asked for with a refund
            if lists[kind].found_in(*said) and verbs.found_in(*lists[kind].masked(*said)):
                asked.add(kind)
                personal += lists[kind].matching(*said) if kind == "personal_id" else ()
        if "prize_fee" in asked and not (lists["prize"].ascii or lists["prize"].other):
            asked.discard("prize_fee")  # a fee, with no prize said to be won
        if lists["atm"].found_in(*said) and refund.found_in(*said):
            asked.add("atm")
        threats |= dict.fromkeys(lists["threat"].matching(*threat_said), "legal")
        if lists["deadline"].found_in(*threat_said) and after.found_in(*threat_said):
            threats |= dict.fromkeys(lists["deadline"].matching(*threat_said), "deadline")
    if any(one.kind is FlagKind.REFUND_AT_ATM for one in flags):  # a sign (47a, item 4)
        asked.difference_update(("atm", "transfer"))
    found = sorted(threats, key=lambda word: whole.replace(" ", "").find(word.replace(" ", "")))
    kinds = set(threats.values())
    kind = kinds.pop() if len(kinds) == 1 else "both"
    named = _named(personal, whole)
    return (*_asked_note(asked, named, content), *_threat_note(tuple(found), kind, content))


def _named(words: list[str], whole: str) -> tuple[str, ...]:
    """The personal details asked for, once each, in the message's order; a word inside another
    found (「免許証」 in 「運転免許証」) is left out."""
    unique = dict.fromkeys(words)
    kept = [w for w in unique if not any(w != o and w in o for o in unique)]
    return tuple(sorted(kept, key=lambda w: whole.replace(" ", "").find(w.replace(" ", ""))))


# The personal details of message_asks.toml's personal_id list as English says them (the note
# names what was asked in the member's language, never a Japanese word quoted in English).
_IN_ENGLISH = {
    "マイナンバー": "My Number",
    "個人番号": "My Number",
    "生年月日": "date of birth",
    "運転免許証": "driving licence",
    "免許証": "driving licence",
    "保険証": "health insurance card",
    "身分証": "ID",
    "パスポート": "passport",
    "在留カード": "residence card",
    "本人確認書類": "ID documents",
}


def _asked_note(
    asked: set[str], personal: tuple[str, ...], content: MessageContent
) -> tuple[Note, ...]:
    """``limits.asks_other`` naming what was asked; the personal details by the words found
    (「個人情報（生年月日）」, not a list of examples the message may not hold: review 45a item 9)."""
    if not asked:
        return ()
    what = [ui(f"limit.asks_other.{kind}", "ui_message") for kind in _OTHER if kind in asked]
    if "personal_id" in asked:
        index = [kind for kind in _OTHER if kind in asked].index("personal_id")
        ja = "・".join(personal)
        en = ", ".join(dict.fromkeys(_IN_ENGLISH.get(word, word) for word in personal))
        what[index] = Text(what[index].ja.format(words=ja), what[index].en.format(words=en))
    en = (
        what[-1].en
        if len(what) == 1
        else ", ".join(w.en for w in what[:-1]) + " and " + what[-1].en
    )
    note = content.limits["asks_other"]
    said_ja = note.text.ja.format(what="、".join(w.ja for w in what))
    return (note._replace(text=Text(said_ja, note.text.en.format(what=en))),)


def _threat_note(found: tuple[str, ...], kind: str, content: MessageContent) -> tuple[Note, ...]:
    """``limits.threat_other`` quoting ``found``, naming only the ``kind`` found (a deadline, a
    legal threat or both: review 41a, item 18)."""
    if not found:
        return ()
    note = content.limits["threat_other"]
    what = ui(f"limit.threat_other.{kind}", "ui_message")
    ja = note.text.ja.format(words="".join(f"「{word}」" for word in found), kind=what.ja)
    en = note.text.en.format(words=", ".join(f"“{word}”" for word in found), kind=what.en)
    return (note._replace(text=Text(ja, en)),)


_UNJUDGED = ("message.limit.asks_other", "message.limit.threat_other")
_APART = "message.limit.hidden_apart"  # text hidden apart from the words shown: a remark


def read_below(
    verdict: Text, others: tuple[Note, ...], no_flags: bool, flags: Iterable[RedFlag] = ()
) -> Text:
    """A "no red flags" verdict of a message that asks for what FACTS gives no rule on (a LINE
    contact, prepaid cards, an ATM refund…) points to it: never "nothing found" alone (review
    38a, item 5). When every sign is a domain FACTS does not list (amazon.de, audible.co.jp), the
    verdict is a caution (review 52a, item 21)."""
    from primehelp.message_sites import only_other_sites

    if only_other_sites(flags):
        return ui("verdict_other_sites", "ui_message")
    # A saved webmail page: the page's own links may be among the signs (review 45a, item 4).
    page = any(note.id.endswith((".webmail_maybe", ".webmail_links")) for note in others)
    # nothing more to weigh (61m, item 5); a payment notice is under 「読み取った内容」 (62m, 6)
    others = tuple(n for n in others if n.id not in (_APART, "message.limit.payment_notice"))
    if not (others and (no_flags or page)):
        return verdict
    if no_flags and any(note.id in _UNJUDGED for note in others):  # review 52a, item 31
        return ui("verdict_unjudged", "ui_message")
    more = ui("verdict_read_below", "ui_message")
    return Text(verdict.ja + more.ja, f"{verdict.en} {more.en}")
