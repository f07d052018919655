"""Review 63b (renewal, trial, cancel, due, remind, .ics): the fixes of share b, round 64."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run


@pytest.fixture
def private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME and config directory (no saved profile)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


ENDED = (
    "cancel",
    "--no-interactive",
    "--trial",
    "--renewal",
    "2026-12-07",
    "--today",
    "2026-12-08",
)


# Item 1: `--trial` given, its renewal date past: the real reason, and no 「有料会員」 in the
# 「指定がないため」 sentence (which also no longer says nothing was given about the membership).
def test_item1_cancel_trial_past_its_renewal_says_why_the_paid_steps(private: Path) -> None:
    ja = joined(lang_run(*ENDED, columns=80).stdout)
    assert (
        "自動更新日（2026年12月7日）を過ぎているため、有料会員の場合の手順を表示しています。" in ja
    )
    assert (
        "指定がないため、通常のプライムをウェブサイトで解約する場合の手順を表示しています"
        "（`--via`、`--student` で変更できます）。"
    ) in ja
    assert "有料会員がウェブサイトで" not in ja
    en = joined(lang_run(*ENDED, lang="en", columns=80).stdout, "en")
    assert "The automatic renewal date (2026-12-07) has passed, so these are the steps" in en


def test_item1_not_said_without_trial_or_before_the_date(private: Path) -> None:
    paid = lang_run("cancel", "--no-interactive", "--paid", "--renewal", "2026-12-07")
    assert "を過ぎているため" not in paid.stdout
    day = lang_run(*ENDED[:4], "2026-12-08", "--today", "2026-12-08")
    assert "を過ぎているため" not in day.stdout
    assert "通常のプライムの無料体験中にウェブサイトで手続きする場合" in joined(day.stdout)


# Item 2: the day after a trial's renewal, `trial` names `--paid --renewal`, as `due` does.
def test_item2_trial_after_its_renewal_names_the_paid_steps(private: Path) -> None:
    command = "primehelp cancel --paid --renewal 2026-12-07"
    for lang in ("ja", "en"):
        done = lang_run("trial", "2026-11-07", "--today", "2026-12-08", lang=lang)
        assert f"`{command}`" in done.stdout
        assert "--trial --renewal" not in done.stdout
    data = lang_run("trial", "2026-11-07", "--today", "2026-12-08", "--json").json()
    assert data["data"]["action"]["command"] == command
    # on the renewal day itself, both cases: still `--trial`
    day = lang_run("trial", "2026-11-08", "--today", "2026-12-08")
    assert "`primehelp cancel --trial --renewal 2026-12-08`" in day.stdout


# Item 3: no cost promise the day after the renewal: the page, then the trial's walkthrough.
def test_item3_no_cost_promise_the_day_after_a_trial_renewal(private: Path) -> None:
    ja = joined(lang_run("trial", "2026-11-07", "--today", "2026-12-08", columns=80).stdout)
    assert "費用はかかりません" not in ja.split("次の更新日")[0]
    assert (
        "「Amazonプライム会員情報」のページで確認してください。ページにまだ無料体験中と表示されている"
        "場合は、`primehelp cancel --trial` の手順で解約してください。"
    ) in ja
    en = lang_run("trial", "2026-11-07", "--today", "2026-12-08", lang="en").stdout
    assert "costs nothing" not in en.split("Ending on")[0]
    student = joined(lang_run("trial", "2026-06-07", "--student", "--today", "2026-12-08").stdout)
    assert "`primehelp cancel --trial --student` の手順で解約してください。" in student


def _saved_trial(start: str = "2026-11-25") -> None:
    done = lang_run("trial", start, "--save", "--today", "2026-11-26")
    assert done.exit_code == 0, done.stderr


# Items 3 and 7: `due` the day after a saved trial's end; 「保存した日付によると」.
def test_item3_item7_due_after_a_saved_trial(private: Path) -> None:
    _saved_trial()
    day_after = lang_run("due", "--today", "2026-12-26")
    text = joined(day_after.stderr)
    assert "費用はかかりません" not in text
    assert "`primehelp cancel --trial` の手順で解約してください。" in text
    later = joined(lang_run("due", "--today", "2027-01-10").stderr)
    for said in (text, later):
        assert (
            "要確認: 保存した日付によると、Amazonプライムの無料体験は2026年12月25日（計算による目安）"
            "に終わり、解約していなければ、有料会員に自動で更新されて会費が請求されているはずです。"
        ) in said
        assert "計算すると" not in said
    en = lang_run("due", "--today", "2026-12-26", lang="en").stderr
    assert "costs nothing" not in en


# Item 6: the example line ends with 「。」.
def test_item6_the_example_line_ends_with_a_full_stop(private: Path) -> None:
    for args in (("cancel", "--no-interactive"), ("cancel", "--no-interactive", "--trial")):
        out = lang_run(*args, "--today", "2026-12-08").stdout
        assert "に置き換えてください）。\n" in out


# Item 5: no space before a particle; `remind` and `crontab` in backticks.
def test_item5_errors_without_a_space_before_the_particle(private: Path) -> None:
    bad = lang_run("renewal", "2026-12-31", "--ics", "-", "--alarm-time", "9時")
    assert bad.exit_code == 2
    assert "00:00〜23:59の時刻を、24時間制で `09:00` のように指定してください。" in bad.stderr
    assert "23:59 の" not in bad.stderr
    en = lang_run("renewal", "2026-12-31", "--ics", "-", "--alarm-time", "9時", lang="en")
    assert "as in `09:00`" in en.stderr
    action = lang_run("remind", "foo")
    assert action.exit_code == 2
    assert "「foo」は `remind` の操作として使えません。" in action.stderr


def test_item5_crontab_in_backticks_after_primehelp() -> None:
    """「primehelpは crontab を」 wrote two names two ways in one sentence."""
    data = Path(__file__).parent.parent / "primehelp" / "data"
    said = 0
    for name in ("ui_remind.toml", "ui_remind_cron.toml", "ui_profile.toml"):
        text = (data / name).read_text(encoding="utf-8")
        assert "primehelpは crontab" not in text
        said += text.count("primehelpは `crontab` を")
    assert said >= 10


# Item 10: an alarm today at or before the JST clock's time has passed: dropped, and said.
def test_item10_a_passed_alarm_today_is_left_out_and_named() -> None:
    import datetime as dt

    from primehelp.calendar_options import DEFAULT_OPTIONS, alarm_past, clock_options
    from primehelp.calendar_past import past_alarm_days

    japan = dt.timezone(dt.timedelta(hours=9))
    today = dt.date(2026, 12, 8)
    late = clock_options(DEFAULT_OPTIONS, True, dt.datetime(2026, 12, 8, 10, 45, tzinfo=japan))
    early = clock_options(DEFAULT_OPTIONS, True, dt.datetime(2026, 12, 8, 8, 30, tzinfo=japan))
    assert alarm_past(today, late, today) and not alarm_past(today, early, today)
    # `--today` given: the day alone decides, as before
    assert clock_options(DEFAULT_OPTIONS, False) == DEFAULT_OPTIONS
    assert not alarm_past(today, DEFAULT_OPTIONS, today)

    class Entry:
        renewal_date = dt.date(2026, 12, 9)

    assert 1 in past_alarm_days([Entry()], late, today)  # type: ignore[list-item]
    assert 1 not in past_alarm_days([Entry()], early, today)  # type: ignore[list-item]


def test_item10_the_calendar_written_after_the_alarm_has_no_past_alarm(
    private: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    import primehelp.calendar_options as options

    real = options.clock_options

    def at_10_45(opts: options.CalendarOptions, clock: bool, now: object = None) -> object:
        moment = dt.datetime(2026, 12, 8, 10, 45, tzinfo=dt.timezone(dt.timedelta(hours=9)))
        return real(opts, clock, moment)

    monkeypatch.setattr(options, "clock_options", at_10_45)
    monkeypatch.setenv("PRIMEHELP_TODAY", "")
    monkeypatch.setattr(
        "primehelp.cli.renewal.today_in_japan",
        lambda raw: dt.date(2026, 12, 8) if raw is None else dt.date.fromisoformat(raw),
    )
    done = lang_run("renewal", "2026-12-09", "--ics", "-")
    assert done.exit_code == 0, done.stderr
    assert "TRIGGER:-PT15H" not in done.stdout
    assert "1日前" in joined(done.stderr)
