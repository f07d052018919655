"""Evidence quoted as the member gave it: a sentence of the NFKC-normalised text the flags are
looked for in, turned back into the same sentence of the given text (「：」 stays 「：」)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from primehelp.invisible import without_invisible
from primehelp.message_check import SENTENCE_END


def _key(sentence: str) -> str:
    return "".join(without_invisible(unicodedata.normalize("NFKC", sentence)).split())


def as_given(given: str) -> Callable[[str], str]:
    """A sentence of the normalised text → the same sentence as the member gave it, on one
    line: evidence is quoted verbatim (「：」 stays 「：」); NFKC is for matching only. The
    given text is cut where its NFKC form has a sentence end (characters that NFKC turns into
    one character are compared as that character, so the pieces keep their places)."""
    shadow = "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in given)
    sentences: dict[str, str] = {}
    at = 0
    for end in (*SENTENCE_END.finditer(shadow), None):
        piece = given[at : end.start() if end else len(given)]
        if piece.strip():
            sentences.setdefault(_key(piece), " ".join(piece.split()))
        at = end.end() if end else at
    return lambda sentence: sentences.get(_key(sentence), sentence)
