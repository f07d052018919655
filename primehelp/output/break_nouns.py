"""A word of kanji with 「の」 and the short noun after it, kept whole when it fits (small fixes,
item 1): 「更新時の請求」, never 「…までの更新時の│請求」 (``fees --lang ja`` at 40 columns left
「請求」 alone on a line under a long row). BudouX cuts after 「の」, so the phrase data allows
that break; a noun of one or two kanji that ends the phrase is too short to stand apart from
what it is said of. A longer noun (「更新時の請求額」) is a phrase of its own and may start a
line. Pure: no Rich (moved out of :mod:`primehelp.output.break_units`, at its size limit)."""

from __future__ import annotations


def _kanji(char: str) -> bool:
    """A letter that is neither Latin nor kana nor a digit: a kanji (「々」 too), as the pattern this
    replaced said it (``[^\\W\\d_a-zA-Z\\u3041-\\u30ff]``, whose four copies cost a millisecond to
    compile at every start that drew a table: benchmarks, 2026-12-07)."""
    return char.isalpha() and not ("a" <= char.lower() <= "z" or "\u3041" <= char <= "\u30ff")


def of_nouns(line: str) -> list[tuple[int, int, bool]]:
    """Where ``line``'s 「…の＋名詞」 pieces are, as units (start, end, not a quotation): a word
    of two to four kanji (not a date's 「日」), 「の」, a noun of one or two kanji that ends there
    and the particle after it (「以降の請求から」, review 52c item 5); not one
    followed by another 「の」: in a chain (「以降の特典の利用」) only the last pair is a unit, since
    overlapping units leave no break between them (「…特典の│利用」 at 24 columns)."""
    found: list[tuple[int, int, bool]] = []
    at = line.find("の")
    while at != -1:
        start = at
        while start > 0 and _kanji(line[start - 1]):
            start -= 1
        # not a date's or a count's 「日」 (「24日│以降の請求から」, review 52c item 5)
        if start > 0 and start < at and line[start - 1].isdigit():
            start += 1
        end = at + 1
        while end < len(line) and _kanji(line[end]):
            end += 1
        if 2 <= at - start <= 4 and 1 <= end - at - 1 <= 2 and line[end : end + 1] != "の":
            found.append((start, end + (_particle(line, end) if end < len(line) else 0), False))
        at = line.find("の", at + 1)
    return found


# The particles that go with the date before them (「2026年11月6日に返金」), longest first.
_PARTICLES = ("にも", "から", "まで", "に", "の", "は", "が", "を", "で", "と")


def _particle(line: str, end: int) -> int:
    """The length of the particle after a noun ending at ``end``: it stays with its noun (never
    「以降の請求│から）」, review 52c item 5); 「の」 ends no unit (see :func:`of_nouns`)."""
    return next((len(p) for p in _PARTICLES if line.startswith(p, end)), 0)


def with_particle(line: str, end: int) -> int:
    """Where a date written out that ends at ``end`` ends with the particle after it: never
    「…2026年11月6日│に返金されたと」 (review 51c, item 40); a str scan, no pattern to compile."""
    if line[end - 1 : end] != "日":
        return end
    at = end - 1
    while at > 0 and line[at - 1].isdigit():
        at -= 1
    if line[at - 1 : at] != "月":  # a day of a date, not a count (「あと12日で」)
        return end
    return end + _particle(line, end)
