"""How help and errors name a parameter, and the one-line message for a command-line error.

Imported only when parsing fails or help is shown: a run that works never loads it.
"""

import sys
from collections.abc import Callable, Sequence
from typing import Any

from typer._click import exceptions as click_errors

from primehelp.cli import COMMANDS
from primehelp.cli.argument_words import (
    ARGUMENT_NAMES,
    ONE_COMMANDS_OPTION,
    japanese_placeholder,
    other_commands_option,
)
from primehelp.cli.flag_values import flags, takes_no_value, value_after_flag
from primehelp.cli.option_errors import (
    date_as_argument,
    example_value,
    needs_command,
    option_without_value,
    unknown_before_command,
)
from primehelp.cli.option_errors import (
    did_you_mean as did_you_mean,  # complain and remind import it from here
)
from primehelp.dates import DATE_EXAMPLES
from primehelp.errors import one_value_only, shown
from primehelp.i18n import Text

# Arguments whose several words are one value (`sources Prime Student`: review 42a, item 19):
# named without the 「...」 of a list.
_ONE_VALUE_IN_WORDS = frozenset({"TOPIC"})


def placeholder(
    param: Any, usage: bool = False, command: str | None = None, japanese: bool = False
) -> str:
    """How help names an argument (``NUMBER...``, ``TOPIC``; ``[TOPIC]`` in a usage line when
    it may be left out, ``[TEXT]...`` when any number may be given), or an option (its first
    name): errors name it the same way. ``japanese``: as the Japanese help of ``command`` names
    it (「電話番号...」「[ファイル]」, review 49a item 1)."""
    if param.param_type_name != "argument":
        return str(param.opts[0])
    name = str(param.metavar or param.name.upper())
    if japanese:
        name = japanese_placeholder(command, param.name, name)
    if usage and not param.required:
        name = f"[{name}]"
    several = param.nargs == -1 and param.metavar not in _ONE_VALUE_IN_WORDS
    return name + "..." if several else name


# What each required argument is, in words, and values to give as examples: the error for a
# missing one says it (「無料体験を始めた日を指定してください」; in English with help's placeholder,
# "START is missing"), and the Japanese help of the argument starts with the same words
# (tests/cli/test_help.py checks both).
ARGUMENTS: dict[str, tuple[Text, tuple[str, ...]]] = {
    "trial.start": (
        Text("無料体験を始めた日", "the day the free trial started"),
        DATE_EXAMPLES,
    ),
    "check-number.numbers": (
        Text("確認したい電話番号", "one or more phone numbers to check"),
        ("0120-999-373", '"+81 120 999 373"', "188"),  # as typed in a shell (quoted)
    ),
    "complain.topic": (Text("相談の種類", "the kind of problem"), ()),
    "remind.action": (Text("操作", "the action"), ()),
    "completion.shell": (Text("シェル", "the shell"), ()),
}


def _missing(param: Any, command: str, hint: Text) -> Text:
    """The error for a missing argument: what it is in words (in Japanese as its help says it,
    without the English placeholder: review 49a items 9, 19, 20; 49b item 7), and the values it
    accepts or examples of them."""
    name = placeholder(param).removesuffix("...")
    word = placeholder(param, command=command, japanese=True).removesuffix("...")
    several = param.nargs == -1
    accepted = _accepted(param, command)
    what, examples = ARGUMENTS.get(f"{command}.{param.name}", (None, ()))
    glossed = _glossed(param, command)
    if what is not None and glossed is not None:  # values with their meanings: no nested （）
        also = _also(param, command)  # as the error for a wrong value ends (review 21a, S 14)
        return Text(
            f"{what.ja}を指定してください。使える値：{glossed.ja}。{also.ja}",
            f"{name} is missing: give {what.en} (one of: {glossed.en}{also.en})",
        )
    if what is None:
        if accepted:
            return Text(
                f"{word}を指定してください（{'、'.join(accepted)} のいずれか）。{hint.ja}",
                f"{name} is missing (one of: {', '.join(accepted)}); {hint.en}",
            )
        return Text(f"{word}を指定してください。{hint.ja}", f"{name} is missing; {hint.en}")
    forms = (
        Text(f"{'、'.join(accepted)} のいずれか", f"one of: {', '.join(accepted)}")
        if accepted
        else Text(f"例：{'、'.join(examples)}", f"e.g. {', '.join(examples)}")
    )
    return Text(
        f"{what.ja}を{'1つ以上' if several else ''}指定してください（{forms.ja}）。",
        f"{name} is missing: give {what.en} ({forms.en})",
    )


def _accepted(param: Any, command: str) -> list[str]:
    """The values a parameter accepts when they are a fixed set: a Choice, or the command
    module's ``CHOICES`` (e.g. complain's topics)."""
    choices = getattr(param.type, "choices", None)
    if choices is None and command in COMMANDS:
        module = sys.modules.get(f"primehelp.cli.{COMMANDS[command]}")
        choices = getattr(module, "CHOICES", {}).get(param.name)
    return [str(choice) for choice in choices or ()]


def _glossed(param: Any, command: str) -> Text | None:
    """The accepted values with what each means (the command module's ``GLOSSED``), if any."""
    module = sys.modules.get(f"primehelp.cli.{COMMANDS.get(command, '')}")
    glossed: Text | None = getattr(module, "GLOSSED", {}).get(param.name)
    return glossed


def _also(param: Any, command: str) -> Text:
    """What else the parameter accepts (the command module's ``ALSO``: complain's 「「更新」…でも
    指定できます。」), said after its glossed values; else nothing."""
    module = sys.modules.get(f"primehelp.cli.{COMMANDS.get(command, '')}")
    also: Callable[[], Text] | None = getattr(module, "ALSO", {}).get(param.name)
    return Text("", "") if also is None else also()


def _other_commands_have(option: str, command: str) -> Text | None:
    """「--plan は subscriptions では使えません（renewal、due、trial などのコマンドの後に指定します）。」
    for an option other commands have, not a guess at a near name (review 29a, S 13:
    `subscriptions --plan` was 「`--lang` のことですか？」), else ``None``. Only this error
    builds every command (a run builds its own alone)."""
    if command not in COMMANDS or not option.startswith("--"):
        return None
    import typer.main

    from primehelp.cli import app

    commands = getattr(typer.main.get_command(app), "commands", {})
    owners = [
        name
        for name, other in commands.items()
        if name != command
        and not getattr(other, "hidden", False)
        and _option_of(other, option) is not None
    ]
    return _not_an_option_of(option, command, owners) if owners else None


def _option_of(command: Any, option: str) -> Any:
    """The parameter of ``command`` named ``option`` (``--today``), else ``None``."""
    return next((p for p in command.params if option in getattr(p, "opts", ())), None)


def _before_the_command(option: str, args: Sequence[str], group: Any) -> Text | None:
    """「--today はコマンドの後に指定してください（例：primehelp due --today 2026-12-27）。」 for an
    option some command has, given before the command (review 13a, S 13; review 17a, S 5), else
    ``None``. The example names the command typed if it has the option, else the first command
    of the app that has it (the app's own table: no list to keep in step)."""
    commands = getattr(group, "commands", {})
    owners = [
        name
        for name, command in commands.items()
        if not getattr(command, "hidden", False) and _option_of(command, option) is not None
    ]
    if not owners:
        return None
    typed = next((arg for arg in args if arg in commands), None)
    if typed is not None and typed not in owners:  # the advice would be a second error
        return _not_an_option_of(option, typed, owners)
    name = typed if typed in owners else owners[0]
    param = _option_of(commands[name], option)
    example = Text(f"primehelp {name} {option}", f"primehelp {name} {option}")
    if option == "--lang":  # the language of the line itself
        example = Text(f"{example.ja} ja", f"{example.en} en")
    elif not param.is_flag:
        value = _value_typed(option, args, commands) or example_value(option, param)
        value = shown(value) if not value.isprintable() or len(value) > _LONG_ARG else value
        example = Text(f"{example.ja} {value}", f"{example.en} {value}")
    if option in ("--lang", "--json") and _lang_left_out(args, commands):  # first (25a S 16)
        values = str(_option_of(commands[name], "--lang").metavar).split("|")
        if typed is not None:  # as `primehelp contact --lang` says it
            return Text(
                f"`--lang` の値を指定してください（{'、'.join(values)} のいずれか）。",
                f"`--lang` needs a value (one of: {', '.join(values)})",
            )
        return Text(
            f"`--lang` の値（{'、'.join(values)}）とコマンドを指定してください"
            f"（例：`primehelp {name} --lang ja`）。",
            f"`--lang` needs a value ({' or '.join(values)}) and a command "
            f"(use e.g. `primehelp {name} --lang en`)",
        )
    if option in ("--lang", "--json"):  # taken before a command too (review 19a, S 13)
        return unknown_before_command(args, group) or needs_command(option, example, args, group)
    return Text(
        f"`{option}` はコマンドの後に指定してください（例：`{example.ja}`）。",
        f"`{option}` goes after the command (use e.g. `{example.en}`)",
    )


def _not_an_option_of(option: str, typed: str, owners: Sequence[str]) -> Text:
    """「--today は contact では使えません（renewal、due、trial などのコマンドの後に指定します）。」:
    the command typed lacks the option, so 「コマンドの後に」 alone would lead to a second error
    (review 18a, S 17); up to three commands that have it, from the app's table."""
    only = ONE_COMMANDS_OPTION.get(option)
    if only is not None and list(owners) == [only[0]]:  # review 32b S 5
        return Text(
            f"`{option}` は `{only[0]}` コマンドだけで使えます（例：{only[1]}）。",
            f"`{option}` works with `{only[0]}` only (e.g. {only[1]})",
        )
    named, more = [f"`{name}`" for name in owners[:3]], len(owners) > 3  # 64a item 6
    listed = "、".join(named) + (
        " などのコマンド" if more else " のいずれか" if len(named) > 2 else " "
    )
    if len(owners) == 2:  # 「`trial` か `cancel` の後に」
        listed = f"{named[0]} か {named[1]} "
    english = f"{', '.join(named[:-1])} or {named[-1]}" if len(named) > 1 else named[0]
    return Text(
        f"`{option}` は `{typed}` では使えません（{listed}の後に指定します）。",
        f"`{option}` cannot be used with `{typed}`; use it after "
        f"{'a command such as ' if more else ''}{english}",
    )


def _lang_left_out(args: Sequence[str], commands: Any) -> bool:
    """``--lang`` with no value: last, followed by a command or an option, or ``--lang=``."""
    at = next((i for i, word in enumerate(args) if word.partition("=")[0] == "--lang"), None)
    if at is None or args[at] == "--lang=":
        return at is not None
    following = args[at + 1] if "=" not in args[at] and at + 1 < len(args) else None
    return "=" not in args[at] and (
        following is None or following in commands or following[:1] == "-"
    )


def _value_typed(option: str, args: Sequence[str], commands: Any) -> str | None:
    """The value given to ``option`` (``--today 2026-12-27`` or ``--today=2026-12-27``), if any:
    not a command's name (``primehelp --today due``: the value was left out)."""
    words = list(args)
    for at, word in enumerate(words):
        if word.startswith(option + "="):
            return word.removeprefix(option + "=") or None
        if word == option:
            following = words[at + 1] if at + 1 < len(words) else None
            return following if following is not None and following not in commands else None
    return None


def _quote_user_input(message: str, args: Sequence[str]) -> str:
    """Show raw arguments that Click echoes in a message as :func:`shown` does (cut, escaped)."""
    for arg in sorted(set(args), key=len, reverse=True):
        message = message.replace(repr(arg), shown(arg))
        if len(arg) > _LONG_ARG or not arg.isprintable():
            message = message.replace(arg, shown(arg))
    return message


_LONG_ARG = 40


def _value_after_flag(
    raw: str, args: Sequence[str], params: Sequence[Any], command: str
) -> Text | None:
    """「--benefits-used は値を取りません。…」 for a yes/no word after an on/off flag, unless it is a
    value of the command's argument (:mod:`primehelp.cli.flag_values`)."""
    values = (v for p in params if p.param_type_name == "argument" for v in _accepted(p, command))
    return value_after_flag(raw, args, params, values)


def _options_of(parsed: Any, command: str) -> Text:
    """「使えるオプション：`--date`、`--json`。」 of a command (its long names, help last left
    out), in backticks as every option name on stderr (review 63a, R-minor 5)."""
    params = getattr(parsed, "params", ()) if command != "primehelp" else ()
    names = [f"`{p.opts[-1]}`" for p in params if p.param_type_name == "option" and not p.hidden]
    if not names:
        return Text("", "")
    return Text(f"使えるオプション：{'、'.join(names)}。", f" options: {', '.join(names)};")


def usage_error_message(
    error: Exception, args: Sequence[str], command: str, parsed: Any = None
) -> Text:
    """Translate a command-line parsing error into one bilingual line (``parsed``: the Click
    command whose arguments were being read, when known)."""
    ctx = getattr(error, "ctx", None)
    usage = "primehelp" if command == "primehelp" else f"primehelp {command}"
    hint = Text(f"使い方は `{usage} --help` で確認できます", f"see `{usage} --help`")
    said = getattr(error, "said", None)  # worded where it was found (cli.repeated)
    if isinstance(said, Text):
        return said
    raw = getattr(error, "message", str(error))
    message = _quote_user_input(raw, args)
    if isinstance(error, click_errors.NoSuchOption):
        name = shown(error.option_name)
        elsewhere = other_commands_option(error.option_name, command)
        if elsewhere is not None:
            return elsewhere
        after = (
            _before_the_command(error.option_name, args, parsed) if command == "primehelp" else None
        )
        if after is None and command == "primehelp":
            after = unknown_before_command(args, parsed, error.option_name)
        if after is not None:
            return after
        others = _other_commands_have(error.option_name, command)
        if others is not None:
            return others
        maybe = did_you_mean(error.option_name, error.possibilities or ())
        if not maybe.en:  # the accepted forms, as an unknown command's list (review 51c, S 34)
            maybe = _options_of(parsed, command)
        return Text(
            f"{name} というオプションはありません。{maybe.ja}{hint.ja}",
            f"unknown option {name};{maybe.en} {hint.en}",
        )
    if isinstance(error, click_errors.BadOptionUsage) and raw.endswith("requires an argument."):
        return option_without_value(error, hint, parsed)
    if isinstance(error, click_errors.BadOptionUsage) and raw.endswith("does not take a value."):
        flag = flags(getattr(parsed, "params", ())).get(error.option_name)
        if flag is not None:
            return takes_no_value(error.option_name, flag)
        name = shown(error.option_name)
        return Text(f"{name} に値は付けられません。{hint.ja}", f"{name} takes no value; {hint.en}")
    if isinstance(error, click_errors.MissingParameter):
        if error.param is None:
            return Text(f"指定が足りません。{hint.ja}", f"something is missing; {hint.en}")
        return _missing(error.param, command, hint)
    if isinstance(error, click_errors.BadParameter):
        param = error.param.get_error_hint(ctx) if error.param and ctx else "?"
        return Text(
            f"{param} の値が正しくありません（{message}）。{hint.ja}",
            f"invalid value for {param} ({message}); {hint.en}",
        )
    if raw.startswith("No such command") and ctx is not None:
        typed = next((arg for arg in args if not arg.startswith("-")), "")
        name = shown(typed)
        commands = ctx.command.list_commands(ctx)
        from primehelp.cli.command_words import commands_starting, meant_command

        # the start of names first: `check`, `check-m` (review 36a, S 21), then a near miss
        maybe = commands_starting(typed, commands)
        if not maybe.en:
            maybe = did_you_mean(typed, commands)
        if not maybe.en:  # an everyday word: `primehelp 解約` (review 28a, S 22)
            maybe = did_you_mean(meant_command(typed) or "", commands)
        if maybe.en:
            return Text(
                f"{name} というコマンドはありません。{maybe.ja}{hint.ja}",
                f"unknown command {name};{maybe.en} {hint.en}",
            )
        names = [f"`{each}`" for each in commands]  # commands in backticks (review 64a item 6)
        return Text(
            f"{name} というコマンドはありません。使えるコマンド：{'、'.join(names)}。{hint.ja}",
            f"unknown command {name}; commands: {', '.join(names)}; {hint.en}",
        )
    extra_prefix = "Got unexpected extra argument(s) ("
    if raw.startswith(extra_prefix):
        extra = shown(raw.removeprefix(extra_prefix).removesuffix(")"))  # cut, escaped
        params = getattr(parsed, "params", None)
        after_flag = _value_after_flag(raw, args, params or (), command)
        if after_flag is not None:
            return after_flag
        if params is not None and not any(p.param_type_name == "argument" for p in params):
            dated = date_as_argument(raw.removeprefix(extra_prefix)[:-1], command, params)
            if dated is not None:  # `cancel 2026-12-24` (review 23b, S 20)
                return Text(
                    f"{extra} は指定できません。`{command}` のあとに付けられるのはオプションだけです。{dated.ja}",
                    f"{extra} is not accepted: `{command}` takes no arguments; {dated.en}",
                )
            # where the usage is: `--help`, as the other commands' errors say (review 53b item
            # 14: 「（使い方：`primehelp cancel`）」 named the command, which starts the walk-through)
            return Text(
                f"{extra} は指定できません。`{command}` のあとに付けられるのはオプションだけです。{hint.ja}。",
                f"{extra} is not accepted: `{command}` takes no arguments; {hint.en}",
            )
        # A command whose one argument takes one value names it, as help does (review20a S10;
        # every such command, review 21b follow-up): 「シェルは1つだけ指定できます（2つ目に「zsh」が
        # 指定されています）。」 (review 49a items 9, 20: not 「「zsh」は使えません」)
        single = [p for p in params or () if p.param_type_name == "argument"]
        if len(single) == 1 and single[0].nargs == 1:
            name = placeholder(single[0])
            word = placeholder(single[0], command=command, japanese=True)
            given = raw.removeprefix(extra_prefix).removesuffix(")").split(" ")
            # each quoted: 「「b」「c」」, not 「「b c」」
            extras = [shown(value) for value in given] if len(given) > 1 else [extra]
            named = ARGUMENT_NAMES.get((command, name))  # "renewal date (DATE)" (31b S 13)
            return one_value_only(name, word, extras, hint, named)
        return Text(
            f"{extra} は余分な引数です。{hint.ja}",
            f"unexpected extra argument {extra}; {hint.en}",
        )
    return Text(f"{message.rstrip('.')}。{hint.ja}", f"{message.rstrip('.')}; {hint.en}")
