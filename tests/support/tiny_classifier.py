"""A tiny classifier for the statement reader's tests: a few whole-yen prices, nothing else.

Not the charge reader (``primehelp charge``), which the CLI plugs in: this one knows four
amounts and shop orders, so the tests can tell what the summary does with each answer.
"""

from __future__ import annotations

import unicodedata

from primehelp.i18n import Text
from primehelp.statement import Classification
from primehelp.statement_csv import StatementLine

PRICES = {
    600: ("prime_monthly", Text("プライム月間プラン", "Prime monthly plan")),
    5900: ("prime_annual", Text("プライム年間プラン", "Prime annual plan")),
    980: ("kindle_unlimited", Text("Kindle Unlimited", "Kindle Unlimited")),
    1500: ("audible", Text("Audible", "Audible")),
}
UNKNOWN = Text("当てはまる価格なし", "no known price")
SHOP = Text("Amazonでの買い物", "a shop order")


def classify(line: StatementLine) -> Classification:
    """What ``line`` may be: a price of :data:`PRICES` by its absolute amount, a shop order by
    its text, else unknown."""
    if "AMAZON.CO.JP" in unicodedata.normalize("NFKC", line.description).upper():
        return Classification("shop_order", SHOP, known_price=False)
    found = PRICES.get(abs(line.amount_yen))
    if found is None:
        return Classification("unknown", UNKNOWN, known_price=False)
    return Classification(found[0], found[1], known_price=True)
