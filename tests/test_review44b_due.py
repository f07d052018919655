"""Review 44b item 4: in the days right after a renewal, the fee just charged (ending now may
refund it) comes first, whatever --within brings forward."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from primehelp.due import JUST_CHARGED_DAYS, MAX_WITHIN_DAYS, Moment, due_report
from primehelp.due_text import WORDING
from primehelp.periods import last_renewal
from primehelp.profile import Profile


@given(
    saved=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
    plan=st.sampled_from(["annual", "monthly"]),
    after=st.integers(0, JUST_CHARGED_DAYS),
    within=st.one_of(st.none(), st.integers(0, MAX_WITHIN_DAYS)),
)
def test_just_charged_comes_first_whatever_within(
    saved: dt.date, plan: str, after: int, within: int | None
) -> None:
    """The day of a renewal's charge (a renewal the plan rolls to) and the days after it: the
    report is the charged one, due, for every --within (as without --within)."""
    from primehelp.periods import Plan

    charged = last_renewal(saved, Plan(plan), saved + dt.timedelta(days=400))
    assert charged is not None
    today = charged + dt.timedelta(days=max(after, 1))
    if (today - charged).days > JUST_CHARGED_DAYS:
        return
    report = due_report(Profile(saved, plan=plan), today, WORDING, within=within)
    plain = due_report(Profile(saved, plan=plan), today, WORDING)
    if plain.moment is not Moment.CHARGED:
        return  # a monthly renewal so near that the next one's window has begun
    assert report.moment is Moment.CHARGED and report.due, (today, within, report.message)
    assert report.message == plain.message


def test_the_reviewers_cases() -> None:
    annual = Profile(dt.date(2026, 12, 20), plan="annual")
    report = due_report(annual, dt.date(2026, 12, 21), WORDING, within=365)
    assert report.moment is Moment.CHARGED and report.due
    assert "返金" in report.message.ja
    monthly = Profile(dt.date(2027, 1, 31), plan="monthly")
    report = due_report(monthly, dt.date(2027, 2, 1), WORDING, within=30)
    assert report.moment is Moment.CHARGED and report.due
    assert "返金" in report.message.ja
