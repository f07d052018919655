"""Review 28b: `cancel` with a saved profile, a saved Prime Student trial, the carrier screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import cancel_screen, run, saved_profile


def _first_lines(out: str) -> str:
    return out.split("\n\n", 1)[0]


# Item 1 (R-major): the days just after a saved renewal lead with the fee charged, as
# `cancel --renewal <that date>` does.
@pytest.mark.parametrize("plan", ["annual", "monthly"])
@pytest.mark.parametrize(
    ("today", "ago"), [("2027-01-01", "昨日"), ("2027-01-15", "15日前"), ("2027-01-27", "27日前")]
)
def test_28b_1_saved_renewal_just_past_leads_with_the_charge(
    tmp_path: Path, plan: str, today: str, ago: str
) -> None:
    env = saved_profile(tmp_path, "2026-12-31", plan, trial=False)
    out = cancel_screen(env, "--today", today)
    none = {"PRIMEHELP_CONFIG_DIR": str(tmp_path / "none"), "COLUMNS": "1000"}
    typed = cancel_screen(none, "--renewal", "2026-12-31", "--today", today)
    # the charge leads, as with the date typed; the saved plan adds the next renewal's
    # cancel-by day after it (review 45b item 5), which the typed date cannot know
    first, *after = _first_lines(out).split("\n")
    assert _first_lines(typed).split("\n") == [first, *after[:-1]]
    assert after[-1].startswith("次の自動更新を止めるには、")
    assert f"2026年12月31日（{ago}）に更新されていれば、会費はすでに請求されています。" in out
    assert "あと" not in _first_lines(typed)
    en = cancel_screen(env, "--today", today, lang="en")
    typed_en = cancel_screen(none, "--renewal", "2026-12-31", "--today", today, lang="en")
    assert _first_lines(en).startswith(_first_lines(typed_en) + "\nTo stop the next automatic")
    data = run("cancel", "--today", today, "--json", env=env).json()["data"]
    assert data["action"]["charged_on"] == "2026-12-31" and data["action"]["refund_rules"]
    # and, under the situation, the next renewal the saved plan counts (not a command to run)
    following = "2027年12月31日" if plan == "annual" else "2027年1月31日"
    assert f"次の更新日は{following}です（計算による目安）。" in out
    assert "`primehelp renewal 2026-12-31 --plan" not in out


def test_28b_1_after_the_current_period_the_next_renewal(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=False)
    out = cancel_screen(env, "--today", "2027-01-29")
    assert "2027年12月30日（あと335日）" in _first_lines(out)


# Item 4 (R-minor): a Prime Student trial saved with `trial --student --save` stays Student.
def _student_trial(folder: Path) -> dict[str, str]:
    env = {"PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "1000"}
    done = run("trial", "2026-11-25", "--student", "--save", "--today", "2026-12-05", env=env)
    assert done.exit_code == 0, done.stderr
    return env


def test_28b_4_trial_student_save_keeps_student(tmp_path: Path) -> None:
    env = _student_trial(tmp_path)
    saved = json.loads((tmp_path / "profile.json").read_text(encoding="utf-8"))
    assert saved["trial"] is True and saved["student"] is True
    shown = run("profile", "--json", env=env).json()["data"]["profile"]
    assert shown["student"] is True
    out = cancel_screen(env, "--today", "2027-05-22")
    assert "・会員：無料体験中（Prime Student）" in out and "（通常のプライム）" not in out
    assert "通常のプライムの場合を表示" not in out
    en = cancel_screen(env, "--today", "2027-05-22", lang="en")
    assert "Prime Student" in en and "Regular Prime" not in en
    # --regular still answers it
    assert "（通常のプライム）" in cancel_screen(env, "--today", "2027-05-22", "--regular")


def test_28b_4_due_and_renewal_name_the_student_plans(tmp_path: Path) -> None:
    env = _student_trial(tmp_path)
    due = run("due", "--today", "2027-05-26", "--lang", "ja", env=env)
    assert "--plan student-annual --save --force" in due.stderr
    assert "--plan student-monthly" in due.stderr and "--plan annual" not in due.stderr
    assert "primehelp cancel --paid --student --renewal" in due.stderr  # 62b item 8
    due = run("due", "--today", "2027-05-23", "--lang", "ja", env=env)
    assert "primehelp cancel --trial --student" in due.stdout
    ahead = run("renewal", "--today", "2027-05-20", "--lang", "ja", env=env).stdout
    assert "`primehelp cancel --trial --student`" in ahead
    past = run("renewal", "--today", "2027-05-27", "--lang", "ja", env=env).stdout
    assert "（例：`--plan student-annual`）" in past  # in backticks (review 59b S 6)
    assert (
        "--plan student-annual"
        in run("renewal", "--today", "2027-05-27", "--lang", "en", env=env).stdout
    )


def test_28b_4_a_regular_profile_keeps_its_bytes_and_old_profiles_read(tmp_path: Path) -> None:
    from primehelp.profile import Profile, profile_from_json, profile_to_json

    old = {"schema_version": 1, "renewal_date": "2026-12-31", "plan": None, "trial": True}
    assert profile_from_json(old).student is False
    assert b"student" not in profile_to_json(Profile(profile_from_json(old).renewal_date))
    env = saved_profile(tmp_path, "2026-12-31", "student-annual", trial=False)
    assert "・会員：有料会員（Prime Student）" in cancel_screen(env, "--today", "2026-12-20")


def test_28b_4_a_student_value_not_true_or_false_is_named(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", None, trial=True, student="yes")
    done = run("due", "--today", "2026-12-20", "--lang", "ja", env=env)
    assert (
        done.exit_code != 0 and "Prime Studentかどうかの値が正しくありません" in done.stderr
    )  # member words (50a, 6)


def test_28b_4_the_calendar_of_a_saved_student_trial_has_the_switch(tmp_path: Path) -> None:
    env = _student_trial(tmp_path)
    done = run("renewal", "--today", "2026-12-05", "--ics", "-", "--lang", "en", env=env)
    assert done.exit_code == 0, done.stderr
    assert "Prime Student free trial renews as paid" in done.stdout
    assert "Prime Student becomes regular Prime" in done.stdout


# Item 3 (R-minor): Prime Student members cannot add family members (FACTS §2): no 家族会員
# note at a carrier once --student is given, as on the website and the app.
def test_28b_3_carrier_student_has_no_family_note(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    student = cancel_screen(env, "--via", "carrier", "--student", "--today", "2026-12-05")
    assert "家族会員" not in student
    assert "携帯電話会社" in student
    assert "家族会員" in cancel_screen(env, "--via", "carrier", "--today", "2026-12-05")
    data = run("cancel", "--via", "carrier", "--student", "--json", env=env).json()["data"]
    assert all(note["kind"] != "family" for note in data["notes"])
    en = cancel_screen(env, "--via", "carrier", "--student", "--today", "2026-12-05", lang="en")
    assert "family member" not in en.lower()


# S 10: the carrier screen ends as every procedure does: labels may change, the official help.
def test_28b_10_the_carrier_screen_says_labels_may_change(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    out = cancel_screen(env, "--via", "carrier", "--today", "2026-12-05")
    assert (
        "実際のページの表示を優先してください。公式ヘルプ：https://www.amazon.co.jp/gp/help/" in out
    )
    en = cancel_screen(env, "--via", "carrier", "--today", "2026-12-05", lang="en")
    assert "the page itself is authoritative" in en
