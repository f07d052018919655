"""``primehelp check-number``: what a number in Amazon's name is."""

from typing import Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import contact, scams
from primehelp.i18n import Lang
from primehelp.number_check import NumberReport, number_report

EPILOG = 'Example: primehelp check-number 0120-999-373 "+81 120 999 373"  (quotes keep a number together)'


def check_number(
    numbers: Annotated[
        list[str],
        typer.Argument(
            metavar="NUMBER",
            help="One or more numbers. A number with spaces is read too; when you give several, "
            "quote each one with spaces (see the example) to be sure.",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Tell what a phone number is: one Amazon once published, one circulating online as Amazon's,
    a public-service number, or another number Amazon does not publish (exit 1 when any number
    given is not a public-service number, 0 when all are).

    電話番号が、以前Amazonが公開していた番号、ネット上でAmazonの番号として出回っている番号、公共の電話番号、それ以外のAmazonが公開していない番号のどれに当たるかを調べます（公共の電話番号だけなら終了コード0、それ以外の番号が1つでもあれば1）。
    """

    def produce(_lang: Lang) -> NumberReport:
        return number_report(
            numbers, contact.load(), scams.payment_rule(), scams.advice(), scams.phone_advice()
        )

    run(
        "check-number",
        lang,
        json_output,
        produce,
        _show,
        lambda report: report.exit_code,
    )


def _show(result: NumberReport, lang: Lang) -> None:
    from primehelp.output.check_number import (
        human_check_number,  # text only: --json and errors do without it
    )

    human_check_number(result, lang)
