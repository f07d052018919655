"""Review 40a, S 11: complain with a --renewal whose next renewal is *today*: the membership
renews today and a new period starts, so the entered charge is not the current period's fee
(it was taken as the current one and promised a full refund). Every plan; the day after stays
the current period."""

from __future__ import annotations

import datetime as dt

import pytest

from primehelp.periods import nth_renewal
from primehelp.plans import Plan
from tests.support.clihelp import WIDE, run

TODAY = dt.date(2026, 12, 6)
ENV = {"PRIMEHELP_TODAY": TODAY.isoformat(), **WIDE}


def _renewal_a_period_before(plan: Plan) -> dt.date:
    """The renewal whose next one (by ``plan``) is TODAY."""
    day = TODAY - dt.timedelta(days=400)
    while nth_renewal(day, plan, 1) != TODAY:
        day += dt.timedelta(days=1)
    return day


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("plan", list(Plan))
def test_a_charge_whose_next_renewal_is_today_is_not_the_current_fee(lang: str, plan: Plan) -> None:
    day = _renewal_a_period_before(plan)
    result = run(
        "complain", "refund", "--renewal", day.isoformat(), "--plan", plan.value,
        "--no-benefits-used", "--lang", lang, env=ENV,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    today = (
        "今日（2026年12月6日、計算による目安）"
        if lang == "ja"
        else "today (2026-12-06, an estimate)"
    )
    assert today in result.stdout.split("─")[0]  # beside the letter (review 49a, item 17)
    not_current = (
        "現在の期間の会費ではありません" if lang == "ja" else "not the current period's fee"
    )
    assert not_current in result.stdout
    assert "［更新日］" not in result.stdout  # the date typed is kept (review 49a, item 17)


@pytest.mark.parametrize("plan", list(Plan))
def test_the_day_after_is_still_the_current_period(plan: Plan) -> None:
    day = _renewal_a_period_before(plan) + dt.timedelta(days=1)
    if nth_renewal(day, plan, 1) <= TODAY:  # the 31st → 30th: no later day renews after today
        return
    result = run(
        "complain", "refund", "--renewal", day.isoformat(), "--plan", plan.value,
        "--no-benefits-used", env=ENV,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "現在の期間の会費が全額" in result.stdout


def test_without_a_plan_a_year_ago_today_is_not_the_current_fee() -> None:
    result = run("complain", "refund", "--renewal", "2025-12-06", "--no-benefits-used", env=ENV)
    assert "1年以上前" in result.stdout
