"""Fees as data: the history, the fee on a renewal date, annual against monthly."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from primehelp import data_check, facts
from primehelp.content import fees
from primehelp.errors import DataError
from primehelp.fees import fees_report
from primehelp.plans import Plan, fee_on
from primehelp.renewal import schedule

D = dt.date
BOOK = fees.load()


@pytest.mark.parametrize(
    ("plan", "day", "fee"),
    [
        (Plan.ANNUAL, D(2010, 6, 1), 3900),
        (Plan.ANNUAL, D(2019, 4, 12), 3900),  # new members paid 4,900; renewals not yet
        (Plan.ANNUAL, D(2019, 5, 16), 3900),
        (Plan.ANNUAL, D(2019, 5, 17), 4900),
        (Plan.ANNUAL, D(2023, 8, 24), 4900),  # new members paid 5,900; renewals not yet
        (Plan.ANNUAL, D(2023, 9, 23), 4900),
        (Plan.ANNUAL, D(2023, 9, 24), 5900),
        (Plan.ANNUAL, D(2026, 11, 25), 5900),
        (Plan.MONTHLY, D(2018, 12, 31), 400),
        (Plan.MONTHLY, D(2019, 4, 12), 400),  # revision 2: new members paid 500 from here;
        (Plan.MONTHLY, D(2019, 5, 16), 400),  # renewals assumed to follow the annual plan
        (Plan.MONTHLY, D(2019, 5, 17), 500),
        (Plan.STUDENT_ANNUAL, D(2019, 4, 11), None),  # revision 2: unknown before 2019-04-12
        (Plan.STUDENT_ANNUAL, D(2019, 4, 12), 2450),
        (Plan.STUDENT_MONTHLY, D(2018, 6, 1), None),  # no Student monthly plan before 2019
        (Plan.STUDENT_MONTHLY, D(2019, 4, 12), 250),
        (Plan.MONTHLY, D(2023, 9, 23), 500),
        (Plan.MONTHLY, D(2023, 9, 24), 600),
        (Plan.STUDENT_ANNUAL, D(2023, 9, 23), 2450),
        (Plan.STUDENT_ANNUAL, D(2023, 9, 24), 2950),
        (Plan.STUDENT_MONTHLY, D(2023, 9, 23), 250),
        (Plan.STUDENT_MONTHLY, D(2023, 9, 24), 300),
        (Plan.STUDENT_MONTHLY, D(2030, 1, 1), 300),
    ],
)
def test_fee_in_effect_on_a_renewal_date(plan: Plan, day: D, fee: int | None) -> None:
    assert fee_on(BOOK.of(plan), day) == fee


def test_schedule_crosses_the_2023_boundary() -> None:
    plan = BOOK.of(Plan.MONTHLY)
    items = schedule(D(2023, 7, 24), Plan.MONTHLY, D(2023, 7, 1), 3, plan)
    assert [(i.renewal_date, i.fee_yen) for i in items] == [
        (D(2023, 7, 24), 500),
        (D(2023, 8, 24), 500),
        (D(2023, 9, 24), 600),
    ]


def test_schedule_crosses_the_2019_boundary_for_annual() -> None:
    plan = BOOK.of(Plan.ANNUAL)
    items = schedule(D(2018, 5, 17), Plan.ANNUAL, D(2018, 1, 1), 2, plan)
    assert [i.fee_yen for i in items] == [3900, 4900]


def test_current_fees_of_the_four_plans() -> None:
    report = fees_report(BOOK)
    assert {(c.plan, c.fee_yen, c.months) for c in report.current} == {
        (Plan.ANNUAL, 5900, 12),
        (Plan.MONTHLY, 600, 1),
        (Plan.STUDENT_ANNUAL, 2950, 12),
        (Plan.STUDENT_MONTHLY, 300, 1),
    }


def test_annual_against_monthly() -> None:
    regular, student = fees_report(BOOK).comparisons
    assert (regular.twelve_months_yen, regular.annual_yen, regular.saving_yen) == (
        7200,
        5900,
        1300,
    )
    assert regular.saving_percent == 18.1
    assert regular.months_until_annual_cheaper == 10
    assert (student.twelve_months_yen, student.saving_yen) == (3600, 650)
    assert student.months_until_annual_cheaper == 10


def test_months_until_annual_cheaper_is_the_smallest_such_n() -> None:
    for c in fees_report(BOOK).comparisons:
        n = c.months_until_annual_cheaper
        assert n * c.monthly_yen > c.annual_yen
        assert (n - 1) * c.monthly_yen <= c.annual_yen


def test_history_has_every_fee_with_effective_dates_and_sources() -> None:
    report = fees_report(BOOK)
    assert [(h.plan, h.fee_yen) for h in report.history] == [
        (Plan.ANNUAL, 3900),
        (Plan.ANNUAL, 4900),
        (Plan.ANNUAL, 5900),
        (Plan.MONTHLY, 400),
        (Plan.MONTHLY, 500),
        (Plan.MONTHLY, 600),
        (Plan.STUDENT_ANNUAL, 2450),
        (Plan.STUDENT_ANNUAL, 2950),
        (Plan.STUDENT_MONTHLY, 250),
        (Plan.STUDENT_MONTHLY, 300),
    ]
    for entry in report.history:
        assert entry.fact.sources
        assert entry.fact.checked == D(2026, 12, 2)
    renewals = {(h.plan, h.fee_yen): h.renewals_from for h in report.history}
    assert renewals[(Plan.ANNUAL, 4900)] == D(2019, 5, 17)
    assert renewals[(Plan.MONTHLY, 600)] == D(2023, 9, 24)
    # the oldest fee's start is not known, as its cell says (review 34a, S 14)
    assert renewals[(Plan.STUDENT_ANNUAL, 2450)] is None
    assert renewals[(Plan.STUDENT_MONTHLY, 250)] is None
    assert renewals[(Plan.MONTHLY, 400)] is None
    assert report.checked == D(2026, 12, 2)


def test_fees_are_data_not_code() -> None:
    """A new fee in the data file changes the answer without touching the code."""
    source = (
        resources.files("primehelp.data").joinpath("fees.toml").read_text("utf-8")
        + """
[[plans.history]]
id = "fees.student_monthly.350"
yen = 350
renewals_from = 2027-04-01
new_members = { ja = "2027-03-01から", en = "from 2027-03-01" }
ja = "テスト用の架空の料金です。"
en = "A made-up fee for this test."
confidence = "L"
checked = 2026-11-25
sources = ["https://example.org/test"]
"""
    )
    # A low-confidence fact must say "reportedly": the loader enforces it.
    with pytest.raises(DataError):
        data_check.parse_data("fees.toml", source)
    fixed = source.replace("テスト用の", "報告によれば、テスト用の").replace(
        "A made-up", "Reportedly, a made-up"
    )
    book = fees.book(facts.Node("fees.toml", "", data_check.parse_data("fees.toml", fixed)))
    monthly = book.of(Plan.STUDENT_MONTHLY)
    assert fee_on(monthly, D(2027, 3, 31)) == 300
    assert fee_on(monthly, D(2027, 4, 1)) == 350
    assert monthly.current.fee_yen == 350


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_oldest_student_fees_give_no_start_date(lang: str) -> None:
    """Review 11a, item 6 (FACTS §1 [r2]): the sheet gives no start for the Student fees of
    2,450 and 250 yen (unknown before 2019-04-12; no monthly plan before 2019): their new
    members' column says until when only, and that since when is not confirmed."""
    report = fees_report(BOOK)
    for entry in report.history:
        if entry.fee_yen in (2450, 250):
            said = entry.new_members(lang)
            assert "2019年4月12日〜" not in said and "2019-04-12 to" not in said
            assert said.startswith({"ja": "2023年8月23日まで", "en": "until 2023-08-23"}[lang])
            # Review 15a, S 13: the 2,450 yen says it once, as the fee before 2019-04-12.
            unknown = {
                2450: {
                    "ja": "2019年4月12日より前の会費は確認できていません",
                    "en": "not confirmed",
                },
                250: {"ja": "いつからかは確認できていません", "en": "start date not confirmed"},
            }[entry.fee_yen][lang]
            assert unknown in said
