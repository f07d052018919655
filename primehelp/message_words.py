"""Word lists of ``check-message``: ASCII words match whole words, others anywhere."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence


def whole_word_at(spaced: str, word: str) -> bool:
    """``word`` occurs in ``spaced`` not inside a longer ASCII word ("enter" ≠ "center")."""
    at = spaced.find(word)
    while at >= 0:
        before = spaced[at - 1] if at else " "
        end = at + len(word)
        after = spaced[end] if end < len(spaced) else " "
        if not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum()
        ):
            return True
        at = spaced.find(word, at + 1)
    return False


class Words:
    """One list of words: ASCII words match whole words, others anywhere (spaces ignored).

    Plain ``in`` tests rather than one regular expression: compiling the lists' alternations
    took 6-11 ms at every start, and :meth:`present` narrows each list to the few words a
    message contains before its sentences are read. (A plain class: internal, and a frozen
    dataclass costs 0.8 ms to create at start-up.)
    """

    __slots__ = ("ascii", "other")

    def __init__(self, ascii_words: tuple[str, ...], other: tuple[str, ...]) -> None:
        self.ascii = ascii_words
        self.other = other

    def found_in(self, spaced: str, compact: str) -> bool:
        return any(word in compact for word in self.other) or any(
            whole_word_at(spaced, word) for word in self.ascii
        )

    def masked(self, spaced: str, compact: str) -> tuple[str, str]:
        """The sentence with these words blanked out: 「確認コード」 holds 「確認」, which is no
        request, and "verification code" is no "verify". The longest words first: 「ログイン
        パスワード」 is masked whole, not as 「ログイン」 and a 「パスワード」 (review 36a)."""
        for word in sorted((*self.ascii, *self.other), key=len, reverse=True):
            spaced = spaced.replace(word, " | ")
            compact = compact.replace(word.replace(" ", ""), "|")
        return spaced, compact

    def matching(self, spaced: str, compact: str) -> tuple[str, ...]:
        """The words found in this sentence (:meth:`found_in`, each word)."""
        return (
            *(w for w in self.other if w in compact),
            *(w for w in self.ascii if whole_word_at(spaced, w)),
        )

    def present(self, spaced: str, compact: str) -> Words:
        """Only the words that occur somewhere in this text."""
        return Words(
            tuple(w for w in self.ascii if whole_word_at(spaced, w)),
            tuple(w for w in self.other if w in compact),
        )


def compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def as_written(text: str, word: str) -> str:
    """``word`` (a listed word, or its :func:`compact` form) as ``text`` writes it: the span
    of ``text`` whose compact form it is, so 「一致した語句」 shows 「ＡＣＣＯＵＮＴ ＳＵＳＰＥＮＤＥＤ」
    or 「ｱｶｳﾝﾄが停止」 as the member can find it (review 50a, item 8); ``word`` itself when no
    span folds to it exactly."""
    key = compact(word)
    if not key or key not in compact(text):
        return word
    for start, first in enumerate(text):
        if first.isspace() or not compact(text[start:]).startswith(key):
            continue
        for end in range(start + 1, len(text) + 1):
            folded = compact(text[start:end])
            if folded == key and not text[end - 1].isspace():
                return text[start:end]
            if len(folded) > len(key):
                break
    return word


def words_of(words: Sequence[str]) -> Words:
    """The list's words, each folded as a message's text is (:func:`compact`). A tuple (a
    vocabulary list: the same one is read by several checks) is folded once a run: 26 calls
    folded 775 words at every check-message start, 0.6 ms (round 53)."""
    if type(words) is tuple:
        return _words_of_list(words)
    return _folded(words)


def _folded(words: Sequence[str]) -> Words:
    return Words(
        tuple(dict.fromkeys(" ".join(w.casefold().split()) for w in words if w.isascii())),
        tuple(dict.fromkeys(compact(w) for w in words if not w.isascii())),
    )


_words_of_list = functools.cache(_folded)  # a Words is never changed once made


# With ``vocabulary.brand``: the words by which a message claims to be Amazon.
_AMAZON = ("prime", "プライム")


def in_amazons_name(whole: str, compact: str, brand: Sequence[str]) -> bool:
    """Whether a message (folded: ``whole`` with single spaces, ``compact`` with none) names
    Amazon, Prime or a ``brand`` word: one in Amazon's name (message_calls, message_mentioned)."""
    return words_of((*brand, *_AMAZON)).found_in(whole, compact)


def one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter changed, added or left out, or two
    neighbouring letters swapped (「amaozn」: review 38a, item 7)."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        wrong = [at for at, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(wrong) == 1 or (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and word[wrong[0]] == target[wrong[1]]
            and word[wrong[1]] == target[wrong[0]]
        )
    short, long = sorted((word, target), key=len)
    return any(long[:at] + long[at + 1 :] == short for at in range(len(long)))


def resembling(domain: str, brands: Sequence[str]) -> str:
    """The part of a registrable domain's name that is one of the Latin ``brands`` of five or
    more letters mistyped on purpose (「amazom」, 「rnazon」: 「rn」 reads as 「m」; review 37a,
    item 10), or "". Said of a link already flagged as not Amazon's: an observation only."""
    for part in domain.split(".")[0].split("-"):
        for brand in (b for b in brands if b.isascii() and len(b) >= 5):
            read = part.replace("rn", "m")  # as the eye reads it
            if part != brand and (read == brand or one_edit(read, brand)):
                return part
    return ""
