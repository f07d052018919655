"""The one place Rich is configured: Japanese text, wrapping, NO_COLOR, pipes, and the small
pieces every view draws (headings, the sources line).

Rich is imported inside the functions that draw, so importing a view costs nothing for
``--json`` or an error (benchmarks/README.md)."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from primehelp.errors import visible
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.break_amounts import amounts, masked
from primehelp.output.break_units import lifted_lines
from primehelp.output.bullets import item_mark
from primehelp.output.linebreak import LineBreaker, long_url, without_trailing_spaces
from primehelp.output.record_apart import record
from primehelp.output.wording import checked_on as checked_on
from primehelp.output.wording import quoted_labels as quoted_labels
from primehelp.output.wording import says_the_path as says_the_path
from primehelp.output.wording import sentence_date as sentence_date
from primehelp.output.wording import sources_line as sources_line
from primehelp.output.wording import sources_text as sources_text
from primehelp.streams import columns_from_environment, terminal_size

if TYPE_CHECKING:
    from rich.console import (
        Console,
        ConsoleOptions,
        JustifyMethod,
        OverflowMethod,
        RenderableType,
        RenderResult,
    )
    from rich.segment import Segment
    from rich.table import Table
    from rich.text import Text as RichText

    from primehelp.freshness import Freshness


@functools.cache
def japanese_breaker() -> LineBreaker:
    """The line breaker for the terminal, measuring characters as Rich does, breaking Japanese
    between the phrases of primehelp's own text."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, get_character_cell_size

    from primehelp.output import phrases

    return LineBreaker(get_character_cell_size, cell_len, divide_line, phrases.bundled())


_LEAST_ITEM_WIDTH = 10
"""Narrower than this, an item's text is not hung under its mark (it would wrap a word a line)."""


def make_japanese_text(breaker: LineBreaker) -> type[RichText]:
    from rich.cells import cell_len
    from rich.containers import Lines
    from rich.measure import Measurement
    from rich.text import DEFAULT_JUSTIFY, DEFAULT_OVERFLOW
    from rich.text import Text as RichText

    from primehelp.output.source_rows import source_rows

    def _least(line: str, japanese: bool) -> int:
        """The narrowest ``line`` can be: an item's mark and its text's widest piece."""
        mark = item_mark(line)
        hang = cell_len(line[:mark]) if mark else 0
        return hang + breaker.min_width(line[mark:], japanese)

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
            japanese = getattr(console, "japanese", True)
            lines = Lines()
            for line in lifted_lines(self.split(allow_blank=True), width):  # 38b item 15
                if "\t" in line:
                    line.expand_tabs(tab_size)
                mark = item_mark(line.plain) if cell_len(line.plain) > width else 0
                if mark and width - cell_len(line.plain[:mark]) >= _LEAST_ITEM_WIDTH:
                    # a 「・」 or 「1. 」 item: its lines under its text (review 37a item 11)
                    lines.extend(self._hanging(console, line, mark, width, justify, overflow))
                    continue
                wrap_overflow = overflow or self.overflow or DEFAULT_OVERFLOW
                listed = source_rows(line, width, cell_len, breaker, japanese)
                if listed is not None:  # 出典 as a list, one source a row (review 32b item 1)
                    lines.extend(listed)
                    continue
                if long_url(line.plain, width):  # a URL is never folded nor cut
                    wrap_overflow = "ignore"
                fold = wrap_overflow == "fold"
                new_lines = line.divide(breaker.offsets(line.plain, width, fold, japanese))
                for new_line in new_lines[:-1]:
                    new_line.rstrip()  # the space it broke at, on a terminal too
                for new_line in new_lines:
                    new_line.rstrip_end(width)
                if any(new_line.cell_len > width for new_line in new_lines):  # 「 \」 (18b 2)
                    from primehelp.output.continued import continued_text

                    new_lines = continued_text(new_lines, width)
                if fold and any(new_line.cell_len > width for new_line in new_lines):
                    wrap_overflow = "ignore"  # a command or an ID wider than the line: whole
                if wrap_justify:
                    new_lines.justify(console, width, justify=wrap_justify, overflow=wrap_overflow)
                for new_line in new_lines:
                    new_line.truncate(width, overflow=wrap_overflow)
                lines.extend(new_lines)
            return lines

        def _hanging(
            self,
            console: Console,
            line: RichText,
            mark: int,
            width: int,
            justify: JustifyMethod | None,
            overflow: OverflowMethod | None,
        ) -> Lines:
            """``line``, a list item, wrapped with each line after the first under its text:
            its text is wrapped as a paragraph as wide as the item's, so that a quotation that
            fits there moves whole to the next line (review 25b item 1)."""
            hang = cell_len(line.plain[:mark])
            body = JapaneseText(justify=self.justify, overflow=self.overflow)
            body.append_text(line[mark:])
            lines = Lines()
            for index, part in enumerate(body.wrap(console, width - hang, justify=justify,
                                                   overflow=overflow)):  # fmt: skip
                lead = line[:mark] if index == 0 else RichText(" " * hang)
                lead.append_text(part)
                lines.append(lead)
            return lines

        def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
            lines = self.plain.splitlines()
            if not lines:
                return Measurement(0, 0)
            widest = max(cell_len(line) for line in lines)
            japanese = getattr(console, "japanese", True)
            return Measurement(max(_least(line, japanese) for line in lines), widest)

    return JapaneseText


_STACKED_ROWS = "primehelp_stacked_rows"


def stacked_as(table: Table, lines: Sequence[RenderableType]) -> None:
    """The row added last as ``lines`` in a stacked table: 「請求の合計：1,580円」, not 「…請求：合計」."""
    table.__dict__.setdefault(_STACKED_ROWS, {})[table.row_count - 1] = lines


def _make_phrase_table(breaker: LineBreaker, japanese_text: type[RichText]) -> type[Table]:
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text as RichText

    def phrase_width(cell: object, whole: bool, japanese: bool, limit: int = 0) -> int:
        """The widest Japanese phrase in a cell of text, or its widest line if ``whole``; with
        a ``limit``, its widest quotation no wider than that (kept whole)."""
        text = cell.plain if isinstance(cell, RichText) else cell
        if not isinstance(text, str):
            return 0
        if not (whole or japanese):  # English: a word is never split ("Annua│l"), nor 「5,900 yen」
            return max(map(cell_len, masked(text, amounts(text)).split()), default=0)
        measure = cell_len if whole else breaker.phrase_width
        if limit and not whole:
            return max((breaker.unit_width(line, limit) for line in text.splitlines()), default=0)
        return max(map(measure, text.splitlines()), default=0)

    class PhraseTable(Table):
        """A table that keeps each Japanese phrase on one line.

        Rich narrows the widest column first, whatever is in it, so a narrow terminal cut
        「コール│バック」 in one column while another had room to spare. Here each column of
        text gets at least its widest Japanese phrase (a URL or a Latin word folds if it must),
        and a column that never wraps (dates, amounts, statement texts) its widest line, from
        the free width first, then from the columns with the most to spare. When these cannot
        fit side by side, each row is printed as lines of 「見出し：内容」, row after row.
        """

        def _least(self, console: Console, limit: int = 0) -> list[int]:
            """Each column's widest phrase (word in English), or widest line if it never wraps;
            with a ``limit``, at least its widest quotation up to that width too."""
            japanese = getattr(console, "japanese", True)
            return [
                max(
                    phrase_width(c, column.no_wrap, japanese, size)
                    for c in (column.header, *column.cells)
                    for size in ({0, limit} if japanese else {0})
                )
                + self._get_padding_width(column._index)
                for column in self.columns
            ]

        def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
            # A quotation (an Amazon label) that fits on a line is never split: the table is
            # stacked when its column cannot be that wide.
            room = (self.width or options.max_width) - self._extra_width
            if sum(self._least(console, room)) > room:
                yield from self._stacked("：" if getattr(console, "japanese", True) else ": ")
            else:
                yield from super().__rich_console__(console, options)

        def _stacked(self, colon: str) -> Iterable[RenderableType]:
            if self.title:
                yield japanese_text(str(self.title), style="bold")
            columns = [(column, list(column.cells)) for column in self.columns]
            own: dict[int, Sequence[RenderableType]] = self.__dict__.get(_STACKED_ROWS, {})
            for row in range(self.row_count):
                if row in own and not own[row]:  # a row with nothing to say (review 42c, S 7)
                    continue
                if row:
                    yield japanese_text()
                if row in own:
                    yield from own[row]
                    continue
                shown = self.show_header
                cells = [(str(c.header) if shown else "", cs[row]) for c, cs in columns]
                yield from record(cells, colon, japanese_text)  # one layout (63b R-minor 8)

        def _calculate_column_widths(self, console: Console, options: ConsoleOptions) -> list[int]:
            widths = super()._calculate_column_widths(console, options)
            least = self._least(console, options.max_width)
            if sum(least) > options.max_width:
                return widths
            widths = [max(width, low) for width, low in zip(widths, least, strict=True)]
            for _ in range(sum(widths) - options.max_width):
                # one cell at a time from the column with the most to spare
                spare = [width - low for width, low in zip(widths, least, strict=True)]
                widths[spare.index(max(spare))] -= 1
            return widths

    return PhraseTable


@functools.cache
def _japanese_classes() -> tuple[type[RichText], Callable[[Lang], Console]]:
    """The Japanese-aware text class, and a maker of consoles that draw all text with it."""
    from rich.console import Console
    from rich.text import Text as RichText

    japanese_text = make_japanese_text(japanese_breaker())
    # rich.table (with fractions and decimal, ~1.3 ms) only for a screen that draws a table
    phrase_table = functools.cache(lambda: _make_phrase_table(japanese_breaker(), japanese_text))

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
        Rich text, such as the text ``print`` assembles from its arguments; tables keep their
        phrases whole (``PhraseTable``). No line ends in spaces (the padding of table cells and
        wrapped lines), piped or on a terminal: they only get in the way of the reader.
        """

        japanese = True  # the language of the text: English breaks Japanese runs last

        def render_str(self, text: str, **options: Any) -> RichText:
            return japanese(super().render_str(text, **options))

        def render(
            self, renderable: RenderableType, options: ConsoleOptions | None = None
        ) -> Iterable[Segment]:
            if type(renderable) is RichText:
                renderable = japanese(renderable)
            elif type(renderable) is getattr(sys.modules.get("rich.table"), "Table", None):
                renderable.__class__ = phrase_table()  # the same table, laid out by phrases
            return super().render(renderable, options)

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            rendered = super()._render_buffer(buffer)
            # on a terminal too, the escapes kept (review 38c, item 11)
            return without_trailing_spaces(rendered)

        def print(self, *objects: Any, crop: bool = False, **options: Any) -> None:
            """Print, never cutting a line at the width: only a URL longer than the line
            runs past it (everything else is wrapped to fit), and cut, it would not open."""
            super().print(*objects, crop=crop, **options)

        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; the CLI stops quietly and keeps the command's exit code.
            self.quiet = True
            raise BrokenPipeError

    def make_console(lang: Lang) -> Console:
        # NO_COLOR (no-color.org): Rich drops colours but keeps bold and italic; drop every escape.
        plain = bool(os.environ.get("NO_COLOR"))
        console = JapaneseConsole(
            highlight=False,
            emoji=False,
            markup=False,
            color_system=None if plain else "auto",
            width=columns_from_environment(),
        )
        console.japanese = lang == "ja"
        if console.is_dumb_terminal:  # Rich: 80×25 whatever the size or COLUMNS (colourless: kept)
            console.size = terminal_size(console.file, columns_from_environment())
        return console

    return japanese_text, make_console


def rich_text(text: str = "", style: str = "") -> RichText:
    """Rich text that wraps Japanese properly: use it for everything that may wrap. A control
    character from the member's input in it is shown, never acted on (:func:`visible`)."""
    return _japanese_classes()[0](visible(text), style=style)


def url_text(text: str, style: str = "") -> RichText:
    """Text never wrapped nor cut at the width (a URL: folded, it no longer opens when copied)."""
    return _japanese_classes()[0](visible(text), style=style, no_wrap=True, overflow="ignore")


def console_for(lang: Lang) -> Console:
    """A console for output in ``lang``: lines break as that language needs."""
    return _japanese_classes()[1](lang)


def heading(title: str, checked: dt.date | None, lang: Lang) -> RenderableType:
    if checked is not None and lang == "ja" and title.endswith("）"):
        # 「会費（税込、2026年12月2日確認）」, not two brackets in a row
        heading = rich_text(title[:-1] + "、", style="bold")
        heading.append(checked_on(checked, lang)[1:], "dim")
        return heading
    heading = rich_text(title, style="bold")
    if checked is not None:
        gap = "" if lang == "ja" else " "  # one space (review 48b item 7)
        heading.append(gap + checked_on(checked, lang), "dim")
    return heading


def stale_facts_warning(fresh: Freshness, lang: Lang, update: str, in_checkout: bool) -> None:
    """The one line saying the facts are old and how to get newer ones: ``update``, the command
    that fits how primehelp was installed (run in its folder when ``in_checkout``). The check
    date is not repeated: the screen has just said it (review 36a item 18)."""
    how = ui("update_checkout" if in_checkout else "update_with")(lang).format(command=update)
    line = ui("facts_stale")(lang).format(days=fresh.days_old, update=how)
    console_for(lang).print(rich_text(line, style="bold yellow"))


def dim(line: str) -> RichText:
    return rich_text(line, style="dim")


def print_all(console: Console, lines: Iterable[RenderableType]) -> None:
    """Print paragraphs, one after the other."""
    for line in lines:
        console.print(line)
