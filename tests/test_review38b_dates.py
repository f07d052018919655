"""Review 38b (round 45): the renewal JSON's dates for the row the screen shows (item 7)."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from primehelp.cli import app
from primehelp.content import fees, refunds, reminder
from primehelp.plans import Plan
from primehelp.renewal import Status, renewal_report, status_on

D = dt.date
ACTION = (reminder.action_wording(), refunds.refund_rules)


@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 12, 31)),
    st.integers(min_value=-2000, max_value=400),
    st.sampled_from([None, Plan.ANNUAL, Plan.MONTHLY]),
)
def test_shown_is_the_row_the_table_shows(anchor: D, offset: int, plan: Plan | None) -> None:
    """Item 7: `shown` holds the dates of the table's row (the next renewal counted from a past
    date with a plan), with their day counts and status, for every date, day and plan."""
    today = anchor + dt.timedelta(days=offset)
    report = renewal_report(
        anchor,
        today,
        reminder.load(),
        *ACTION,
        plan=None if plan is None else fees.load().of(plan),
    )
    row = report.schedule[0]
    shown = report.shown
    assert (shown.renewal_date, shown.notice_date, shown.cancel_by) == (
        row.renewal_date,
        row.notice_date,
        row.cancel_by,
    )
    assert shown.days_until_renewal == (row.renewal_date - today).days
    assert shown.days_until_notice == (row.notice_date - today).days
    assert shown.days_until_cancel_by == (row.cancel_by - today).days
    assert shown.status is status_on(row.renewal_date, today)
    if plan is not None:
        assert shown.renewal_date >= today and shown.status is not Status.RENEWAL_PAST
    if plan is None or anchor >= today:
        assert shown.renewal_date == report.renewal_date


def test_rolled_forward_json_agrees_with_the_screen_and_the_action() -> None:
    args = ["renewal", "2024-06-01", "--plan", "annual", "--today", "2026-12-05", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)["data"]
    assert data["renewal_date"] == "2024-06-01"  # the date given stays
    assert data["shown"] == {
        "renewal_date": "2027-06-01",
        "notice_date": "2027-05-29",
        "cancel_by": "2027-05-31",
        "days_until_renewal": 178,
        "days_until_notice": 175,
        "days_until_cancel_by": 177,
        "status": "none_past",
    }
    assert data["shown"]["cancel_by"] == data["action"]["cancel_by"]
