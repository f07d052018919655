"""A number pasted with more than a number: two numbers in one argument, or a number among
words (review 52a, items 36 and 45). Said as what the text holds and how to give it, not as a
character that cannot be used (「使えない文字「、」があります」, 「桁数が多すぎます」)."""

from __future__ import annotations

from primehelp.errors import shown
from primehelp.i18n import Text
from primehelp.lazy_pattern import LazyPattern
from primehelp.phone import NotANumber, normalize

# Between two numbers pasted as one: spaces, commas, a slash, a semicolon (NFKC first).
_BETWEEN = LazyPattern(r"[\s、,/;・]+")  # compiled only for a number check-number could not read
# A run that may be a number inside words: digits, with separators inside.
_NUMBER_RUN = LazyPattern(r"\+?\d[\d\-‐‑‒–—―−ーｰ ().]*\d")


def _reads(text: str) -> bool:
    try:
        normalize(text)
    except NotANumber:
        return False
    return True


def refuse_mixed(raw: str) -> None:
    """Raise :class:`NotANumber` when ``raw`` does not read as one number but holds two or more
    numbers, or one number and other words; return quietly otherwise."""
    import unicodedata

    from primehelp.facts import ui

    if _reads(raw):
        return
    text = unicodedata.normalize("NFKC", raw).strip()
    pieces = [piece for piece in _BETWEEN.compiled.split(text) if piece]
    if len(pieces) >= 2 and all(_reads(piece) for piece in pieces):
        said = ui("number.several")
        example = " ".join(pieces)
        raise NotANumber(
            Text(
                said.ja.format(typed=shown(raw), count=len(pieces), example=example),
                said.en.format(typed=shown(raw), count=len(pieces), example=example),
            )
        )
    found = next((run for run in _NUMBER_RUN.findall(text) if _reads(run.strip())), None)
    if found is not None and found.strip() != text:
        said = ui("number.among_words")
        number = found.strip()
        raise NotANumber(
            Text(
                said.ja.format(typed=shown(raw), number=number),
                said.en.format(typed=shown(raw), number=number),
            )
        )
