"""``primehelp sources``: every fact primehelp can state, with its source."""

from typing import Annotated

import typer

from primehelp import facts
from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.output.sources import human_sources
from primehelp.sources import facts_about

EPILOG = "Example: primehelp sources contact.defunct_numbers --lang en"


def sources(
    topic: Annotated[
        str | None,
        typer.Argument(
            help="Only facts whose id starts with this (e.g. contact, escalation, scam).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Every fact primehelp can state, with its source, check date and confidence.

    primehelp が表示するすべての情報を、出典・確認日・確度とともに表示します。
    """
    run(
        "sources",
        lang,
        json_output,
        lambda _lang: facts_about(topic, facts.all_facts()),
        human_sources,
    )
