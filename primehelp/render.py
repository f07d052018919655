"""All output: human text through Rich, and the versioned JSON envelope.

This is the only module that imports Rich, and it does so inside the functions that draw,
so ``--json`` and errors never pay for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from primehelp.facts import Fact, SourceList, ui
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod, RenderableType
    from rich.segment import Segment
    from rich.text import Text as RichText

    from primehelp.cancellation import CancelPlan, Note, Step
    from primehelp.clipboard import CopyOutcome
    from primehelp.complaint import Complaint
    from primehelp.contact import ContactInfo, Route
    from primehelp.errors import PrimehelpError
    from primehelp.escalation import Escalation
    from primehelp.phone import NumberReport
    from primehelp.profile import ClearedProfile, SavedProfile
    from primehelp.renewal import FeesReport, Reminder, RenewalReport, TrialReport
    from primehelp.walkthrough import Outcome, Screen

SCHEMA_VERSION = 1
_PROBE_JA = "日本語"


# ---------------------------------------------------------------- streams and JSON


def can_encode(stream: TextIO, sample: str = _PROBE_JA) -> bool:
    """Tell whether ``stream`` can carry ``sample`` (Japanese by default)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def jsonable(value: Any, lang: Lang) -> Any:
    """Turn a result into JSON-ready values: texts in ``lang``, dates as ISO strings."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: jsonable(getattr(value, field.name), lang)
            for field in dataclasses.fields(value)
        }
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, lang) for item in value]
    return value


def _write_json(document: Mapping[str, Any]) -> None:
    import json  # not at the top: human output does not need it

    ascii_only = not can_encode(sys.stdout)
    sys.stdout.write(json.dumps(document, ensure_ascii=ascii_only, indent=2) + "\n")
    sys.stdout.flush()


def emit_json(command: str, lang: Lang, result: Any) -> None:
    """Write the success envelope ``{schema_version, command, lang, data}`` to stdout."""
    _write_json(
        {
            "schema_version": SCHEMA_VERSION,
            "command": command,
            "lang": lang,
            "data": jsonable(result, lang),
        }
    )


def _stderr_lang(lang: Lang) -> Lang:
    """English on a stderr that cannot carry Japanese: a line of '?' helps nobody."""
    return lang if can_encode(sys.stderr) else "en"


def output_lang(lang: Lang, chosen: bool) -> Lang:
    """English when stdout cannot carry Japanese and the user did not choose Japanese.

    With ``--lang ja`` (or PRIMEHELP_LANG=ja) Japanese is printed anyway and the characters
    the stream cannot carry are replaced (``cli.main`` sets ``errors="replace"``).
    """
    if lang == "en" or chosen or can_encode(sys.stdout):
        return lang
    return "en"


def emit_english_note() -> None:
    """Say once, on stderr, why the output is in English."""
    encoding = getattr(sys.stdout, "encoding", None) or "?"
    note = ui("no_japanese", "ui_terminal")(_stderr_lang("ja")).format(encoding=encoding)
    sys.stderr.write(f"primehelp: {note}\n")
    sys.stderr.flush()


def emit_error(command: str, lang: Lang, error: PrimehelpError, as_json: bool) -> None:
    """Write one line on stderr and, with ``--json``, the error envelope on stdout."""
    line_lang = _stderr_lang(lang)
    line = " ".join(error.message(line_lang).split())
    sys.stderr.write(f"primehelp: {ui('error_prefix')(line_lang)}: {line}\n")
    sys.stderr.flush()
    message = " ".join(error.message(lang).split())
    if as_json:
        _write_json(
            {
                "schema_version": SCHEMA_VERSION,
                "command": command,
                "error": {"code": error.code, "message": message},
            }
        )


def emit_interrupted(lang: Lang) -> None:
    """Say in one line that the user interrupted."""
    sys.stderr.write(f"\nprimehelp: {ui('interrupted')(_stderr_lang(lang))}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- Japanese line breaking
#
# Rich breaks lines only at spaces and folds a longer run character by character, so
# Japanese got 「。」 at the start of a line and URLs cut in half. The break points below follow
# the basic rules of kinsoku shori (JIS X 4051, simplified): a line may break at a space or
# next to a CJK character, never before closing punctuation, small kana or 「ー」, never after
# an opening bracket, never inside a run of Latin letters, digits and ASCII punctuation (a
# word, a number such as 16:00, a URL), and never between a number and the CJK character
# after it (「3日」). A space inside a Latin phrase set in Japanese text (「Prime Video」) is a
# break of last resort. When no allowed break fits, the line is folded at the width.

# A line is first turned into a string of character classes (``str.translate``, so the loops
# below run over bytes and C-level maps, not Python code per character):
#   " " space  L Latin letter or symbol  D digit  c ASCII closing  o ASCII opening
#   J CJK  K half-width kana  C CJK closing  O CJK opening  A zero-width (combining)
_CLASS_WIDTH = {" ": 1, "L": 1, "D": 1, "c": 1, "o": 1, "J": 2, "K": 1, "C": 2, "O": 2, "A": 0}
_NOT_BEFORE = " cCA"  # no break before these
_NOT_AFTER = "oO"  # nor after these
_LATINISH = "LDcoA"  # no break inside a run of these
_CJKISH = "JKCO"
# Never at the start of a line (行頭禁則).
_CLOSERS = frozenset(
    "、。，．）」』】〉》〕］｝〙〗〟’”｠»！？ー・：；〜～％‐゠–…‥々〻ゝゞヽヾ゛゜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ｡､｣ｧｨｩｪｫｬｭｮｯｰ"
    ")]}.,:;!?%"
)
# Never at the end of a line (行末禁則).
_OPENERS = frozenset("（「『【〈《〔［｛〘〖〝‘“｟«｢([{")


class _Classes(dict[int, str]):
    """``str.translate`` table from a character to its class, filled on first sight."""

    def __missing__(self, codepoint: int) -> str:
        from rich.cells import get_character_cell_size

        char = chr(codepoint)
        width = get_character_cell_size(char)
        if char.isspace() and width == 1:
            kind = " "
        elif char in _CLOSERS:
            kind = "C" if width == 2 else "c"
        elif char in _OPENERS:
            kind = "O" if width == 2 else "o"
        elif width == 2:
            kind = "J"
        elif "\uff61" <= char <= "\uff9f":  # half-width katakana
            kind = "K"
        elif width == 0:
            kind = "A"
        else:
            kind = "D" if "0" <= char <= "9" else "L"
        self[codepoint] = kind
        return kind


class _Pairs(dict[tuple[str, str], int]):
    """Whether a line may break between two characters of the given classes (not after a
    space: that depends on what comes before the space), filled on first sight."""

    def __missing__(self, pair: tuple[str, str]) -> int:
        before, after = pair
        allowed = not (
            before == " "
            or after in _NOT_BEFORE
            or before in _NOT_AFTER
            or (before in _LATINISH and after in _LATINISH)
            or (before == "D" and after in "JK")  # 「3日」
        )
        self[pair] = kind = 2 if allowed else 0
        return kind


_CLASSES = _Classes()
_PAIRS = _Pairs()


def _break_kinds(line: str, classes: str, japanese: bool) -> bytearray:
    """For each index, whether a line may break before it: 0 no, 1 last resort, 2 yes.

    In English text (``japanese`` false), a run of Japanese is a word like any other: a line
    breaks at spaces, and inside the run only as a last resort.
    """
    from itertools import pairwise

    kinds = bytearray(1)
    kinds.extend(map(_PAIRS.__getitem__, pairwise(classes)))
    end = len(classes)
    first = end - len(classes.lstrip(" "))  # the first non-space character
    space = classes.find(" ", first)
    while space != -1:
        after = space + 1
        while after < end and classes[after] == " ":
            after += 1
        if after == end:
            break
        before = classes[space - 1]
        if before not in _NOT_AFTER and classes[after] not in _NOT_BEFORE:
            kinds[after] = 1 if japanese and _glued(classes, space, after) else 2
        space = classes.find(" ", after)
    if first + 1 < end and not line[first].isalnum():
        kinds[first + 1] = 0  # not after a leading bullet (「・」), which would stand alone
    if not japanese:
        for index, kind in enumerate(kinds):
            if kind:
                kinds[index] = 2 if classes[index - 1] == " " else 1
    return kinds


def _glued(classes: str, space: int, after: int) -> bool:
    """Whether the spaces in ``classes[space:after]`` are inside a Latin phrase set in
    Japanese, touching a CJK character on each side (「のPrime Videoチャンネル」)."""
    start = space
    while start > 0 and classes[start - 1] not in _CJKISH:
        start -= 1
    end = after
    while end < len(classes) and classes[end] not in _CJKISH:
        end += 1
    return (
        0 < start < space
        and classes[start] != " "
        and end < len(classes)
        and classes[end - 1] != " "
        and (classes[space - 1] in _LATINISH and classes[after] in _LATINISH)
    )


def _analysed(line: str, japanese: bool) -> tuple[str, bytearray, list[int]] | None:
    """The classes, break kinds and cumulative widths of a line with CJK in it, else None."""
    from itertools import accumulate

    classes = line.translate(_CLASSES)
    if not any(kind in classes for kind in _CJKISH):
        return None
    widths = [0]
    widths.extend(accumulate(map(_CLASS_WIDTH.__getitem__, classes)))
    return classes, _break_kinds(line, classes, japanese), widths


def _break_offsets(line: str, width: int, fold: bool = True, japanese: bool = True) -> list[int]:
    """The offsets at which to break ``line`` (no newline in it) to fit ``width`` cells.

    Text without CJK characters is broken as Rich breaks it, so English output is unchanged.
    """
    from bisect import bisect_right

    from rich._wrap import divide_line
    from rich.cells import cell_len

    if line.isascii():
        return divide_line(line, width, fold=fold)
    if cell_len(line) <= width:
        return []
    analysed = _analysed(line, japanese)
    if analysed is None:
        return divide_line(line, width, fold=fold)
    classes, kinds, widths = analysed
    end = len(line)
    offsets: list[int] = []
    start = 0
    while True:
        # The first character past the width (spaces may pass it: Rich strips them).
        over = max(bisect_right(widths, widths[start] + width, start) - 1, start + 1)
        while over < end and classes[over] == " ":
            over += 1
        if over >= end:
            return offsets
        cut = kinds.rfind(2, start + 1, over + 1)
        if cut == -1:
            cut = kinds.rfind(1, start + 1, over + 1)
        if cut == -1 and fold:
            cut = _fold_point(classes, start, over)
        if cut == -1:  # not folding: the run stays whole, for Rich to crop
            cut = next((i for i in range(over + 1, end) if kinds[i]), -1)
            if cut == -1:
                return offsets
        offsets.append(cut)
        start = cut


def _fold_point(classes: str, start: int, over: int) -> int:
    """Where to fold a run that no allowed break splits: at ``over``, the first character
    past the width, or a little before it if that keeps a 「、」 from starting the next line."""
    for cut in range(over, max(start, over - 4), -1):
        if classes[cut] not in _NOT_BEFORE and classes[cut - 1] not in _NOT_AFTER:
            return cut
    return over


@functools.lru_cache(maxsize=1024)  # a table measures each cell more than once
def _min_width(line: str, japanese: bool = True) -> int:
    """The width of the widest piece of ``line`` that no allowed break splits."""
    from operator import sub

    analysed = _analysed(line, japanese)
    if analysed is None:
        return max((_cell_width(word) for word in line.split()), default=0)
    classes, kinds, widths = analysed
    breaks = [index for index, kind in enumerate(kinds) if kind]
    # A piece ends where the next begins, less the spaces before it.
    ends = [b if classes[b - 1] != " " else len(classes[:b].rstrip(" ")) for b in breaks]
    ends.append(len(classes.rstrip(" ")))
    widest: int = max(
        map(sub, map(widths.__getitem__, ends), map(widths.__getitem__, [0, *breaks]))
    )
    return widest


def _cell_width(text: str) -> int:
    """The width of ``text`` on a terminal, in cells."""
    from rich.cells import cell_len

    return cell_len(text)


def _make_japanese_text() -> type[RichText]:
    from rich.containers import Lines
    from rich.measure import Measurement
    from rich.text import DEFAULT_JUSTIFY, DEFAULT_OVERFLOW
    from rich.text import Text as RichText

    class JapaneseText(RichText):
        """Rich text that breaks lines by the rules of Japanese typesetting (kinsoku)."""

        __slots__ = ()

        def wrap(
            self,
            console: Console,
            width: int,
            *,
            justify: JustifyMethod | None = None,
            overflow: OverflowMethod | None = None,
            tab_size: int = 8,
            no_wrap: bool | None = None,
        ) -> Lines:
            if no_wrap is None:
                no_wrap = self.no_wrap
            if no_wrap or overflow == "ignore":
                return super().wrap(
                    console,
                    width,
                    justify=justify,
                    overflow=overflow,
                    tab_size=tab_size,
                    no_wrap=no_wrap,
                )
            wrap_justify = justify or self.justify or DEFAULT_JUSTIFY
            wrap_overflow = overflow or self.overflow or DEFAULT_OVERFLOW
            fold = wrap_overflow == "fold"
            japanese = getattr(console, "japanese", True)
            lines = Lines()
            for line in self.split(allow_blank=True):
                if "\t" in line:
                    line.expand_tabs(tab_size)
                new_lines = line.divide(_break_offsets(line.plain, width, fold, japanese))
                for new_line in new_lines:
                    new_line.rstrip_end(width)
                if wrap_justify:
                    new_lines.justify(console, width, justify=wrap_justify, overflow=wrap_overflow)
                for new_line in new_lines:
                    new_line.truncate(width, overflow=wrap_overflow)
                lines.extend(new_lines)
            return lines

        def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
            lines = self.plain.splitlines()
            if not lines:
                return Measurement(0, 0)
            widest = max(_cell_width(line) for line in lines)
            japanese = getattr(console, "japanese", True)
            return Measurement(max(_min_width(line, japanese) for line in lines), widest)

    return JapaneseText


@functools.cache
def _japanese_classes() -> tuple[type[RichText], Callable[[Lang], Console]]:
    """The Japanese-aware text class, and a maker of consoles that draw all text with it."""
    from rich.console import Console
    from rich.text import Text as RichText

    japanese_text = _make_japanese_text()

    def japanese(plain: RichText) -> RichText:
        converted = japanese_text(
            plain.plain,
            style=plain.style,
            justify=plain.justify,
            overflow=plain.overflow,
            no_wrap=plain.no_wrap,
            end=plain.end,
            tab_size=plain.tab_size,
        )
        converted.spans = plain.spans
        return converted

    class JapaneseConsole(Console):
        """A console that breaks every line of text as Japanese needs.

        Strings (printed, or in a table) become Japanese-aware text here, and so does plain
        Rich text, such as the text ``print`` assembles from its arguments.
        """

        japanese = True  # the language of the text: English breaks Japanese runs last

        def render_str(self, text: str, **options: Any) -> RichText:
            return japanese(super().render_str(text, **options))

        def render(
            self, renderable: RenderableType, options: ConsoleOptions | None = None
        ) -> Iterable[Segment]:
            if type(renderable) is RichText:
                renderable = japanese(renderable)
            return super().render(renderable, options)

        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; the CLI stops quietly and keeps the command's exit code.
            self.quiet = True
            raise BrokenPipeError

    def make_console(lang: Lang) -> Console:
        # NO_COLOR (no-color.org): Rich drops colours but keeps bold and italic; drop every escape.
        plain = bool(os.environ.get("NO_COLOR"))
        console = JapaneseConsole(
            highlight=False, emoji=False, markup=False, color_system=None if plain else "auto"
        )
        console.japanese = lang == "ja"
        return console

    return japanese_text, make_console


def _text(text: str = "", style: str = "") -> RichText:
    """Rich text that wraps Japanese properly: use it for everything that may wrap."""
    return _japanese_classes()[0](text, style=style)


# ---------------------------------------------------------------- Rich building blocks


def _console(lang: Lang) -> Console:
    """A console for output in ``lang``: lines break as that language needs."""
    return _japanese_classes()[1](lang)


def _heading(title: str, checked: dt.date | None, lang: Lang) -> RenderableType:
    heading = _text(title, style="bold")
    if checked is not None:
        gap = "" if lang == "ja" else "  "
        heading.append(gap + ui("checked_on")(lang).format(date=checked.isoformat()), "dim")
    return heading


def sources_line(facts: Iterable[Fact], lang: Lang) -> str:
    """One line naming the sources of ``facts`` and the latest check date."""
    facts = list(facts)
    seen: dict[str, None] = {}
    for item in facts:
        for source in item.sources:
            seen.setdefault(source, None)
    checked = max(item.checked for item in facts).isoformat()
    separator, gap = ("、", "") if lang == "ja" else ("; ", " ")
    return (
        f"{ui('sources')(lang)}{ui('colon')(lang)}{separator.join(seen)}{gap}"
        f"{ui('checked_on')(lang).format(date=checked)}"
    )


def _dim(line: str) -> RichText:
    return _text(line, style="dim")


def _quoted_labels(labels: Iterable[str]) -> str:
    return " → ".join(f"「{label}」" for label in labels)


# ---------------------------------------------------------------- contact


def _route_cell(route: Route, lang: Lang) -> RenderableType:
    cell = _text()
    cell.append(route.hours(lang), style="bold")
    cell.append("\n" + route.how.text(lang))
    if route.path_ja:
        look_for = ui("look_for")(lang) + ui("colon")(lang)
        cell.append(f"\n{look_for}{_quoted_labels(route.path_ja)}", style="cyan")
    for note in route.notes:
        cell.append(f"\n・{note.text(lang)}", style="italic")
    return cell


def escalation_block(escalation: Escalation, lang: Lang) -> list[RenderableType]:
    """The hotline 188 and the routes behind it, as printable lines."""
    lines: list[RenderableType] = [_text(ui("escalation_title")(lang), style="bold")]
    hotline = _text("・")
    hotline.append(escalation.hotline.name(lang), style="bold")
    hotline.append(ui("colon")(lang) + escalation.hotline.fact.text(lang))
    lines.append(hotline)
    for route in escalation.routes:
        line = _text("・")
        line.append(route.name(lang), style="bold")
        line.append(ui("colon")(lang) + route.fact.text(lang))
        lines.append(line)
    facts = [escalation.hotline.fact, *(route.fact for route in escalation.routes)]
    lines.append(_dim(sources_line(facts, lang)))
    return lines


def human_contact(info: ContactInfo, lang: Lang) -> None:
    """Print the contact routes, the dead numbers and the escalation routes."""
    from rich.panel import Panel
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(ui("contact_title")(lang), info.checked, lang))
    table = Table(show_lines=True, expand=False)
    table.add_column(ui("col_order")(lang), justify="right", no_wrap=True)
    table.add_column(
        ui("col_route")(lang), style="bold", min_width=6, max_width=14, overflow="fold"
    )
    table.add_column(ui("col_how")(lang), ratio=1, overflow="fold")
    for route in info.routes:
        table.add_row(str(route.order), route.name(lang), _route_cell(route, lang))
    console.print(table)
    console.print(f"{ui('contact_page')(lang)}{ui('colon')(lang)}{info.contact_page_url}")
    route_facts = [fact for route in info.routes for fact in (route.how, *route.notes)]
    console.print(_dim(sources_line([*route_facts, info.contact_page], lang)))
    console.print()

    warning = _text()
    warning.append(info.no_published_number.text(lang) + "\n\n")
    warning.append(info.defunct_notice.text(lang) + "\n")
    for number in info.defunct_numbers:
        warning.append(f"  ✗ {number.number}\n", style="bold red")
    warning.append(_dim(sources_line([info.no_published_number, info.defunct_notice], lang)))
    # The title as Rich text, not a str: Panel would parse a str as markup, and that imports
    # rich's emoji table (3 ms at start-up; 19 ms when bytecode is not cached).
    title = _text(ui("defunct_title")(lang))
    console.print(Panel(warning, title=title, border_style="red", title_align="left"))
    console.print()
    for line in escalation_block(info.escalation, lang):
        console.print(line)
    console.print()
    console.print(_dim(ui("labels_may_change")(lang)))
    console.print(_dim(ui("all_sources_hint")(lang)))


# ---------------------------------------------------------------- check-number


_VERDICT_STYLE = {"defunct": "bold red", "not_official": "bold yellow", "consumer_hotline": "green"}


def human_check_number(report: NumberReport, lang: Lang) -> None:
    """Print one verdict per number, then what to do instead."""
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(ui("check_title")(lang), None, lang))
    table = Table(show_lines=False)
    table.add_column(ui("col_number")(lang), no_wrap=True)
    table.add_column(ui("col_verdict")(lang), ratio=1, overflow="fold")
    for check in report.results:
        verdict = _text(
            ui(f"verdict_{check.verdict.value}")(lang), style=_VERDICT_STYLE[check.verdict.value]
        )
        if check.circulating:
            verdict.append("\n" + ui("circulating_flag")(lang), style="yellow")
        table.add_row(check.normalized, verdict)
    console.print(table)
    if report.advice:
        console.print(_text(ui("what_to_do")(lang), style="bold"))
        console.print("・" + ui("use_routes")(lang))
        for item in report.advice:
            console.print("・" + item.text(lang))
        console.print(_dim(sources_line(report.advice, lang)))


# ---------------------------------------------------------------- sources


def human_sources(source_list: SourceList, lang: Lang) -> None:
    """Print every fact with its confidence, check date and sources."""
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(ui("sources_title")(lang), None, lang))
    table = Table(show_lines=True)
    table.add_column(ui("col_fact")(lang), ratio=3, overflow="fold")
    table.add_column(ui("col_confidence")(lang), no_wrap=True)
    table.add_column(ui("col_checked")(lang), no_wrap=True)
    table.add_column(ui("sources")(lang), ratio=2, overflow="fold")
    for item in source_list.facts:
        table.add_row(
            f"[{item.id}]\n{item.text(lang)}",
            item.confidence,
            item.checked.isoformat(),
            "\n".join(item.sources),
        )
    console.print(table)
    console.print(_dim(ui("confidence_legend")(lang)))


# ---------------------------------------------------------------- renewal, trial, fees (issue 3)
# (renderers for renewal, trial, fees (issue 3) go here)


def _ur(key: str) -> Text:
    return ui(key, "ui_renewal")


_STATUS_STYLE = {
    "none_past": "bold green",
    "notice_past": "bold yellow",
    "cancel_by_past": "bold red",
    "renewal_past": "bold red",
}


def _days_cell(days: int, lang: Lang) -> str:
    keys = {1: "days_tomorrow", 0: "days_today", -1: "days_yesterday"}
    key = keys.get(days, "days_future" if days > 0 else "days_past")
    return _ur(key)(lang).format(n=abs(days))


def _yen(amount: int | None, lang: Lang) -> str:
    if amount is None:
        return _ur("fee_unknown")(lang)
    return _ur("yen")(lang).format(n=f"{amount:,}")


def _key_dates_table(rows: list[tuple[str, dt.date, int | None]], lang: Lang) -> RenderableType:
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column(_ur("col_what")(lang), overflow="fold")
    table.add_column(_ur("col_date")(lang), overflow="fold")
    table.add_column(_ur("col_when")(lang), justify="right", overflow="fold")
    for label, day, days in rows:
        table.add_row(label, day.isoformat(), "" if days is None else _days_cell(days, lang))
    return table


def _reminder_block(reminder: Reminder, lang: Lang) -> list[RenderableType]:
    return [
        _text(_ur("reminder_title")(lang), style="bold"),
        _text("・" + reminder.opt_in.text(lang)),
        _text("・" + reminder.switch_on.text(lang), style="cyan"),
        _text(f"・{reminder.scam_warning.text(lang)}", style="yellow"),
        _text(f"{_ur('prime_page')(lang)}{ui('colon')(lang)}{reminder.page_url}"),
        _dim(sources_line([reminder.opt_in, reminder.switch_on, reminder.scam_warning], lang)),
    ]


def _footer(console: Console, lang: Lang) -> None:
    console.print()
    console.print(_dim(ui("labels_may_change")(lang)))
    console.print(_dim(ui("all_sources_hint")(lang)))


def human_renewal(report: RenewalReport, lang: Lang) -> None:
    """Print the key dates, the status, the upcoming renewals and the reminder-mail note."""
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(_ur("renewal_title")(lang), None, lang))
    console.print(
        _key_dates_table(
            [
                (_ur("row_today")(lang), report.today, None),
                (_ur("row_notice")(lang), report.notice_date, report.days_until_notice),
                (_ur("row_cancel_by")(lang), report.cancel_by, report.days_until_cancel_by),
                (_ur("row_renewal")(lang), report.renewal_date, report.days_until_renewal),
            ],
            lang,
        )
    )
    status = report.status.value
    console.print(_text(_ur(f"status_{status}")(lang), style=_STATUS_STYLE[status]))
    if report.upcoming is None and status == "renewal_past":
        console.print(_ur("hint_plan")(lang))
    if report.upcoming and report.upcoming[0].renewal_date != report.renewal_date:
        upcoming = report.upcoming[0].renewal_date
        when = _days_cell((upcoming - report.today).days, lang)
        console.print(_ur("next_renewal")(lang).format(date=upcoming.isoformat(), when=when))
    if report.upcoming is not None and report.plan_name is not None:
        console.print()
        title = _ur("upcoming_title")(lang).format(plan=report.plan_name(lang))
        console.print(_text(title, style="bold"))
        table = Table(show_lines=False)
        table.add_column(_ur("col_renewal")(lang), overflow="fold")
        table.add_column(_ur("col_notice")(lang), overflow="fold")
        table.add_column(_ur("col_cancel_by")(lang), overflow="fold")
        table.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
        for item in report.upcoming:
            table.add_row(
                item.renewal_date.isoformat(),
                item.notice_date.isoformat(),
                item.cancel_by.isoformat(),
                _yen(item.fee_yen, lang),
            )
        console.print(table)
        console.print(_dim(_ur("fee_note")(lang)))
    if report.explanation is not None:
        console.print()
        console.print(_text(_ur("explain_title")(lang), style="bold"))
        for sentence in report.explanation:
            console.print("・" + sentence(lang))
    console.print()
    for line in _reminder_block(report.reminder, lang):
        console.print(line)
    _footer(console, lang)


def human_trial(report: TrialReport, lang: Lang) -> None:
    """Print the estimated end of the free trial and the days to act on before it."""
    from rich.panel import Panel

    console = _console(lang)
    console.print(_heading(_ur("trial_title")(lang), None, lang))
    console.print(f"{_ur('trial_length')(lang)}{ui('colon')(lang)}{report.trial_length(lang)}")
    console.print(
        _key_dates_table(
            [
                (_ur("row_today")(lang), report.today, None),
                (_ur("row_start")(lang), report.start, None),
                (_ur("row_notice")(lang), report.notice_date, report.days_until_notice),
                (_ur("row_cancel_by")(lang), report.cancel_by, report.days_until_cancel_by),
                (_ur("row_trial_renewal")(lang), report.renewal_date, report.days_until_renewal),
            ],
            lang,
        )
    )
    status = report.status.value
    console.print(_text(_ur(f"status_{status}")(lang), style=_STATUS_STYLE[status]))
    estimate = _text(report.estimate.text(lang) + "\n")
    estimate.append(f"{_ur('prime_page')(lang)}{ui('colon')(lang)}{report.reminder.page_url}")
    console.print(
        Panel(
            estimate,
            title=_ur("estimate_title")(lang),
            border_style="yellow",
            title_align="left",
        )
    )
    notes = [report.length, report.cancel_free, report.auto_renew]
    if report.student_limit is not None:
        notes.append(report.student_limit)
    for note in notes:
        console.print("・" + note.text(lang))
    console.print(_dim(sources_line([*notes, report.estimate], lang)))
    console.print()
    for line in _reminder_block(report.reminder, lang):
        console.print(line)
    _footer(console, lang)


def human_fees(report: FeesReport, lang: Lang) -> None:
    """Print the current fees, annual against monthly, and the fee history."""
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(_ur("fees_title")(lang), report.checked, lang))
    names = {entry.plan: entry.name(lang) for entry in report.current}
    table = Table(title=_ur("current_title")(lang), title_justify="left", show_lines=False)
    table.add_column(_ur("col_plan")(lang), overflow="fold")
    table.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
    table.add_column(_ur("col_period")(lang), overflow="fold")
    for fee in report.current:
        period = _ur("period_year" if fee.months == 12 else "period_month")(lang)
        table.add_row(fee.name(lang), _yen(fee.fee_yen, lang), period)
    console.print(table)

    console.print(_text(_ur("comparison_title")(lang), style="bold"))
    for c in report.comparisons:
        n = c.months_until_annual_cheaper
        console.print(
            "・"
            + _ur("comparison_line")(lang).format(
                monthly_name=names[c.monthly_plan],
                annual_name=names[c.annual_plan],
                twelve=f"{c.twelve_months_yen:,}",
                annual=f"{c.annual_yen:,}",
                saving=f"{c.saving_yen:,}",
                percent=f"{c.saving_percent:.1f}",
            ),
        )
        console.print(
            "  "
            + _ur("break_even_line")(lang).format(
                monthly_name=names[c.monthly_plan],
                annual_name=names[c.annual_plan],
                n=n,
                monthly=f"{c.monthly_yen:,}",
                n_total=f"{n * c.monthly_yen:,}",
                annual=f"{c.annual_yen:,}",
            ),
        )
    console.print()

    history = Table(title=_ur("history_title")(lang), title_justify="left", show_lines=True)
    history.add_column(_ur("col_plan")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
    history.add_column(_ur("col_new_members")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_renewals")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_confidence")(lang), overflow="fold")
    for entry in report.history:
        history.add_row(
            entry.name(lang),
            _yen(entry.fee_yen, lang),
            entry.new_members(lang),
            entry.renewals(lang) if entry.renewals is not None else "—",
            entry.fact.confidence,
        )
    console.print(history)
    for note in report.notes:
        console.print("・" + note.text(lang))
    facts = [entry.fact for entry in report.history] + list(report.notes)
    console.print(_dim(sources_line(facts, lang)))
    console.print(_dim(ui("all_sources_hint")(lang)))


# ---------------------------------------------------------------- profile (issue 3)
# (renderers for profile (issue 3) go here)


def emit_notice(message: str) -> None:
    """One line on stderr about a side effect (a file written), so stdout stays clean."""
    sys.stderr.write(f"primehelp: {message}\n")
    sys.stderr.flush()


def emit_bytes(data: bytes) -> None:
    """Write ``data`` (a calendar file) to stdout as it is, line ends untouched."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _profile_label(key: str, lang: Lang) -> str:
    return ui(key, "ui_profile")(lang) + ui("colon")(lang)


def human_profile(result: SavedProfile | ClearedProfile, lang: Lang) -> None:
    """Print the saved profile and its file, or what ``--clear`` deleted."""
    from primehelp.profile import ClearedProfile

    console = _console(lang)
    if isinstance(result, ClearedProfile):
        key = "cleared" if result.cleared else "nothing_to_clear"
        console.print(ui(key, "ui_profile").format(file=result.path)(lang), soft_wrap=True)
        return
    console.print(_heading(ui("title", "ui_profile")(lang), None, lang))
    saved = result.profile
    if saved is None:
        console.print(ui("nothing_saved", "ui_profile")(lang))
    else:
        plan = (
            ui(f"plan_{saved.plan}", "ui_calendar")(lang)
            if saved.plan is not None
            else ui("plan_unknown", "ui_profile")(lang)
        )
        line = _text(_profile_label("renewal_date", lang))
        line.append(saved.renewal_date.isoformat(), style="bold")
        console.print(line)
        console.print(_profile_label("plan", lang) + plan)
        if saved.trial:
            console.print(_profile_label("trial", lang) + ui("yes", "ui_profile")(lang))
    console.print(_profile_label("file", lang) + result.path, soft_wrap=True)
    if saved is not None:
        console.print(_dim(ui("how_to_clear", "ui_profile")(lang)))


# ---------------------------------------------------------------- cancel (issue 4)


def _cu(key: str, lang: Lang) -> str:
    """A label from ``ui_cancel.toml``."""
    return ui(key, "ui_cancel")(lang)


def _cancel_situation(plan: CancelPlan, lang: Lang) -> RichText:
    branch = plan.branch
    parts = [_cu(f"via_{branch.via.value}", lang)]
    if not plan.at_carrier:
        parts.append(_cu("trial" if branch.trial else "paid", lang))
        parts.append(_cu("student" if branch.student else "regular", lang))
        if not branch.trial:
            used = {True: "benefits_used", False: "benefits_not_used", None: "benefits_unknown"}
            parts.append(_cu(used[branch.benefits_used], lang))
    line = _text(_cu("situation", lang) + ui("colon")(lang), style="bold")
    line.append(" / ".join(parts) if lang == "en" else "、".join(parts), style="")
    return line


def _cancel_deadline(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    deadline = plan.renewal
    if deadline is None:
        return []
    line = _text(
        _cu("cancel_by", lang).format(
            date=deadline.cancel_by.isoformat(), renewal=deadline.renewal_date.isoformat()
        ),
        style="bold",
    )
    if deadline.days_left > 1:
        left = _text(_cu("days_left", lang).format(days=deadline.days_left))
    elif deadline.days_left == 1:
        left = _text(_cu("one_day_left", lang))
    elif deadline.days_left == 0:
        left = _text(_cu("last_day_today", lang), style="bold yellow")
    else:
        left = _text(_cu("date_passed", lang), style="bold yellow")
    origin = _dim(_cu(f"renewal_from_{deadline.origin}", lang))
    return [line, left, origin]


def _look_for(labels: Iterable[str], lang: Lang) -> RichText:
    line = _text(_cu("look_for", lang) + ui("colon")(lang))
    line.append(_quoted_labels(labels), style="bold yellow")
    return line


def _cancel_step_cell(step: Step, lang: Lang) -> RichText:
    cell = _text(step.text(lang))
    if step.label_ja:
        cell.append("\n")
        cell.append_text(_look_for(step.path_ja or (step.label_ja,), lang))
    for note in step.notes:
        cell.append(f"\n・{note.text(lang)}")
    return cell


def _cancel_refund(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """Each timing, what it means, and the refund statements that apply to it."""
    from primehelp.cancellation import Timing

    if plan.at_carrier:
        return [_cu("carrier_refund", lang)]
    lines: list[RenderableType] = []
    for timing in Timing:
        heading = f"timing_{timing.value}" + ("_trial" if plan.branch.trial else "")
        lines.append(_text(_cu(heading, lang), style="bold"))
        lines.extend(f"・{item.text(lang)}" for item in plan.consequences if item.timing is timing)
        for statement in plan.refund:
            if statement.timing is not timing:
                continue
            lines.append(f"・{statement.text(lang)}")
    return lines


def _cancel_notes(notes: Iterable[Note], lang: Lang) -> list[RenderableType]:
    return [f"・{note.text(lang)}" for note in notes]


def _cancel_reminder(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    if plan.reminder is None:
        return []
    reminder = plan.reminder
    return [
        _text(_cu("alternative_title", lang), style="bold"),
        _cu("alternative", lang),
        f"・{reminder.opt_in.text(lang)}",
        f"・{reminder.switch_on.text(lang)}",
        f"・{reminder.scam_warning.text(lang)}",
        _look_for((reminder.switch_on_label,), lang),
    ]


def _cancel_links(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """The membership page (the official help is in the labels-may-change note)."""
    return [f"{_cu('membership_page', lang)}{ui('colon')(lang)}{plan.membership_page_url}"]


def _print_all(console: Console, lines: Iterable[RenderableType]) -> None:
    """Print paragraphs, one after the other."""
    for line in lines:
        console.print(line)


def human_cancel(plan: CancelPlan, lang: Lang) -> None:
    """Print the whole procedure for one branch as a numbered list."""
    from rich.table import Table

    console = _console(lang)
    console.print(_heading(_cu("cancel_title", lang), plan.checked, lang))
    console.print(_cancel_situation(plan, lang))
    _print_all(console, _cancel_deadline(plan, lang))
    if plan.branch.student:
        _print_all(console, [_dim(_cu("student_labels", lang))])
    console.print()
    console.print(_text(_cu("steps_title", lang), style="bold"))
    steps = Table.grid(padding=(0, 1))
    steps.add_column(justify="right", no_wrap=True)
    steps.add_column(ratio=1, overflow="fold")
    for step in plan.steps:
        steps.add_row(f"{step.n}.", _cancel_step_cell(step, lang))
    console.print(steps)
    console.print()
    console.print(_text(_cu("refund_title", lang), style="bold"))
    _print_all(console, _cancel_refund(plan, lang))
    console.print()
    console.print(_text(_cu("notes_title", lang), style="bold"))
    _print_all(console, _cancel_notes(plan.notes, lang))
    console.print()
    if plan.reminder is not None:
        _print_all(console, _cancel_reminder(plan, lang))
        console.print()
    _print_all(console, [*_cancel_links(plan, lang), _dim(sources_line(plan.sourced(), lang))])


def human_cancel_outcome(outcome: Outcome, lang: Lang) -> None:
    """Say that the walkthrough was stopped (a finished one has said its last word)."""
    from primehelp.walkthrough import Outcome

    if outcome is Outcome.QUIT:
        _console(lang).print(_cu("quit", lang))


def cancel_screen(screen: Screen, lang: Lang) -> None:
    """Draw one screen of the interactive walkthrough."""
    from rich.rule import Rule

    from primehelp import walkthrough as w
    from primehelp.cancellation import NoteKind

    console = _console(lang)
    colon = ui("colon")(lang)
    if isinstance(screen, w.NoticeScreen):
        console.print(_text(screen.text(lang), style="yellow"))
        return
    console.print()
    if isinstance(screen, w.QuestionScreen):
        _print_all(console, [_text(screen.question(lang), style="bold")])
        _print_all(console, [f"  {c.key}. {c.label(lang)}" for c in screen.choices])
        return
    plan = screen.plan if not isinstance(screen, w.StepScreen) else None
    if isinstance(screen, w.StepScreen):
        title = _cu("step_of", lang).format(n=screen.step.n, total=screen.total)
        console.print(Rule(title, align="left"))
        if screen.step.label_ja:
            label = _text(_cu("look_for", lang) + colon)
            label.append(f"「{screen.step.label_ja}」", style="bold reverse")
            console.print(label)
        _print_all(console, [screen.step.text(lang)])
        if len(screen.step.path_ja) > 1:
            console.print(_dim(_quoted_labels(screen.step.path_ja)))
        _print_all(console, [f"・{note.text(lang)}" for note in screen.step.notes])
    elif isinstance(screen, w.IntroScreen) and plan is not None:
        console.print(Rule(_cu("cancel_title", lang), align="left"))
        console.print(_cancel_situation(plan, lang))
        _print_all(console, _cancel_deadline(plan, lang))
        if plan.branch.student:
            _print_all(console, [_dim(_cu("student_labels", lang))])
        _print_all(console, ["", *_cancel_reminder(plan, lang)])
    elif isinstance(screen, w.ConsequencesScreen) and plan is not None:
        console.print(Rule(_cu("consequences_title", lang), align="left"))
        _print_all(console, _cancel_deadline(plan, lang))
        _print_all(console, _cancel_refund(plan, lang))
        effects = plan.notes_of(NoteKind.ADD_ONS, NoteKind.GIFT_CARD)
        _print_all(console, _cancel_notes(effects, lang))
    elif isinstance(screen, w.EndingScreen) and plan is not None:
        console.print(Rule(_cu("ending_title", lang), align="left"))
        closing = plan.notes_of(
            NoteKind.STUDENT, NoteKind.KEEP_SCREENSHOT, NoteKind.LABELS_MAY_CHANGE
        )
        _print_all(console, _cancel_notes(closing, lang))
        _print_all(console, [*_cancel_links(plan, lang), _dim(sources_line(plan.sourced(), lang))])
        console.print(_text(_cu("finished", lang), style="bold"))


# ---------------------------------------------------------------- complain (issue 4)
# (renderers for complain (issue 4) go here)


def _message_block(console: Console, message: str) -> None:
    """Print ``message`` between two rules, unwrapped, so selecting it copies clean text."""
    # Rich 15 draws an untitled rule with "─" even where the stream cannot carry it.
    line = "-" if console.options.ascii_only else "─"
    console.rule(style="dim", characters=line)
    console.print(message, soft_wrap=True)
    console.rule(style="dim", characters=line)


def _fact_section(title: str, items: Iterable[tuple[str, Fact]], lang: Lang) -> list[RichText]:
    """A bold title, one bullet per fact (after its bold name, if any), then the sources."""
    lines = [_text(title, style="bold")]
    facts: list[Fact] = []
    for name, item in items:
        line = _text("・")
        if name:
            line.append(name, style="bold")
            line.append(ui("colon")(lang))
        line.append(item.text(lang))
        lines.append(line)
        facts.append(item)
    lines.append(_dim(sources_line(facts, lang)))
    return lines


def human_complain(complaint: Complaint, lang: Lang, copy: CopyOutcome | None = None) -> None:
    """Print the message to paste (and its Japanese version in English mode), then the kit."""
    console = _console(lang)
    topic = complaint.title(lang)
    console.print(_text(ui("message_title", "ui_complain")(lang).format(topic=topic), "bold"))
    if complaint.placeholders:
        console.print(ui("fill_in_hint", "ui_complain")(lang))
    _message_block(console, complaint.message(lang))
    if lang != "ja" and can_encode(sys.stdout):  # a Japanese copy of '?' helps nobody
        console.print()
        console.print(ui("japanese_version_note", "ui_complain")(lang))
        if complaint.placeholders:
            console.print(ui("japanese_version_fill_in", "ui_complain")(lang))
        _message_block(console, complaint.message("ja"))
    console.print()

    kit = complaint.kit
    colon = ui("colon")(lang)
    console.print(_text(ui("kit_title", "ui_complain")(lang), style="bold underline"))
    start = _fact_section(
        ui("start_chat_title", "ui_complain")(lang), (("", f) for f in kit.start_chat), lang
    )
    look_for = _text(f"  {ui('look_for')(lang)}{colon}{_quoted_labels(kit.chat_path_ja)}")
    sections = [
        [*start[:-1], look_for, start[-1]],
        _fact_section(ui("keep_title", "ui_complain")(lang), (("", f) for f in kit.keep), lang),
        _fact_section(
            ui("escalation_title")(lang),
            ((route.name(lang), route.fact) for route in kit.escalation),
            lang,
        ),
        _fact_section(ui("law_title", "ui_complain")(lang), (("", f) for f in kit.law), lang),
    ]
    for section in sections:
        for line in section:
            console.print(line)
        console.print()
    console.print(ui("labels_may_change")(lang))
    console.print(f"{ui('contact_page')(lang)}{colon}{kit.contact_page_url}")
    console.print(_dim(ui("all_sources_hint")(lang)))
    if copy is not None:
        report_copy(copy, lang)


def report_copy(outcome: CopyOutcome, lang: Lang) -> None:
    """Say on stderr, in one line, whether the message reached the clipboard."""
    from primehelp.clipboard import tool_names

    if outcome.copied:
        line = ui("copied", "ui_complain")(lang).format(tool=outcome.tool)
    elif outcome.tool is None:
        line = ui("no_clipboard", "ui_complain")(lang).format(tools=", ".join(tool_names()))
    else:
        line = ui("copy_failed", "ui_complain")(lang).format(problem=outcome.problem)
    sys.stderr.write(f"primehelp: {line}\n")
    sys.stderr.flush()
