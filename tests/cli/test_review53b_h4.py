"""Review 53b (renewal, trial, cancel, .ics): items 1, 9, 10, 11, 12, 14, 15, 16, 17, 19, and
review 52b item 29."""

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


def _mail(*args: str, lang: str) -> str:
    done = run(*args, "--json", "--lang", lang)
    assert done.exit_code == 0, done.stderr
    text: str = done.json()["data"]["reminder"]["opt_in"]["text"]
    return text


# ---------------------------------------------------------------- item 9: JSON as the screen


@pytest.mark.parametrize("start", ["2026-11-25", "2026-11-07"])
def test_9_trial_json_says_the_mail_as_the_screen_does(start: str) -> None:
    for lang, said in (
        ("ja", "更新前のお知らせメールは、自動更新日の3日ほど前に届きます。"),
        ("en", "about 3 days before the automatic renewal date"),
    ):
        assert said in _mail("trial", start, *TODAY, lang=lang)
        assert said in _ok("trial", start, *TODAY, lang=lang)


def test_9_a_saved_trial_json_says_it_too_and_an_ended_trial_the_paid_words() -> None:
    assert run("trial", "2026-11-25", "--save", *TODAY).exit_code == 0
    ja = _mail("renewal", *TODAY, lang="ja")
    assert ja.startswith("更新前のお知らせメールは、自動更新日の3日ほど前に届きます。"), ja
    assert "about 3 days before the automatic renewal date" in _mail("renewal", *TODAY, lang="en")
    ended = _mail("trial", "2026-10-01", *TODAY, lang="ja")  # the next mail is a paid renewal's
    assert ended.startswith("更新前のお知らせメールは、更新日の3日ほど前に届きます。"), ended
    assert "自動更新日の3日" not in _ok("trial", "2026-10-01", *TODAY)
    assert "自動更新日の3日" not in _mail("renewal", "2026-12-31", *TODAY, lang="ja")


# ---------------------------------------------------------------- item 1: the charged case marked


@pytest.mark.parametrize("student", [(), ("--student",)])
def test_1_on_the_trial_renewal_day_the_charged_case_is_marked(student: tuple[str, ...]) -> None:
    start = "2026-06-07" if student else "2026-11-07"
    ja = _ok("trial", start, *student, *TODAY)
    # no cost promise, the page to check (review 62b item 1)
    check = "請求されたかどうかは「Amazonプライム会員情報」のページで確認してください。"
    assert check in ja.splitlines()[0] and "今日解約すれば費用はかかりません" not in ja
    assert "で確認できます。\nすでに請求されている場合は、次の更新日（" in ja, ja
    assert "費用はかかりません。\n次の更新日" not in ja
    en = _ok("trial", start, *student, *TODAY, lang="en")
    assert (
        "and choose when it ends.\nIf it has been charged, ending on the next renewal date (" in en
    ), en


# ---------------------------------------------------------------- item 12: what this line accepts


@pytest.mark.parametrize("value", ["foo", ""])
def test_12_a_regular_trial_is_not_offered_student_end_as_accepted(value: str) -> None:
    args = ("trial", "2026-11-25", "--events", value, "--ics", "-", *TODAY)
    ja = run(*args, "--lang", "ja")
    assert ja.exit_code == 2
    assert (
        "使える値：renewal、cancel-by、notice（カンマ区切り。例：renewal,cancel-by,notice）。"
        "student-end は `--student` のときだけ使えます。" in ja.stderr
    ), ja.stderr
    en = run(*args, "--lang", "en")
    assert en.exit_code == 2
    assert "accepted: renewal, cancel-by, notice, separated by commas" in en.stderr
    assert "student-end is accepted only with `--student`" in en.stderr
    student = run(*args, "--student", "--lang", "ja")  # there it is one of the values
    assert "使える値：renewal、cancel-by、notice、student-end（カンマ" in student.stderr


# ---------------------------------------------------------------- item 14: where the usage is


@pytest.mark.parametrize("args", [("cancel", "--no-interactive"), ("due", "--verbose")])
def test_14_an_extra_argument_points_to_help(args: tuple[str, ...]) -> None:
    command = args[0]
    ja = run(*args, "extra", *TODAY, "--lang", "ja")
    assert ja.exit_code == 2
    assert ja.stderr == (
        f"primehelp: エラー: 「extra」は指定できません。`{command}` のあとに付けられるのは"
        f"オプションだけです。使い方は `primehelp {command} --help` で確認できます。\n"
    )
    en = run(*args, "extra", *TODAY, "--lang", "en")
    assert en.stderr == (
        f"primehelp: error: 'extra' is not accepted: `{command}` takes no arguments; "
        f"see `primehelp {command} --help`\n"
    )


# ---------------------------------------------------------------- items 10 and 11: Prime Student


STUDENT = ("renewal", "2026-12-31", "--count", "2", "--explain", *TODAY)


@pytest.mark.parametrize(
    ("plan", "kind"), [("student-annual", "年間"), ("student-monthly", "月間")]
)
def test_10_11_the_student_notes_say_what_is_counted_and_name_the_plan(
    plan: str, kind: str
) -> None:
    ja = _ok(*STUDENT, "--plan", plan)
    assert f"今後の更新日（Prime Student {kind}プラン）" in ja  # review 56b item 5
    assert f"・会費はPrime Studentの{kind}プランの現在の料金で" in ja
    assert "一覧の会費は、Prime Studentのままの場合の金額です。2026年12月31日を有料期間の" in ja
    assert (
        "2026年12月31日を有料期間の最初の請求日として、そこから4年間はPrime Studentの会費、"
        "その後は通常のプライムの会費で計算しています。" in ja
    )
    notes = ja.replace(f"今後の更新日（Prime Student {kind}プラン）", "")  # the title: 56b item 5
    assert (
        "上の更新日では" not in notes
        and "Prime Student 年" not in notes
        and "Prime Student 月" not in notes
    )
    en = _ok(*STUDENT, "--plan", plan, lang="en")
    assert "The fees in the list above assume the membership is still Prime Student." in en
    assert "They take 2026-12-31 as the first charge of the paid period: the Prime Student" in en
    assert (
        f"Upcoming renewals (Prime Student {'annual' if kind == '年間' else 'monthly'} plan)" in en
    )


def test_11_a_student_trial_long_past_names_the_plan_in_a_sentence() -> None:
    ja = _ok("trial", "2026-05-01", "--student", *TODAY)
    assert "次の更新日（Prime Studentの年間プランなら2027年11月1日、月間プランなら" in ja


# ---------------------------------------------------------------- item 17: the .ics notes


def _unfolded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\\,", ",")


@pytest.mark.parametrize(
    ("renewal", "events", "said"),
    [
        (
            "2026-12-07",
            (),
            "更新日の7日前・3日前・1日前の通知は、すでに過ぎているため付けていません。",
        ),
        (
            "2026-12-08",
            ("--events", "notice,renewal"),
            "更新日の7日前と3日前の通知は、すでに過ぎて",
        ),
    ],
)
def test_17_past_alarm_days_are_each_said_in_full(
    renewal: str, events: tuple[str, ...], said: str
) -> None:
    done = run("renewal", renewal, *TODAY, "--ics", "-", *events, "--lang", "ja")
    assert done.exit_code == 0, done.stderr
    assert said in done.stderr, done.stderr
    assert "7・3" not in done.stderr


def test_17_a_passed_cancel_by_date_is_said_plainly() -> None:
    done = run("renewal", "2026-12-07", *TODAY, "--ics", "-", "--lang", "ja")
    text = _unfolded(done.stdout)
    assert "会費が請求されます。解約の目安日（2026年12月6日）は過ぎています。" in text, text
    assert "この更新日の" not in text


# ---------------------------------------------------------------- S 15: the trial event's margin


def test_s15_the_trial_event_says_the_day_before_is_a_margin() -> None:
    done = run("trial", "2026-11-25", *TODAY, "--ics", "-", "--lang", "ja")
    assert done.exit_code == 0, done.stderr
    text = _unfolded(done.stdout)
    assert (
        "費用をかけずに無料体験を終えるには、余裕をみて前日（2026年12月24日、解約の目安日）までに"
        "解約してください（Amazonが示しているのは、自動更新日より前という期限だけです）。" in text
    ), text
    en = _unfolded(run("trial", "2026-11-25", *TODAY, "--ics", "-", "--lang", "en").stdout)
    assert "(2026-12-24, the cancel-by date), to leave a margin (Amazon only says" in en, en


# ---------------------------------------------------------------- S 19: cancel with the day


@pytest.mark.parametrize("renewal", ["2026-12-07", "2026-12-06", "2026-11-20"])
def test_s19_a_renewal_come_points_to_cancel_with_its_date(renewal: str) -> None:
    command = f"primehelp cancel --renewal {renewal}"
    assert f"終了のタイミングを選んでください。解約の手順は `{command}` で確認できます。" in _ok(
        "renewal", renewal, *TODAY
    )
    assert f"choose when it ends: `{command}`." in _ok("renewal", renewal, *TODAY, lang="en")
    future = _ok("renewal", "2026-12-20", *TODAY)  # before the day: its date too (63b S 9)
    assert "。解約の手順は `primehelp cancel --renewal 2026-12-20` で確認できます" in future


# ---------------------------------------------------------------- S 16: 出典 a block of its own


@pytest.mark.parametrize(("lang", "head"), [("ja", "出典："), ("en", "Sources:")])
@pytest.mark.parametrize("via", ["web", "carrier"])
def test_s16_the_cancel_sources_follow_a_blank_line(lang: str, head: str, via: str) -> None:
    out = _ok("cancel", "--no-interactive", "--via", via, *TODAY, lang=lang)
    lines = out.split("\n")
    assert lines[lines.index(head) - 1] == "", out


# ---------------------------------------------------------------- review 52b item 29


@pytest.mark.parametrize("student", [(), ("--student",)])
def test_52b_29_trial_save_over_a_broken_profile_suggests_this_trial(
    student: tuple[str, ...], tmp_path: Path
) -> None:
    (tmp_path / "profile.json").write_text("{broken", encoding="utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    again = f"primehelp trial 2026-11-25{' --student' * bool(student)} --save --force"
    args = ("trial", "2026-11-25", *student, "--save", *TODAY)
    ja = run(*args, "--lang", "ja", env=env)
    assert ja.exit_code != 0
    assert f"`--force` を付けて置き換えてください（例：`{again}`）。" in ja.stderr, ja.stderr
    assert "primehelp renewal 2026-12-31" not in ja.stderr
    en = run(*args, "--lang", "en", env=env)
    assert f"or replace it with `--force` (e.g. `{again}`)" in en.stderr, en.stderr
    assert (tmp_path / "profile.json").read_text(encoding="utf-8") == "{broken"  # untouched
