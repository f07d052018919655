"""The errors about an option's value: one left out (「`--today` には日付を指定してください
（例：…）。」), and a date given as an argument to a command that takes it by an option
(「更新日は `--renewal` で指定します（例：…）。」). Imported only when parsing fails. Options
are named in backticks, as every error names them (review 62b R-minor 6)."""

from collections.abc import Iterable, Sequence
from typing import Any

from primehelp.cli.argument_words import japanese_placeholder
from primehelp.dates import DATE_EXAMPLES
from primehelp.errors import BadInput, shown
from primehelp.i18n import Text

_DATES = DATE_EXAMPLES  # the date errors' examples (review 22a, S 12)
# Values to give as examples when an option is left without one (a choice lists its values).
OPTION_EXAMPLES: dict[str, tuple[str, ...]] = {
    "--today": _DATES,
    "--renewal": _DATES,
    "--date": _DATES,
    "--count": ("3", "12"),
    "--within": ("7", "30"),
    "--amount": ("5900", "¥5,900", "5900円"),
    "--ics": ("primehelp.ics", "-"),
    "--events": ("renewal,cancel-by,notice",),
    "--alarms": ("7,3,1", "none"),
    "--alarm-time": ("09:00", "21:30"),
    "--statement": ("楽天カード-2026-11.csv",),
    "--columns": ("date,description,amount,_",),
}
# Examples whose values hold commas: each as a whole option, not listed with 「、」 (review 34b S 9:
# 「（例：7,3,1、none）」 read as one value).
OPTION_EXAMPLES_WORDED: dict[str, Text] = {
    "--alarms": Text(
        "（例：`--alarms 7,3,1`。通知を付けない場合は `--alarms none`）",
        " (e.g. `--alarms 7,3,1`; `--alarms none` for no alarms)",
    ),
    # 「-」 said what it does (review 50b S 20: 「（例：primehelp.ics、-）」)
    "--ics": Text(
        "（例：primehelp.ics。画面に出す場合は `-`）", " (e.g. primehelp.ics, or `-` to print it)"
    ),
}
# Options whose values are a fixed set though help names them by a word (complain's PLAN).
OPTION_VALUES: dict[str, tuple[str, ...]] = {
    "--plan": ("annual", "monthly", "student-annual", "student-monthly"),
}


def option_without_value(error: Any, hint: Text, parsed: Any) -> Text:
    """「--today には日付を指定してください（例：2026-12-31、…）。」: the option, what its value is
    as help names it (in Japanese, the Japanese help's word: review 49b item 7, not 「の値（DATE）」),
    and its values (a choice) or examples of them. ``parsed``: the command (or the app) whose
    options were being read."""
    params = getattr(parsed, "params", [])
    param = next((p for p in params if error.option_name in getattr(p, "opts", ())), None)
    if param is None or not param.metavar:
        name = shown(error.option_name)
        return Text(f"{name} の値を指定してください。{hint.ja}", f"{name} needs a value; {hint.en}")
    name, metavar = f"`{error.option_name}`", str(param.metavar)
    if (
        error.option_name == "--plan"
    ):  # its values with their meanings, as a wrong value's error (50b S 20)
        from primehelp.glosses import PLAN_VALUES

        return Text(
            f"{name} の値を指定してください。使える値：{PLAN_VALUES.ja}。",
            f"{name} needs a value (one of: {PLAN_VALUES.en})",
        )
    if "|" in metavar or error.option_name in OPTION_VALUES:  # a choice: its values
        values = OPTION_VALUES.get(error.option_name) or metavar.split("|")
        return Text(
            f"{name} の値を指定してください（{'、'.join(values)} のいずれか）。",
            f"{name} needs a value (one of: {', '.join(values)})",
        )
    word = japanese_placeholder(getattr(parsed, "name", None), param.name, metavar)
    worded = OPTION_EXAMPLES_WORDED.get(error.option_name)
    if worded is not None:
        return Text(
            f"{name} には{word}を指定してください{worded.ja}。",
            f"{name} needs a value: give {metavar}{worded.en}",
        )
    examples = OPTION_EXAMPLES.get(error.option_name)
    if not examples:
        return Text(
            f"{name} には{word}を指定してください。{hint.ja}",
            f"{name} needs a value ({metavar}); {hint.en}",
        )
    return Text(
        f"{name} には{word}を指定してください（例：{'、'.join(examples)}）。",
        f"{name} needs a value: give {metavar} (e.g. {', '.join(examples)})",
    )


def example_value(option: str, param: Any) -> str:
    """A value to show for an option left without one: an example of it, else help's name."""
    examples = OPTION_EXAMPLES.get(option) or OPTION_VALUES.get(option)
    return examples[0] if examples else str(param.metavar or param.name.upper())


# What a date option is, in words (help's words: 「更新日（例：2026-12-24）」, 「指定した日付を今日
# として計算します」), for a date given as an argument instead (review 23b, S 20).
DATE_OPTIONS: dict[str, Text] = {
    "--renewal": Text("更新日", "the renewal date"),
    "--today": Text("今日の日付", "today's date"),
}
_LONG = 40


def date_as_argument(word: str, command: str, params: Any) -> Text | None:
    """「更新日は --renewal で指定します（例：primehelp cancel --renewal 2026-12-24）。」 when
    ``word``, given to a command that takes no argument, reads as a date and the command has a
    date option (help names its value DATE); else ``None``. The option named is the one a member
    most likely meant: the command's own date (cancel's --renewal) before --today."""
    from primehelp.dates import parse_date  # a date only: the check is rare

    dated = [p.opts[0] for p in params if p.param_type_name == "option" and p.metavar == "DATE"]
    if not dated:
        return None
    try:
        day = parse_date(word)
    except BadInput:
        return None
    option = next((name for name in dated if name != "--today"), dated[0])
    what = DATE_OPTIONS.get(option, Text("日付", "the date"))
    simple = word.isprintable() and len(word) <= _LONG and len(word.split()) == 1
    example = f"primehelp {command} {option} {word if simple else day.isoformat()}"
    return Text(
        f"{what.ja}は `{option}` で指定します（例：`{example}`）。",
        f"give {what.en} with `{option}` (e.g. `{example}`)",
    )


def needs_command(option: str, example: Text, args: Sequence[str], group: Any) -> Text:
    """「--lang と一緒にコマンドを指定してください（例：…）。」 for ``--lang``/``--json`` given
    with no command; when an option no command has is given with it (`primehelp --lang ja --foo`),
    that option named first, as `primehelp --foo` names it (review 34a, item 7)."""
    known = {"--help", "--version", "--lang", "--json"}
    for command in getattr(group, "commands", {}).values():
        known.update(opt for param in command.params for opt in getattr(param, "opts", ()))
    unknown = next(
        (a for a in args if a.startswith("-") and a.partition("=")[0] not in known and a != "-"),
        None,
    )
    if unknown is None:
        return Text(
            f"`{option}` と一緒にコマンドを指定してください（例：`{example.ja}`）。",
            f"`{option}` needs a command (use e.g. `{example.en}`)",
        )
    name = shown(unknown.partition("=")[0])
    return Text(
        f"{name} というオプションはありません。コマンドを指定してください（例：`{example.ja}`）。"
        "使い方は `primehelp --help` で確認できます。",
        f"unknown option {name}; give a command (use e.g. `{example.en}`); see `primehelp --help`",
    )


def did_you_mean(name: str, known: Iterable[str]) -> Text:
    """「`cancel` のことですか？　」 for a near miss (difflib), else nothing. Every error goes on
    after it (the hint, the accepted values): a full-width space after 「？」, as Japanese
    writes a question the text continues after (review 26b, S 10)."""
    import difflib

    # 0.7, not difflib's 0.6: `--frobnicate` is not a typo of `--force` (review 9b S 20).
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.7)
    if not close:
        return Text("", "")
    return Text(f"`{close[0]}` のことですか？\u3000", f" did you mean `{close[0]}`?")


def unknown_before_command(args: Sequence[str], group: Any, name: str = "") -> Text | None:
    """「「--jsn」というオプションはありません。`--json` のことですか？　使い方は `primehelp
    check-number --help` で確認できます。」 for an option no command has, given before a
    command that was given (review 41a item 13: it was told to give a command), as the same
    option after the command is answered; else ``None``. ``name``: the option the parser
    stopped at, else the first unknown one before the command."""
    commands = getattr(group, "commands", {})
    at = next((i for i, word in enumerate(args) if word in commands), None)
    if at is None:
        return None
    known = {"--help", "-h", "--version", "--lang", "--json"}
    for command in commands.values():
        known.update(opt for param in command.params for opt in getattr(param, "opts", ()))
    before = [w.partition("=")[0] for w in args[:at] if w.startswith("-") and w != "-"]
    name = name or next((word for word in before if word not in known), "")
    if not name or name in known:
        return None
    typed = args[at]
    own = {"--help"}
    own.update(opt for param in commands[typed].params for opt in getattr(param, "opts", ()))
    maybe = did_you_mean(name, sorted(own))
    return Text(
        f"{shown(name)} というオプションはありません。{maybe.ja}"
        f"使い方は `primehelp {typed} --help` で確認できます。",
        f"unknown option {shown(name)};{maybe.en} see `primehelp {typed} --help`",
    )
