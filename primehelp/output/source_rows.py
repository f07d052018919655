"""The 出典 (sources) line laid out as a list, one source a row (at every width, review 37a
item 14).

``console.sources_text`` writes one line, 「出典：A、B（2026年1月）。2026年12月2日に確認しました。」.
When that is wider than the line, breaking it between its URLs left a 「、」 alone on a row or
cropped it (review 31b item 2, review 32b item 1); instead each source gets a row of its own,
indented under 「出典：」 (a URL wider than the line too: it runs past the line, review 36c, item 11), with
no separators, its date after it when that fits (else on the next row), and the check date last. Piped and on a terminal alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.output.linebreak import URL, LineBreaker

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["INDENT", "indent_for", "source_rows"]

INDENT = 2
"""Spaces before each source."""

_DATE = {"ja": r"（[0-9年月日]{5,11}）", "en": r" \([0-9-]{7,10}\)"}
_SEPARATOR = {"ja": "、", "en": "; "}


@cache
def _shapes() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """For each language: the head 「出典：」, the separator and the whole line's pattern; built
    at the first line too wide, not at import (every Rich screen imports this module)."""
    shapes = []
    for lang in ("ja", "en"):
        head = ui("sources")(lang) + ui("colon")(lang)
        when = re.escape(ui("sources_checked")(lang)).replace(r"\{date\}", ".{8,12}")
        shapes.append(
            (
                head,
                _SEPARATOR[lang],
                re.compile(re.escape(head) + r"(?P<cited>.+?)" + f"(?:{when})?"),
            )
        )
    return tuple(shapes)


def indent_for(url_cells: int, width: int) -> int:
    """The indent of one source's row: :data:`INDENT` at every width, a URL too wide for the
    line too, which keeps its place in the list and runs past the line whole (review 36c, item
    11). A URL is never wrapped and never outdented (review 42a item 22 / 41a item 21, decided
    in round 50): under 60 columns the rows stood at the margin (review 37b item 7), so a
    service's 「出典：」 read as a new section. check-message's own list uses it too."""
    del url_cells, width  # the same indent for every row at every width
    return INDENT


def _items(plain: str) -> tuple[int, list[tuple[int, int, int]], int] | None:
    """Where a sources line's parts are: the head's end, each source's (start, URL end, end)
    and where the check date's sentence starts; None for any other line."""
    for head, separator, line in _shapes():
        match = line.fullmatch(plain) if plain.startswith(head) else None
        if match is None:
            continue
        lang = "ja" if separator == "、" else "en"
        items, start = [], match.start("cited")
        for cited in match["cited"].split(separator):
            url = URL.match(cited)
            rest = cited[url.end() :] if url else cited
            if url is None or (rest and not re.fullmatch(_DATE[lang], rest)):
                return None
            items.append((start, start + url.end(), start + len(cited)))
            start += len(cited) + len(separator)
        return len(head.rstrip()), items, match.end("cited")
    return None


def source_rows(
    line: Text, width: int, cells: Callable[[str], int], breaker: LineBreaker, japanese: bool
) -> list[Text] | None:
    """``line`` as rows when it is a sources line, else None: at every width, so that every
    block of a screen cites the same way (review 37a item 14: the Amazon Photos block's one
    source stayed on the line, 「出典：https://…。2026年…」, with a 「。」 a terminal took into the
    link). ``cells`` measures text; ``breaker`` wraps the check date's sentence."""
    plain = line.plain
    if "/" not in plain:
        return None
    found = _items(plain)
    if found is None:
        return None
    head, items, when = found
    # every source indented, the same in every block of a screen, a URL wider than the line too
    # (review 36c, item 11; review 34a, S 22: one long URL put its whole block at the margin)
    rows = [line[:head]]
    for start, url_end, end in items:
        indent = indent_for(cells(plain[start:url_end]), width)
        if cells(plain[start:end]) + indent <= width or url_end == end:
            rows.append(_indented(line[start:end], indent))
            continue
        rows.append(_indented(line[start:url_end], indent))
        dated = url_end + (plain[url_end] == " ")  # English: 「 (2026-01)」
        rows.append(_indented(line[dated:end], indent + INDENT))
    checked = line[when:]
    if not checked.plain:  # the screen states the date (review 37a item 13)
        return rows
    skip = len(checked.plain) - len(checked.plain.lstrip(" 。"))  # 「。2026年…」 / " (checked …)"
    checked = checked[skip:]
    rows.extend(checked.divide(breaker.offsets(checked.plain, width, True, japanese)))
    return rows


def _indented(row: Text, indent: int) -> Text:
    row.pad_left(indent)
    return row
