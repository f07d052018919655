"""What a month's 「合計」 line of ``charge --statement`` says it counts (moved out of
:mod:`primehelp.output.statement`, at its size limit): Amazon Pay's payments at other shops
(review 18a, S 9) and lines like Amazon's text (「A M A Z O N」, review 56c, item 10) are in the
total, and the total says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.statement import AMAZON_PAY_SERVICE
from primehelp.statement_totals import alike_rows as alike_rows  # after today too (61c, B 1)

if TYPE_CHECKING:
    from rich.text import Text as RichText

    from primehelp.i18n import Lang
    from primehelp.statement import MonthSummary


def total_ui(key: str, lang: Lang) -> str:
    """The total's label: the look-alike ones in ``ui_statement_lines`` (``ui_statement``'s
    compiled module is at its size), the rest in ``ui_statement``."""
    return ui(key, "ui_statement_lines" if key.endswith("_alike") else "ui_statement")(lang)


def with_what(month: MonthSummary, amounts: str = "") -> str:
    """The suffix of the total's ui key: ``""``, ``"_with_pay"``, ``"_with_alike"`` or
    ``"_with_pay_alike"``; ``amounts`` ``"charges"`` or ``"refunds"``: only groups that have
    such amounts count (「請求の合計」, 「返金の合計」)."""

    def some(service: str | None, alike: bool) -> bool:
        return any(
            (t.service == service if service else t.lookalike is alike)
            and (not amounts or getattr(t, amounts) > 0)
            for t in month.services
        )

    pay = "_pay" if some(AMAZON_PAY_SERVICE, False) else ""
    alike = "_alike" if some(None, True) else ""
    return f"_with{pay}{alike}" if pay or alike else ""


def stacked_totals(month: MonthSummary, lang: Lang) -> list[RichText]:
    """A month's totals when its rows are stacked (a narrow screen): 「請求の合計：600円」 for
    every month, one group too, as the table's 「合計」 row (review 61c, item 9; was left out
    since 42c, S 7); no 0-yen charged total in a month of refunds (33c, S 12). What the total
    includes follows its amount, so that the label never ends a line alone with the amount
    at column 0: 「請求の合計：2,660円（Amazonに似た表記を含む）」 (61c, item 8)."""
    from primehelp.output.console import rich_text
    from primehelp.output.key_dates import yen

    totals = [("month_total_charged" + with_what(month, "charges"), month.charged_yen)]
    totals = totals if month.charged_yen or not month.refunded_yen else []
    if month.refunded_yen:
        totals.append(("month_total_refunded" + with_what(month, "refunds"), month.refunded_yen))
    colon = ui("colon")(lang)
    stacked = []
    for key, amount in totals:
        label, bracket, including = total_ui(key, lang).partition("（" if lang == "ja" else " (")
        said = f"{label}{colon}{yen(amount, lang)}{bracket}{including}"
        stacked.append(rich_text(said, style="bold"))
    return stacked
