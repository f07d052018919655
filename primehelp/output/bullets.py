"""The bullet before an item of a list: 「・」 in Japanese, "- " in English (review 36a, S 27:
English screens used the Japanese bullet). ASCII in English: English is also what primehelp
shows on an output that cannot show Japanese, where "•" might not be shown either.

And where an item's text starts (:func:`item_mark`): the lines a long item wraps onto start
there, under its text, not under its mark (review 37a item 11). A verdict's 「✗ 」 is such a mark
too: a headline wrapped under 「✗ 」 read as a new line of its own (review 50a item 24)."""

from __future__ import annotations

from primehelp.i18n import Lang


def bullet(lang: Lang) -> str:
    return "・" if lang == "ja" else "- "


def item_mark(line: str) -> int:
    """How many characters at the start of ``line`` are the mark of a list item (「・」, "- ",
    「1. 」, a verdict's 「✗ 」, after any indent), else 0."""
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    if text.startswith("・") and len(text) > 1 and text[1] != "・":
        return indent + 1
    if text.startswith(("- ", "✗ ")) and len(text) > 2 and not text[2].isspace():
        return indent + 2
    digits = len(text) - len(text.lstrip("0123456789"))
    if 0 < digits <= 2 and text[digits : digits + 2] == ". " and len(text) > digits + 2:
        return indent + digits + 2
    return 0
