"""The view of ``primehelp contact``: routes, dead numbers, where to turn next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import document, ui
from primehelp.i18n import Lang
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    quoted_labels,
    rich_text,
    says_the_path,
    sources_line,
    stacked_as,
)

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import RenderableType

    from primehelp.contact import ContactInfo, Route
    from primehelp.escalation import Escalation


def _route_cell(route: Route, lang: Lang) -> RenderableType:
    cell = rich_text()
    cell.append(route.hours(lang), style="bold")
    how = route.how.text(lang)
    cell.append("\n" + how)
    if route.path_ja and not says_the_path(how, route.path_ja):  # the path once
        look_for = ui("look_for")(lang) + ui("colon")(lang)
        cell.append(
            f"\n{look_for}{quoted_labels(route.path_ja, lang, route.path_steps)}", style="cyan"
        )
    for note in route.notes:
        if not _said_above(note.text(lang), route.hours(lang)):
            cell.append(f"\n{bullet(lang)}{note.text(lang)}", style="italic")
    return cell


def _said_above(note: str, hours: str) -> bool:
    """A note that only names a label the first line already has you choose: the call-back's
    「電話をリクエスト」 was said twice (review 53a, item 21); it stays in `sources` and --json."""
    labels = [f"「{part.split('」')[0]}」" for part in note.split("「")[1:]]
    one_sentence = not any(end in note[:-1] for end in ("。", ". "))
    return bool(labels) and one_sentence and all(label in hours for label in labels)


def escalation_block(
    escalation: Escalation, lang: Lang, said: dt.date | None = None
) -> list[RenderableType]:
    """The hotline 188 and the routes behind it, as printable lines (their check date unless it
    is ``said``, the screen's)."""
    lines: list[RenderableType] = [rich_text(ui("escalation_title")(lang), style="bold")]
    hotline = rich_text(bullet(lang))
    hotline.append(escalation.hotline.name(lang), style="bold")
    hotline.append(ui("colon")(lang) + escalation.hotline.fact.text(lang))
    lines.append(hotline)
    for route in escalation.routes:
        line = rich_text(bullet(lang))
        line.append(route.name(lang), style="bold")
        line.append(ui("colon")(lang) + route.fact.text(lang))
        lines.append(line)
    facts = [escalation.hotline.fact, *(route.fact for route in escalation.routes)]
    lines.append(dim(sources_line(facts, lang, said)))
    return lines


def human_contact(info: ContactInfo, lang: Lang) -> None:
    """Print the contact routes, the dead numbers and the escalation routes."""
    from rich.panel import Panel
    from rich.table import Table

    console = console_for(lang)
    console.print(heading(ui("contact_title")(lang), info.checked, lang))
    table = Table(show_lines=True, expand=False)
    table.add_column(ui("col_order")(lang), justify="right", no_wrap=True)
    table.add_column(
        ui("col_route")(lang), style="bold", min_width=6, max_width=14, overflow="fold"
    )
    table.add_column(ui("col_how")(lang), ratio=1, overflow="fold")
    for index, route in enumerate(info.routes):
        cell = _route_cell(route, lang)
        table.add_row(str(route.order), route.name(lang), cell)
        # Too narrow for columns: 「1. チャット」 over its cell, not 「おすすめ順：1」.
        name = ui("route_heading")(lang).format(order=route.order, route=route.name(lang))
        note = [rich_text(ui("order_note")(lang))] if index == 0 else []
        stacked_as(table, [*note, rich_text(name, style="bold"), cell])
    console.print(table)
    console.print()  # stacked, the page would read as the e-mail route's address (review 9a, S21)
    console.print(f"{ui('contact_page')(lang)}{ui('colon')(lang)}{info.contact_page_url}")
    route_facts = [fact for route in info.routes for fact in (route.how, *route.notes)]
    console.print(dim(sources_line([*route_facts, info.contact_page], lang, info.checked)))
    console.print()

    warning = rich_text()
    # The whole fact, as --json has it: call-back only, then the numbers (review 56a, item 8)
    warning.append(info.no_published_number.text(lang) + "\n\n")
    # As check-number says it (review 49a, item 26), caveat included (review 52a, item 1).
    if info.callback_caveat is not None:
        warning.append(info.callback_caveat.text(lang) + "\n\n")
    warning.append(info.defunct_notice.text(lang))
    for number in info.defunct_numbers:
        warning.append(f"\n  ✗ {number.number}", style="bold red")
    # The numbers circulating as 「Amazon」, as --json has them (review 36a item 10)
    warning.append("\n\n" + document("contact").node("circulating").text("box")(lang))
    for number in info.circulating_numbers:
        warning.append(f"\n  ✗ {number.number}", style="bold red")
    # The title as Rich text, not a str: Panel would parse a str as markup, and that imports
    # rich's emoji table (3 ms at start-up; 19 ms when bytecode is not cached).
    title = rich_text(ui("defunct_title")(lang))
    # Rich crops a title wider than the top border (「╭─ 」 and 「 ─╮」): above the box instead.
    if title.cell_len > console.width - 6:
        title.stylize("bold red")
        console.print(title)
        console.print(Panel(warning, border_style="red"))
    else:
        console.print(Panel(warning, title=title, border_style="red", title_align="left"))
    # Under the box, not in it: the box would cut a source URL longer than its width.
    notices = [info.no_published_number, info.defunct_notice, info.circulating_notice]
    notices += [info.callback_caveat] if info.callback_caveat is not None else []
    console.print(dim(sources_line(notices, lang, info.checked)))
    console.print()
    for line in escalation_block(info.escalation, lang, info.checked):
        console.print(line)
    console.print()
    for item in info.advice:  # the caveat about labels (a fact: in --json too)
        console.print(dim(item.text(lang)))
    console.print(dim(ui("all_sources_hint")(lang)))
