"""Words for usage errors about renewal's and trial's arguments and options: an option another
command has (:data:`ELSEWHERE`), the word a command's one argument stands for
(:data:`ARGUMENT_NAMES`), and help's placeholders in Japanese (:func:`japanese_placeholder`). Used by :mod:`primehelp.cli.usage_errors`."""

from __future__ import annotations

from primehelp.i18n import Text

# An option another command has, given to one without it: whose it is and what to use instead
# (review 9b S 20: `trial --plan` was 「`--lang` のことですか？」).
ELSEWHERE = {
    ("trial", "--plan"): (
        "renewal",
        Text(
            "無料体験の種類は `--student`（Prime Student）で指定します",
            "a Prime Student trial is chosen with `--student`",
        ),
    ),
    # review 31b item 4: 「（renewal の後に指定します）」 read as "type it after the word renewal"
    ("trial", "--count"): (
        "renewal",
        Text(
            "今後の更新日をいくつ表示するかは、`renewal` で `--plan` と一緒に指定します"
            "（例：`primehelp renewal 2026-12-25 --plan monthly --count 12`）",
            "how many renewals to list is given to `renewal`, with `--plan`"
            " (e.g. `primehelp renewal 2026-12-25 --plan monthly --count 12`)",
        ),
    ),
}

# An option of one command only, given to another: said as that command's, with an example
# (review 32b S 5: 「--explain は cancel では使えません（renewal の後に指定します）」 read as
# "put it after the renewal date").
ONE_COMMANDS_OPTION = {"--explain": ("renewal", "`primehelp renewal 2026-12-31 --explain`")}


# The word a command's one argument stands for in English errors, said before its placeholder
# (review 31b S 13: 「DATE は1つだけ指定できます（「extra」は余分です）」 stood the placeholder in
# for the word).
ARGUMENT_NAMES = {
    ("renewal", "DATE"): Text("更新日", "renewal date"),
    ("trial", "START"): Text("開始日", "start date"),
}

# Help's placeholders in Japanese help and errors (review 49a item 1: 「NUMBER...」「DAYS 日以内」
# read as untranslated English); English help keeps the metavar. A parameter's own word first
# (``<command>.<parameter>``), where the same metavar means more than one thing.
PLACEHOLDERS_JA = {
    "NUMBER": "電話番号",
    "FILE": "ファイル",
    "TEXT": "文面",
    "TOPIC": "話題",
    "DATE": "日付",
    "START": "開始日",
    "DAYS": "日数",
    "YEN": "金額",
    "AMOUNT": "金額",
    "KINDS": "種類",
    "SHELL": "シェル",
    "ACTION": "操作",
    "N": "件数",
    "SPEC": "列",
    "HH:MM": "時刻",
}
PARAMETER_PLACEHOLDERS_JA = {
    "renewal.date": "更新日",
    "complain.topic": "相談の種類",  # as its help and errors say (review 49a item 19)
    "charge.text": "表記",  # 明細の表記
}


def japanese_placeholder(command: str | None, name: str | None, metavar: str) -> str:
    """The Japanese help's name of a parameter whose English help names it ``metavar``
    (a list of choices, ``ja|en``, stays as it is)."""
    return PARAMETER_PLACEHOLDERS_JA.get(f"{command}.{name}") or PLACEHOLDERS_JA.get(
        metavar, metavar
    )


def other_commands_option(option: str, command: str) -> Text | None:
    """「`trial` に `--plan` はありません（`renewal` のオプションです）。…」, else ``None``."""
    known = ELSEWHERE.get((command, option))
    if known is None:
        return None
    owner, instead = known
    return Text(
        f"`{command}` に `{option}` はありません（`{owner}` のオプションです）。{instead.ja}",
        f"`{command}` has no `{option}` (it is an option of `{owner}`); {instead.en}",
    )
