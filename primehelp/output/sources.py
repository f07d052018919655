"""The view of ``primehelp sources``: every fact with its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import CONFIDENCES, ui
from primehelp.i18n import Lang
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    rich_text,
    sentence_date,
    sources_text,
)
from primehelp.output.pager import paged

if TYPE_CHECKING:
    from collections.abc import Collection

    from rich.console import Console

    from primehelp.facts import Confidence
    from primehelp.sources import SourceList


def human_sources(
    source_list: SourceList, lang: Lang, pager: bool = True, topic: str | None = None
) -> None:
    """Print every fact (or those about ``topic``) with its confidence, check date and sources
    (through the pager on a terminal, when ``pager`` and the list is longer than the screen)."""
    console = console_for(lang)
    with paged(console, pager):
        _draw(console, source_list, lang, topic)


_EVERY_NAMES = ("すべて", "all")


def _topic_title(source_list: SourceList, lang: Lang, typed: str) -> str:
    """「「返金」に関する…」 as typed; any other word is named by its topic first, in either
    language: 「「返金」（refund）に関する…」, "about “refund” (返金)", 「「問い合わせ」（電話）…」
    (「電話」 gave the contact facts under its own name, beside 「電話番号」: review 53a, item 7)."""
    count = len(source_list.facts)
    name = source_list.topic_name(lang) if source_list.topic_name is not None else typed
    if source_list.also_named:  # 「「解約」「請求・定額サービス」（家族カード）…」 (57a item 8)
        glue = "」「" if lang == "ja" else "” and “"
        name = glue.join([name, *(other(lang) for other in source_list.also_named)])
    if name.casefold() != typed.casefold():
        return ui("sources_title_topic_named")(lang).format(name=name, topic=typed, count=count)
    return ui("sources_title_topic")(lang).format(topic=typed, count=count)


def _draw(console: Console, source_list: SourceList, lang: Lang, topic: str | None) -> None:
    """One block a fact: its id, what it says, its confidence and check date, then each source
    on a line of its own (a table cell would fold or cut a URL, and it would no longer open)."""
    title = ui("sources_title")(lang).format(count=len(source_list.facts))
    every = source_list.topic_name is not None and source_list.topic_name.en == "all"
    # 「すべて」 or "all" as typed: the plain title; another word for every fact (「プライム」,
    # "Prime") says that it stands for every fact (review 54a item 6, 59a item 10).
    named = topic is not None and topic.strip().casefold() not in _EVERY_NAMES
    if topic is not None and every and named:  # 「「プライム」はすべての情報に当てはまるため…」
        every_title = ui("sources_title_every")(lang)
        title = every_title.format(topic=topic.strip(), count=len(source_list.facts))
    elif topic is not None and not every:  # 「「返金」に関する情報と出典（12件）」
        title = _topic_title(source_list, lang, topic.strip())
    console.print(heading(title, None, lang))
    colon = ui("colon")(lang)
    gap = "　" if lang == "ja" else "  "
    for item in source_list.facts:
        checked = sentence_date(item.checked, lang)
        details = (
            f"{ui('col_confidence')(lang)}{colon}{confidence_word(item.confidence, lang)}{gap}"
            f"{ui('col_checked')(lang)}{colon}{checked}"
        )
        console.print()
        _id_line(console, f"{ui('fact_id')(lang)}{colon}", item.id)
        console.print(rich_text(item.standalone(lang)))
        console.print(dim(details))
        # the 出典 list every screen prints: a source a row, a date that does not fit after its
        # URL on the row below (review 37a item 14: it ran past the line at 60 columns)
        console.print(dim(sources_text(item.sources, item.checked, lang, item.checked)))
    console.print()
    print_legend(console, {item.confidence for item in source_list.facts}, lang)


def _id_line(console: Console, label: str, fact_id: str) -> None:
    """「ID：…」, labelled on every screen (review 35a, item 6), never folded (34a S 23). Wider than
    the screen, the label on its line and the ID under it, indented by 2 (review 60a, R5: it ran
    past the edge at 40 columns); wider still, past the edge as a URL, never cut."""
    from primehelp.output.linebreak import unicode_text_width as text_width

    if text_width(label + fact_id) <= console.width:
        console.print(rich_text(label + fact_id, style="bold"), no_wrap=True, overflow="ignore")
        return
    console.print(rich_text(label, style="bold"))
    console.print(
        rich_text("  " + fact_id, style="bold"), no_wrap=True, overflow="ignore", crop=False
    )


def confidence_word(value: Confidence, lang: Lang) -> str:
    """A confidence as a member reads it: 「高」 / "high", never the fact sheet's letter 「H」
    (review 17a, item 4)."""
    return ui(f"confidence_word.{value}")(lang)


def confidence_legend(shown: Collection[Confidence], lang: Lang) -> str:
    """「確度」, then a line a grade: 「高：…」, what each confidence shown means, in the facts'
    order (review 9a, item 12: one run-on line joined with ／ was hard to read)."""
    colon = ui("colon")(lang)
    lines = [
        f"{confidence_word(value, lang)}{colon}{ui(f'legend.{value}')(lang)}"
        for value in CONFIDENCES
        if value in shown
    ]
    return "\n".join([ui("legend_title")(lang), *lines])


def print_legend(console: Console, shown: Collection[Confidence], lang: Lang) -> None:
    """The legend, each grade's wrapped lines hanging under it (review 51a item 7: 「一貫した
    報告」 at the margin read as a grade of its own), as every 「ラベル：値」 line does."""
    from primehelp.output.labelled import Labelled

    title, *grades = confidence_legend(shown, lang).split("\n")
    console.print(dim(title))
    for grade in grades:
        console.print(Labelled(dim(grade)))
