"""A regular expression compiled where it is first used, not when its module is imported.

Compiling a pattern with large character classes costs up to a millisecond (a class of kana or
kanji, a negated class of Japanese punctuation); a module that holds many of them, most used on
some lines only, paid for all of them at every start-up (benchmarks/README.md). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


class LazyPattern:
    """``re.compile(source)`` at the first ``match``, ``search``, ``fullmatch``, ``finditer`` or
    ``findall``, then kept."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos)

    def findall(self, text: str, pos: int = 0) -> list[Any]:
        return self.compiled.findall(text, pos)
