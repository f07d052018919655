"""Links an SMS viewer or a mail client wrapped over two lines (review 37a, item 6):
``https://www.amazon.co.jp.`` then ``account-verify.top/signin`` on the next line is one link to
account-verify.top, not a link to amazon.co.jp and another to account-verify.top.

A URL that ends in "." or "-" at a line's end is joined to the next line when that line starts
with a host-like token: lower-case letters, digits, "-" and ".", followed by "/", "?", "#" or
the line's end (then holding a "."), so that 「https://www.amazon.co.jp.」 and a sentence on the
next line stay apart.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re


@cache
def _wrapped() -> re.Pattern[str]:
    """Compiled at its first use, for a text holding a URL before a line break."""
    import re

    from primehelp.message_links import URL

    return re.compile(
        rf"({URL.pattern}[.\-])[ \t]*\r?\n[ \t]*"
        r"((?=[a-z0-9.\-]*\.)[a-z0-9][a-z0-9.\-]*(?:[/?#]\S*)?(?=\s|$)|[a-z0-9][a-z0-9.\-]*[/?#]\S*)"
    )


def joined(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with each wrapped link on one line, and those links as joined."""
    if "://" not in text or "\n" not in text:
        return text, ()
    found: list[str] = []

    def join(match: re.Match[str]) -> str:
        found.append(match[1] + match[2])
        return found[-1]

    return _wrapped().sub(join, text), tuple(found)
