"""Addresses written so that they are no links: 「amazon-login。co。jp」, ``amazon-login(.)com``,
``evil[.]com``, ``https:/ /evil.com/amazon`` (review 38a, item 3: read as no address at all, and
「リンク…はありませんでした」 said of a message that shows one).

A member who types such a name into a browser reaches the site: browsers read 「。」 as "." (IDNA
maps U+3002), and a reader puts back the dot of ``(.)`` or the slash of ``/ /`` by eye. So each
is read as the host it names and kept as written (the screen quotes the message).
:func:`undefanged` gives the plain form :func:`primehelp.message_links.host_of` reads.
The pattern is compiled at its first use, for a text that holds one of these marks (start-up).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from primehelp.lazy_pattern import LazyPattern

_SEPARATORS = ("。", "(.)", "[.]")
_BROKEN_SCHEME = ":/ "


def may_hold_one(text: str) -> bool:
    """Whether ``text`` holds a mark this module reads (plain ``in``: no pattern at start)."""
    return any(mark in text for mark in (*_SEPARATORS, _BROKEN_SCHEME))


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SEPARATOR = r"(?:\.|。|\(\.\)|\[\.\])"
_PATH = r"(?:[/?#][!#-&*-;=?-Z\\^-~]*)?"
_BROKEN = rf"(?i:h(?:tt|xx)ps?):/[ \u3000]{{1,3}}/(?:{_LABEL}\.)*{_LABEL}\.[A-Za-z]{{2,63}}{_PATH}"
_NAMED = rf"(?:(?i:h(?:tt|xx)ps?)://)?{_LABEL}(?:{_SEPARATOR}{_LABEL})*{_SEPARATOR}[A-Za-z]{{2,63}}"
_DEFANGED = LazyPattern(rf"(?<![A-Za-z0-9@.\-/])(?:{_BROKEN}|{_NAMED}(?![A-Za-z0-9\-]){_PATH})")


def undefanged(written: str) -> str:
    """``written`` with each 「。」, ``(.)``, ``[.]`` read as "." and ``:/ /`` as "://"."""
    if not may_hold_one(written):
        return written
    plain = written
    for separator in _SEPARATORS:
        plain = plain.replace(separator, ".")
    return re.sub(r":/[ \u3000]{1,3}/", "://", plain)


def defanged_spans(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where such addresses are in ``text`` (start, end): one with a mark of this module whose
    name ends in a known suffix (``known`` of the plain host). A 「。」 that may end a sentence
    (「…Amazon。Prime会員…」) counts only before a lower-case label or between three labels."""
    if not may_hold_one(text):
        return []
    from primehelp.message_wide import clean_url

    spans = []
    for found in _DEFANGED.finditer(text):
        written = clean_url(found.group(0))
        if not may_hold_one(written) or written.count("(.") != written.count("(.)"):
            continue
        if "。" in written and "://" in written:
            continue  # a URL's 「。」: read by message_wide.host_dots, which knows a line's end
        if "。" in written and written.count("。") < 2 and not written.split("。")[1][:1].islower():
            continue
        plain = undefanged(written)
        start = plain.find("://")
        rest = plain[start + 3 :] if start >= 0 else plain
        host = re.split(r"[/?#]", rest, maxsplit=1)[0]
        if known(host.lower()):
            spans.append((found.start(), found.start() + len(written)))
    return spans
