"""Review 36b item 1: a paid renewal date further ahead than its plan renews.

A monthly plan renews within a month (31 days: 28 February → 31 March on a renewal anchored to
the 31st), the annual plan within a year. `renewal` warns of a later date for every plan, as it
did for the annual one; `--save` refuses it without `--force` (a saved one kept `due` quiet for
months while the monthly plan was charged); `due` never says 「今日お知らせすることはありません」 of
such a saved date: it is nothing usable saved (exit 2, how to save it again).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from primehelp.due import due_report
from primehelp.due_text import WORDING
from primehelp.errors import ProfileOutdated
from primehelp.periods import Plan, brought_near, furthest_next, next_renewal
from primehelp.profile import Profile
from tests.support.clihelp import WIDE, run

TODAY = "2026-12-05"
D = dt.date.fromisoformat
PLANS = [*(plan.value for plan in Plan), None]


def _limit(plan: str | None) -> dt.date:
    return furthest_next(D(TODAY), Plan(plan) if plan is not None else None)


def _saved() -> dict[str, object] | None:
    file = Path(os.environ["PRIMEHELP_CONFIG_DIR"]) / "profile.json"
    return json.loads(file.read_text("utf-8")) if file.exists() else None


def _renewal(day: dt.date, plan: str | None, *more: str) -> tuple[str, ...]:
    given = ("--plan", plan) if plan is not None else ()
    return ("renewal", day.isoformat(), *given, "--today", TODAY, *more)


# ---------------------------------------------------------------- the limits themselves


def _days(start: dt.date, end: dt.date, step: int = 1) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range(0, (end - start).days, step)]


@pytest.mark.parametrize("plan", list(Plan))
def test_no_real_next_renewal_is_past_the_limit(plan: Plan) -> None:
    """Every next renewal counted from any anchor (month ends, 29 February) is within the limit:
    the warning never falls on a real date."""
    anchors = [D("2024-01-31"), D("2024-02-29"), D("2023-03-31"), D("2024-08-30"), D("2025-12-01")]
    for today in _days(D("2026-01-01"), D("2028-12-31"), 3):
        for anchor in anchors:
            assert next_renewal(anchor, plan, today) <= furthest_next(today, plan)


@pytest.mark.parametrize("plan", [*Plan, None])
def test_brought_near_is_the_first_renewal_on_or_after_today(plan: Plan | None) -> None:
    today = D(TODAY)
    for anchor in _days(D("2027-01-20"), D("2031-03-05"), 11):
        near = brought_near(anchor, plan, today)
        assert today <= near <= furthest_next(today, plan), (anchor, near)
        assert anchor.day == near.day or near.day >= 28  # the same day of the month (or its end)


# ---------------------------------------------------------------- renewal: warned, not saved


@pytest.mark.parametrize("plan", PLANS)
def test_renewal_warns_exactly_past_the_plans_limit(plan: str | None) -> None:
    limit = _limit(plan)
    for day, far in ((limit, False), (limit + dt.timedelta(days=1), True)):
        done = run(*_renewal(day, plan), "--lang", "ja", env=WIDE)
        assert done.exit_code == 0, done.stderr
        assert ("を超えて先の日付です" in done.stderr) is far, (plan, day, done.stderr)


@pytest.mark.parametrize("plan", ["monthly", "student-monthly"])
def test_a_monthly_date_months_ahead_is_warned_like_the_annual_one(plan: str) -> None:
    done = run(*_renewal(D("2027-11-01"), plan), "--lang", "ja", env=WIDE)
    name = "月間プラン" if plan == "monthly" else "Prime Student 月間プラン"
    assert done.stderr == (
        "primehelp: 警告: 更新日（2027年11月1日）は、今日から1か月を超えて先の日付です。"
        f"{name}なら、次の更新日は今日から1か月以内のはずです。日付を確認してください。\n"
    )


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_save_of_a_far_date_is_refused_in_one_line_without_force(
    plan: str | None, lang: str
) -> None:
    far = _limit(plan) + dt.timedelta(days=1)
    done = run(*_renewal(far, plan, "--save"), "--lang", lang, env=WIDE)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    limit = _limit(plan)
    if lang == "ja":
        assert "保存していません" in done.stderr and "`--force` を付けてください" in done.stderr
        assert f"以内（{limit.year}年{limit.month}月{limit.day}日まで）" in done.stderr
    else:
        assert done.stderr.startswith("primehelp: error: not saved: ")
        assert f"(by {limit.isoformat()})" in done.stderr and "add `--force`" in done.stderr
    example = brought_near(far, Plan(plan) if plan else None, D(TODAY)).isoformat()
    given = f" --plan {plan}" if plan else ""
    assert f"primehelp renewal {example}{given} --save" in done.stderr  # an accepted form
    assert _saved() is None
    forced = run(*_renewal(far, plan, "--save", "--force"), "--lang", lang, env=WIDE)
    assert forced.exit_code == 0, forced.stderr
    assert _saved() is not None and _saved()["renewal_date"] == far.isoformat()  # type: ignore[index]


def test_adding_a_monthly_plan_to_a_far_saved_date_is_refused_too() -> None:
    assert run(*_renewal(D("2027-11-01"), None, "--save")).exit_code == 0
    done = run("renewal", "--plan", "monthly", "--save", "--today", TODAY, "--lang", "ja")
    assert done.exit_code == 2 and "保存していません" in done.stderr
    assert _saved() is not None and _saved()["plan"] is None  # type: ignore[index]
    shown = run("renewal", "--plan", "monthly", "--today", TODAY, "--lang", "ja", env=WIDE)
    assert "1か月を超えて先" in shown.stderr  # shown, warned


# ---------------------------------------------------------------- due: never quiet on it


@pytest.mark.parametrize("plan", PLANS)
def test_due_is_never_quiet_on_a_saved_date_no_renewal_of_its_plan_can_have(
    plan: str | None,
) -> None:
    """For every plan and every day from today to past the limit: either the date is within the
    plan's period, or due stops with the line saying how to save it (never 「今日お知らせする
    ことはありません」 while the renewals before it go unreported)."""
    for today in _days(D("2026-11-01"), D("2027-12-31"), 5):
        limit = furthest_next(today, Plan(plan) if plan is not None else None)
        for saved in (limit, limit + dt.timedelta(days=1), limit + dt.timedelta(days=200)):
            profile = Profile(saved, plan)
            if saved <= limit:
                assert due_report(profile, today, WORDING).renewal_date == saved
                continue
            with pytest.raises(ProfileOutdated) as caught:
                due_report(profile, today, WORDING)
            said = caught.value.message
            assert "今日お知らせすることはありません" not in said.ja
            assert "を超えて先の日付です" in said.ja and "--save --force" in said.ja
            assert "more than a" in said.en and "--save --force" in said.en


def test_due_of_the_reviewed_case_says_why_and_how_to_fix() -> None:
    assert run(*_renewal(D("2027-11-01"), "monthly", "--save", "--force")).exit_code == 0
    for today in ("2026-12-05", "2027-01-01", "2027-06-01"):
        done = run("due", "--verbose", "--today", today, "--lang", "ja", env=WIDE)
        assert done.exit_code == 2 and done.stdout == ""
        assert "今日お知らせすることはありません" not in done.stderr
        assert "それより前の更新をお知らせできません" in done.stderr
    done = run("due", "--today", "2027-10-02", "--verbose", "--lang", "ja", env=WIDE)
    assert done.exit_code == 0 and "2027年11月1日" in done.stdout  # within a month: as before
    assert run("due", "--today", "2026-12-05", "--json").json()["error"]["code"] == (
        "profile_outdated"
    )


def test_a_saved_trial_is_not_checked_against_a_plan() -> None:
    """A Prime Student trial ends 6 months ahead, with the monthly plan after it."""
    student = Profile(D("2027-05-25"), "student-monthly", trial=True, student=True)
    report = due_report(student, D(TODAY), WORDING)
    assert report.renewal_date == D("2027-05-25")
