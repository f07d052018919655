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
