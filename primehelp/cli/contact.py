"""``primehelp contact``: how to reach Amazon.co.jp today."""

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.contact import ContactInfo, contact_info
from primehelp.content import contact as contact_data
from primehelp.content import escalation, scams
from primehelp.i18n import Lang

EPILOG = "Example: primehelp contact --lang en"


def contact(lang: LangOption = None, json_output: JsonOption = False) -> None:
    """How to reach Amazon.co.jp today, numbers Amazon once published (no longer in use), and
    where to turn next.

    今使えるチャットとコールバックでの問い合わせ方法、メールの扱い、今は使われていない以前の番号、解決しないときの相談先を表示します。
    """
    run(
        "contact",
        lang,
        json_output,
        lambda _lang: contact_info(contact_data.load(), escalation.load(), scams.callback_caveat()),
        _show,
    )


def _show(result: ContactInfo, lang: Lang) -> None:
    from primehelp.output.contact import human_contact  # text only: --json and errors do without it

    human_contact(result, lang)
