"""Loose words of the scam-subject lists (review 36a, item 6) and Amazon's own words among them
(split from :mod:`primehelp.message_subjects`, which keeps the reasons).

A loose word 「未納…本日中|至急」 is found in a sentence holding 「未納」 of a message that also
holds 「本日中」 or 「至急」, the parts split by 「…」 and the alternatives of a part by 「|」.
Amazon's own words (「お支払い情報をご確認ください」「お支払い方法を更新してください」) are a loose
word whose last part is a threat, a deadline or a sign-in request (:func:`own_words`)."""

from __future__ import annotations

from collections.abc import Sequence

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_sign_in import requests
from primehelp.message_words import Words, compact

LOOSE, EITHER = "…", "|"

# A deadline written as a time or a date before 「までに」, or after 「期限は」 (compact, NFKC: review
# 62m, item 2: 「23時59分までに」「23:59までに」「12/10までに」「2026/12/10までに」「期限は12月10日
# です」), found where the last part of Amazon's own words lists 「日までに」 (:func:`own_words`).
# One rule per kind (review 63m, item 1: 「12月10日まで」「本日23時59分まで」「12月10日中に」, without
# 「に」 as often as with it): a date (「12月10日」「10日」「12/10」「2026/12/10」), a time (「23時」
# 「23時59分」「23:59」) or 「本日」「明日」「今日」, one or two of them, then 「まで」「までに」, or a
# date or 「明日」 and 「中に」 (「本日中」「今日中」 are listed). Not the middle of a longer number,
# nor a time that ends a range (hours: 「9時〜18時まで」); a card's expiry (「有効期限は12/27まで」)
# is blanked out first.
_DATE = r"(?:(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日|(?:\d{2,4}/)?\d{1,2}/\d{1,2})(?:\([^)]{1,3}\))?"
_TIME = r"(?:\d{1,2}時(?:\d{1,2}分)?|\d{1,2}:\d{2})"
_DEADLINE = LazyPattern(
    rf"(?<![\d/:月年])(?:(?:明日|{_DATE})中に|(?:本日|明日|今日|{_DATE})(?:の?{_TIME})?まで(?:に)?"
    rf"|(?<![~〜\-ー－])(?<!から){_TIME}までに?)"
    r"|(?<!有効)期限は(?:\d{2,4}年)?\d{1,2}月\d{1,2}日"  # not a card's 「有効期限は12/27」
)
# A card's expiry: 「有効期限は12/27まで」「有効期限：2027年12月10日までに」 (review 63m, item 1).
_EXPIRY = LazyPattern(
    r"有効期限(?:は|:|が|日は?)?(?:\d{2,4}年)?(?:\d{1,2}月\d{1,2}日|[\d/]+)(?:まで(?:に|です)?)?"
)
_DATE_DEADLINE = "日までに"  # the word of a part that says deadlines are looked for
_MARKS = ("まで", "中に", "期限は")  # a deadline's words: no pattern searched without one


def found_of(part: Sequence[str], text: str) -> list[str]:
    """The alternatives of a ``part`` (compacted) that ``text`` holds and, where the part lists
    the deadline 「日までに」, the deadlines :data:`_DEADLINE` finds, as written in ``text`` (a
    card's expiry, 「有効期限は12/27まで」, is no deadline there); where it lists 「サインインして
    ください」, the sign-in requests of :mod:`primehelp.message_sign_in`."""
    if _DATE_DEADLINE in part and "有効期限" in text:  # each expiry blanked out (no ``sub``)
        for expiry in list(_EXPIRY.finditer(text))[::-1]:
            text = f"{text[: expiry.start()]}|{text[expiry.end() :]}"
    found = [one for one in part if one in text]
    found += requests(part, text, found)
    if _DATE_DEADLINE in part and any(mark in text for mark in _MARKS):
        found += [m.group() for m in _DEADLINE.finditer(text) if m.group() not in found]
    return found


def parts(entry: str) -> list[list[str]]:
    """The parts of a loose word, each a list of its alternatives, compacted."""
    return [[compact(one) for one in part.split(EITHER)] for part in entry.split(LOOSE)]


def loose_held(entry: str, sentence: str, whole: str) -> list[str]:
    """The words of a loose ``entry`` found: its first part in ``sentence``, every other part
    somewhere in ``whole`` (both compacted); empty unless all are."""
    held = []
    others = without_labels(whole)
    for at, part in enumerate(parts(entry)):
        found = found_of(part, others if at else sentence)
        if not found:
            return []
        held.append(found[0])
    return held


# Amazon's own labels, where primehelp itself sends the member: no co-word 「アカウント」 of a
# loose word (review 60m, item 2: 「アカウントサービスでお支払い方法を更新してください」).
_LABELS = ("アカウントサービス", "アカウント&リスト", "アカウントアンドリスト")


def without_labels(whole: str) -> str:
    """``whole`` (compacted) with Amazon's labels that hold 「アカウント」 blanked out."""
    for label in _LABELS:
        whole = whole.replace(label, "|")
    return whole


def own_words(entry: str) -> bool:
    """Whether a loose ``entry`` is Amazon's own words (「お支払い情報をご確認ください」「会員情報
    の確認」「お支払い方法を更新してください」), a sign only with a threat, a deadline or a
    sign-in request: its last part lists those (data/message_subjects.toml; review 60m, item 3)."""
    return LOOSE in entry and "以内" in entry and "サインインしてください" in entry


def _triggers(entry: str, text: str) -> list[str]:
    """The words of the last part of an :func:`own_words` ``entry`` that ``text`` (compact) holds, in
    the order written, none inside a longer one found: what makes Amazon's words a sign."""
    found = sorted(found_of(parts(entry)[-1], text), key=text.find)
    return [w for w in found if not any(w != o and w in o for o in found)]


def named(entry: str, sentence: str, whole: str) -> list[str]:
    """The words a loose ``entry`` found (:func:`loose_held`) as 「一致した語句」 names them: of
    Amazon's own words (:func:`own_words`) the threat, deadline or sign-in words, those of ``sentence``
    if it holds any, never the own words themselves (review 61m, item 4)."""
    held = loose_held(entry, sentence, whole)
    if not held or not own_words(entry):
        return held
    return _triggers(entry, sentence) or _triggers(entry, without_labels(whole))


def leaning(
    all_sentences: Sequence[str],
    owns: Sequence[str],
    others: Sequence[str],
    threat: Words | None = None,
) -> set[str]:
    """The sentences (compact, folded) that hold the words of a sign only as Amazon's own words
    (``owns``, loose: :func:`own_words`, :func:`own_payment`) without the words that make them
    a sign (their last part), in a message where another sentence is that sign itself (a
    ``threat``, a word of ``others``): only that one is quoted, not Amazon's own words (review
    61m, item 4: 「お支払い情報をご確認ください。…アカウントを停止します。」)."""

    def own_only(one: str) -> bool:
        return (
            any(w in one for entry in owns for w in parts(entry)[0])
            and not any(_triggers(entry, one) for entry in owns)
            and not any(words_held(entry, one) for entry in others)
        )

    forms = [_forms(sentence) for sentence in all_sentences]
    found = {one for _, one in forms if own_only(one)}
    signs = (
        (threat is not None and threat.found_in(*f)) or any(words_held(e, f[1]) for e in others)
        for f in forms
        if f[1] not in found
    )
    return found if any(signs) else set()


def own_payment(payment: Sequence[str], listed: Sequence[str]) -> list[str]:
    """The loose words of ``payment`` (payment_problem) whose first part is Amazon's own words of
    ``listed`` (:func:`own_words`): 「お支払い方法をご確認」 where a failure is stated (58a, 1)."""
    firsts = {w for entry in listed if own_words(entry) for w in parts(entry)[0]}
    return [e for e in payment if LOOSE in e and set(parts(e)[0]) <= firsts]


def words_held(entry: str, sentence: str) -> list[str]:
    """The words of a listed ``entry`` that ``sentence`` (compact) holds: the entry itself, or
    each part of a loose one (all of them in the sentence; of Amazon's own words, the words
    that make them a sign: :func:`named`); else none."""
    if LOOSE not in entry:
        return [entry] if compact(entry) in sentence else []
    return named(entry, sentence, sentence)


def _forms(sentence: str) -> tuple[str, str]:
    spaced = " ".join(sentence.casefold().split())
    return spaced, spaced.replace(" ", "")


# An amount with the noun just before it, as the message writes it (「プライム会費600円」「合計1万
# 円」): what the 「円」 of a loose word (「身に覚えがない場合…注文|購入|円」) is shown as.
_AMOUNT = LazyPattern(
    r"[ァ-ヶー一-龠々]{0,8}(?:[0-9０-９][0-9０-９,，.．]*[万千]?|[〇一二三四五六七八九十百千万]+)円"
)
YEN = "円"


def amount_placed(
    word: str, place: tuple[str, str] | None, sentence: str
) -> tuple[str, tuple[str, str] | None] | None:
    """``word`` and its ``place`` (:func:`primehelp.message_subjects.similar_reason`), but a lone
    「円」 shown as the amount it is part of, found where it is (the words around it, else the
    quoted ``sentence``): the place 「amount」; None (left out) where no amount holds it (review
    63m, item 9: 「一致した語句：…、「円」」 read as a bug)."""
    if word != YEN:
        return word, place
    amount = _AMOUNT.search(place[1] if place else sentence)
    return (word, ("amount", amount.group())) if amount else None
