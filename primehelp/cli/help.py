"""``--help`` in the member's language, wrapped at the terminal's width.

Click writes help in English and wraps it by counting characters, so a Japanese line of help
ran past a 60-column terminal. Here the help of the app and of each command is written in the
language :func:`primehelp.i18n.guess_lang` chooses (``--lang``, ``$PRIMEHELP_LANG``, the
locale): English from the options and docstrings, Japanese from :mod:`primehelp.cli.help_ja`;
Japanese is broken between phrases by :mod:`primehelp.output.linebreak` with the terminal's
character widths taken from Unicode (no Rich: help loads no output module but the breaker).
Arguments are named the same way everywhere: in the usage line, the list of arguments and the
error for a missing one (:func:`primehelp.cli.usage_errors.placeholder`); in Japanese by
Japanese words (「電話番号...」「[ファイル]」, review 49a item 1).

Imported for ``--help`` only (benchmarks/README.md: help is not on a start-up budget).
"""

import functools
import inspect
import itertools
import re
import shutil
from collections.abc import Sequence
from typing import Any

from typer._click import Command, Context
from typer._click.formatting import HelpFormatter

from primehelp.cli import help_ja
from primehelp.cli.argument_words import japanese_placeholder
from primehelp.cli.usage_errors import placeholder
from primehelp.i18n import Lang
from primehelp.output.linebreak import LineBreaker, unicode_char_width, unicode_text_width
from primehelp.output.phrases import bundled

_KANA = re.compile(r"[\u3040-\u30ff]")
MIN_WIDTH = 20  # narrower than this, help is folded anyway
_VALUE_GLOSS = re.compile(r"（")  # a value's gloss: en（英語）, cancel（…）
# The value it glosses, just before the break: a whole word, not the end of a longer run of
# ASCII (「毎日 9:00（このコンピューターの時計）」 is no value 「00」, review 37a item 12).
_VALUE_BEFORE = re.compile(r"(?<![!-~])[A-Za-z0-9][\w-]*$", re.ASCII)
_REMARK = re.compile(r"\s*[（(]")
_LIST_ITEM = re.compile(
    r"[a-z][a-z-]*："
)  # 「renewal：有料会員への自動更新日…」  # where a remark after an example's command starts
USAGE_INDENT = 6  # the usage line's further lines, when it wraps
NARROW = 40  # a column of Japanese help narrower than this goes under its option instead


def divide_at_spaces(line: str, width: int, fold: bool) -> list[int]:
    """Break a line without CJK before each word that would pass ``width``."""
    offsets: list[int] = []
    start = 0
    for word in re.finditer(r"\S+", line):
        if word.start() > start and unicode_text_width(line[start : word.end()]) > width:
            start = word.start()
            offsets.append(start)
        while fold and unicode_text_width(line[start : word.end()]) > width:
            start += width
            offsets.append(start)
    return offsets


@functools.cache
def breaker() -> LineBreaker:
    """The line breaker of help: Unicode's character widths, Japanese between phrases."""
    return LineBreaker(unicode_char_width, unicode_text_width, divide_at_spaces, bundled("help"))


class Formatter(HelpFormatter):
    """Click's help formatter, writing Japanese with its own headings and line breaks."""

    def __init__(self, lang: Lang, width: int) -> None:
        super().__init__(width=width, max_width=width)
        self.lang = lang
        self.breaker = breaker()

    def lines(self, text: str, width: int) -> list[str]:
        """``text`` broken into lines at most ``width`` cells wide (a URL may fold); a value
        stays with its gloss (「en（英語）」, review 9a S37): broken before the value instead.
        English is broken by the same breaker, between words only (review 39a, R-minor 18:
        Click's wrapper broke a value at its hyphen, 「student-│monthly」), its paragraphs'
        lines joined first as Click joined them."""
        if self.lang == "en":
            text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)", " ", text.strip())
        lines: list[str] = []
        for line in text.splitlines():
            # a value and its gloss on a line of their own (「renewal：…」): further lines under
            # the gloss, indented, so the list reads as one (review 49a item 3)
            broken = self._broken(line, width)
            if len(broken) > 1 and self.lang == "ja" and _LIST_ITEM.match(line):
                rest = line[line.index(broken[0]) + len(broken[0]) :]
                broken = [broken[0], *("  " + piece for piece in self._broken(rest, width - 2))]
            lines.extend(broken)
        return lines

    def _broken(self, line: str, width: int) -> list[str]:
        """One line of help text broken into lines at most ``width`` cells wide."""
        lines: list[str] = []
        start, done = 0, False
        while not done:
            rest = line[start:]
            bounds = [
                0,
                *self.breaker.offsets(rest, width, japanese=self.lang == "ja"),
                len(rest),
            ]
            done = True
            for index in range(1, len(bounds) - 1):
                first, cut = bounds[index - 1], bounds[index]
                value = _VALUE_BEFORE.search(rest, first, cut)
                if _VALUE_GLOSS.match(rest, cut) and value and rest[first : value.start()].strip():
                    done, start = False, start + value.start()
                    bounds = [*bounds[:index], value.start()]
                    break
            lines.extend(rest[a:b].strip() for a, b in itertools.pairwise(bounds))
        return lines

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if self.lang == "en":
            start = len(self.buffer)
            super().write_usage(prog, args, prefix)
            # Click wraps after a space and keeps it: no line of help ends in one.
            self.buffer[start:] = [re.sub(r" +\n", "\n", "".join(self.buffer[start:]))]
            return None
        head = f"{help_ja.SECTIONS['Usage']}："
        if unicode_text_width(f"{head}{prog} {args}") <= self.width:
            self.write(f"{head}{prog} {args}\n")
            return
        # Below the heading; still too wide, it wraps between its words (never inside
        # 「[オプション]」), under a hanging indent.
        line = f"  {prog}"
        self.write(f"{head}\n")
        for word in args.split():
            if unicode_text_width(f"{line} {word}") > self.width and line.strip() != prog:
                self.write(f"{line}\n")
                line = " " * (USAGE_INDENT - 1)
            line = f"{line} {word}"
        self.write(f"{line}\n")

    def write_heading(self, heading: str) -> None:
        if self.lang == "en":
            return super().write_heading(heading)
        self.write(f"{'':>{self.current_indent}}{help_ja.SECTIONS.get(heading, heading)}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for line in self.lines(text, max(self.width - self.current_indent, MIN_WIDTH)):
            self.write(f"{indent}{line}\n")

    def write_example(self, label: str, commands: list[str]) -> None:
        """The examples under one label (「例：」, "Example:"): one command a line, each under
        the first (review 21b S 7: never one 「例：」 paragraph per command). A command wider
        than the line is continued as on every screen, with 「 \\」 before an option and the
        next piece indented (review 36b item 5: 58 columns at 40), between an option and its
        value only when nothing else fits. When a command still does not fit beside the label,
        the label stands alone and the commands go under it, indented by 2 (review 41a item 9: the
        example of ``check-message`` was 77 columns wide at 40). A remark after it in brackets,
        when it does not fit beside it, goes below, wrapped."""
        from primehelp.output.command_lines import command_lines

        indent = " " * self.current_indent
        hang = " " * unicode_text_width(label)
        width = max(self.width - self.current_indent - len(hang), MIN_WIDTH)
        said = [_said(command.strip()) for command in commands]
        if any(
            unicode_text_width(piece) > width
            for line in said
            for piece in command_lines(line, width, unicode_text_width, True)
        ):
            self.write(f"{indent}{label.rstrip()}\n")
            hang = "  "
            label = hang
            width = max(self.width - self.current_indent - len(hang), MIN_WIDTH)
        for number, command in enumerate(commands):
            line = command.strip()
            head = label if number == 0 else hang
            if unicode_text_width(indent + head + line) <= self.width:
                self.write(f"{indent}{head}{line}\n")
                continue
            remark = _REMARK.search(line)
            for piece in command_lines(said[number], width, unicode_text_width, True):
                self.write(f"{indent}{head}{piece}\n")
                head = hang
            if remark is not None:
                for piece in Formatter.lines(self, line[remark.start() :].strip(), width):
                    self.write(f"{indent}{hang}{piece}\n")

    def option_lines(self, first: str) -> list[str]:
        """An option and its placeholder on lines that fit: a list of choices wider than the
        line breaks only after a 「|」, never inside a value, each line under the first value
        (``--plan annual|monthly|`` then ``student-annual|``…)."""
        indent = self.current_indent
        head, _, choices = first.rpartition(" ")
        if unicode_text_width(first) + indent <= self.width or "|" not in choices or not head:
            return [first]
        values = choices.split("|")
        pieces = [f"{value}|" for value in values[:-1]] + values[-1:]
        lines, line = [], f"{head} "
        for piece in pieces:
            if indent + unicode_text_width(line + piece) > self.width and line.strip() != head:
                lines.append(line)
                line = " " * (unicode_text_width(head) + 1)
            line += piece
        return [*lines, line]

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        first_col = min(max(unicode_text_width(first) for first, _ in rows), col_max) + col_spacing
        if self.width - self.current_indent - first_col < NARROW:
            # too narrow for two columns: each help under its option, in English too (review
            # 37b item 6: Click's columns left 10 cells, 「$ / PRIMEHELP_」「A / sia/Tokyo」)
            for first, second in rows:
                for line in self.option_lines(first):
                    self.write(f"{'':>{self.current_indent}}{line}\n")
                with self.indentation(), self.indentation():
                    self.write_text(second)
            return
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if unicode_text_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - unicode_text_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = self.lines(second, max(self.width - first_col - self.current_indent, 10))
            self.write(f"{lines[0] if lines else ''}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


def _said(line: str) -> str:
    """An example's command without the remark in brackets after it."""
    remark = _REMARK.search(line)
    return line if remark is None else line[: remark.start()].rstrip()


def terminal_width() -> int:
    """The width help is written in: the terminal's, up to 80 columns, less a margin."""
    return max(min(shutil.get_terminal_size().columns, 80) - 2, MIN_WIDTH)


def paragraphs(text: str | None, lang: Lang) -> list[str]:
    """The paragraphs of a docstring in ``lang``: Japanese ones have kana, the others do not
    (an example is in both)."""
    found = inspect.cleandoc(text or "").partition("\f")[0].split("\n\n")
    example = [p for p in found if p.startswith("Example:")]
    chosen = [p for p in found if bool(_KANA.search(p)) == (lang == "ja") and p not in example]
    return chosen if lang == "ja" else [*chosen, *example]


def _parameter_help(command: Command, param: Any, english: str, lang: Lang) -> str:
    if lang == "en":
        return english
    # tests/cli/test_help.py checks every parameter has its Japanese text; a gap shows English
    # rather than failing the help.
    text = help_ja.parameter(command.name, param.name) or english
    return (help_ja.REQUIRED if param.required else "") + text


def records(command: Command, ctx: Context, lang: Lang) -> tuple[list[tuple[str, str]], ...]:
    """The rows of the arguments and of the options, in ``lang``."""
    arguments, options = [], []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        if param.param_type_name == "argument":
            english = (getattr(param, "help", None) or "") + (
                "  [required]" if param.required else ""
            )
            name = placeholder(param, command=command.name, japanese=lang == "ja")
            arguments.append((name, _parameter_help(command, param, english, lang)))
        else:
            first = _option_name(command, param, record[0], lang)
            options.append((first, _parameter_help(command, param, record[1], lang)))
    return arguments, options


def _option_name(command: Command, param: Any, first: str, lang: Lang) -> str:
    """An option as help lists it: in Japanese, its placeholder in Japanese (「--today 日付」,
    review 49a item 1); a list of choices (``ja|en``) stays."""
    metavar = str(getattr(param, "metavar", None) or "")
    if lang == "en" or not metavar or not first.endswith(f" {metavar}"):
        return first
    word = japanese_placeholder(command.name, param.name, metavar)
    return f"{first.removesuffix(metavar)}{word}"


def _global_options(lang: Lang) -> list[tuple[str, str]]:
    """``--lang ja|en`` and ``--json``, which go before or after the command, as every command's
    help lists them (review 23a, S 12: the top level named them but did not list them)."""
    from typing import get_args

    from primehelp.cli.options import JsonOption, LangOption

    rows = []
    for name, option in (("lang", LangOption), ("json_output", JsonOption)):
        info = get_args(option)[1]
        first = " ".join([str(info.default), *([info.metavar] if info.metavar else [])])
        english = info.help or ""
        rows.append((first, help_ja.PARAMETERS.get(name, english) if lang == "ja" else english))
    return rows


_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)\.(?=\s|$)")


def english_summary(docstring: str | None) -> str:
    """A command's line in the English list of commands: the first sentence of its English
    paragraph, whole, as the Japanese list says it (review 39a, R-minor 18: Click cut 14 of 15
    with "..." at any width)."""
    first = next((p for p in paragraphs(docstring, "en") if not p.startswith("Example:")), "")
    first = " ".join(first.split())
    end = _SENTENCE_END.search(first)
    return first if end is None else first[: end.end()]


def _commands(command: Command, ctx: Context, lang: Lang) -> list[tuple[str, str]]:
    rows = []
    for name in command.list_commands(ctx):  # type: ignore[attr-defined]
        sub = command.get_command(ctx, name)  # type: ignore[attr-defined]
        if lang == "ja":
            rows.append((name, help_ja.command_summary(sub.help)))
        else:
            rows.append((name, english_summary(sub.help)))
    return rows


_LABEL_EN = "Example: "


def _examples(command: Command, lang: Lang) -> list[str]:
    """The command's examples, each without its label."""
    if lang == "ja" and (command.name in help_ja.EXAMPLES or command.name == "primehelp"):
        return help_ja.EXAMPLES.get(command.name, [help_ja.ROOT_EXAMPLE])
    texts = paragraphs(command.epilog, "en") if command.epilog else []
    return [text.removeprefix(_LABEL_EN) for text in texts]


def render(command: Command, ctx: Context, lang: Lang) -> str:
    """The help of ``command`` (the app or one command) in ``lang``."""
    formatter = Formatter(lang, terminal_width())
    pieces = [
        "[OPTIONS]",
        *(
            placeholder(p, usage=True, command=command.name, japanese=lang == "ja")
            for p in command.get_params(ctx)
            if p.param_type_name == "argument"
        ),
    ]
    if hasattr(command, "list_commands"):
        pieces += ["COMMAND", "[ARGS]..."]
    if lang == "ja":
        pieces = [help_ja.USAGE.get(piece, piece) for piece in pieces]
    formatter.write_usage(ctx.command_path, " ".join(pieces))
    description = (
        [help_ja.ROOT, help_ja.ROOT_OPTIONS]
        if lang == "ja" and ctx.parent is None
        else paragraphs(command.help, lang)
    )
    examples = _examples(command, lang)
    if ctx.parent is None:
        description = [p for p in description if not p.startswith(_LABEL_EN)]
        examples = examples or [
            p.removeprefix(_LABEL_EN)
            for p in paragraphs(command.help, lang)
            if p.startswith(_LABEL_EN)
        ]
    for paragraph in description:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(paragraph)
    arguments, options = records(command, ctx, lang)
    if ctx.parent is None:  # the options its description names, worded as a command's help
        options = [*_global_options(lang), *options]
    for heading, rows in (("Arguments", arguments), ("Options", options)):
        if rows:
            with formatter.section(heading):
                formatter.write_dl(rows)
    if hasattr(command, "list_commands"):
        with formatter.section("Commands"):
            formatter.write_dl(_commands(command, ctx, lang))
    if examples:
        formatter.write_paragraph()
        with formatter.indentation():
            label = "Examples: " if len(examples) > 1 else _LABEL_EN
            formatter.write_example(help_ja.EXAMPLE if lang == "ja" else label, examples)
    return formatter.getvalue().rstrip("\n")
