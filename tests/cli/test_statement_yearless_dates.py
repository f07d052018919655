"""A --columns file whose rows all have dates without a year (``11/01``) is refused for its dates,
not sent to check a column order that is right (round 23's statement sweep)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "日付の列の「11/01」を日付として読み取れません。年のある日付（例：2026/11/01"),
        ("en", "cannot read '11/01' in the date column as a date; the rows need dates with a year"),
    ],
)
def test_yearless_dates_are_named_with_the_forms_accepted(
    tmp_path: Path, lang: str, said: str
) -> None:
    csv = tmp_path / "card.csv"
    csv.write_text("利用日,利用店名,金額\n11/01,AMAZON PRIME,600\n11/03,AMAZON PRIME,600\n")
    done = run(
        "charge", "--statement", str(csv), "--columns", "date,description,amount", "--lang", lang
    )
    assert done.exit_code == 2
    assert done.stdout == ""
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_columns_that_hold_no_date_at_all_still_point_to_their_order(tmp_path: Path) -> None:
    csv = tmp_path / "card.csv"
    csv.write_text("a,b,c\nAMAZON PRIME,x,y\n")
    done = run(
        "charge", "--statement", str(csv), "--columns", "date,description,amount", "--lang", "ja"
    )
    assert done.exit_code == 2
    assert "列の並びを確認してください" in done.stderr and "読み取れません" not in done.stderr
