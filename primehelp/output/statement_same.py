"""「Amazon Kids+の料金（月額980円）とも同じ金額です」: the other service's price named in the note
of a statement line (review 60c, item 9: one wording, before and after the check's month).

The price is the line's own amount by definition (``same_price_as``); its period comes from the
service's price of that amount. None when no such price is found: the note says the name alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.i18n import Lang

if TYPE_CHECKING:
    from primehelp.statement import AmazonLine


def same_price_text(line: AmazonLine, lang: Lang) -> str | None:
    """「月額980円、プライム会員でない場合」 / "980 yen a month, non-members": the fixed price of
    the service named by ``line.same_price_as`` that is the line's amount, and for whom (480 yen
    is Kids+'s for Prime members); None if not found."""
    from primehelp.content.subscriptions import load
    from primehelp.output.prices import price_text

    if line.same_price_as is None:
        return None
    name = line.same_price_as.ja
    for service in load()[0]:
        if not name.startswith(service.name.ja):
            continue
        for price in service.prices:
            if (
                price.up_to is None
                and price.currency == "JPY"
                and int(price.value) == abs(line.amount_yen)
            ):
                who = (
                    ""
                    if price.who is None
                    else f"{'、' if lang == 'ja' else ', '}{price.who(lang)}"
                )
                return price_text(price, lang) + who  # 「月額480円、プライム会員」
    return None
