"""``due``'s domain: the window, the moments, the trial, the wording, the notifier's command."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp.due import DueKind, Moment, cancel_command, due_report, parse_within
from primehelp.due_text import WORDING
from primehelp.errors import BadInput, ProfileOutdated
from primehelp.notify import notifier_argv, notifier_tool
from primehelp.periods import Plan, cancel_by, furthest_next, notice_date
from primehelp.profile import Profile

D = dt.date
ANNUAL = Profile(D(2026, 12, 31), "annual")


@pytest.mark.parametrize(
    ("today", "due", "moment"),
    [
        (D(2026, 12, 27), False, Moment.AHEAD),  # 4 days before
        (D(2026, 12, 28), True, Moment.COMING),  # the reminder-mail date
        (D(2026, 12, 29), True, Moment.COMING),
        (D(2026, 12, 30), True, Moment.LAST_SAFE_DAY),
        (D(2026, 12, 31), True, Moment.RENEWAL_DAY),
        (D(2027, 1, 1), True, Moment.CHARGED),  # charged yesterday; next 2027-12-31
        (D(2027, 1, 3), True, Moment.CHARGED),  # the third day after the renewal
        (D(2027, 1, 4), False, Moment.CHARGED),  # said with --verbose only
    ],
)
def test_the_window_runs_from_the_reminder_date_to_the_renewal(
    today: dt.date, due: bool, moment: Moment
) -> None:
    report = due_report(ANNUAL, today, WORDING)
    assert (report.due, report.moment) == (due, moment)
    assert report.renewal_date == (D(2026, 12, 31) if today <= D(2026, 12, 31) else D(2027, 12, 31))
    assert report.cancel_by == cancel_by(report.renewal_date)
    assert report.window_start == notice_date(report.renewal_date)
    assert (report.command is not None) == (moment is not Moment.AHEAD)


@given(
    st.dates(D(1950, 1, 1), D(2990, 12, 31)),
    st.integers(0, 400),
    st.sampled_from([None, *Plan]),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 365)),
)
def test_due_exactly_between_window_start_and_renewal(
    saved: dt.date, offset: int, plan: Plan | None, trial: bool, within: int | None
) -> None:
    today = saved - dt.timedelta(days=offset - 20)
    profile = Profile(saved, None if plan is None else plan.value, trial)
    try:
        report = due_report(profile, today, WORDING, within=within)
    except ProfileOutdated:
        # a passed date with nothing to roll it, or (review 36b item 1) a paid date further
        # ahead than its plan renews
        far = not trial and saved > furthest_next(today, plan)
        assert (plan is None and today > saved) or far
        return
    start = min(notice_date(report.renewal_date), report.renewal_date - dt.timedelta(within or 0))
    assert report.renewal_date >= today
    assert report.window_start == start
    just_charged = report.charged_on is not None and (today - report.charged_on).days <= 3
    assert report.due == (start <= today <= report.renewal_date or just_charged)
    assert (report.charged_on is not None) == (plan is not None and saved < today)
    assert report.days_until_renewal == (report.renewal_date - today).days
    assert (report.kind is DueKind.TRIAL) == (trial and report.renewal_date == saved)


def test_within_widens_the_window_and_never_narrows_it() -> None:
    assert due_report(ANNUAL, D(2026, 12, 21), WORDING, within=10).due
    assert not due_report(ANNUAL, D(2026, 12, 20), WORDING, within=10).due
    narrow = due_report(ANNUAL, D(2026, 12, 28), WORDING, within=1)
    assert narrow.due and narrow.window_start == D(2026, 12, 28)


@pytest.mark.parametrize(
    ("raw", "days"), [("0", 0), ("7", 7), ("３０", 30), (" 365 ", 365), ("007", 7)]
)
def test_parse_within(raw: str, days: int) -> None:
    assert parse_within(raw) == days


@pytest.mark.parametrize("raw", ["-1", "366", "1.5", "a week", "", "9" * 5000])
def test_parse_within_refuses_naming_the_range(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_within(raw)
    assert "--within" in caught.value.message.en and "0 to 365" in caught.value.message.en
    assert "0〜365" in caught.value.message.ja


def test_a_passed_date_without_a_plan_is_outdated_naming_it() -> None:
    with pytest.raises(ProfileOutdated) as caught:
        due_report(Profile(D(2026, 12, 31)), D(2027, 1, 1), WORDING)
    assert "2026-12-31" in caught.value.message.en and "2026年12月31日" in caught.value.message.ja
    with pytest.raises(ProfileOutdated) as trial:
        due_report(Profile(D(2026, 12, 31), trial=True), D(2027, 1, 1), WORDING)
    assert "trial" in trial.value.message.en and "無料体験" in trial.value.message.ja


def test_a_trial_is_a_trial_until_its_end_then_paid_renewals() -> None:
    trial = Profile(D(2026, 12, 31), "monthly", trial=True)
    assert due_report(trial, D(2026, 12, 30), WORDING).kind is DueKind.TRIAL
    later = due_report(trial, D(2027, 1, 29), WORDING)
    assert (later.kind, later.renewal_date, later.due) == (DueKind.RENEWAL, D(2027, 1, 31), True)


@pytest.mark.parametrize(
    ("profile", "today", "charged"),
    [
        (Profile(D(2026, 11, 9), "monthly"), D(2026, 12, 5), D(2026, 11, 9)),  # review 6 item 20
        (Profile(D(2025, 12, 20), "annual"), D(2026, 12, 21), D(2026, 12, 20)),
        (Profile(D(2026, 11, 20), "monthly", trial=True), D(2026, 12, 5), D(2026, 11, 20)),
    ],
)
def test_a_fee_charged_in_the_current_period_is_named_as_renewal_names_it(
    profile: Profile, today: dt.date, charged: dt.date
) -> None:
    """Review 6 item 20: the refund that `renewal` says ending now may give is said too, with
    the same charge date as renewal's action. Review 49b item 13: once nothing is due (exit 0,
    after the first days), the line says so first, not the alert's words."""
    report = due_report(profile, today, WORDING)
    assert (report.moment, report.charged_on) == (Moment.CHARGED, charged)
    # 50b 11; review 56b item 3: 「すぐに」 beside the refund note (not 「対応が必要なことは…」)
    assert ("今日、期限の近い手続きはありません" in report.message.ja) == (not report.due)
    day = f"{charged.year}年{charged.month}月{charged.day}日"
    # review 38b item 6: if renewed, not as a fact; 56b item 3: after exit 0, for a member
    # thinking of cancelling
    refund = (
        f"{day}に更新されている場合は、今すぐ終了すると、{day}に請求された会費が返金されることがあります"
        if report.due
        else f"なお、{day}に更新されていて、解約を考えている場合は、今すぐ終了すると、{day}に請求された会費"
    )
    assert refund in report.message.ja
    # review 60b item 5: the days just after it, the day charged, as renewal gives it
    # review 62b item 8: also after those days, the same command
    dated = f" --renewal {charged.isoformat()}"
    assert report.command == "primehelp cancel" + dated


def test_the_command_names_the_trial_and_the_student_plan() -> None:
    assert cancel_command(DueKind.RENEWAL, Plan.ANNUAL) == "primehelp cancel"
    assert cancel_command(DueKind.TRIAL, None) == "primehelp cancel --trial"
    assert cancel_command(DueKind.RENEWAL, Plan.STUDENT_MONTHLY) == "primehelp cancel --student"


# ---------------------------------------------------------------- the wording


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(WORDING))
def test_wording_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    text = WORDING[key]
    assert text.ja.strip() and text.en.strip()
    assert _placeholders(text.ja) == _placeholders(text.en)
    # The data files' rule (tests/test_japanese_text.py): full-width punctuation in Japanese.
    assert not re.search(r": |[()]|例 ", text.ja), text.ja
    assert "\n" not in text.ja + text.en


@pytest.mark.parametrize("key", [k for k in WORDING if k.startswith(("renewal.", "trial."))])
def test_every_moment_and_kind_has_its_line(key: str) -> None:
    kind, moment = key.split(".")
    assert kind in set(DueKind)
    # review 36b S 18; charged_quiet: review 49b item 13
    assert moment in {*Moment, "outdated", "outdated_charged", "charged_quiet"}
    if moment not in (
        "ahead",
        "outdated",
        "outdated_charged",
    ):  # the due lines: the deadline and the command
        assert {"cancel_by", "command"} <= _placeholders(WORDING[key].en)
    if moment in ("coming", "last_safe_day"):  # the safety margin is said, not implied
        assert "safety margin" in WORDING[key].en and "余裕" in WORDING[key].ja
    if kind == "trial" and moment != "outdated":
        assert "estimate" in WORDING[key].en and "目安" in WORDING[key].ja


def test_no_line_calls_anything_safe_to_ignore() -> None:
    """Never false comfort: nothing due is "nothing to do yet", never "safe" or "no charge"."""
    for key in ("renewal.ahead", "trial.ahead"):
        assert "safe" not in WORDING[key].en and "安全" not in WORDING[key].ja
        # only today, and when due speaks up (review 52b item 8: one opening, as the help says)
        assert (
            "due yet" in WORDING[key].en
            and "今日、期限の近い手続きはありません。" in WORDING[key].ja
        )
        assert "{start}" in WORDING[key].en


# ---------------------------------------------------------------- notifications


def test_notify_send_gets_the_title_and_text_as_arguments_after_double_dash() -> None:
    argv = notifier_argv("/usr/bin/notify-send", "linux", "Title", "-text $(x) 'q'")
    assert argv == ["/usr/bin/notify-send", "--app-name=primehelp", "--", "Title", "-text $(x) 'q'"]
    assert notifier_tool("linux") == "notify-send" and notifier_tool("darwin") == "osascript"


def test_osascript_reads_the_text_from_argv_not_from_the_script() -> None:
    argv = notifier_argv("/usr/bin/osascript", "darwin", 'T"', 'B" & do shell script "x')
    assert argv[-2:] == ['B" & do shell script "x', 'T"']
    script = " ".join(argv[1:-2])
    assert 'B"' not in script and "argv" in script


def test_the_renewal_day_says_the_fee_may_be_charged_and_ending_later_refunds_nothing() -> None:
    # Review 29b item 1: as renewal and cancel say that day, not a charge still to come.
    report = due_report(ANNUAL, D(2026, 12, 31), WORDING)
    assert report.moment is Moment.RENEWAL_DAY
    assert "会費がすでに請求されている可能性があります" in report.message.ja
    assert "請求されます" not in report.message.ja
    assert "今回の会費は返金されません" in report.message.ja
    assert "may already have been charged" in report.message.en
    assert "refunds nothing of this fee" in report.message.en
