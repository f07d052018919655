"""Review 36c (charge --statement, how a statement is read): one test or more per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import statement_file
from tests.support.clihelp import statement_screen as _statement


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


NONE_FOUND = "決まった料金と一致しない請求や、同じ月に重複している請求は見つかりませんでした"
MAY_BE_FEE = ("AMAZON.CO.JP", "AMAZON DOWNLOADS")


def _flags(path: str) -> list[list[str]]:
    return [line["flags"] for line in _statement(path, json=True)["lines"]]


# ---------------------------------------------------------------- item 1

# (the Prime fee's row, the row under a text that may be a fee, its flag)
ONE_FEE_TWO_TEXTS = (
    ("2026-11-01,AMAZON PRIME,600", "2026-11-01,{text},600", "monthly_guess_twice"),
    ("2026-10-25,AMAZON PRIME,600", "2026-11-10,{text},600", "monthly_guess_twice"),
    ("2026-06-01,AMAZON PRIME,5900", "2026-11-01,{text},5900", "annual_guess_twice"),
    ("2026-09-24,AMAZON PRIME,5900", "2026-10-08,{text},600", "monthly_guess_in_annual"),
    ("2026-10-01,AMAZON PRIME,300", "2026-10-15,{text},300", "monthly_guess_twice"),
)


@pytest.mark.parametrize("text", MAY_BE_FEE)
@pytest.mark.parametrize(("fee", "other", "flag"), ONE_FEE_TWO_TEXTS)
def test_a_fee_under_a_second_text_is_flagged(
    tmp_path: Path, text: str, fee: str, other: str, flag: str
) -> None:
    path = statement_file(tmp_path, fee, other.format(text=text))
    data = _statement(path, json=True)
    second = next(x for x in data["lines"] if x["description"] == text)
    assert flag in second["flags"]
    assert data["flagged"] >= 1
    out = _flat(_statement(path))
    assert _flat(NONE_FOUND) not in out
    assert "確認が必要な行が" in out


def test_the_same_month_case_reads_as_the_unknown_text_case(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-11-01,AMAZON PRIME,600", "2026-11-01,AMAZON.CO.JP,600")
    assert _flags(path) == [["monthly_guess_twice"]] * 2
    out = _flat(_statement(path))
    assert "※30日以内に、月会費と同じ金額の請求がほかにもあります" in out
    assert "表記からは会費かどうか分からない行があり、注文などの可能性もあります" in out


@pytest.mark.parametrize("text", MAY_BE_FEE)
def test_a_second_text_is_no_finding_without_a_fee_beside_it(tmp_path: Path, text: str) -> None:
    alone = statement_file(tmp_path, f"2026-11-01,{text},600", "2026-09-01,AMAZON PRIME,600")
    assert _flags(alone) == [[], []]
    (tmp_path / "statement.csv").unlink()
    returned = statement_file(  # an order returned in the month: no fee paid twice
        tmp_path,
        "2026-11-01,AMAZON PRIME,600",
        f"2026-11-02,{text},600",
        f"2026-11-04,{text},-600",
    )
    assert all("monthly_guess_twice" not in x for x in _flags(returned))


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize(
    ("first", "second", "twice"),
    [
        ("2026-10-31", "2026-11-01", True),
        ("2026-10-20", "2026-11-13", True),  # 24 days
        ("2026-10-20", "2026-11-14", False),  # 25 days: renewals may be 28 days apart
        ("2026-11-01", "2026-11-30", True),  # one calendar month, as before
        ("2026-10-01", "2026-11-01", False),
        ("2026-01-31", "2026-02-28", False),
    ],
)
def test_monthly_fees_close_together_are_flagged_whatever_the_month(
    tmp_path: Path, first: str, second: str, twice: bool
) -> None:
    fees = statement_file(tmp_path, f"{first},AMAZON PRIME,600", f"{second},AMAZON PRIME,600")
    flags = _flags(fees)
    assert all(("monthly_twice" in x) is twice for x in flags), flags
    (tmp_path / "statement.csv").unlink()
    ku = statement_file(tmp_path, f"{first},AMAZON DOWNLOADS,980", f"{second},AMAZON DOWNLOADS,980")
    flags = _flags(ku)
    assert all(("same_charge_twice" in x) is twice for x in flags), flags


def test_a_double_fee_across_a_month_end_is_said_so(tmp_path: Path) -> None:
    path = statement_file(tmp_path, "2026-10-31,AMAZON PRIME,600", "2026-11-01,AMAZON PRIME,600")
    out = _flat(_statement(path))
    assert _flat(NONE_FOUND) not in out
    assert out.count("※30日以内に月会費が2回以上請求されています") == 2
    en = _flat(_statement(path, "en"))
    assert "!Themonthlyfeeischargedtwiceormorewithin30days" in en
