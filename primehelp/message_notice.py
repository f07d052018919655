"""A payment-failure notice that is no sign (review 62m, item 6).

「お支払い方法が承認されませんでした」 alone is what Amazon's own notice of a declined card says:
like Amazon's other own words (「お支払い方法を更新してください」), it is a sign only with the Prime
fee named (the scam subjects of FACTS §11 are the Prime fee's), a deadline, a threat, a sign-in
request or a scam subject beside it. Without them the notice is listed under 「読み取った内容」
(``limits.payment_notice``, in ``could_not_know`` in ``--json``), never called genuine or safe.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.message_check import FlagKind, RedFlag
from primehelp.message_clauses import present_in
from primehelp.message_loose import own_words, parts, without_labels
from primehelp.message_words import words_of

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note

NOTICE = "message.limit.payment_notice"
_EXPIRY = ("有効期限", "expiry date", "expiration date")  # a card's: no deadline (「期限」)
_TODAY = ("本日中", "今日中", "当日中")  # a deadline in one word
_HURRY = (
    "至急",
    "早急",
    "ただちに",
    "直ちに",
    "今すぐ",
    "すぐに",
    "速やかに",
    "すみやかに",
    "急いで",
)
_BEFORE = (
    "0123456789年月日時間分:/"  # what a date or time before 「以内」「までに」 is written with
)


def bare(whole: str, content: MessageContent) -> bool:
    """Whether a message (``whole``: folded, single spaces) names no Prime fee, no deadline, no
    threat, no sign-in request and no scam subject: its payment-failure notice is no sign."""
    v = content.vocabulary
    spaced = whole
    for word in _EXPIRY:
        spaced = spaced.replace(word, " ")
    compacted = spaced.replace(" ", "")
    lists = (v.payment_fee, v.urgency, v.threat, v.scam_subject_reported, v.scam_subject)
    if any(words_of(listed).found_in(spaced, compacted) for listed in lists):
        return False
    listed = (*v.scam_subject_reported, *v.scam_subject)
    others = without_labels(compacted)  # the deadline and sign-in words of Amazon's own words
    return not any(w in others for e in listed if own_words(e) for w in parts(e)[-1])


def payment_notice(
    subject: str, text: str, content: MessageContent, flags: Iterable[RedFlag]
) -> tuple[Note, ...]:
    """``limits.payment_notice`` for a message with a payment-failure notice that is no sign
    (:func:`bare`), ``()`` otherwise (most messages)."""
    if any(one.kind in (FlagKind.PAYMENT_PROBLEM, FlagKind.SCAM_SUBJECT) for one in flags):
        return ()
    subject = unicodedata.normalize("NFKC", subject).strip()
    whole = present_in(subject, text)
    compacted = whole.replace(" ", "")
    from primehelp.message_subjects import loosely

    listed = content.vocabulary.payment_problem
    payment = loosely(words_of(listed).present(whole, compacted), listed, compacted)
    if not payment.found_in(whole, compacted) or not bare(whole, content):
        return ()
    return (content.limits["payment_notice"],)


def _deadline(compacted: str) -> tuple[str, str]:
    """The deadline a message (compact, NFKC) sets and its kind: 「48時間以内」「12月10日までに」
    「本日中」 (``deadline``), 「至急」 (``hurry``); ``("", "")`` for none."""
    for marker in ("以内", "までに"):
        at = compacted.find(marker)
        start = at
        while start > 0 and compacted[start - 1] in _BEFORE:
            start -= 1
        if at > 0 and any(c.isdigit() for c in compacted[start:at]):
            return compacted[start : at + len(marker)], "deadline"
    for kind, listed in (("deadline", _TODAY), ("hurry", _HURRY)):
        if found := next((word for word in listed if word in compacted), ""):
            return found, kind
    return "", ""


def hurried(reason: Text, whole: str, threatened: bool = False) -> Text:
    """A payment-failure sign's ``reason`` with the deadline the message sets named after its
    first sentence (「さらに「本日中」と期限を切って、手続きを急がせています。」: review 62m, S 18),
    or with none, if ``threatened`` (the message holds threat words), the threat that makes it a
    sign: 「さらに、…（兆候{number}）。」, numbered by :func:`threat_numbered` (review 63m, 6)."""
    word, kind = _deadline(whole.replace(" ", ""))
    if not word and not threatened:
        return reason
    said = ui(f"flag.payment_problem_{kind or 'threat'}", "ui_message")
    if not word:  # its {number} stays for threat_numbered
        said = Text(
            said.ja.replace("{number}", "{{number}}"), said.en.replace("{number}", "{{number}}")
        )
    ja, en = reason.ja.partition("。"), reason.en.partition(". ")  # after its first sentence
    return Text(
        f"{ja[0]}{ja[1]}{said.ja.format(word=word)}{ja[2]}",
        f"{en[0]}{en[1]}{said.en.format(word=word)} {en[2]}".rstrip(),
    )


def threat_numbered(flags: tuple[RedFlag, ...]) -> tuple[RedFlag, ...]:
    """``flags`` (as numbered on the screen) with a payment-failure sign's 「（兆候{number}）」
    (:func:`hurried`) given the number of the suspension sign, or that sentence left out when no
    suspension sign stands (its threat words were Amazon's own notice: review 63m, item 6)."""
    said = ui("flag.payment_problem_threat", "ui_message")
    if not any(f.kind is FlagKind.PAYMENT_PROBLEM and said.ja in f.reason.ja for f in flags):
        return flags
    from primehelp.message_folded import folded_into  # the screen's numbers (53a, item 3)

    numbers: list[int] = []  # as flag_detail.screen_numbers
    shown = 0
    for at in folded_into(flags):
        shown += at is None
        numbers.append(shown if at is None else numbers[at])
    sign = next(
        (n for f, n in zip(flags, numbers, strict=True) if f.kind is FlagKind.THREATENS_SUSPENSION),
        0,
    )

    def filled(text: str, template: str, space: str) -> str:
        if sign:
            return text.replace(template, template.format(number=sign))
        return text.replace(template + space, "").replace(space + template, "")

    return tuple(
        f._replace(reason=Text(filled(f.reason.ja, said.ja, ""), filled(f.reason.en, said.en, " ")))
        if f.kind is FlagKind.PAYMENT_PROBLEM
        else f
        for f in flags
    )


def scam_hurried(reason: Text, whole: str, quoted: Iterable[str] = ()) -> Text:
    """A scam-subject sign's ``reason`` with the deadline or the word that hurries the message
    sets named after its first paragraph, as :func:`hurried` names it for a payment-failure
    sign: 「ご注文に不審な点があります。至急…までお電話ください。」 named neither beside the
    phone-number sign (review 64m, item 4). ``whole``: folded, single spaces; not when a
    sentence the sign quotes (``quoted``) shows the word (「12月10日までにお支払い方法を…」)."""
    word, kind = _deadline(whole.replace(" ", ""))
    if not word or f"「{word}」" in reason.ja:  # named already, as the words matched
        return reason
    if any(word in "".join(one.casefold().split()) for one in quoted):
        return reason
    said = ui(f"flag.payment_problem_{kind}", "ui_message")
    ja, en = reason.ja.partition("\n"), reason.en.partition("\n")
    return Text(
        f"{ja[0]}{said.ja.format(word=word)}{ja[1]}{ja[2]}",
        f"{en[0]} {said.en.format(word=word)}{en[1]}{en[2]}",
    )
