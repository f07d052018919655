"""A refund said to be done at an ATM or by bank transfer (review 47a, item 4; the lead's
decision, round 56).

FACTS §5: a Prime fee refund goes back to the payment method used (M-H, Amazon's rule), the part
paid with a gift card to the gift-card balance (M). A message that asks the member to go to an
ATM for a refund (the textbook 還付金詐欺: 「返金しますので、お近くのATMで手続きしてください」),
or to take a Prime fee's refund by bank transfer, asks for what that rule has no place for:
``refund_at_atm``, the sentence quoted, its reason the rule and what the message asks, no more.
A clause a negation governs (「ATMでの手続きは必要ありません」) asks nothing. A refund by
transfer is a sign only where the message speaks of the Prime fee (an order paid at a
convenience store may be refunded to a bank account: FACTS says nothing of it) and asks for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag, flag
from primehelp.message_clauses import not_denied, present_in, quoted
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_words import words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent


def refund_flags(
    subject: str, text: str, content: MessageContent, given: Callable[[str], str]
) -> Iterator[RedFlag]:
    """``refund_at_atm`` for the first sentence that asks for a refund step at an ATM (or by
    bank transfer, of a Prime fee). ``text`` is NFKC."""
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = present_in(subject, text)
    compact = whole.replace(" ", "")
    v = content.vocabulary
    refund = words_of(v.refund).present(whole, compact)
    if not (refund.ascii or refund.other):
        return  # most messages
    atm = words_of(v.atm).present(whole, compact)
    transfer = words_of(document("message_unchecked").node("unchecked").strings("refund_transfer"))
    if not words_of(v.payment_fee).found_in(whole, compact):
        transfer = words_of(())  # no Prime fee named: FACTS has no rule for the refund
    verbs = words_of((*v.request, *v.request_details))
    negation = words_of(v.negation)
    written = (*([(subject, (subject,))] if subject else []), *split_sentences(text))
    for sentence, pieces in written:
        said = not_denied(" ".join(sentence.casefold().split()), negation)
        if not refund.found_in(*said):
            continue
        how = "atm" if atm.found_in(*said) else ""
        if not how and transfer.found_in(*said) and verbs.found_in(*transfer.masked(*said)):
            how = "transfer"
        if how:
            sign = flag(FlagKind.REFUND_AT_ATM, quoted(pieces, given), content)
            found = ui(f"flag.refund_found.{how}", "ui_message_read")
            title = ui("flag.refund_by_transfer", "ui_message_read") if how == "transfer" else None
            # what was found first, then the rule, then what to make of it (review 52a, item 32)
            end = ui("flag.refund_suspect", "ui_message_read")
            reason = Text(
                found.ja + sign.reason.ja + end.ja, f"{found.en} {sign.reason.en} {end.en}"
            )
            yield sign._replace(reason=reason, title=title)
            return
