"""``--columns``: the order of a statement's columns as the member names them (moved out of
:mod:`primehelp.statement_csv`)."""

from __future__ import annotations

from primehelp.errors import shown
from primehelp.statement_csv import _PLAIN, MAX_COLUMNS, Columns, _refuse
from primehelp.statement_values import normalized

# ---------------------------------------------------------------- --columns

# The names a plain header may give (statement_csv._PLAIN: 利用日, 明細の表記, 金額 as the screen
# and this message gloss them, review 38c, item 15), and ``text``; ``_`` and the like: skipped.
_NAMES = {name.casefold(): words[0] for words in _PLAIN for name in words} | {
    "text": "description",
    "_": "",
    "-": "",
    "skip": "",
    "": "",
}
# Review 52c, item 18: a column named in Japanese first, its key after (「利用日（date）」): the
# member may have typed either.
_JA = {"date": "利用日", "description": "明細の表記", "amount": "金額"}
_EXAMPLE = "`--columns date,description,amount,_`"  # the _ it explains (review 33c, item 5)
# 「（列の順に）」 read as "in this order" (review 21a, item 15): the order is the file's. The
# columns as the screen names them (review 23a, S 13): 利用日, 明細の表記, 金額.
_ACCEPTED_JA = f"使える名前：date（利用日）、description（明細の表記）、amount（金額）。かっこの中の日本語の名前も使えます。ファイルの列の順に並べます。使わない列は `_` で指定します。例：{_EXAMPLE}"
_ACCEPTED_EN = (
    "accepted names: date (the day of use), description (the statement text), amount, listed "
    "in the order of the file's columns, "
    f"and `_` for a column to skip (e.g. {_EXAMPLE})"
)


def parse_columns(spec: str) -> Columns:
    """The columns ``--columns`` names, in order: ``date,description,amount,_``.

    Each of date, description and amount exactly once (also their Japanese names, :data:`_NAMES`;
    ``text`` for description); ``_``, ``-``, ``skip`` or nothing between two commas for a column to skip.
    """
    # 「、」 and 「，」 (NFKC: 「,」) as a Japanese writer types them (review 53c, item 33)
    names = [normalized(name).lower() for name in normalized(spec).replace("、", ",").split(",")]
    if not normalized(spec):
        raise _refuse(
            f"`--columns` の指定が空です。{_ACCEPTED_JA}",
            f"`--columns` is empty; {_ACCEPTED_EN}",
        )
    if len(names) > MAX_COLUMNS:
        raise _refuse(
            f"`--columns` で指定できるのは {MAX_COLUMNS} 列までです。{_ACCEPTED_JA}",
            f"`--columns` names at most {MAX_COLUMNS} columns; {_ACCEPTED_EN}",
        )
    found: dict[str, int] = {}
    for index, name in enumerate(names):
        role = _NAMES.get(name)
        if role is None:
            raise _refuse(
                f"`--columns` の {shown(name)} は列の名前として使えません。{_ACCEPTED_JA}",
                f"`--columns`: {shown(name)} is not a column name; {_ACCEPTED_EN}",
            )
        if role and role in found:
            raise _refuse(
                f"`--columns` で{_JA[role]}（{role}）が2回指定されています。{_ACCEPTED_JA}",
                f"`--columns` names {role} twice; {_ACCEPTED_EN}",
            )
        if role:
            found[role] = index
    missing = [role for role in ("date", "description", "amount") if role not in found]
    if missing:
        raise _refuse(
            f"`--columns` に{'、'.join(f'{_JA[m]}（{m}）' for m in missing)}の列がありません。"
            + _ACCEPTED_JA,
            f"`--columns` lacks {', '.join(missing)}; {_ACCEPTED_EN}",
        )
    at = found["date"], found["description"], found["amount"]
    return Columns(*at, named=len(names))
