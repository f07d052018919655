"""The words of a message that claims to be from Amazon: requests for details, threats of
suspension, the known scam subjects and payment problems, each quoted from the sentence that
says it (split from :mod:`primehelp.message_check`, which keeps the flags and the links' signs).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp import message_conditions as cond  # review 40a, items 1, 2 and 6
from primehelp import message_ended as ended  # review 59m, item 2
from primehelp import message_requests as req  # review 41a, items 1 and 3
from primehelp.facts import ui
from primehelp.message_check import DETAIL_KINDS, EVIDENCE_LIMIT, FlagKind, RedFlag, flag
from primehelp.message_clauses import not_denied, present_in
from primehelp.message_clauses import sentences as split_sentences
from primehelp.message_follows import maker, quoted_first
from primehelp.message_gift import NUMBER, GiftCardWords, bare_number
from primehelp.message_loose import leaning, own_payment, own_words  # 61m, item 4
from primehelp.message_notice import bare, hurried, scam_hurried
from primehelp.message_subjects import (
    FLAGS_PER_TEXT_KIND,
    all_reported,
    fee_named,
    loosely,
    own_said,
    same_kind,
    similar_reason,
)
from primehelp.message_window import around
from primehelp.message_words import Words, words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Vocabulary

_PAYMENT_DETAILS = "payment_details"
# The words a request's quote is cut around (message_window: 38a S 39, 39a S 28).
_ASKED_WORDS = (*DETAIL_KINDS, _PAYMENT_DETAILS, "reply", "request", "request_details",
                "prepaid_card", "code_words", "gift_card", "gift_card_any", "gift_card_buy",
                "gift_card_pay_request")  # fmt: skip
# The kinds whose evidence is a sentence of the message (:func:`text_flags`).
_QUOTED_KINDS = (
    FlagKind.ASKS_FOR_DETAILS,
    FlagKind.THREATENS_SUSPENSION,
    FlagKind.SCAM_SUBJECT,
    FlagKind.PAYMENT_PROBLEM,
)


def _compact(sentence: str) -> str:
    return "".join(sentence.casefold().split())


def text_flags(
    subject: str,
    text: str,
    content: MessageContent,
    given: Callable[[str], str],
    asked: set[str],
    links: Sequence[str] = (),
    to_amazon: Sequence[str] = (),
) -> Iterator[RedFlag]:
    """Requests for details, threats of suspension and the known scam subjects. ``text`` is
    NFKC-normalised (:func:`primehelp.message_read.normalize`); ``given`` turns a sentence of
    it into the sentence as the member gave it, quoted as the evidence. The kinds of details
    asked for go into ``asked`` (:mod:`primehelp.message_asks` words the reason from them);
    ``links``: every link of the message, its HTML links' targets too; ``to_amazon``: the texts of
    its links to Amazon, never quoted as scam wording (review 63m, item 12)."""
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = cond.conditions_as_requests(present_in(subject, text))  # its verbs' words: 40a, 1
    whole_compact = whole.replace(" ", "")

    def words(*lists: tuple[str, ...]) -> Words:
        return words_of([w for found in lists for w in found]).present(whole, whole_compact)

    v: Vocabulary = content.vocabulary
    details = words(v.card, v.password, v.pin, v.code, v.payment_details)
    gift = GiftCardWords(words, v)
    objects = {kind: words(getattr(v, kind)) for kind in (*DETAIL_KINDS, _PAYMENT_DETAILS)}
    threat = words(v.threat)
    # loose words: 「未納…本日中」 (review 36a, item 6; primehelp.message_subjects)
    scam = loosely(words(v.scam_subject_reported, v.scam_subject), v.scam_subject, whole_compact)
    payment = loosely(words(v.payment_problem), v.payment_problem, whole_compact)
    lists = (details, threat, scam, payment)
    if not (
        gift.named()
        or any(word for found in lists for word in (*found.ascii, *found.other))
        or cond.more_named(whole, whole_compact)  # 「IDとパス」 (review 40a, item 2)
        or req.code_named(whole_compact)  # 「届いた6桁のコード」 (review 41a, item 1)
        or req.registers(whole, whole_compact)  # 「カードを登録してください」 (round 53)
    ):
        return  # most messages stop here: none of the words that can raise a flag occurs
    from primehelp import message_above as above  # only where a request word occurs
    from primehelp import message_forward as fwd  # it imports this module

    request, handed = words(v.request, v.request_details), words(v.request)
    not_request = words(v.not_request)
    from primehelp.message_inline import without_subject_lines  # review 43a, item 8

    written = (*([(subject, (subject,))] if subject else []), *split_sentences(text))
    written = tuple(without_subject_lines(written, subject)) if subject else written
    listed = (*v.scam_subject_reported, *v.scam_subject)
    sentences = [sentence for sentence, _ in written]  # Amazon's own words (61m, item 4)
    owns = [entry for entry in listed if own_words(entry)]
    own_only = leaning(sentences, owns, [e for e in listed if e not in owns], threat)
    own_only |= {_compact(unicodedata.normalize("NFKC", one)) for one in to_amazon}  # 63m, 12
    owns = own_payment(v.payment_problem, listed)  # 「お支払い方法をご確認ください」
    failed = [entry for entry in v.payment_problem if entry not in owns]
    own_paid = leaning(sentences, owns, failed)
    all_sentences = tuple(s for s, _ in written if _compact(s) not in own_only)
    reported = words(v.scam_subject_reported)
    same = all_reported(all_sentences, scam, reported)
    scam_reason = content.flags[FlagKind.SCAM_SUBJECT].text
    if not same:
        scam_reason = similar_reason(all_sentences, scam, listed, content, bool(subject), given)
    else:  # the other kinds only (review20a 3)
        scam_reason = same_kind(all_sentences, scam, content) or scam_reason
    negation = words(v.negation)
    payment_reason = content.flags[FlagKind.PAYMENT_PROBLEM].text
    if not words(v.payment_fee).found_in(whole, whole_compact):  # an order's (37a, item 8)
        payment_reason = ui("flag.payment_problem_other", "ui_message")
    else:  # the real fee quoted proves nothing (review 60m, S 16; FACTS §7)
        payment_reason = fee_named(payment_reason, whole_compact)
    paid = [
        s for s in sentences if payment.found_in(*cond.not_advice(" ".join(s.casefold().split())))
    ]
    paid = [s for s in paid if _compact(s) not in own_paid][:FLAGS_PER_TEXT_KIND]
    payment_reason = own_said(payment_reason, paid, owns, failed, given)
    payment_reason = hurried(payment_reason, whole, bool(threat.ascii or threat.other))  # 63m, 6
    if not (threat.ascii or threat.other or paid):  # their signs name the hurry (review 64m, 4)
        shows = [
            s for s in all_sentences if scam.found_in(" ".join(s.casefold().split()), _compact(s))
        ]
        shows += [m[0] for s in shows if (m := maker(s, all_sentences, listed, _compact(whole)))]
        scam_reason = scam_hurried(scam_reason, whole, shows)  # the quote made first (63m, 12)
    bare_notice = bare(whole, content)  # 「…承認されませんでした」 alone (review 62m, item 6)
    urgent = words(v.urgency)  # a deadline, 「至急」: the suspension sign hurries (43a, item 10)
    counts, scam_kind = dict.fromkeys(FlagKind, 0), FlagKind.SCAM_SUBJECT
    counted = _QUOTED_KINDS
    shown = dict(zip(_QUOTED_KINDS[1:], (threat, scam, payment), strict=True))  # 38a S 39
    previous = ""  # the sentence before, whose kinds a bare 「番号」 asks for (40a, item 1)
    gift_before = ""  # what the sentence before asked of a gift card (review 41a, item 12)
    before_pieces: tuple[tuple[str, ...], ...] = ()  # its pieces, and whether it asked itself
    asked_before = False
    # 「以下の項目をご返信ください。」 and its list, a form's blanks (42a, 10), read as one (41a, 3)
    for sentence, pieces in above.with_lists(written, handed, objects):  # 「上記」: 42a, 4
        if all(counts[kind] >= FLAGS_PER_TEXT_KIND for kind in counted):
            return  # enough evidence of each kind: the rest of a long text adds nothing
        spaced = " ".join(sentence.casefold().split())
        compact = spaced.replace(" ", "")
        # Only the clauses no negation governs (36a, item 2); the objects outside a gift card's
        # number (「ギフトカード番号」 no 「カード番号」), the verbs outside them (「確認コード」 no 「確認」)
        said = not_denied(  # 「…しないと」: 40a, 1; 「…してしまった場合は」「…しなくても」: 41a, 5
            cond.conditions_as_requests(cond.without_what_was_done(spaced)), negation
        )
        gift_card_asked = gift.asked(*said)  # its number, or payment with it
        if gift_card_asked == NUMBER and gift.registers(*said):  # 37a, item 7
            gift_card_asked = "" if fwd.amazon_links_only(sentence, text, content) else NUMBER
        unmasked = gift.number.masked(*said)
        generic = gift.generic.found_in(*unmasked) or bare_number(unmasked[1])  # 63m, S 15
        if not gift_card_asked and gift_before and generic:
            # 「ギフトカードでお支払いください。コンビニで購入し、カード番号を教えて」: the
            # gift card's number, not a credit card's (review 41a, item 12)
            gift_card_asked = NUMBER if handed.found_in(*unmasked) else ""
        if gift_card_asked == NUMBER:  # 「…カードを購入し、カードの番号を…」: the gift card's
            unmasked = gift.generic.masked(*unmasked)
        gift_before = gift_card_asked
        verbs = not_request.masked(*details.masked(*unmasked))  # 「更新方法」 asks nothing
        named = [k for k, listed in objects.items() if listed.found_in(*unmasked)]
        named += [k for k in cond.more_named(*unmasked) if k not in named]  # review 40a, item 2
        if "code" not in named and not gift_card_asked and req.code_named(unmasked[1]):
            named.append("code")  # 「届いた6桁のコード」 (review 41a, item 1): not a gift card's
        named = cond.code_or_card(named, objects["code"].matching(*unmasked), unmasked[1])
        hands_over, any_verb = handed.found_in(*verbs), request.found_in(*verbs)
        any_verb = any_verb or req.needed(*verbs)  # 「カード番号が必要です」 (review 41a, item 3)
        details_asked = [k for k in named if (hands_over if k == _PAYMENT_DETAILS else any_verb)]
        details_asked += [k for k in req.registers(*unmasked) if k not in details_asked]  # r53
        paying = objects[_PAYMENT_DETAILS].matching(*unmasked)
        if {"card", _PAYMENT_DETAILS} & {*named} - {*details_asked} and req.renews(  # 44a, 1
            verbs, paying
        ):  # 「決済情報を更新してください」, but not on Amazon's own site alone (its expiry mail)
            amazons = fwd.amazon_links_only(sentence, text, content)
            own = req.own_update(verbs, paying)  # 「お支払い情報を更新してください」: 61m, 2
            renewed = ("card",) if own else ("card", _PAYMENT_DETAILS)
            details_asked += [k for k in renewed if k in named and not amazons]
        if "card" in details_asked:  # card details are the payment details (41a, item 8)
            details_asked = [k for k in details_asked if k != _PAYMENT_DETAILS]
        if {*details_asked} <= {"password", "code"} and cond.gives_code(  # 41a, item 6
            said[0], text, objects["password"]
        ):
            details_asked = []
        if "password" in details_asked and fwd.password_changed_at_amazon(  # 41a, item 16
            unmasked, links, content, objects["password"], whole
        ):
            details_asked.remove("password")
        if details_asked and fwd.confirmed_at_amazon(said, links, content, whole):  # r51
            details_asked = []  # 「クレジットカード情報の登録が完了しました」 asks for nothing
        with_before: tuple[tuple[str, ...], ...] = ()  # quoted before it (r51: 43a, item 4)
        if not (named or gift_card_asked) and (hands_over or req.again(said[1])):  # 43a, 4
            before = cond.named_before(previous, objects, gift.number) if previous else []
            for kind in cond.carried(said[0], before):
                gift_card_asked = NUMBER if kind == NUMBER else gift_card_asked
                details_asked += [kind] if kind != NUMBER else []
            details_asked = details_asked or req.left_out(said[1], spaced, previous, objects)
            if (details_asked or gift_card_asked) and not asked_before:  # what it asks is there
                named_here = cond.named_before(spaced, objects, gift.number)
                with_before = () if named_here or req.code_named(compact) else before_pieces
        earlier, previous, before_pieces = previous, spaced, pieces
        asked_before = bool(details_asked or gift_card_asked)
        kinds = []
        if details_asked or gift_card_asked:
            kinds.append(FlagKind.ASKS_FOR_DETAILS)
            asked.update(details_asked)  # only the kinds it asks for (review 33a, S 6)
            asked.update((gift_card_asked,) if gift_card_asked else ())
        if threat.found_in(*said) and not ended.as_chosen(  # Amazon's own (59m, item 2)
            threat.matching(*said), said[1], whole, links, bool(urgent.ascii or urgent.other)
        ):
            kinds.append(FlagKind.THREATENS_SUSPENSION)
        if compact in own_only:  # Amazon's own words, the sign another sentence (61m, 4)
            pass
        elif scam.found_in(*cond.not_advice(spaced)):  # 「…する必要はありません」: 43a, 5
            kinds.append(FlagKind.SCAM_SUBJECT)
        elif payment.found_in(spaced, compact) and compact not in own_paid and not bare_notice:
            kinds.append(FlagKind.PAYMENT_PROBLEM)  # one sign each; a bare notice none (62m, 6)
        kinds = [kind for kind in kinds if counts[kind] < FLAGS_PER_TEXT_KIND]
        if not kinds:
            continue
        if FlagKind.ASKS_FOR_DETAILS in kinds and FlagKind.ASKS_FOR_DETAILS not in shown:
            shown[FlagKind.ASKS_FOR_DETAILS] = words(*(getattr(v, k) for k in _ASKED_WORDS))
        # one quote of the sentence for all its signs, cut around all their words
        matched = [word for kind in kinds for word in shown[kind].matching(spaced, compact)]
        quote = req.quoted_all(pieces, given, matched)
        if with_before and FlagKind.ASKS_FOR_DETAILS in kinds:  # 「…不備があります。再度ご登録を…」
            named_there = shown[FlagKind.ASKS_FOR_DETAILS].matching(
                earlier, earlier.replace(" ", "")
            )
            quote = req.after(req.quoted_all(with_before, given, named_there), quote)
            matched = [*named_there, *matched]
        quote = around(quote, matched, EVIDENCE_LIMIT)
        made = quoted_first(sentence, sentences, listed, given) if kinds == [scam_kind] else None
        quote, glossed = made or (quote, None)  # the sentence that makes the sign (63m, 12)
        for kind in kinds:  # each under FLAGS_PER_TEXT_KIND (filtered above)
            counts[kind] += 1
            found = flag(kind, quote, content)
            if kind == FlagKind.PAYMENT_PROBLEM:
                found = found._replace(reason=payment_reason)
            elif kind == FlagKind.THREATENS_SUSPENSION and not (urgent.ascii or urgent.other):
                notice = "flag.threatens_suspension_notice"  # a notice alone (43a, item 10)
                said = ui(f"{notice}_reason", "ui_message")
                found = found._replace(title=ui(notice, "ui_message"), reason=said)
            if glossed:  # 「（「カードの有効期限が切れています」に続けて期限を切っています）」
                found = found._replace(glossed=((found.evidence, *glossed),))
            yield found._replace(reason=scam_reason) if kind == scam_kind else found
