"""``--version`` with other words: ``--lang`` in either order prints the version in that
language (review 27a, R-minor 13: ``--version --lang ja`` said there was no ``--lang``, and
``--lang ja --version`` asked for a command); a wrong ``--lang`` gets the error every command
gives for it, anything else one line (``--version extra``: review 27a, S 29).

Imported only when ``--version`` comes with other words: ``primehelp --version`` alone does not
load it (start-up).
"""

from collections.abc import Sequence

from typer._click import exceptions as click_errors

from primehelp.i18n import LANGS, Text, is_lang

VERSION = "--version"
HELP = frozenset(("-h", "--help"))


class VersionUsage(click_errors.UsageError):
    """A usage error about ``--version``'s words, with its line in both languages
    (:func:`primehelp.cli.usage_errors.usage_error_message` returns ``said`` as it is)."""

    def __init__(self, said: Text) -> None:
        super().__init__(said.en)
        self.said = said


def version_alone(args: Sequence[str]) -> list[str]:
    """``["--version"]`` when ``args`` are ``--version`` and ``--lang X`` (``--lang=X``), in any
    order. Raises :class:`VersionUsage` for a ``--lang`` without a usable value, another
    option with ``--version`` (``--json``: it said there was no ``--lang``), or an argument
    (``--version extra`` printed the version). ``args`` as they are when ``--version`` is not
    among the options before the first argument, or comes with help."""
    langs: list[str] = []
    others: list[str] = []
    missing = version = False
    index = 0
    while index < len(args):
        word = args[index]
        following = args[index + 1] if index + 1 < len(args) else None
        if word == VERSION:
            version = True
        elif word.startswith("--lang="):
            langs.append(word.removeprefix("--lang="))
        elif word == "--lang" and following is not None and not following.startswith("-"):
            langs.append(following)
            index += 1
        elif word == "--lang":
            missing = True
        elif word.startswith("-") and word != "-":
            others.append(word)
        else:
            break  # a command, or an argument
        index += 1
    if not version or HELP.intersection(others):
        return list(args)
    if missing or "" in langs:
        raise VersionUsage(
            Text(
                f"`--lang` の値を指定してください（{'、'.join(LANGS)} のいずれか）。",
                f"`--lang` needs a value (one of: {', '.join(LANGS)})",
            )
        )
    if len({value.strip().lower() for value in langs}) > 1:
        from primehelp.cli.repeated import repeated_said

        raise VersionUsage(repeated_said("--lang", langs))
    for value in langs:
        if not is_lang(value.strip().lower()):
            from primehelp.cli.running import resolve_lang
            from primehelp.errors import BadInput

            try:
                resolve_lang(value)
            except BadInput as error:
                raise VersionUsage(error.message) from None
    from primehelp.errors import shown

    if others:
        raise VersionUsage(
            Text(
                f"{shown(others[0])} は `{VERSION}` と一緒には使えません（一緒に使えるのは `--lang` "
                "だけです）。",
                f"{shown(others[0])} cannot be given with `{VERSION}` (only `--lang` can)",
            )
        )
    if index < len(args):  # as `contact extra` says it (review 27a, S 29: it was not read)
        extra = shown(args[index])
        raise VersionUsage(
            Text(
                f"{extra} は指定できません。`{VERSION}` のあとに付けられるのは `--lang` だけです"
                f"（使い方：`primehelp {VERSION}`）。",
                f"{extra} is not accepted: `{VERSION}` takes no arguments "
                f"(usage: `primehelp {VERSION}`)",
            )
        )
    return [VERSION]
