"""``primehelp sources``: every fact primehelp can state, with its source."""

from typing import Annotated

import typer

from primehelp import facts
from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import topics
from primehelp.i18n import Lang
from primehelp.sources import SourceList, facts_about

EPILOG = "Example: primehelp sources refund\n\nExample: primehelp sources contact.defunct_numbers"


def _topic_words(incomplete: str) -> list[str]:
    """What Tab offers for TOPIC: each topic's name, English then Japanese (review 39a S 24:
    `primehelp sources <Tab>` offered nothing)."""
    known = topics.load()
    names = [*(t.name.en for t in known), *(t.name.ja for t in known)]
    return [name for name in dict.fromkeys(names) if name.startswith(incomplete)]


def sources(
    topic: Annotated[
        str | None,
        typer.Argument(
            help="Only the facts about this: a Japanese word (解約, 返金, 詐欺…), an English keyword (cancel, refund, fees…) or the start of a fact id (contact, escalation, scam).",
            autocompletion=_topic_words,
            show_default=False,
        ),
    ] = None,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print straight to the terminal; by default a long list goes through $PAGER "
            "(less) on a terminal, never when piped.",
        ),
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Every fact primehelp can state, with its source, check date and confidence.

    primehelp が表示するすべての情報の出典・確認日・確度を表示します。
    """
    run(
        "sources",
        lang,
        json_output,
        lambda _lang: facts_about(topic, facts.all_facts(), topics.load()),
        lambda result, chosen: _show(result, chosen, pager=not no_pager, topic=topic),
    )


def _show(result: SourceList, lang: Lang, pager: bool, topic: str | None) -> None:
    from primehelp.output.sources import human_sources  # text only: --json and errors do without it

    human_sources(result, lang, pager, topic)
