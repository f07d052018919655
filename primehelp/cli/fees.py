"""``primehelp fees``: Prime fees now and before."""

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import fees as fee_data
from primehelp.fees import FeesReport, fees_report
from primehelp.i18n import Lang

EPILOG = "Example: primehelp fees --lang en"


def fees(lang: LangOption = None, json_output: JsonOption = False) -> None:
    """Prime fees now and before, and annual against monthly.

    Amazonプライムの現在の会費、会費の改定履歴、年間プランと月間プランの比較を表示します。
    """
    run(
        "fees",
        lang,
        json_output,
        lambda _lang: fees_report(fee_data.load()),
        _show,
    )


def _show(result: FeesReport, lang: Lang) -> None:
    from primehelp.output.fees import human_fees  # text only: --json and errors do without it

    human_fees(result, lang)
