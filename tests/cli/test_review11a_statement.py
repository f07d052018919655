"""Review 11a on ``charge --statement``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

STATEMENTS = Path(__file__).parents[1] / "fixtures" / "statements"


def _out(name: str, lang: str, columns: str) -> str:
    result = run(
        "charge", "--statement", str(STATEMENTS / name), "--lang", lang, env={"COLUMNS": columns}
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


# (English at 40 columns squeezes the table, its header cut to 「Like…」: not stacked in lines.)
@pytest.mark.parametrize(("lang", "columns"), [("ja", "40"), ("ja", "120"), ("en", "120")])
def test_a_refund_only_total_is_not_labelled_a_charge(lang: str, columns: str) -> None:
    """S 23: 「考えられる請求：Kindle Unlimited／件数：1／返金：980円」 → the totals' column says
    charge or refund when the file has refunds."""
    out = _out("paypay-utf8.csv", lang, columns)
    # review 12a, item 3: 「考えられる請求・返金元」 was a coined label beside the rows'
    # 「考えられる請求／考えられる返金元」 → the neutral 「考えられるサービス」; review 14a, S 17:
    # an order is no 「サービス」 → 「考えられる内容」
    label = {"ja": "考えられる内容", "en": "What it may be"}[lang]
    assert "".join(label.split()) in "".join(out.split())  # wrapped or not
