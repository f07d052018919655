"""``primehelp sources``: every fact primehelp can state, with its source."""

from types import SimpleNamespace
from typing import Annotated

import typer

from primehelp import facts
from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import topics
from primehelp.errors import BadInput
from primehelp.i18n import Lang
from primehelp.sources import SourceList, facts_about_words

EPILOG = "Example: primehelp sources refund\n\nExample: primehelp sources contact.defunct_numbers"


def _topic_words(incomplete: str) -> list[str]:
    """What Tab offers for TOPIC: each topic's name, English then Japanese (review 39a S 24:
    `primehelp sources <Tab>` offered nothing)."""
    known = topics.load()
    names = [*(t.name.en for t in known), *(t.name.ja for t in known)]
    return [name for name in dict.fromkeys(names) if name.startswith(incomplete)]


def sources(
    # Several words are one topic: bash inserted 「Prime Student」 as two (review 42a, item 19).
    topic: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TOPIC",
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

    primehelpが表示するすべての情報の出典・確認日・確度を表示します。
    """
    typed = " ".join(topic) if topic else None
    run(
        "sources",
        lang,
        json_output,
        lambda _lang: _facts(tuple(topic or ()), no_pager),
        lambda result, chosen: _show(result, chosen, pager=not no_pager, topic=typed),
    )


def _facts(words: tuple[str, ...], no_pager: bool) -> SourceList:
    """The facts the words name; `sources 解約 --no-pager yes` blames the flag, as every other
    command's on/off flag does (review 22b, S 9), now that several words may be one topic."""
    try:
        return facts_about_words(words, facts.all_facts(), topics.load())
    except BadInput:
        from primehelp.cli.flag_values import FLAG_VALUES, takes_no_value

        if no_pager and any(word.strip().lower() in FLAG_VALUES for word in words[1:]):
            flag = SimpleNamespace(secondary_opts=())  # --no-pager has no pair
            raise BadInput(takes_no_value("--no-pager", flag)) from None
        raise


def _show(result: SourceList, lang: Lang, pager: bool, topic: str | None) -> None:
    from primehelp.output.sources import human_sources  # text only: --json and errors do without it

    human_sources(result, lang, pager, topic)
