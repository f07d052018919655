"""Languages and bilingual text."""

from collections.abc import Mapping
from typing import Literal, NamedTuple, TypeGuard

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
LANG_ENV = "PRIMEHELP_LANG"
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


class Text(NamedTuple):
    """A sentence in Japanese and English.

    A named tuple, not a frozen dataclass: every command creates this class at start-up, and a
    frozen dataclass costs 0.6 ms to create on Python 3.11 against 0.1 ms (ARCHITECTURE.md)."""

    ja: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return quoted_values(self.ja, "ja") if lang == "ja" else quoted_values(self.en, "en")

    def format(self, **values: object) -> "Text":
        """Fill ``{name}`` placeholders in both languages."""
        return Text(self.ja.format(**values), self.en.format(**values))


# Around a value the user gave (errors.shown): 「…」 in Japanese, '…' in English. Private-use
# characters, so typed input cannot forge them (errors.escaped escapes every one it meets).
VALUE_OPEN, VALUE_CLOSE = "\ue000", "\ue001"
_QUOTES = {"ja": ("「", "」"), "en": ("'", "'")}


def quoted_values(text: str, lang: Lang) -> str:
    """``text`` with the marks :func:`primehelp.errors.shown` puts around a value made quotes
    of ``lang``: 「abc」 (a space next to the brackets dropped, as Japanese writes it), 'abc'."""
    if VALUE_OPEN not in text:
        return text
    opening, closing = _QUOTES[lang]
    if lang == "ja":
        text = text.replace(f" {VALUE_OPEN}", VALUE_OPEN).replace(f"{VALUE_CLOSE} ", VALUE_CLOSE)
    return text.replace(VALUE_OPEN, opening).replace(VALUE_CLOSE, closing)


def is_lang(value: str) -> TypeGuard[Lang]:
    return value in LANGS


def asks_english(value: str) -> bool:
    """Whether a language value that is not accepted asks for English (「en-US」「en_US.UTF-8」,
    lower case): help and errors are then said in English, whatever the locale."""
    return value.startswith(("en-", "en_", "en."))


def lang_from_environment(environ: Mapping[str, str]) -> Lang:
    """Pick the language from PRIMEHELP_LANG, then the locale: ``en*`` is English, else Japanese.

    An unusable PRIMEHELP_LANG is ignored here (but for one that asks for English, 「en_US.UTF-8」:
    help and errors are then English); the command reports it.
    """
    wanted = environ.get(LANG_ENV, "").strip().lower()
    if is_lang(wanted):
        return wanted
    if asks_english(wanted):  # refused, but English asked for (review 46a, item 10)
        return "en"
    for name in _LOCALE_ENV:
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    return "ja"


def guess_lang(args: list[str], environ: Mapping[str, str]) -> Lang:
    """Find ``--lang`` in raw arguments (for errors raised before options are parsed). Two
    that differ (``--lang en --lang ja``, an error) say nothing: the environment's language is
    the error's, whatever their order (review 43a, S 24: the first one given chose it)."""
    found: set[Lang] = set()
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None:
            value = value.strip().lower()
            if asks_english(value):  # 「en-US」: refused, but English asked for (46a, 10)
                found.add("en")
            elif is_lang(value):
                found.add(value)
    if len(found) == 1:
        return found.pop()
    return lang_from_environment(environ)
