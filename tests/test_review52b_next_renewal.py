"""Review 52b item 37: on a renewal day, 「次の更新日」 is counted from the plan's first date, as
the table and the next day's `due` count it — not one period after the clamped date (a monthly
plan from the 31st: 28 February is followed by 31 March, not 28 March; an annual plan from
29 February 2024: 28 February 2027 is followed by 29 February 2028)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from primehelp.content import fees, refunds, reminder
from primehelp.due import due_report
from primehelp.due_text import WORDING
from primehelp.i18n import Text
from primehelp.periods import nth_renewal, renewal_after
from primehelp.plans import Plan
from primehelp.profile import Profile
from primehelp.renewal import renewal_report

D = dt.date
REMINDER = reminder.load()
ACTION = (reminder.action_wording(), refunds.refund_rules)
NEXT_JA = re.compile(r"次の更新日（(\d+)年(\d+)月(\d+)日|(\d+)年(\d+)月(\d+)日（次の更新日[、）]")
NEXT_EN = re.compile(r"next renewal date \((\d{4})-(\d\d)-(\d\d)")


def _anchors() -> st.SearchStrategy[D]:
    """Days 28–31 of any month, and leap days."""
    month_end = st.builds(
        lambda year, month, day: D(year, month, 1) + dt.timedelta(days=day - 1),
        st.integers(2024, 2030),
        st.integers(1, 12),
        st.integers(28, 31),
    ).filter(lambda day: day.day >= 28)
    leap = st.sampled_from([D(2024, 2, 29), D(2028, 2, 29)])
    return st.one_of(month_end, leap)


def _said(text: str, pattern: re.Pattern[str]) -> set[D]:
    return {D(*map(int, [part for part in found if part])) for found in pattern.findall(text)}


def _check(anchor: D, plan: Plan, k: int) -> None:
    today = nth_renewal(anchor, plan, k)  # a renewal day of the plan
    report = renewal_report(anchor, today, REMINDER, *ACTION, plan=fees.load().of(plan), count=3)
    assert report.upcoming is not None
    table = [row.renewal_date for row in report.upcoming]
    assert table[0] == today
    following = table[1]
    assert following == nth_renewal(anchor, plan, k + 1)
    then = report.action.then or Text("", "")
    lead = Text(report.action.text.ja + then.ja, report.action.text.en + then.en)
    assert _said(lead.ja, NEXT_JA) == {following}, lead.ja
    assert _said(lead.en, NEXT_EN) == {following}, lead.en
    saved = Profile(anchor, plan=plan.value)
    due = due_report(saved, today, WORDING)
    assert _said(due.message.ja, NEXT_JA) == {following}, due.message.ja
    assert _said(due.message.en, NEXT_EN) == {following}, due.message.en
    assert due_report(saved, today + dt.timedelta(days=1), WORDING).renewal_date == following


@given(anchor=_anchors(), plan=st.sampled_from([Plan.MONTHLY, Plan.ANNUAL]), k=st.integers(1, 30))
def test_next_renewal_on_the_renewal_day_is_the_tables(anchor: D, plan: Plan, k: int) -> None:
    _check(anchor, plan, k if plan is Plan.MONTHLY else 1 + k % 5)


def test_the_reviewers_cases() -> None:
    _check(D(2027, 1, 31), Plan.MONTHLY, 1)  # 2027-02-28 → 2027-03-31
    _check(D(2024, 2, 29), Plan.ANNUAL, 3)  # 2027-02-28 → 2028-02-29
    report = renewal_report(
        D(2027, 1, 31), D(2027, 2, 28), REMINDER, *ACTION, plan=fees.load().of(Plan.MONTHLY)
    )
    assert report.action.then is not None
    assert "次の更新日（2027年3月31日、計算による目安）" in report.action.then.ja  # 61b 2
    assert "2027年3月28日" not in report.action.then.ja


@given(anchor=st.dates(D(2020, 1, 1), D(2032, 12, 31)), months=st.sampled_from([1, 12]))
def test_renewal_after_is_anchored(anchor: D, months: int) -> None:
    plan = Plan.MONTHLY if months == 1 else Plan.ANNUAL
    for k in range(4):
        day = nth_renewal(anchor, plan, k)
        assert renewal_after(anchor, months, day) == nth_renewal(anchor, plan, k + 1)
        before = day - dt.timedelta(days=1)
        assert renewal_after(anchor, months, before) == (day if k else nth_renewal(anchor, plan, 1))
