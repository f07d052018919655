"""``data/statement.toml``'s ``[katakana]``: a service's name as Japanese card statements often
print it (「ｵｰﾃﾞｨﾌﾞﾙ」 for AUDIBLE, review 38c, item 13), added to a list of words to look for."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from primehelp.facts import Node


def katakana(statement: Node) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each Latin word and its katakana spellings, NFKC and case folded as words are compared."""
    table = statement.node("katakana")
    return tuple(
        (key.casefold(), tuple(_folded(word) for word in table.strings(key))) for key in table.table
    )


def spelled(
    words: Iterable[str], spellings: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str, ...]:
    """``words`` and each of them with any Latin word of ``spellings`` written in katakana
    (「amazonmusic」 → 「アマゾンmusic」, 「amazonミュージック」, 「アマゾンミュージック」), in order, once each."""
    found: list[str] = []
    for word in words:
        forms = [word]
        for latin, kana in spellings:
            forms += [form.replace(latin, k) for form in forms if latin in form for k in kana]
        found += [form for form in forms if form not in found]
    return tuple(found)


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()
