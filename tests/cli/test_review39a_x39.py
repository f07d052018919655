"""Review 39a, items 10, 11 and 20 (complain's fee of the renewal date; profile's passed trial)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.content import fees
from primehelp.plans import Plan, fee_on
from tests.support.clihelp import run, saved_profile

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"}  # one paragraph per line

# ---------------------------------------------------------------- 39a-10: the fee of that date

# Days around every change FACTS §1 gives (and one long before): each plan's fee on the day
DAYS = [
    dt.date(2015, 6, 1),
    dt.date(2018, 12, 31),
    dt.date(2019, 1, 1),
    dt.date(2019, 4, 11),
    dt.date(2019, 4, 12),
    dt.date(2019, 5, 16),
    dt.date(2019, 5, 17),
    dt.date(2021, 3, 1),
    dt.date(2023, 8, 24),
    dt.date(2023, 9, 23),
    dt.date(2023, 9, 24),
    dt.date(2026, 11, 20),
]
NO_FEE = "1900"  # no plan's fee at any time


def _complain(plan: Plan, day: dt.date, amount: str, lang: str = "ja") -> str:
    args = ("complain", "renewal", "--renewal", day.isoformat(), "--plan", plan.value)
    return run(*args, "--amount", amount, "--lang", lang, env=WIDE).stderr


def _ja(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.mark.parametrize("plan", list(Plan), ids=str)
def test_10_an_amount_is_compared_with_the_fee_of_the_renewal_date(plan: Plan) -> None:
    """Never today's fee for an older renewal: the fee renewals paid that day, or that it is
    not confirmed, or (Student monthly before 2019) that the plan did not exist yet."""
    book = fees.load().of(plan)
    now = book.current.fee_yen
    for day in DAYS:
        said = _complain(plan, day, NO_FEE)
        fee = fee_on(book, day)
        if plan is Plan.STUDENT_MONTHLY and day.year < 2019:
            assert "Prime Student 月間プランは2019年より前にはありませんでした" in said, said
            assert "円）と一致しません" not in said and "会費は" not in said.split("次の")[0], said
            assert "Prime Student 月間プランでは" not in said, said  # no next date of no plan
        elif fee is None:
            assert f"{_ja(day)}時点の{book.name.ja}の会費は確認できていないため" in said, said
            assert f"{now:,}円" not in said, said
        else:
            assert (
                f"{_ja(day)}の更新では、{book.name.ja}の会費は{fee:,}円で、1,900円とは一致しません"
                in said
            ), said
            if fee != now:
                assert f"{now:,}円" not in said, said


def test_10_the_quoted_cases_in_english_and_in_json() -> None:
    said = _complain(Plan.ANNUAL, dt.date(2021, 3, 1), NO_FEE, "en")
    assert "a renewal of the Annual plan on 2021-03-01 was charged 4,900 yen, not 1,900 yen" in said
    assert "5,900" not in said
    args = ("--json", "complain", "renewal", "--renewal", "2021-03-01", "--plan", "student-annual")
    data = run(*args, "--amount", NO_FEE, "--lang", "ja", env=WIDE).json()
    warned = " ".join(data["data"]["warnings"])
    assert "2,450円" in warned and "2,950円" not in warned, warned


def test_10_a_fee_of_the_date_still_passes_and_an_unknown_fee_is_said_even_for_a_known_amount() -> (
    None
):
    assert "警告: 4,900" not in _complain(Plan.ANNUAL, dt.date(2021, 3, 1), "4900")
    assert "一致" not in _complain(Plan.ANNUAL, dt.date(2021, 3, 1), "4900")
    said = _complain(Plan.STUDENT_ANNUAL, dt.date(2018, 5, 1), "2450")
    assert "会費は確認できていないため" in said, said


# ---------------------------------------------------------------- 39a-11, 20: a passed saved date

PASSED_TRIAL = {
    # hedged since review 57a item 10, as trial and due say it
    "ja": "（この日付は過ぎています。解約していなければ、無料体験は終わり、有料会員に自動更新されているはずです。",
    "en": "(This date has passed. Unless you cancelled, the free trial has ended and should have",
}
PASSED = {"ja": "（この日付は過ぎています。次の更新日は", "en": "(This date has passed. `primehelp"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("trial", [True, False])
@pytest.mark.parametrize("student", [True, False])
@pytest.mark.parametrize("plan", [None, "monthly", "student-annual"])
@pytest.mark.parametrize(
    ("saved", "passed"), [("2026-06-01", True), ("2026-12-04", True), ("2026-12-05", False)]
)
def test_11_20_a_saved_date_before_today_is_said_to_have_passed_in_text_and_json(
    tmp_path: Path,
    lang: str,
    trial: bool,
    student: bool,
    plan: str | None,
    saved: str,
    passed: bool,
) -> None:
    env = saved_profile(tmp_path, saved, plan, trial, student=student) | WIDE
    text = run("profile", "--lang", lang, env=env)
    assert text.exit_code == 0, text.stderr
    trial_note, note = PASSED_TRIAL[lang] in text.stdout, PASSED[lang] in text.stdout
    assert (trial_note, note) == ((passed and trial), (passed and not trial)), text.stdout
    data = run("--json", "profile", "--lang", lang, env=env).json()["data"]
    assert data["date_passed"] is passed, data


def test_20_nothing_saved_has_no_date_to_pass(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)} | WIDE
    data = run("--json", "profile", env=env).json()["data"]
    assert data["exists"] is False and data["date_passed"] is None, data
