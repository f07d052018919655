"""Answer a completion script: the words to offer for the command line the shell sends.

Imported only when ``_PRIMEHELP_COMPLETE`` is set (see ``_PrimehelpGroup``). Click finds the
candidates (commands, options, the choices an option completes); this module reads the
command line each shell sends and writes the candidates the way its script reads them
(``primehelp.completion.SCRIPTS``). Unlike Typer's own classes, nothing here goes through
Rich: a Tab must not pay Rich's 25 ms of imports, and primehelp's help has no markup to strip.

The descriptions zsh and fish show beside each candidate are in the member's language, chosen
as for a command (``--lang`` on the line, ``$PRIMEHELP_LANG``, the locale): in Japanese, the
texts of the Japanese help (:mod:`primehelp.cli.help_ja`; review 26a, item 8).
"""

import os
import re
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any

from typer._click import Command, Context
from typer._click.shell_completion import (
    CompletionItem,
    ShellComplete,
    _resolve_context,
    _resolve_incomplete,
    split_arg_string,
)

from primehelp.cli.global_options import command_first
from primehelp.completion import FISH_ACTION_VAR, WORDS_VAR, Shell
from primehelp.i18n import Lang, guess_lang


def words_before_the_cursor(environ: Mapping[str, str]) -> list[str]:
    """The finished words after ``primehelp``, for ``primehelp.cli.main`` to pick the app.

    bash sends ``COMP_WORDS`` and ``COMP_CWORD``, zsh and fish the line up to the cursor. The
    word being typed is left out, so ``primehelp co<Tab>`` still sees every command, while
    ``primehelp renewal --p<Tab>`` builds ``renewal`` alone, as running it would; so does
    ``primehelp --json renewal --p<Tab>`` (:func:`the_command_first`).
    """
    if "COMP_WORDS" in environ:
        words = environ["COMP_WORDS"].split()
        try:
            return the_command_first(words[1 : int(environ.get("COMP_CWORD", ""))])
        except ValueError:
            return []
    line = environ.get(WORDS_VAR, "")
    words = line.split()
    return the_command_first(words[1:] if line.endswith(" ") else words[1:-1])


def the_command_first(words: list[str]) -> list[str]:
    """``words`` with ``--json``, ``--lang X`` and ``--lang=X`` given before the command moved
    after it, as a run moves them (:mod:`primehelp.cli.global_options`): after such an option,
    Tab offered the command names again, even as the value of ``--plan`` (review 43a, item 7)."""
    return command_first(words, ()) if words[:1] and words[0][:1] == "-" else words


def _words_and_incomplete(line: str) -> tuple[list[str], str]:
    """The finished words after the program's name, and the word being typed (zsh, fish)."""
    words = split_arg_string(line)[1:]
    if words and not line.endswith(" "):
        return words[:-1], words[-1]
    return words, ""


class _Completer(ShellComplete):
    """What the three shells share: primehelp prints the scripts; the line comes in WORDS_VAR."""

    def source_vars(self) -> dict[str, Any]:  # pragma: no cover - primehelp prints the scripts
        return {}

    def get_completion_args(self) -> tuple[list[str], str]:
        return _words_and_incomplete(os.environ.get(WORDS_VAR, ""))

    def get_completions(self, args: list[str], incomplete: str) -> list[CompletionItem]:
        """Click's candidates, their descriptions in the language of this command line."""
        args = the_command_first(args)
        ctx = _resolve_context(self.cli, self.ctx_args, self.prog_name, args)
        lang = guess_lang(args, os.environ)
        if args[-1:] == ["--lang"] and ctx.command is self.cli:  # `primehelp --lang <Tab>`
            return _lang_values(ctx, incomplete, lang)  # its values, not the commands (38a-18)
        obj, incomplete = _resolve_incomplete(ctx, list(args), incomplete)
        items = obj.shell_complete(ctx, incomplete)
        said = [_described(ctx, item, lang, getattr(obj, "name", None)) for item in items]
        if ctx.command is self.cli and incomplete.startswith("-"):
            said += _before_the_command(ctx, incomplete, lang)  # review 39a, S 24
        return said


def _before_the_command(ctx: Context, incomplete: str, lang: Lang) -> list[CompletionItem]:
    """``--lang`` and ``--json``, which may come before the command (``primehelp --lang en
    contact``): `primehelp --<Tab>` offered only --version and --help (review 39a, S 24). Their
    descriptions are a command's own (every command has both)."""
    commands: dict[str, Command] = getattr(ctx.command, "commands", {})
    command = commands.get("contact") or next(iter(commands.values()), None)
    if command is None:
        return []
    found = []
    for param in command.params:
        for option in param.opts:
            if option in ("--lang", "--json") and option.startswith(incomplete):
                item = CompletionItem(option, help=getattr(param, "help", None))
                found.append(
                    _described(
                        command.make_context(command.name, [], resilient_parsing=True), item, lang
                    )
                )
    return found


def _lang_values(ctx: Context, incomplete: str, lang: Lang) -> list[CompletionItem]:
    """The values of ``--lang`` given before the command, as a command's own ``--lang`` offers
    them (the group reads it before it knows the command: review 38a, item 18)."""
    from primehelp.i18n import LANGS

    values = [value for value in LANGS if value.startswith(incomplete)]
    return [_described(ctx, CompletionItem(value), lang) for value in values]


def _described(
    ctx: Context, item: CompletionItem, lang: Lang, of: str | None = None
) -> CompletionItem:
    """``item`` with one short line in ``lang`` (review 27a, S 28: zsh and fish showed whole
    help paragraphs): a command's line from ui_completion.toml, an option's first sentence of
    its help (Japanese: :mod:`primehelp.cli.help_ja`), its long brackets left out; a value of
    the parameter named ``of``, its table line (``--plan``'s: the plan's name, 61a S4)."""
    command, value = ctx.command, str(item.value)
    said = None if value[:1] == "-" else _table_line("value", command.name, value, lang)
    if said is None and of is not None and value[:1] != "-":
        said = _table_line("option_value", of, value, lang)
    if said is not None:  # a value of an argument: complain's TOPIC (review 28a, S 24)
        return CompletionItem(item.value, item.type, help=said)
    if not item.help:
        return item
    text: str | None = None
    if value in getattr(command, "commands", {}):
        from primehelp.data.compiled.ui_completion import TABLE  # a dict: no loader

        text = TABLE["command"].get(value, {}).get(lang)
    elif value.startswith("--") and (text := _table_line("flag", command.name, value, lang)):
        pass  # one of an on/off pair: which one it is
    elif lang == "en":
        text = first_sentence(item.help, lang)
    else:
        from primehelp.cli import help_ja

        names = ((p, (*p.opts, *p.secondary_opts)) for p in command.get_params(ctx))
        param = next((p for p, offered in names if value in offered), None)
        found = None if param is None else help_ja.parameter(command.name, param.name)
        text = None if found is None else first_sentence(found, lang)
    return CompletionItem(item.value, item.type, help=text) if text else item


def _table_line(kind: str, command: str | None, word: str, lang: Lang) -> str | None:
    """ui_completion.toml's line for ``word`` of ``command``, else ``None``: ``flag``, one option
    of an on/off pair (「…を使った」, 「…を使っていない」); ``value``, a value of an argument."""
    from primehelp.data.compiled.ui_completion import TABLE

    found = TABLE.get(kind, {}).get(command or "", {}).get(word.removeprefix("--"), {})
    return found.get(lang) if isinstance(found, dict) else None


_STOPS = {"ja": ("。",), "en": (". ", "; ", ", e.g.", ": ")}
_OPEN, _CLOSE = "（(「", "）)」"
_LONG_BRACKET = 19  # characters; a bracket with a comma, 例 or e.g. is left out at any length
_FEW_WORDS = 20  # characters before a colon that labels the rest (「With --statement:」)


def first_sentence(text: str, lang: Lang) -> str:
    """The first sentence of ``text`` (a stop inside brackets does not end it; in English a
    semicolon, 「, e.g.」 and a colon after a few words do), without its stop, and without the
    brackets that explain it at length (「（0〜365、指定しない場合は3）」, 「（例：2026-12-24）」);
    short ones stay (「ja（日本語）」)."""
    text = _one_line(text)
    kept: list[str] = []
    depth = opened_at = 0
    for index, char in enumerate(text):
        if depth == 0 and _stops_at(text, index, lang):
            break
        if char in _OPEN:
            opened_at = len(kept) if depth == 0 else opened_at
            depth += 1
        kept.append(char)
        if char in _CLOSE and depth:
            depth -= 1
            if depth == 0 and char != "」" and _explains("".join(kept[opened_at + 1 : -1])):
                del kept[opened_at:]
                while kept[-1:] == [" "]:  # 「saved as CSV (…), find」: no space before the comma
                    kept.pop()
    return "".join(kept).rstrip(" 。.")


def _stops_at(text: str, index: int, lang: Lang) -> bool:
    """Whether a sentence ends at ``text[index]``: not 「With --ics:」, nor 「e.g.」."""
    if not any(text.startswith(stop, index) for stop in _STOPS[lang]):
        return False
    if text[index] == ":" and index < _FEW_WORDS:
        return False
    return not text.endswith(("e.g", "i.e"), 0, index)


def _explains(inside: str) -> bool:
    """A bracket that explains at length: long, a list, or examples."""
    return len(inside) > _LONG_BRACKET or any(
        mark in inside for mark in ("、", ",", ";", "例", "e.g.")
    )


class _Bash(_Completer):
    name = Shell.BASH.value

    def get_completion_args(self) -> tuple[list[str], str]:
        words = split_arg_string(os.environ.get("COMP_WORDS", ""))
        try:
            cword = int(os.environ.get("COMP_CWORD", ""))
        except ValueError:
            cword = len(words)
        incomplete = words[cword] if 0 <= cword < len(words) else ""
        return words[1:cword], incomplete

    def format_completion(self, item: CompletionItem) -> str:
        return _bash_escaped(str(item.value))


def _bash_escaped(value: str) -> str:
    """``value`` as one shell word: bash inserts a candidate as it is, so 「Prime Student」 became
    two words (review 42a, item 19); each space or shell character gets a backslash, as bash's
    own file-name completion writes them (zsh and fish quote candidates themselves)."""
    return re.sub(r"([\s'\"\\$`|&;()<>*?\[\]{}!#])", r"\\\1", value)


def _zsh_quoted(text: str) -> str:
    """Escape for a ``"value":"help"`` pair inside zsh's single-quoted ``_arguments`` spec."""
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


class _Zsh(_Completer):
    name = Shell.ZSH.value

    def format_completion(self, item: CompletionItem) -> str:
        value = f'"{_zsh_quoted(str(item.value))}"'
        return f'{value}:"{_zsh_quoted(_one_line(item.help))}"' if item.help else value

    def complete(self) -> str:
        """One ``_arguments`` call with every candidate; none: let zsh offer file names."""
        items = self.get_completions(*self.get_completion_args())
        pairs = "\n".join(self.format_completion(item) for item in items)
        return f"_arguments '*: :(({pairs}))'" if pairs else "_files"


class _Fish(_Completer):
    name = Shell.FISH.value

    def format_completion(self, item: CompletionItem) -> str:
        return f"{item.value}\t{_one_line(item.help)}" if item.help else str(item.value)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_CLASSES: dict[str, type[ShellComplete]] = {"bash": _Bash, "zsh": _Zsh, "fish": _Fish}


def answer(cli: Command, ctx_args: MutableMapping[str, Any], instruction: str) -> int:
    """Print the candidates for ``complete_<shell>``; the exit code a script expects.

    fish asks twice: ``is-args`` (exit 0 when there are candidates, 1 to let fish offer file
    names) and ``get-args`` (the candidates). An unknown instruction prints nothing, exit 1:
    whatever is printed here lands on the user's command line.
    """
    kind, _, shell = instruction.partition("_")
    completer = _CLASSES.get(shell)
    if kind != "complete" or completer is None:
        return 1
    complete = completer(cli, ctx_args, "primehelp", f"_{shell}")
    if shell == "fish" and os.environ.get(FISH_ACTION_VAR) == "is-args":
        return 0 if complete.get_completions(*complete.get_completion_args()) else 1
    text = complete.complete()
    if text:
        sys.stdout.write(text + "\n")
    return 0
