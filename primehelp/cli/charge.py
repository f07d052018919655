"""``primehelp charge``: what an Amazon charge on a card statement can be."""

from typing import Annotated

import typer

from primehelp.charges import ChargeReading, parse_amount, read_charge
from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.cli.schedule import date_option
from primehelp.errors import BadInput
from primehelp.i18n import Lang, Text

EPILOG = (
    "Example: primehelp charge 980 AMAZON DOWNLOADS --date 2026-11-01 --lang en "
    "(dollars: primehelp charge 'US$14.99'; a refund: primehelp charge -- -600)"
)


def charge(
    amount: Annotated[
        str,
        typer.Argument(
            metavar="AMOUNT",
            help="The amount on the statement: 600, 5,900, ¥5,900, ５，９００円, US$14.99 or $14.99. "
            "A refund: △600, or -600 after `--`.",
            show_default=False,
        ),
    ],
    text: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TEXT]...",
            help="The words on the statement, e.g. AMAZON DOWNLOADS (quotes not needed).",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="The day of the charge (e.g. 2026-11-01): compared with the Prime fee in force "
            "that day. Default: the fees now.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """What an Amazon charge on your card can be, most likely first, and how to stop it.

    カードの明細にあるAmazonの請求が何か、可能性の高い順に、確認する場所と止め方とあわせて表示します。
    """

    def produce(_lang: Lang) -> ChargeReading:
        try:
            value = parse_amount(amount)
        except BadInput as error:
            message = error.message
            raise BadInput(Text(f"AMOUNT の値 {message.ja}", f"AMOUNT {message.en}")) from None
        on = None if date is None else date_option("--date", date)
        return read_charge(value, None if text is None else " ".join(text), on)

    run("charge", lang, json_output, produce, _show)


def _show(result: ChargeReading, lang: Lang) -> None:
    from primehelp.output.charge import human_charge  # text only: --json and errors do without it

    human_charge(result, lang)
