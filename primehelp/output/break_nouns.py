"""A word of kanji with 「の」 and the short noun after it, kept whole when it fits (small fixes,
item 1): 「更新時の請求」, never 「…までの更新時の│請求」 (``fees --lang ja`` at 40 columns left
「請求」 alone on a line under a long row). BudouX cuts after 「の」, so the phrase data allows
that break; a noun of one or two kanji that ends the phrase is too short to stand apart from
what it is said of. A longer noun (「更新時の請求額」) is a phrase of its own and may start a
line. Pure: no Rich (moved out of :mod:`primehelp.output.break_units`, at its size limit)."""

from __future__ import annotations

from primehelp.lazy_pattern import LazyPattern

_KANJI = r"[^\W\d_a-zA-Z\u3041-\u30ff]"  # a kanji (a letter, not Latin nor kana): no range
_OF_NOUN = LazyPattern(
    rf"(?<!{_KANJI}){_KANJI}{{2,4}}の{_KANJI}{{1,2}}(?!{_KANJI}|の)",
    needs=lambda line: "の" in line,
)
"""A word of two to four kanji, 「の」, and a noun of one or two kanji that ends there; not one
followed by another 「の」: in a chain (「以降の特典の利用」) only the last pair is a unit, since
overlapping units leave no break between them (「…特典の│利用」 at 24 columns)."""


def of_nouns(line: str) -> list[tuple[int, int, bool]]:
    """Where ``line``'s 「…の＋名詞」 pieces are, as units (start, end, not a quotation)."""
    return [(match.start(), match.end(), False) for match in _OF_NOUN.finditer(line)]
