"""Look-alikes of the long-vowel mark between katakana, folded before a message's words are
compared (review 42a, item 3): 「カ一ド」 (the kanji for one), 「カ―ド」 (a horizontal bar),
「カ-ド」 (a hyphen) read on screen as 「カード」, a trick to slip a request past a filter; and
「セキュリテイ」, a common misspelling of 「セキュリティ」. Only the words compared are folded:
the evidence is quoted as the member gave it (:mod:`primehelp.message_quote`)."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

# a katakana (not 「ヵ」「ヶ」, which count: 「1ヶ月」), a look-alike of 「ー」, a katakana
_KATAKANA = "\u30a1-\u30f4\u30f7-\u30fa"
_MARK = LazyPattern(
    rf"(?<=[{_KATAKANA}\u30fc])[\u4e00\u2015\u2014\u2012\u2013\u2010\u2011\u2212\-~\u301c\uff5e]"
    rf"(?=[{_KATAKANA}])"
)
_LARGE_I = LazyPattern(rf"(?<=[{_KATAKANA}][テデ])イ")  # 「セキュリテイ」 → 「セキュリティ」
# 「の」 between a detail's head and 情報／番号／詳細 (review 44a, item 1): 「カードの情報」 is read
# as 「カード情報」, 「お支払いの情報」 as 「お支払い情報」; the 「の」 becomes a space, which the
# word lists' compact forms leave out (the length stays).
_OF_DETAIL = LazyPattern(
    r"(カード|クレカ|支払い|支払|決済|ログイン|サインイン)の(?=情報|番号|詳細)"
)
_ALIKE = "\u4e00\u2015\u2014\u2012\u2013\u2010\u2011\u2212-~\u301c\uff5e"


def folded(text: str) -> str:
    """``text`` with each look-alike of 「ー」 between katakana as 「ー」, and a large 「イ」 after
    「テ」「デ」 in a katakana word as 「ィ」, and the 「の」 of 「カードの情報」 as a space; of the
    same length, each character in its place."""
    if _after_katakana(text):  # not compiled for a URL's 「-」 alone (check-message start-up)
        text = _MARK.compiled.sub("ー", text)
    if "テイ" in text or "デイ" in text:
        text = _LARGE_I.compiled.sub("ィ", text)
    if "の情報" in text or "の番号" in text or "の詳細" in text:
        text = _OF_DETAIL.compiled.sub(r"\1 ", text)
    return text


def _after_katakana(text: str) -> bool:
    """Whether a look-alike of 「ー」 follows a katakana or 「ー」 somewhere in ``text``: each
    look-alike found with ``str.find``, not a loop over every character (a mail of 10 MB)."""
    for char in _ALIKE:
        at = text.find(char, 1)
        while at > 0:
            if "\u30a1" <= text[at - 1] <= "\u30fc":
                return True
            at = text.find(char, at + 1)
    return False
