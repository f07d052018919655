"""Invisible characters pasted with a number or a date are ignored (issue 10).

Copying from a web page or a chat often brings a zero-width space, a byte order mark or a
direction mark along; nothing on screen shows them, so refusing the input would be a mystery.
"""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.dates import parse_date
from primehelp.errors import BadInput
from primehelp.phone import normalize

INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "arabic letter mark": "\u061c",
    "left-to-right embedding": "\u202a",
    "pop directional formatting": "\u202c",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "soft hyphen": "\u00ad",
}


def _sprinkled(text: str, mark: str) -> list[str]:
    return [mark + text, text + mark, text[:4] + mark + text[4:], mark + text[:2] + mark + text[2:]]


@pytest.mark.parametrize("mark", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_in_a_phone_number_are_ignored(mark: str) -> None:
    for pasted in _sprinkled("0120-999-373", mark) + _sprinkled("+81 120 999 373", mark):
        assert normalize(pasted) == "0120999373", repr(pasted)


@pytest.mark.parametrize("mark", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_in_a_date_are_ignored(mark: str) -> None:
    for typed in ("2026-12-31", "2026年12月31日", "31 December 2026"):
        for pasted in _sprinkled(typed, mark):
            assert parse_date(pasted) == dt.date(2026, 12, 31), repr(pasted)


def test_only_invisible_characters_are_still_empty() -> None:
    with pytest.raises(BadInput, match="empty"):
        parse_date("\u200b\ufeff")
    with pytest.raises(BadInput, match="empty"):
        normalize("\u200e\u200b")


def test_visible_letters_are_still_refused() -> None:
    with pytest.raises(BadInput):
        normalize("0120-999-37x")
    with pytest.raises(BadInput):
        parse_date("2026-12-3l")
