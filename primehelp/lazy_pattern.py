"""A regular expression compiled where it is first used, not when its module is imported.

Compiling a pattern with large character classes costs up to a millisecond (a class of kana or
kanji, a negated class of Japanese punctuation); a module that holds many of them, most used on
some lines only, paid for all of them at every start-up (benchmarks/README.md). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """``re.compile(source)`` at the first ``match``, ``search``, ``fullmatch``, ``finditer`` or
    ``findall``, then kept."""

    __slots__ = ("_compiled", "needs", "source")

    def __init__(self, source: str, needs: Callable[[str], bool] | None = None) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None
        # A quick test that every text holding a match passes (a character the pattern
        # cannot match without): a text failing it is not searched, nor the pattern compiled.
        self.needs = needs

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.needs is not None and not self.needs(text):
            return None
        return self.compiled.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.needs is not None and not self.needs(text):
            return None
        return self.compiled.search(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.needs is not None and not self.needs(text):
            return None
        return self.compiled.fullmatch(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        if self.needs is not None and not self.needs(text):
            return iter(())
        return self.compiled.finditer(text, pos)

    def findall(self, text: str, pos: int = 0) -> list[Any]:
        if self.needs is not None and not self.needs(text):
            return []
        return self.compiled.findall(text, pos)


def after(text: str, mark: str, test: Callable[[str], bool]) -> bool:
    """Whether some ``mark`` in ``text`` follows a character that passes ``test`` (a
    ``needs`` test: 「2件」 for ``\\d件``)."""
    at = text.find(mark, 1)
    while at != -1:
        if test(text[at - 1]):
            return True
        at = text.find(mark, at + 1)
    return False
