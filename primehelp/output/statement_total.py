"""What a month's 「合計」 line of ``charge --statement`` says it counts (moved out of
:mod:`primehelp.output.statement`, at its size limit): Amazon Pay's payments at other shops
(review 18a, S 9) and lines like Amazon's text (「A M A Z O N」, review 56c, item 10) are in the
total, and the total says so; amazon.com's charges too (review 62c, R-minor 7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.statement import AMAZON_PAY_SERVICE
from primehelp.statement_totals import alike_rows as alike_rows  # after today too (61c, B 1)

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.text import Text as RichText

    from primehelp.i18n import Lang
    from primehelp.statement import MonthSummary, ServiceTotal


_LINES = "ui_statement_lines"  # ui_statement's compiled module is at its size
_COM = frozenset({"amazon_com", "amazon_com_prime"})  # amazon.com's, by its text or dollars


def total_ui(key: str, lang: Lang) -> str:
    """The total's label: 「合計」, 「請求の合計」, 「返金の合計」, with what it includes in a
    bracket from :func:`with_what` (「合計（Amazon Pay、amazon.comでの請求を含む）」)."""
    base, _, what = key.partition("_with_")
    label = ui(base, "ui_statement")(lang)
    if not what:
        return label
    parts = [ui(f"total_part.{part}", _LINES)(lang) for part in what.split("_")]
    joined = parts[0]
    if len(parts) > 1:
        joined = ("、" if lang == "ja" else ", ").join(parts[:-1])
        joined += ("、" if lang == "ja" else " and ") + parts[-1]
    return ui("total_including", _LINES)(lang).format(label=label, what=joined)


def with_what(month: MonthSummary, amounts: str = "") -> str:
    """The suffix of the total's key: ``""``, or ``"_with_"`` and what the total includes
    (``pay``: Amazon Pay, review 18a S 9; ``com``: amazon.com's charges, a separate account,
    review 62c R-minor 7; ``alike``: lines like Amazon's text, 56c item 10), ``_`` between;
    ``amounts`` ``"charges"`` or ``"refunds"``: only groups that have such amounts count
    (「請求の合計」, 「返金の合計」)."""

    def some(found: Callable[[ServiceTotal], bool]) -> bool:
        return any(found(t) and (not amounts or getattr(t, amounts) > 0) for t in month.services)

    what = [
        name
        for name, found in (
            ("pay", lambda t: t.service == AMAZON_PAY_SERVICE),
            ("com", lambda t: t.service in _COM or t.estimated in _COM),
            ("alike", lambda t: t.lookalike),
        )
        if some(found)
    ]
    return "_with_" + "_".join(what) if what else ""


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
