"""Review 56b (trial, due, renewal, cancel): items 2, 5, 6, 7 and S 8, 10, 11."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-07")


def _ok(*args: str, lang: str = "ja") -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- item 5: one name a plan


@pytest.mark.parametrize(
    ("plan", "kind"), [("student-annual", "年間"), ("student-monthly", "月間")]
)
def test_5_the_student_table_title_names_the_plan_as_elsewhere(plan: str, kind: str) -> None:
    ja = _ok("renewal", "2026-12-31", "--plan", plan, *TODAY)
    assert f"今後の更新日（Prime Student {kind}プラン）" in ja
    assert "Prime Student・" not in ja
    en = _ok("renewal", "2026-12-31", "--plan", plan, *TODAY, lang="en")
    english = "annual" if kind == "年間" else "monthly"
    assert f"Upcoming renewals (Prime Student {english} plan)" in en


# ---------------------------------------------------------------- item 2: an estimate, hedged

CHECK = "日付は目安なので、「Amazonプライム会員情報」のページで確認してください。"
# review 63b item 3: no cost promise after the renewal day; the trial's steps if the page says so
RUNNING = "ページにまだ無料体験中と表示されている場合は、`primehelp cancel --trial` の手順で解約してください。"
CHECK_EN = "The date is an estimate: check it on the Prime membership page."
RUNNING_EN = (
    "If the page still shows the free trial, cancel with the steps of `primehelp cancel --trial`."
)


def test_2_a_trial_ended_yesterday_hedges_the_charge_and_says_it_may_still_run() -> None:
    ja = _ok("trial", "2026-11-06", *TODAY)
    assert (
        "解約していなければ、2026年12月6日（昨日、目安）に無料体験が終わり、有料会員に自動で"
        "更新されて会費が請求されているはずです。" + CHECK + RUNNING in ja
    )
    assert "会費が請求されています。" not in ja
    en = _ok("trial", "2026-11-06", *TODAY, lang="en")
    assert "the free trial should have ended on 2026-12-06 (yesterday, an estimate)" in en
    # the paid case set off, with its command (review 64b, R-minor 3)
    assert f"with the fee charged. {CHECK_EN} {RUNNING_EN} If you are a paid member now" in en


def test_2_a_trial_ended_weeks_ago_says_to_check_the_date_only() -> None:
    ja = _ok("trial", "2026-10-20", *TODAY)
    assert "会費が請求されているはずです。" + CHECK + "有料会員になっている場合は" in ja  # 64b, 3
    assert RUNNING not in ja
    en = _ok("trial", "2026-10-20", *TODAY, lang="en")
    assert CHECK_EN in en and RUNNING_EN not in en


@pytest.mark.parametrize("used", ["--benefits-used", "--no-benefits-used"])
def test_2_a_date_the_member_gave_is_hedged_but_not_called_an_estimate(used: str) -> None:
    args = ("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-06", used, *TODAY)
    ja = _ok(*args)
    assert "2026年12月6日（昨日）に無料体験が終わり" in ja
    assert "会費が請求されているはずです。" in ja and CHECK not in ja
    en = _ok(*args, lang="en")
    assert "should have ended on 2026-12-06 (yesterday)" in en and CHECK_EN not in en


def test_2_a_saved_trial_counted_on_with_a_plan_is_hedged() -> None:
    assert run("trial", "2026-11-10", "--save", *TODAY).exit_code == 0
    later = ("--today", "2026-12-11")
    ja = _ok("renewal", "--plan", "annual", *later)
    assert "2026年12月10日（昨日、目安）に無料体験が終わり" in ja
    assert "会費が請求されているはずです。" + CHECK + RUNNING + "次の更新日" in ja
    en = _ok("renewal", "--plan", "annual", *later, lang="en")
    assert f"{CHECK_EN} {RUNNING_EN} Ending on the next renewal date" in en


def test_2_due_hedges_a_trial_end_just_past_and_says_it_may_still_run() -> None:
    assert run("trial", "2026-11-10", "--save", *TODAY).exit_code == 0
    done = run("due", "--today", "2026-12-11", "--lang", "ja")
    assert done.exit_code == 2
    line = done.stderr.replace("\n", "")
    assert "有料会員に自動で更新されて会費が請求されているはずです。" + CHECK + RUNNING in line
    assert "有料会員になっていれば、今すぐ終了すると、会費が返金される場合があります" in line
    en = run("due", "--today", "2026-12-11", "--lang", "en").stderr.replace("\n", " ")
    assert "the fee should have been charged. The date is an estimate" in en
    assert (
        "if the page still shows the free trial, cancel with the steps of `primehelp cancel --trial`"
        in en
    )
    later = run("due", "--today", "2026-12-20", "--lang", "ja")
    assert later.exit_code == 2
    text = later.stderr.replace("\n", "")
    assert "会費が請求されているはずです。今すぐ終了すると" in text and RUNNING not in text
    assert "the fee should have been charged, and it may be refunded" in run(
        "due", "--today", "2026-12-20", "--lang", "en"
    ).stderr.replace("\n", " ")


# ---------------------------------------------------------------- item 6: the .ics notes


def _ics_notes(tmp_path: Path, lang: str, *args: str) -> str:
    done = run(*args, "--ics", str(tmp_path / "x.ics"), "--force", *TODAY, "--lang", lang)
    assert done.exit_code == 0, done.stderr
    return " ".join(done.stderr.split())


def test_6_past_events_name_the_mail_as_every_table_does(tmp_path: Path) -> None:
    args = ("renewal", "2026-12-07", "--events", "renewal,cancel-by,notice")
    ja = _ics_notes(tmp_path, "ja", *args).replace(" ", "")
    assert (
        "書き出した予定のうち、更新前のお知らせメール（2026年12月4日ごろ）と"
        "解約の目安日（2026年12月6日）は、すでに過ぎています。" in ja
    )
    assert "お知らせメールの日" not in ja
    en = _ics_notes(tmp_path, "en", *args)
    assert (
        "of the events written, these have already passed: the renewal reminder mail"
        " (around 2026-12-04) and the cancel-by date (2026-12-06)" in en
    )


def test_6_renewals_with_the_same_past_alarms_are_named_once(tmp_path: Path) -> None:
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--count", "2", "--alarms", "0,60,3")
    ja = _ics_notes(tmp_path, "ja", *args).replace(" ", "")
    assert "更新日（2026年12月31日と2027年1月31日）の60日前の通知は、すでに過ぎているため" in ja
    assert "の更新日の" not in ja
    en = _ics_notes(tmp_path, "en", *args)
    assert "the alarms 60 days before the renewals on 2026-12-31 and 2027-01-31 are" in en


def test_6_renewals_with_other_past_alarms_are_named_each(tmp_path: Path) -> None:
    args = ("renewal", "2026-12-10", "--plan", "monthly", "--count", "3", "--alarms", "40,7")
    ja = _ics_notes(tmp_path, "ja", *args).replace(" ", "")
    assert (
        "更新日（2026年12月10日）の40日前・7日前と、更新日（2027年1月10日）の40日前の通知は" in ja
    )
    en = _ics_notes(tmp_path, "en", *args)
    assert (
        "40,7 days before the renewal on 2026-12-10 and 40 days before the renewal on 2027-01-10"
        in en
    )


# ---------------------------------------------------------------- item 7: a plainly sample date

REPLACE = "（日付は「Amazonプライム会員情報」のページに表示される更新日に置き換えてください）"
REPLACE_TRIAL = REPLACE.replace("更新日に", "自動更新日に")
REPLACE_EN = "(replace the date with the renewal date the Prime membership page shows)"


@pytest.mark.parametrize("today", ["2026-12-07", "2027-03-01"])
@pytest.mark.parametrize("via", [(), ("--via", "web")])
def test_7_the_cancel_example_is_the_fixed_sample_to_be_replaced(
    today: str, via: tuple[str, ...]
) -> None:
    args = ("cancel", "--no-interactive", *via, "--today", today)
    ja = _ok(*args)
    assert "例：`primehelp cancel --renewal 2026-12-31`" + REPLACE in ja
    assert "2027-01-06" not in ja
    en = _ok(*args, lang="en")
    assert f"For example: `primehelp cancel --renewal 2026-12-31` {REPLACE_EN}" in en


def test_7_the_trial_example_says_the_automatic_renewal_date() -> None:
    ja = _ok("cancel", "--no-interactive", "--trial", "--student", *TODAY)
    assert "例：`primehelp cancel --trial --student --renewal 2026-12-31`" + REPLACE_TRIAL in ja
    en = _ok("cancel", "--no-interactive", "--trial", *TODAY, lang="en")
    assert (
        "`primehelp cancel --trial --renewal 2026-12-31` (replace the date with the automatic"
        " renewal date the Prime membership page shows)" in en
    )


# ---------------------------------------------------------------- S 8: a date long past


def test_s8_a_date_long_past_gives_the_annual_plans_next_renewal() -> None:
    ja = _ok("renewal", "2025-12-31", *TODAY)
    # Both plans renew on 31 December: said once (review 57b item 1), the page after it.
    assert (
        "過ぎています。年間プランでも月間プランでも、次の更新日は2026年12月31日（あと24日、"
        "計算による目安）、解約の目安日は2026年12月30日です。正確な日付は" in ja
    )
    en = _ok("renewal", "2025-12-31", *TODAY, lang="en")
    assert (
        "On either plan, the next renewal is 2026-12-31 (in 24 days, an estimate) and the"
        " cancel-by date is 2026-12-30. The Prime" in en
    )
    # its cancel-by date today is said so; a month ago, the monthly plan's is said first
    assert "解約の目安日は今日（2026年12月7日）です。" in _ok("renewal", "2025-12-08", *TODAY)
    recent = _ok("renewal", "2026-11-07", *TODAY)
    assert recent.index("月間プランなら") < recent.index("年間プランなら"), recent


# ---------------------------------------------------------------- S 11: spans over a year


def test_s11_a_span_over_a_year_is_said_in_years_and_months() -> None:
    ja = _ok("trial", "2026-11-25", "--student", *TODAY)
    assert "│ 2031-05-25 │ 約4年5か月後 │" in ja
    assert "あと1630日" not in ja
    en = _ok("trial", "2026-11-25", "--student", *TODAY, lang="en")
    assert "2031-05-25 │ in about 4 years 5 months" in en
    assert "│ 約7年7か月前 │" in _ok("renewal", "2019-05-01", *TODAY)
    # a year or less: the days (right-aligned under 「今日から見て」, review 59b item 3)
    assert " あと24日 │" in _ok("renewal", "2026-12-31", *TODAY)


def test_s11_the_span_in_whole_months() -> None:
    from primehelp.output.key_dates import days_cell

    assert days_cell(365, "ja") == "あと365日"
    assert days_cell(390, "ja") == "約1年後"
    assert days_cell(390, "en") == "in about 1 year"
    assert days_cell(-430, "en") == "about 1 year 2 months ago"
