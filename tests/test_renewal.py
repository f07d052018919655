"""Renewal arithmetic: key dates, status, anchored schedules, free trials, option parsing."""

from __future__ import annotations

import calendar
import datetime as dt
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp import facts
from primehelp.content import fees, refunds, reminder, trial
from primehelp.errors import BadInput
from primehelp.periods import cancel_by, first_index_on_or_after, notice_date, nth_renewal
from primehelp.plans import Plan, PlanFees, parse_plan
from primehelp.renewal import (
    Status,
    parse_count,
    renewal_report,
    schedule,
    status_on,
)
from primehelp.trial import trial_report

D = dt.date
REMINDER = reminder.load()
ACTION = (reminder.action_wording(), refunds.refund_rules)


def _fees(plan: Plan) -> PlanFees:
    return fees.load().of(plan)


def _dates(anchor: D, plan: Plan, today: D, count: int) -> list[D]:
    return [r.renewal_date for r in schedule(anchor, plan, today, count, _fees(plan))]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------- key dates and status


def test_acceptance_key_dates() -> None:
    report = renewal_report(D(2026, 3, 1), D(2026, 2, 20), REMINDER, *ACTION)
    assert report.notice_date == D(2026, 2, 26)
    assert report.cancel_by == D(2026, 2, 28)
    assert report.days_until_renewal == 9
    assert report.days_until_notice == 6
    assert report.days_until_cancel_by == 8
    assert report.status is Status.NONE_PAST
    assert report.upcoming is None and report.plan is None and report.explanation is None


def test_leap_year_notice_date() -> None:
    assert notice_date(D(2028, 3, 1)) == D(2028, 2, 27)
    assert cancel_by(D(2028, 3, 1)) == D(2028, 2, 29)
    assert notice_date(D(2027, 3, 1)) == D(2027, 2, 26)


def test_notice_and_cancel_by_cross_the_year() -> None:
    assert notice_date(D(2027, 1, 2)) == D(2026, 12, 30)
    assert cancel_by(D(2027, 1, 1)) == D(2026, 12, 31)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (D(2026, 2, 1), Status.NONE_PAST),
        (D(2026, 2, 26), Status.NONE_PAST),  # the mail day itself is not past yet
        (D(2026, 2, 27), Status.NOTICE_PAST),
        (D(2026, 2, 28), Status.NOTICE_PAST),  # still the last day to cancel
        (D(2026, 3, 1), Status.CANCEL_BY_PAST),
        (D(2026, 3, 2), Status.RENEWAL_PAST),
    ],
)
def test_status_says_which_dates_are_past(today: D, status: Status) -> None:
    assert status_on(D(2026, 3, 1), today) is status


def test_past_renewal_gives_negative_day_counts() -> None:
    report = renewal_report(D(2026, 3, 1), D(2026, 3, 11), REMINDER, *ACTION)
    assert report.days_until_renewal == -10
    assert report.days_until_notice == -13
    assert report.status is Status.RENEWAL_PAST


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)))
def test_notice_is_three_days_and_cancel_by_one_day_before(renewal: D) -> None:
    assert renewal - notice_date(renewal) == dt.timedelta(days=3)
    assert renewal - cancel_by(renewal) == dt.timedelta(days=1)
    report = renewal_report(renewal, renewal, REMINDER, *ACTION)
    assert report.notice_date == renewal - dt.timedelta(days=3)
    assert report.days_until_notice == -3


@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)),
    st.integers(min_value=-400, max_value=400),
)
def test_status_agrees_with_the_day_counts(renewal: D, offset: int) -> None:
    report = renewal_report(renewal, renewal + dt.timedelta(days=offset), REMINDER, *ACTION)
    past = [report.days_until_notice < 0, report.days_until_cancel_by < 0]
    past.append(report.days_until_renewal < 0)
    expected = [Status.NONE_PAST, Status.NOTICE_PAST, Status.CANCEL_BY_PAST, Status.RENEWAL_PAST]
    assert report.status is expected[sum(past)]


# ---------------------------------------------------------------- anchored schedules


def test_monthly_schedule_from_the_31st_does_not_drift() -> None:
    assert _dates(D(2026, 1, 31), Plan.MONTHLY, D(2026, 1, 1), 4) == [
        D(2026, 1, 31),
        D(2026, 2, 28),
        D(2026, 3, 31),
        D(2026, 4, 30),
    ]


def test_annual_schedule_from_a_leap_day() -> None:
    assert _dates(D(2028, 2, 29), Plan.ANNUAL, D(2028, 1, 1), 5) == [
        D(2028, 2, 29),
        D(2029, 2, 28),
        D(2030, 2, 28),
        D(2031, 2, 28),
        D(2032, 2, 29),
    ]


@pytest.mark.parametrize("year", [2026, 2028])
@pytest.mark.parametrize("month", range(1, 13))
def test_month_end_anchor_of_every_month(year: int, month: int) -> None:
    anchor = D(year, month, _last_day(year, month))
    dates = _dates(anchor, Plan.MONTHLY, anchor, 13)
    for k, day in enumerate(dates):
        assert (day.year * 12 + day.month) - (year * 12 + month) == k
        assert day.day == min(anchor.day, _last_day(day.year, day.month))


@pytest.mark.parametrize("day", [29, 30, 31])
def test_every_month_end_case_from_the_29th_30th_and_31st(day: int) -> None:
    anchor = D(2027, 1, day)
    dates = _dates(anchor, Plan.MONTHLY, anchor, 24)
    assert [d.day for d in dates] == [min(day, _last_day(d.year, d.month)) for d in dates]
    assert D(2027, 2, 28) in dates and D(2028, 2, 29) in dates


def test_student_plans_use_their_own_period() -> None:
    assert _dates(D(2026, 5, 31), Plan.STUDENT_ANNUAL, D(2026, 5, 1), 2) == [
        D(2026, 5, 31),
        D(2027, 5, 31),
    ]
    assert _dates(D(2026, 5, 31), Plan.STUDENT_MONTHLY, D(2026, 5, 1), 2) == [
        D(2026, 5, 31),
        D(2026, 6, 30),
    ]


def test_past_date_schedule_starts_at_first_renewal_on_or_after_today() -> None:
    assert _dates(D(2024, 1, 31), Plan.MONTHLY, D(2026, 11, 25), 3) == [
        D(2026, 11, 30),
        D(2026, 12, 31),
        D(2027, 1, 31),
    ]
    # A renewal that falls on today is still listed (today is its renewal day).
    assert _dates(D(2024, 1, 31), Plan.MONTHLY, D(2026, 11, 30), 1) == [D(2026, 11, 30)]
    assert _dates(D(2020, 2, 29), Plan.ANNUAL, D(2026, 11, 25), 3) == [
        D(2027, 2, 28),
        D(2028, 2, 29),
        D(2029, 2, 28),
    ]


def test_report_keeps_the_given_date_and_lists_the_next_renewals() -> None:
    report = renewal_report(
        D(2024, 1, 31), D(2026, 11, 25), REMINDER, *ACTION, plan=_fees(Plan.MONTHLY), count=2
    )
    assert report.renewal_date == D(2024, 1, 31)
    assert report.status is Status.RENEWAL_PAST
    assert report.plan is Plan.MONTHLY
    assert report.upcoming is not None
    assert [r.renewal_date for r in report.upcoming] == [D(2026, 11, 30), D(2026, 12, 31)]
    assert report.schedule == report.upcoming


def test_schedule_without_plan_is_the_given_date() -> None:
    report = renewal_report(D(2026, 3, 1), D(2026, 2, 20), REMINDER, *ACTION)
    (only,) = report.schedule
    assert (only.renewal_date, only.notice_date, only.cancel_by, only.fee_yen) == (
        D(2026, 3, 1),
        D(2026, 2, 26),
        D(2026, 2, 28),
        None,
    )


anchors = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))


@given(
    anchors,
    st.sampled_from(list(Plan)),
    st.integers(min_value=-800, max_value=4000),
    st.integers(min_value=1, max_value=40),
)
def test_schedule_is_increasing_and_anchored(
    anchor: D, plan: Plan, offset: int, count: int
) -> None:
    today = anchor + dt.timedelta(days=offset)
    items = schedule(anchor, plan, today, count, _fees(plan))
    dates = [item.renewal_date for item in items]
    assert len(dates) == count
    assert all(a < b for a, b in pairwise(dates))
    assert dates[0] >= max(anchor, today)
    for day in dates:
        assert day.day == min(anchor.day, _last_day(day.year, day.month))
        months = (day.year * 12 + day.month) - (anchor.year * 12 + anchor.month)
        assert months % plan.months == 0
    for item in items:
        assert item.notice_date == item.renewal_date - dt.timedelta(days=3)
        assert item.cancel_by == item.renewal_date - dt.timedelta(days=1)


@given(anchors, st.sampled_from(list(Plan)), st.integers(min_value=0, max_value=4000))
def test_first_renewal_on_or_after_today_matches_a_plain_search(
    anchor: D, plan: Plan, offset: int
) -> None:
    today = anchor + dt.timedelta(days=offset)
    k = 0
    while nth_renewal(anchor, plan, k) < today:
        k += 1
    assert first_index_on_or_after(anchor, plan, today) == k


# ---------------------------------------------------------------- explanation


def test_explanation_shows_the_arithmetic_in_both_languages() -> None:
    report = renewal_report(
        D(2024, 1, 31),
        D(2026, 11, 25),
        REMINDER,
        *ACTION,
        plan=_fees(Plan.MONTHLY),
        wording=facts.labels("ui_renewal"),
    )
    assert report.explanation is not None
    ja = "\n".join(line("ja") for line in report.explanation)
    en = "\n".join(line("en") for line in report.explanation)
    # the dates the table shows: counted back from the next renewal, not the past date
    assert "2026-11-30−3日＝2026-11-27" in ja and "2024-01-28" not in ja
    assert "2026-11-30 − 3 days = 2026-11-27" in en and "2024-01-28" not in en
    assert "Asia/Tokyo" in ja and "Asia/Tokyo" in en
    assert (
        "次の更新日は2024-01-31の34か月後の2026-11-30です" in ja
    )  # the past-anchor sentence, first
    assert ja.index("2026-11-30") < ja.index("2026-11-27")
    assert "34 months after it: 2026-11-30" in en
    assert "2023-09-24" in en and "2023年9月24日" in ja


# ---------------------------------------------------------------- free trial


def test_regular_trial_renews_thirty_days_after_start() -> None:
    report = trial_report(
        D(2026, 11, 25),
        D(2026, 11, 25),
        REMINDER,
        student=False,
        data=trial.load(),
        wording=facts.labels("ui_renewal"),
        action_wording=ACTION[0],
        refund_rules=ACTION[1],
    )
    assert report.renewal_date == D(2026, 12, 25)
    assert report.notice_date == D(2026, 12, 22)
    assert report.cancel_by == D(2026, 12, 24)
    assert report.days_until_renewal == 30
    assert report.student_limit is None
    # where the exact date is; the box's title says the date is an estimate (review 27b S 8)
    assert "Prime membership" in report.estimate.text.en and "正確な" in report.estimate.text.ja
    assert "目安" in facts.labels("ui_renewal")["estimate_title"].ja
    assert "costs nothing" in report.cancel_free.text.en
    assert report.trial_length("en") == "30 days"


def test_student_trial_renews_six_months_after_start_clamped_to_month_end() -> None:
    report = trial_report(
        D(2026, 8, 31),
        D(2026, 9, 1),
        REMINDER,
        student=True,
        data=trial.load(),
        wording=facts.labels("ui_renewal"),
        action_wording=ACTION[0],
        refund_rules=ACTION[1],
    )
    assert report.renewal_date == D(2027, 2, 28)
    assert report.cancel_by == D(2027, 2, 27)
    assert report.student_limit is not None
    assert report.trial_length("ja") == "6か月間"
    (only,) = report.schedule
    assert only.renewal_date == D(2027, 2, 28) and only.fee_yen is None


# ---------------------------------------------------------------- option parsing


@pytest.mark.parametrize(
    ("raw", "plan"),
    [
        ("annual", Plan.ANNUAL),
        ("Monthly", Plan.MONTHLY),
        (" student-annual ", Plan.STUDENT_ANNUAL),
        ("student_monthly", Plan.STUDENT_MONTHLY),
    ],
)
def test_parse_plan(raw: str, plan: Plan) -> None:
    assert parse_plan(raw) is plan


@pytest.mark.parametrize("raw", ["", "yearly", "student", "年払い"])
def test_parse_plan_refuses_other_values_naming_the_plans(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_plan(raw)
    for plan in Plan:
        assert plan.value in caught.value.message.en
        assert plan.value in caught.value.message.ja


@pytest.mark.parametrize(
    ("raw", "count"), [("1", 1), ("3", 3), (" 120 ", 120), ("012", 12), ("１２", 12)]
)
def test_parse_count(raw: str, count: int) -> None:
    assert parse_count(raw) == count


@pytest.mark.parametrize("raw", ["0", "121", "-1", "abc", "", "1.5", "1e3", "٣"])
def test_parse_count_refuses_values_outside_1_to_120(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_count(raw)
    assert "1 to 120" in caught.value.message.en
    assert "1〜120" in caught.value.message.ja
