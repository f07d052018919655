"""Languages and bilingual text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeGuard

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
LANG_ENV = "PRIMEHELP_LANG"
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence in Japanese and English."""

    ja: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en

    def format(self, **values: object) -> Text:
        """Fill ``{name}`` placeholders in both languages."""
        return Text(self.ja.format(**values), self.en.format(**values))


def is_lang(value: str) -> TypeGuard[Lang]:
    return value in LANGS


def lang_from_environment(environ: Mapping[str, str]) -> Lang:
    """Pick the language from PRIMEHELP_LANG, then the locale: ``en*`` is English, else Japanese.

    An unusable PRIMEHELP_LANG is ignored here; :func:`check_lang_env` reports it.
    """
    wanted = environ.get(LANG_ENV, "").strip().lower()
    if is_lang(wanted):
        return wanted
    for name in _LOCALE_ENV:
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    return "ja"


def guess_lang(args: list[str], environ: Mapping[str, str]) -> Lang:
    """Find ``--lang`` in raw arguments (for errors raised before options are parsed)."""
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None:
            value = value.strip().lower()
            if is_lang(value):
                return value
    return lang_from_environment(environ)
