"""Review 41c (charge and charge --statement), round 48: one test or more per item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.content import charges as charge_data
from tests.support.clihelp import WIDE, run, screen, statement_file

BOOK = charge_data.load()

# ---------------------------------------------------------------- item 9

# Every fee of every plan that is no longer (or not yet) the fee on the day: a refund of it.
_ON = dt.date(2026, 11, 5)
_NOW = {plan.history[-1].fee_yen for plan in BOOK.fees.plans}
_FORMER = sorted({p.fee_yen for plan in BOOK.fees.plans for p in plan.history} - _NOW)


def test_9_there_are_former_fees() -> None:
    assert {4900, 500} <= set(_FORMER)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize("yen", _FORMER)
def test_9_a_former_fee_refunded_never_matches_no_fixed_fee(
    yen: int, dated: bool, lang: str
) -> None:
    when = ("--date", _ON.isoformat()) if dated else ()
    done = run("charge", "--lang", lang, *when, "--", f"-{yen}", "AMAZON", "PRIME", env=WIDE)
    assert done.exit_code == 0, done.stderr
    shown = done.stdout
    former = "以前の" if lang == "ja" else "It is an earlier"
    assert former in shown, shown
    assert ("決まった会費とは一致しません" if lang == "ja" else "matches no fixed fee") not in shown
    said = "会費とは一致しないため" if lang == "ja" else "It matches no fee in force"
    assert said in shown, shown


# ---------------------------------------------------------------- S 2


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("yen", [480, 980])
def test_s2_an_unknown_text_names_the_other_service_of_its_amount(
    tmp_path: Path, yen: int, lang: str
) -> None:
    # 「ｱﾏｿﾞﾝ」 (a text primehelp does not know) says what 「AMAZON DOWNLOADS」 says of Kids+
    rows = [f"2026/11/01,ｱﾏｿﾞﾝ,{yen}", f"2026/10/01,AMAZON DOWNLOADS,{yen}"]
    shown = screen("charge", "--statement", statement_file(tmp_path, *rows), lang=lang)
    note = (  # one wording, its price (review 60c, item 9)
        f"Amazon Kids+の料金（月額{yen}円、"
        if lang == "ja"
        else f"price of Amazon Kids+ ({yen} yen a month, "
    )
    for text in ("ｱﾏｿﾞﾝ", "AMAZON DOWNLOADS"):
        row = next(line for line in shown.splitlines() if text in line and str(yen) in line)
        assert note in row, row  # the table's row (one line at 1,000 columns)
