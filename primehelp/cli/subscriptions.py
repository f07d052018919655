"""``primehelp subscriptions``: what else Amazon may bill, and what keeps billing after Prime."""

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import subscriptions as subscription_data
from primehelp.i18n import Lang
from primehelp.subscriptions import Subscriptions
from primehelp.subscriptions import subscriptions as listed

EPILOG = "Example: primehelp subscriptions --lang en"


def subscriptions(lang: LangOption = None, json_output: JsonOption = False) -> None:
    """What else Amazon may bill you for, and what keeps billing after Prime ends.

    プライム以外のAmazonの定額サービスについて、料金、プライム会員でなくても使えるか、プライムの解約後も請求が続くか、解約する場所を表示します。
    """
    run("subscriptions", lang, json_output, lambda _lang: listed(*subscription_data.load()), _show)


def _show(result: Subscriptions, lang: Lang) -> None:
    from primehelp.output.subscriptions import human_subscriptions  # text only

    human_subscriptions(result, lang)
