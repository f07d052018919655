"""An option that takes one value, given more than once (``charge 600 --date 2026-11-01 --date
2026-10-01``): Click keeps the last value and says nothing, so the member may be answered for a
day they did not mean. Refused in one line naming the option and the values given, for every
command and every such option (review 26a, S 22); ``--lang`` and ``--json`` given before the
command count as given after it. The same value twice (``--lang en … --lang en``) and a flag
given twice (``--json``, ``--explain``) mean the same as once and are left alone; options that
take several values say so themselves (``--events``).

Loaded at start-up by every command: Click and what the CLI already imports only.
"""

from collections.abc import Sequence
from typing import Any

from typer._click import exceptions as click_errors

from primehelp.errors import shown
from primehelp.i18n import Text


class RepeatedOption(click_errors.BadOptionUsage):
    """Click's usage error for an option given twice, with its line in both languages
    (:func:`primehelp.cli.usage_errors.usage_error_message` returns ``said`` as it is)."""

    def __init__(self, option: str, said: Text, ctx: Any) -> None:
        super().__init__(option, said.en, ctx)
        self.said = said


def repeated_option(args: Sequence[str], params: Sequence[Any]) -> tuple[str, list[str]] | None:
    """The first option of ``params`` that takes one value and is given different values in
    ``args`` (``--date 1`` or ``--date=1``), with every value it was given; else ``None``.
    A word read as an option's value is never an option (``--text --date``); ``--`` ends them."""
    single = {
        name: param.name
        for param in params
        if param.param_type_name == "option"
        and not (param.is_flag or param.multiple or getattr(param, "count", False))
        for name in param.opts
    }
    given: dict[str, list[tuple[str, str]]] = {}
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if equals and name.startswith("--") and name in single:
            given.setdefault(single[name], []).append((name, value))
        elif word in single and index + 1 < len(args):
            given.setdefault(single[word], []).append((word, args[index + 1]))
            index += 1
        index += 1
    for times in given.values():
        if len({value.strip() for _, value in times}) > 1:
            return times[-1][0], [value for _, value in times]
    return None


def refuse_repeated_option(ctx: Any, args: Sequence[str], params: Sequence[Any]) -> None:
    """Raise :class:`RepeatedOption` for the first option given more than once."""
    if ctx.resilient_parsing:  # completing a command line: nothing is refused
        return
    found = repeated_option(args, params)
    if found is None:
        return
    option, values = found
    raise RepeatedOption(option, repeated_said(option, values), ctx)


def repeated_said(option: str, values: Sequence[str]) -> Text:
    """「`--date` が2回指定されています（「1」と「2」）。`--date` は1回だけ指定してください。」
    (the option in backticks, as every error names it: review 62m item 13)"""
    tails = [_tail(value) for value in values] if option == "--statement" else []
    if len(set(tails)) < len(tails):  # two files of one name: their ends would not tell them apart
        tails = []
    quoted = [shown(tail) for tail in tails] or [shown(value) for value in values]
    listed = Text(("と" if len(quoted) == 2 else "、").join(quoted), ", ".join(quoted))
    times = Text(f"{len(values)}回", "twice" if len(values) == 2 else f"{len(values)} times")
    option = f"`{option}`"
    return Text(
        f"{option} が{times.ja}指定されています（{listed.ja}）。{option} は1回だけ指定してください。",
        f"{option} was given {times.en} ({listed.en}): give it once",
    )


def _tail(path: str, limit: int = 40) -> str:
    """A file's name too long to quote whole, cut from the front so its end, which tells two files
    apart, is kept: 「…/paypay-utf8.csv」, never 「tests/fixtures/statements/paypay-utf8.cs…」
    (review 53c, item 19)."""
    if len(path) <= limit:
        return path
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return "…/" + name if len(name) <= limit - 2 else "…" + path[-(limit - 1) :]
