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
_CALLER_ID = ("184", "186")  # dialled before a number, no number of their own
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
        # No lone 184 or 186, refused on its own; a # number quoted, or the shell drops it as a
        # comment (review 61a, B1): `primehelp check-number 0120-999-373 "#9110"`
        kept = [piece for piece in pieces if piece not in _CALLER_ID] or pieces
        count = len(kept) if len(kept) >= 2 else len(pieces)
        example = " ".join(f'"{piece}"' if piece.startswith("#") else piece for piece in kept)
        raise NotANumber(
            Text(
                said.ja.format(typed=shown(raw), count=count, example=example),
                said.en.format(typed=shown(raw), count=count, example=example),
            )
        )
    # Not the 184 of 「184#9110」, refused on its own, but the #9110 after it (review 61a, B2)
    runs = (
        ("#" if text[: run.start()].endswith("#") else "") + run.group()
        for run in _NUMBER_RUN.compiled.finditer(text)
    )
    found = next(
        (run for run in runs if run.strip() not in _CALLER_ID and _reads(run.strip())), None
    )
    if found is not None and found.strip() != text:
        said = ui("number.among_words")
        number = _as_example(found.strip())
        raise NotANumber(
            Text(
                said.ja.format(typed=shown(raw), number=number),
                said.en.format(typed=shown(raw), number=number),
            )
        )


def _as_example(number: str) -> str:
    """``number`` as the example to give: with hyphens for spaces where the usual form has none
    (「0120 999 373」 of three pasted lines: 「0120-999-373」; review 62a, B 2)."""
    from primehelp.phone_plan import hyphenated

    if " " not in number:
        return number
    usual = hyphenated(normalize(number))
    return number if " " in usual else usual
