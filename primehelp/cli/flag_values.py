"""A word typed after an on/off flag (``--json``, ``--benefits-used``…).

Only a word that reads as a value of its own (yes, no, true, off…: `cancel --benefits-used yes`,
review 22b, S 9) is blamed on the flag, 「--benefits-used は値を取りません。…」; any other word is an
extra argument and the command's own message names it (`contact --json extra` →
「「extra」は指定できません。…」, review 28a, item 2). Imported only when parsing fails."""

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from primehelp.cli.valueless import option_names
from primehelp.i18n import Text

# Words a member types as the value of an on/off option (check-message reads the same set).
FLAG_VALUES = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n", "1", "0"})


def flags(params: Iterable[Any]) -> dict[str, Any]:
    """Each name of an on/off flag (its pair's too), and the flag."""
    return {
        name: param
        for param in params
        if getattr(param, "is_flag", False)
        for name in option_names(param)
    }


def takes_no_value(name: str, param: Any) -> Text:
    """「--save は値を取りません。…」, with the flag's pair when it has one: the same words for
    `--benefits-used yes` and `--benefits-used=yes` (review 23a, item 7)."""
    name = f"`{name}`"  # in backticks, as every error names an option (review 62b R-minor 6)
    if not param.secondary_opts:
        return Text(
            f"{name} は値を取りません。値を付けずに {name} とだけ指定してください。",
            f"{name} takes no value: give {name} alone",
        )
    on, off = f"`{param.opts[0]}`", f"`{param.secondary_opts[0]}`"
    return Text(
        f"{name} は値を取りません。当てはまる場合は {on}、当てはまらない場合は {off} を"
        "指定してください。",
        f"{name} takes no value: give {on} if it applies, or {off} if it does not",
    )


def value_after_flag(
    raw: str, args: Sequence[str], params: Sequence[Any], values: Iterable[str]
) -> Text | None:
    """「--benefits-used は値を取りません。…」 when a yes/no word follows an on/off flag and is
    the extra word of ``raw``; ``None`` for any other word (an extra argument, named as such) or
    a value of the command's argument (``values``)."""
    named = flags(params)
    accepted = set(values)
    for before, word in itertools.pairwise(args):
        if before not in named or word.strip().lower() not in FLAG_VALUES:
            continue
        if word not in raw or word in accepted:
            continue
        return takes_no_value(before, named[before])  # its own name: nothing to escape
    return None
