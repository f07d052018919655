"""A statement text made only of the words of one text the facts list (FACTS §10), with `.`,
spaces and `-` between them alike and in any order: 「AMAZON CO JP」 (「AMAZON.CO.JP」 re-keyed by
a card company), 「AMZN DIGITAL DWNLD」 (review 59c, R-major 1). Such a text is read as that
text, never as another company's; the screen says it differs slightly from the listed one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.content.charges import ChargeBook, StatementText

# compiled at first use: most charge commands never read a reworded text (test_lazy_pattern)
_JOINTS = LazyPattern(r"[.\s\-]+")
_WORD = LazyPattern(r"[a-z0-9]+")


def reworded(texts: Sequence[StatementText], text: str) -> StatementText | None:
    """The first of ``texts`` one of whose forms (「AMZN DIGITAL」 of 「AMAZON DIGITAL DWNLD /
    AMZN DIGITAL」) has all its words in ``text``, and all of whose words are its label's;
    ``None`` when a word is no word of the label (「TOP」), or not ASCII (「利用国CN」)."""
    typed = {w for w in _JOINTS.compiled.split(text.casefold()) if w}
    if not typed or not all(_WORD.fullmatch(w) for w in typed):
        return None
    for listed in texts:
        forms = [set(_WORD.findall(part.casefold())) for part in listed.label.split(" / ")]
        if typed <= set().union(*forms) and any(form <= typed for form in forms):
            return listed
    return None


def read_reworded(book: ChargeBook, text: str) -> bool:
    """Whether ``book`` reads ``text`` as a listed text only by :func:`reworded` (its words in
    another order or joined otherwise), not as the listed text itself."""
    found = book._reading(text)  # the listed reading (ChargeBook.statement_for's first step)
    return (found is None or bool(found[1])) and reworded(book.texts, text) is not None
