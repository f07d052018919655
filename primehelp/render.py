"""All output: human text through Rich, and the versioned JSON envelope.

This is the only module that imports Rich, and it does so inside the functions that draw,
so ``--json`` and errors never pay for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from primehelp.facts import Fact, SourceList, ui
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text as RichText

    from primehelp.contact import ContactInfo, Route
    from primehelp.errors import PrimehelpError
    from primehelp.escalation import Escalation
    from primehelp.phone import NumberReport

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


# ---------------------------------------------------------------- Rich building blocks


def _console() -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; the CLI stops quietly and keeps the command's exit code.
            self.quiet = True
            raise BrokenPipeError

    # NO_COLOR (no-color.org): Rich drops colours but keeps bold and italic; drop every escape.
    plain = bool(os.environ.get("NO_COLOR"))
    return _Console(
        highlight=False, emoji=False, markup=False, color_system=None if plain else "auto"
    )


def _heading(title: str, checked: dt.date | None, lang: Lang) -> RenderableType:
    from rich.text import Text as RichText

    heading = RichText(title, style="bold")
    if checked is not None:
        heading.append(f"  ({ui('checked_on')(lang).format(date=checked.isoformat())})", "dim")
    return heading


def sources_line(facts: Iterable[Fact], lang: Lang) -> str:
    """One line naming the sources of ``facts`` and the latest check date."""
    facts = list(facts)
    seen: dict[str, None] = {}
    for item in facts:
        for source in item.sources:
            seen.setdefault(source, None)
    checked = max(item.checked for item in facts).isoformat()
    separator = "、" if lang == "ja" else "; "
    return (
        f"{ui('sources')(lang)}{ui('colon')(lang)}{separator.join(seen)} "
        f"({ui('checked_on')(lang).format(date=checked)})"
    )


def _dim(line: str) -> RichText:
    from rich.text import Text as RichText

    return RichText(line, style="dim")


def _quoted_labels(labels: Iterable[str]) -> str:
    return " → ".join(f"「{label}」" for label in labels)


# ---------------------------------------------------------------- contact


def _route_cell(route: Route, lang: Lang) -> RenderableType:
    from rich.text import Text as RichText

    cell = RichText()
    cell.append(route.hours(lang), style="bold")
    cell.append("\n" + route.how.text(lang))
    if route.path_ja:
        cell.append(f"\n{ui('look_for')(lang)}: {_quoted_labels(route.path_ja)}", style="cyan")
    for note in route.notes:
        cell.append(f"\n・{note.text(lang)}", style="italic")
    return cell


def escalation_block(escalation: Escalation, lang: Lang) -> list[RenderableType]:
    """The hotline 188 and the routes behind it, as printable lines."""
    from rich.text import Text as RichText

    lines: list[RenderableType] = [RichText(ui("escalation_title")(lang), style="bold")]
    hotline = RichText("・")
    hotline.append(escalation.hotline.name(lang), style="bold")
    hotline.append(ui("colon")(lang) + escalation.hotline.fact.text(lang))
    lines.append(hotline)
    for route in escalation.routes:
        line = RichText("・")
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
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(ui("contact_title")(lang), info.checked, lang))
    table = Table(show_lines=True, expand=False)
    table.add_column(ui("col_order")(lang), justify="right", no_wrap=True)
    table.add_column(ui("col_route")(lang), style="bold", min_width=6, overflow="fold")
    table.add_column(ui("col_how")(lang), ratio=1, overflow="fold")
    for route in info.routes:
        table.add_row(str(route.order), route.name(lang), _route_cell(route, lang))
    console.print(table)
    console.print(f"{ui('contact_page')(lang)}: {info.contact_page_url}", soft_wrap=True)
    route_facts = [fact for route in info.routes for fact in (route.how, *route.notes)]
    console.print(_dim(sources_line([*route_facts, info.contact_page], lang)))
    console.print()

    warning = RichText()
    warning.append(info.no_published_number.text(lang) + "\n\n")
    warning.append(info.defunct_notice.text(lang) + "\n")
    for number in info.defunct_numbers:
        warning.append(f"  ✗ {number.number}\n", style="bold red")
    warning.append(_dim(sources_line([info.no_published_number, info.defunct_notice], lang)))
    console.print(
        Panel(warning, title=ui("defunct_title")(lang), border_style="red", title_align="left")
    )
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
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(ui("check_title")(lang), None, lang))
    table = Table(show_lines=False)
    table.add_column(ui("col_number")(lang), no_wrap=True)
    table.add_column(ui("col_verdict")(lang), ratio=1, overflow="fold")
    for check in report.results:
        verdict = RichText(
            ui(f"verdict_{check.verdict.value}")(lang), style=_VERDICT_STYLE[check.verdict.value]
        )
        if check.circulating:
            verdict.append("\n" + ui("circulating_flag")(lang), style="yellow")
        table.add_row(check.normalized, verdict)
    console.print(table)
    if report.advice:
        console.print(RichText(ui("what_to_do")(lang), style="bold"))
        console.print("・" + ui("use_routes")(lang))
        for item in report.advice:
            console.print("・" + item.text(lang))
        console.print(_dim(sources_line(report.advice, lang)))


# ---------------------------------------------------------------- sources


def human_sources(source_list: SourceList, lang: Lang) -> None:
    """Print every fact with its confidence, check date and sources."""
    from rich.table import Table

    console = _console()
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


# ---------------------------------------------------------------- profile (issue 3)
# (renderers for profile (issue 3) go here)


# ---------------------------------------------------------------- cancel (issue 4)
# (renderers for cancel (issue 4) go here)


# ---------------------------------------------------------------- complain (issue 4)
# (renderers for complain (issue 4) go here)
