"""An option that takes a value, followed by another option instead of one (``renewal 2026-12-31
--today --plan annual``): Click would take ``--plan`` as the value of ``--today`` and the error
would name another problem (「DATE は1つだけ指定できます（「annual」は余分です）」). Refused here
as the value left out, the error an option at the end of the line gets (review 23b, R-minor 7).
Loaded at start-up by every command: Click and the standard library only."""

import re
from collections.abc import Sequence
from typing import Any

from typer._click import exceptions as click_errors

# A word read as an option, never as a value: `--plan`, `--no-interactive`, `--lang=en`. A value
# that starts with dashes but is not shaped so (「--- Amazon ---」 for --text, a file
# `--notes.csv`, a negative amount `-600`) is still a value. Compiled at its first use (re's own
# cache): a command line with no option taking a value never needs it (start-up, 0.1 ms).
_OPTION_LIKE = r"--[A-Za-z][A-Za-z0-9-]*(=.*)?"


def option_names(param: Any) -> tuple[str, ...]:
    """Every name of an option: ``--benefits-used`` and its pair ``--no-benefits-used``."""
    return (*param.opts, *param.secondary_opts)


def option_left_without_value(args: Sequence[str], params: Sequence[Any]) -> str | None:
    """The first option of ``params`` that takes a value and is followed by an option (one of
    the command's names, ``-h`` too, or any ``--name``) instead of its value, else ``None``.
    Free text (help's TEXT: check-message --text) may be any words: only the command's own
    option names end it (tests/support/corpus.py checks that ``--text --nope`` is a message)."""
    takes_value = {
        name: param.metavar in (None, "TEXT")
        for param in params
        if param.param_type_name == "option" and not param.is_flag
        for name in param.opts
    }
    names = {name for param in params for name in option_names(param)}
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--":  # the rest are arguments
            break
        if word in takes_value:
            following = args[index + 1] if index + 1 < len(args) else None
            if following is not None and (
                following in names
                or (not takes_value[word] and re.fullmatch(_OPTION_LIKE, following, re.DOTALL))
            ):
                return word
            index += 2
            continue
        index += 1
    return None


def refuse_option_without_value(ctx: Any, args: Sequence[str], params: Sequence[Any]) -> None:
    """Raise Click's own error for an option at the end of the line (``--today`` alone), which
    :mod:`primehelp.cli.usage_errors` words with the option's accepted values or examples."""
    if ctx.resilient_parsing:  # completing a command line: nothing is refused
        return
    option = option_left_without_value(args, params)
    if option is not None:
        message = f"Option {option!r} requires an argument."
        raise click_errors.BadOptionUsage(option, message, ctx)
