"""English number agreement for the statement screen's sentences about lines (review 47c, item
7: 「Line(s) 7 … hold」, 「at line(s) 19」, 「12 line(s) to check」): the count is known, so the
sentence says 「Line 7 … holds」 or 「Lines 12 and 16」. Japanese has no such forms. Pure."""

from __future__ import annotations

from primehelp.i18n import Lang

# One line: the plural sentence's words, in the order they are replaced (longest first)
_ONE = (
    ("of the file are “AMAZON PRIME” charges", "of the file is an “AMAZON PRIME” charge"),
    ("Lines dated after today (line(s)", "The line dated after today (line"),
    ("Lines whose date cannot be read (line(s)", "The line whose date cannot be read (line"),
    (") are left out", ") is left out"),
    ("Amazon lines at line(s)", "the Amazon line at line"),
    ("of the file hold ", "of the file holds "),
    ("were not read: they do not have", "was not read: it does not have"),
    ("were not read: they have fewer", "was not read: it has fewer"),
    ("of the file do not have", "of the file does not have"),
    ("of the file have fewer", "of the file has fewer"),
    ("check them", "check it"),
    ("check each one", "check it"),
    ("line(s) to check", "line to check"),
    ("line(s) are marked", "line is marked"),  # review 53c, item 9
    ("Line(s)", "Line"),
    ("line(s)", "line"),
)


def counted(said: str, count: int, lang: Lang) -> str:
    """``said`` with its 「line(s)」 made 「line」 or 「lines」 as ``count`` asks (English only)."""
    if lang != "en" or "line(s)" not in said.lower():
        return said
    if count != 1:
        return said.replace("Line(s)", "Lines").replace("line(s)", "lines")
    for plural, one in _ONE:
        said = said.replace(plural, one)
    if said.startswith("the Amazon line"):
        said = "T" + said[1:]
    return said


def rows_en(rows: tuple[int, ...]) -> str:
    """「12」, 「12 and 16」, 「12, 16 and 20」."""
    shown = [str(r) for r in rows]
    return " and ".join(shown) if len(shown) <= 2 else ", ".join(shown[:-1]) + " and " + shown[-1]
