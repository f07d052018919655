"""A regular expression compiled where it is first used, not when its module is imported.

Compiling a pattern with large character classes costs up to a millisecond (a class of kana or
kanji, a negated class of Japanese punctuation); a module that holds many of them, most used on
some lines only, paid for all of them at every start-up (benchmarks/README.md). Pure.

And not compiled at all where it can be helped: the form ``re`` compiles each pattern of primehelp
to is kept per version of the engine by tools/compile_patterns.py (primehelp/data/patterns), and the
pattern is built from it; a pattern or a Python not kept is compiled as usual.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

Form = tuple[int, str, int, dict[str, int], tuple[str | None, ...]]
"""What ``re`` hands the C engine for a pattern: flags, code (32-bit little-endian words, in
base64), groups, their names both ways."""


@functools.cache
def kept() -> dict[str, Form]:
    """The compiled forms of primehelp's patterns kept for the running engine (its version,
    ``_sre.MAGIC``: tools/compile_patterns.py), or none (another engine, another Python)."""
    import _sre  # type: ignore[import-not-found]  # built in, without a stub

    if sys.implementation.name != "cpython" or sys.byteorder != "little":
        return {}
    try:
        module = importlib.import_module(f"primehelp.data.patterns.sre_{_sre.MAGIC}")
    except ImportError:
        return {}
    forms: dict[str, Form] = module.PATTERNS
    return forms


def _built(source: str, form: Form) -> re.Pattern[str]:
    """The pattern ``re.compile(source)`` makes, made from its kept ``form`` without compiling."""
    import _sre
    from binascii import a2b_base64

    flags, code, groups, groupindex, indexgroup = form
    words = memoryview(a2b_base64(code)).cast("I").tolist()  # native order: little (kept())
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, words, groups, dict(groupindex), indexgroup
    )
    return pattern


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
        """The compiled pattern (compiled once, or built from its kept form: :func:`kept`)."""
        if self._compiled is None:
            form = kept().get(self.source)
            self._compiled = re.compile(self.source) if form is None else _built(self.source, form)
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
