"""Letters that read as other letters (moved out of :mod:`primehelp.message_links`, review 38a,
item 12): Cyrillic and Greek ones that look Latin, Latin ones that look like other Latin ones
(「ɑ」), and what a name reads as once they are undone (:func:`skeleton`)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Latin letters that read as other Latin ones (review 38a, item 12): 「ɑ」 (alpha), 「ɡ」 (script
# g), 「ı」 (dotless i), 「ȷ」 (dotless j), 「ɩ」 (iota), 「ɪ」 (small capital I).
LATIN_ALIKE = "ɑɡıȷɩɪ"


@cache
def _confusables() -> dict[int, int]:
    """Letters that look Latin: Cyrillic and Greek, lower and upper case, and the Latin ones of
    :data:`LATIN_ALIKE` (only for a name that is not all ASCII)."""
    cyrillic = "аеорсухіјѕһԁԛԝкмнтвьАВЕКМНОРСТХУІЈЅ"
    greek = "αορνεικτυχωβΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    return str.maketrans(
        cyrillic + greek + LATIN_ALIKE,
        "aeopcyxijshdqwkmhtbbABEKMHOPCTXYIJSaopveiktuxwbABEZHIKMNOPTYXagijii",
    )


def scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text``: LATIN, GREEK, CYRILLIC, CJK, HIRAGANA…"""
    found = set()
    for ch in text:
        if ch.isalpha():
            found.add(unicodedata.name(ch, "UNKNOWN ?").split(" ", 1)[0])
    return found


def looks_confusable(text: str) -> bool:
    """Greek or Cyrillic letters mixed with Latin, or a Greek/Cyrillic word that reads as Latin;
    a Latin look-alike letter (:data:`LATIN_ALIKE`, 「ɑmazon」) mixed with plain ones."""
    if all(
        c < "\u0370" or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text
    ) and not any(c in LATIN_ALIKE for c in text):
        return False  # Latin, kana and kanji only (most names and words): nothing to look up
    for word in re.split(r"[\s.\-_@]+", text):
        if any(c in LATIN_ALIKE for c in word) and any(c.isascii() and c.isalpha() for c in word):
            return True
        kinds = scripts(word)
        foreign = kinds & {"GREEK", "CYRILLIC"}
        if not foreign:
            continue
        if "LATIN" in kinds:
            return True
        if word.translate(_confusables()).isascii():
            return True
    return False


def confusable_letters(name: str) -> list[tuple[int, str, str, str]]:
    """The Greek or Cyrillic letters of ``name`` that read as Latin ones: where (from 1), the
    letter, the Latin letter it reads as, and its script (``CYRILLIC``, ``GREEK``)."""
    if name.isascii():
        return []
    return [
        (at, char, latin, unicodedata.name(char, "").split(" ")[0])
        for at, char in enumerate(name, 1)
        if (latin := char.translate(_confusables())) != char
    ]


def read_aloud(latin: str) -> str:
    """A Latin letter with how it is read, for a Japanese reader: 「o（オー）」 (review 53a, 20)."""
    from primehelp.facts import document

    names = document("message_words").node("letter_names").strings("latin")
    at = ord(latin.lower()) - ord("a")
    return f"{latin}（{names[at]}）" if latin.isascii() and 0 <= at < len(names) else latin


def skeleton(text: str) -> str:
    """What a name reads as: look-alike letters and digits undone, spacing and case dropped."""
    folded = (
        text if text.isascii() else unicodedata.normalize("NFKC", text).translate(_confusables())
    )
    folded = folded.casefold().replace("0", "o").replace("rn", "m").replace("vv", "w")
    # Without a pattern: 「[\s.\-_·・]+」 took 1.3 ms to compile, at every start.
    return "".join(folded.split()).translate(_SEPARATORS)


_SEPARATORS = dict.fromkeys(map(ord, ".-_·・"))
