"""Review 9b (a native-level Japanese reader): renewal, trial, due and .ics fixes (g2).

Transcripts through the real CLI at the widths the reviewer read.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")


def _out(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 2: the reminder row label


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize(
    "command",
    # a date ahead keeps its rows (a past one: 今日 and 更新日 only, review 24b S 11, 25b S 9)
    [("renewal", "2026-12-31"), ("renewal", "2026-11-28"), ("trial", "2026-11-25")],
)
def test_2_the_reminder_row_label_stays_whole(command: tuple[str, ...], columns: int) -> None:
    screen = _out(*command, columns=columns)
    assert "お知らせメールが届くころ（オンの場合）" in screen  # review 59b item 4
    assert "届く日（オン" not in screen
    assert "オンの\n" not in screen and "（オンの" not in screen.replace("（オンの場合）", "")
    english = _out(*command, lang="en")
    assert "Reminder mail (if switched on)" in english


# ---------------------------------------------------------------- item 3: a date long past, no plan


def test_3_a_date_long_past_reads_naturally_and_breaks_between_phrases() -> None:
    from tests.support.phrases import japanese_calls

    assert ("renewal", "2026-10-15", *TODAY, "--lang", "ja") in {c.args for c in japanese_calls()}
    wide = _out("renewal", "2026-10-15").splitlines()[0]
    # both plans' next renewals follow (review 57b item 1)
    assert wide.startswith("更新日の2026年10月15日（41日前）は過ぎています。年間プランなら、次の")
    assert "）の更新日は過ぎて" not in wide
    narrow = _out("renewal", "2026-10-15", columns=40).split("\n\n")[0]
    for cut in ("過ぎ\nています", "確認でき\nます", "次\nの更新日"):
        assert cut not in narrow
    english = _out("renewal", "2026-10-15", lang="en").splitlines()[0]
    assert english.startswith("The renewal date, 2026-10-15 (41 days ago), has passed.")


# ---------------------------------------------------------------- item 4: renewal --explain


@pytest.mark.parametrize("columns", [40, 60])
def test_4_explain_keeps_toshite_and_the_formula_whole(columns: int) -> None:
    screen = _out("renewal", "2027-03-01", "--plan", "annual", "--explain", columns=columns)
    assert "…と\nして" not in screen
    assert "（更新日−今日）" in screen
    assert "…として、" in screen


# ---------------------------------------------------------------- item 9: an empty or all-past calendar


@pytest.mark.parametrize("target", ["-", "file"])
def test_9_a_calendar_without_events_is_refused(target: str, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "se.ics"
    ics = "-" if target == "-" else str(path)
    for lang, words in (
        # one spelling (review 37b item 11); the command in backticks since review 54b item 7
        (
            "ja",
            "student-end は、Prime Studentの無料体験（`primehelp trial --student`）のときだけ使えます",
        ),  # 52b 17
        ("en", "only for a Prime Student free trial (`primehelp trial --student`)"),  # review 20b 4
    ):
        args = ("renewal", "2026-12-31", "--ics", ics, "--events", "student-end")
        result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
        assert result.exit_code == 2
        assert "VCALENDAR" not in result.stdout and not path.exists()
        assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
        assert "renewal" in result.stderr and "Traceback" not in result.stderr


def test_9_a_calendar_of_past_events_is_written_with_a_hint(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "past.ics"
    result = run("renewal", "2026-10-30", "--ics", str(path), *TODAY, "--lang", "ja")
    assert result.exit_code == 0 and "BEGIN:VEVENT" in path.read_text(encoding="utf-8")
    assert (
        "書き出した予定はすべて過去の日付のため、このファイルを取り込んでも、これからの更新日の通知は設定されません。"
        in result.stderr
    )
    future = run("renewal", "2026-12-31", "--ics", "-", *TODAY, "--lang", "ja")
    assert "過去の日付" not in future.stderr
    trial = run("trial", "2016-01-01", "--ics", "-", *TODAY, "--lang", "en")
    assert "every event written is in the past" in trial.stderr and "--plan" in trial.stderr


# ---------------------------------------------------------------- items 7 and 8: the trial's charge day


def _calendar_texts(*args: str) -> str:
    result = run(*args, *TODAY, "--ics", "-", "--events", "renewal,cancel-by", "--lang", "ja")
    assert result.exit_code == 0, result.stderr
    return result.stdout.replace("\r\n", "\n").replace("\n ", "")  # unfolded


def test_7_the_trial_charge_day_has_one_name_everywhere() -> None:
    from primehelp.due_text import WORDING

    screen = _out("trial", "2026-11-25")
    assert "│ 解約の目安日（自動更新日の前日）" in screen
    assert "有料会員への自動更新日" in screen
    calendar = _calendar_texts("trial", "2026-11-25")
    assert (
        "SUMMARY:Amazonプライムの無料体験から有料会員への自動更新日（目安）\n"
    )  # 61b, 3 in calendar
    assert "SUMMARY:Amazonプライムの無料体験の解約の目安日（自動更新日の前日）\n" in calendar
    due = [WORDING[key].ja for key in WORDING if key.startswith("trial.")]
    for text in (calendar, *due):
        assert "終了日の前日" not in text and "無料体験の終了日" not in text
    # the day named, or the event said (「…に有料会員へ自動更新」, review 34b item 5)
    # …or the day the trial ended, then 「有料会員に自動で更新されて」 (review 50b item 15)
    # …or 「…に有料会員へ自動で更新されます」 as the trial screen says it (review 52b item 36)
    # …or 「…（計算による目安）に終わり、…」 without 「計算すると」 (review 63b item 7)
    named = ("自動更新日", "へ自動更新", "に終わり、", "に有料会員へ自動で更新されます")
    assert all(any(name in text for name in named) for text in due)


def test_7_the_calendar_does_not_invite_cancelling_on_the_charge_day() -> None:
    calendar = _calendar_texts("trial", "2026-11-25")
    charge_day = calendar.split("DTSTART;VALUE=DATE:20261225")[1].split("END:VEVENT")[0]
    description = charge_day.split("DESCRIPTION:")[1].split("\n")[0]
    assert description.startswith(  # with its subject (review 36b item 9)
        "この日に、Amazonプライムの無料体験が終わり、有料会員に自動で更新されて最初の会費が"
        "請求されます。"
    )
    assert (  # 「余裕をみて前日（…）」 since review 53b S 15
        "費用をかけずに無料体験を終えるには、余裕をみて前日（2026年12月24日、解約の目安日）までに解約"
        in description
    )
    assert "特典は終了日まで使えます" not in description
    assert "解約すれば費用はかかりません" not in description


def test_7_a_student_calendar_names_prime_student() -> None:
    calendar = _calendar_texts("trial", "2026-11-25", "--student")
    assert "SUMMARY:Prime Studentの無料体験から有料会員への自動更新日（目安）\n" in calendar
    assert "Amazonプライムの無料体験" not in calendar


def test_8_due_on_the_trial_cancel_by_day_names_the_day_without_goro() -> None:
    from primehelp.due_text import WORDING

    ja = WORDING["trial.last_safe_day"].ja
    assert "有料会員への自動更新日（計算による目安）は明日（{renewal}）です。" in ja
    assert "ごろ" not in ja


# ---------------------------------------------------------------- S 15: --explain, once and relevant


def test_s15_explain_prints_the_leap_day_line_only_for_29_february() -> None:
    march = _out("renewal", "2027-03-01", "--plan", "annual", "--explain")
    assert (
        "2月29日" not in march.split("計算のしかた")[1].split("更新前のお知らせメールについて")[0]
    )
    leap = _out("renewal", "2028-02-29", "--plan", "annual", "--explain")
    assert "・最初の日付が2月29日なので、うるう年でない年は2月28日になり" in leap
    english = _out("renewal", "2028-02-29", "--plan", "annual", "--explain", lang="en")
    assert "29 February becomes 28 February" in english


def test_s15_explain_says_the_fee_may_change_once() -> None:
    explained = _out("renewal", "2027-03-01", "--plan", "annual", "--explain")
    assert "会費は現在の料金です。今後変わることがあります。" not in explained
    assert explained.count("今後変わることがあります") == 1
    plain = _out("renewal", "2027-03-01", "--plan", "annual")
    assert "会費は現在の料金です。今後変わることがあります。" in plain


# ---------------------------------------------------------------- S 23: .ics texts


def test_s23_calendar_texts() -> None:
    calendar = _calendar_texts("renewal", "2026-12-31", "--plan", "annual", "--count", "2")
    assert "X-WR-CALNAME:Amazonプライムの更新日\n" in calendar
    assert (
        "Amazonプライムは明日（2026年12月31日）に自動で更新され、会費が請求されます。" in calendar
    )
    given, computed = calendar.split("SUMMARY:Amazonプライムの更新日")[1:3]
    assert "この日付は計算による目安です" not in given.split("END:VEVENT")[0]
    assert "更新日は「Amazonプライム会員情報」のページで確認できます" in given
    assert "この日付は計算による目安です" in computed.split("END:VEVENT")[0]
    notice = run(
        "renewal", "2026-12-31", *TODAY, "--ics", "-", "--events", "notice", "--lang", "ja"
    )
    assert "この設定の表示は、少し異なる場合があります。" in notice.stdout.replace("\n ", "")


# ---------------------------------------------------------------- S 20: error lines


def test_s20_the_alarms_error_reads_naturally() -> None:
    result = run("renewal", "2026-12-31", "--ics", "-", "--alarms", "99", "--lang", "ja")
    assert result.exit_code == 2
    assert (
        "更新日の何日前に通知するかを、カンマ区切りの0〜60の整数で指定してください" in result.stderr
    )
    assert "整数でカンマ区切りで" not in result.stderr


def test_s20_renewal_save_without_a_date_does_not_suggest_save_again() -> None:
    for lang, words, old in (
        (
            "ja",
            "`--save` で保存するには、更新日も指定してください",
            "`--save` を付けて保存すると",
        ),
        ("en", "to save one, give the renewal date with `--save`", "add `--save` to remember it"),
    ):
        result = run("renewal", "--save", "--lang", lang)
        assert result.exit_code == 2 and words in result.stderr and old not in result.stderr
        assert old in run("renewal", "--lang", lang).stderr  # without --save: the hint stays


# ---------------------------------------------------------------- S 21: remind status


def _fake_systemctl(folder: str) -> None:
    from pathlib import Path

    path = Path(folder) / "systemctl"
    path.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    path.chmod(0o755)


def test_s21_remind_status_keeps_the_command_whole_and_drops_the_unasked_crontab(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    import primehelp.cli.remind as command

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", Path(str(tmp_path)))  # systemd runs here
    env = {"COLUMNS": "40", "PATH": str(tmp_path), "PRIMEHELP_CONFIG_DIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}  # fmt: skip
    _fake_systemctl(str(tmp_path))  # systemd is offered only where systemctl is (review 14b S 10)
    cron = run("remind", "status", "--scheduler", "cron", "--lang", "ja", env=env)
    # No crontab command here: review 10b item 12 suggests systemd, continued (never cut) at 40.
    assert "\nprimehelp remind install \\\n  --scheduler systemd\n" in cron.stdout
    systemd = run("remind", "status", "--scheduler", "systemd", "--lang", "ja", env=env)
    assert "毎日の確認は設定されていません。" in systemd.stdout
    assert "crontab" not in systemd.stdout + systemd.stderr


def test_s20_no_far_fetched_suggestion_and_trial_plan_says_what_to_use() -> None:
    wild = run("renewal", "--frobnicate", "--lang", "ja")
    # no far-fetched 「`--force` のことですか？」; the options are listed instead (review 51c item 34)
    assert wild.exit_code == 2 and "のことですか" not in wild.stderr
    assert "使えるオプション：`--today`、" in wild.stderr  # in backticks (review 63a, R-minor 5)
    assert "`--force` のことですか" not in wild.stderr
    typo = run("renewal", "2026-12-31", "--todya", "2026-11-25", "--lang", "en")
    assert "did you mean `--today`?" in typo.stderr
    for lang, words in (
        (
            "ja",
            "`trial` に `--plan` はありません（`renewal` のオプションです）。無料体験の種類は `--student`",
        ),
        (
            "en",
            "`trial` has no `--plan` (it is an option of `renewal`); a Prime Student trial is chosen",
        ),
    ):
        plan = run("trial", "2026-11-25", "--plan", "annual", "--lang", lang)
        assert plan.exit_code == 2 and words in plan.stderr and "--lang" not in plan.stderr
