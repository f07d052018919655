"""Words for usage errors about renewal's and trial's arguments and options: an option another
command has (:data:`ELSEWHERE`), and the word a command's one argument stands for
(:data:`ARGUMENT_NAMES`). Used by :mod:`primehelp.cli.usage_errors`."""

from __future__ import annotations

from primehelp.i18n import Text

# An option another command has, given to one without it: whose it is and what to use instead
# (review 9b S 20: `trial --plan` was 「`--lang` のことですか？」).
ELSEWHERE = {
    ("trial", "--plan"): (
        "renewal",
        Text(
            "無料体験の種類は --student（Prime Student）で指定します",
            "a Prime Student trial is chosen with --student",
        ),
    ),
    # review 31b item 4: 「（renewal の後に指定します）」 read as "type it after the word renewal"
    ("trial", "--count"): (
        "renewal",
        Text(
            "今後の更新日をいくつ表示するかは、renewal で --plan と一緒に指定します"
            "（例：primehelp renewal 2026-12-25 --plan monthly --count 12）",
            "how many renewals to list is given to renewal, with --plan"
            " (e.g. primehelp renewal 2026-12-25 --plan monthly --count 12)",
        ),
    ),
}

# An option of one command only, given to another: said as that command's, with an example
# (review 32b S 5: 「--explain は cancel では使えません（renewal の後に指定します）」 read as
# "put it after the renewal date").
ONE_COMMANDS_OPTION = {"--explain": ("renewal", "primehelp renewal 2026-12-31 --explain")}


# The word a command's one argument stands for, said before its placeholder (review 31b S 13:
# 「DATE は1つだけ指定できます（「extra」は余分です）」 stood the placeholder in for the word).
ARGUMENT_NAMES = {
    ("renewal", "DATE"): Text("更新日", "renewal date"),
    ("trial", "START"): Text("開始日", "start date"),
}


def other_commands_option(option: str, command: str) -> Text | None:
    """「trial に --plan はありません（renewal のオプションです）。…」, else ``None``."""
    known = ELSEWHERE.get((command, option))
    if known is None:
        return None
    owner, instead = known
    return Text(
        f"{command} に {option} はありません（{owner} のオプションです）。{instead.ja}",
        f"{command} has no {option} (it is an option of {owner}); {instead.en}",
    )
