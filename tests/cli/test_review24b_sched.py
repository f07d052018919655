"""Review 24b (a Japanese reader): renewal, trial, cancel and due, S items 6, 7, 8, 10, 11, 13,
14 and 15."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 5)
TODAY_ARGS = ("--today", TODAY.isoformat())


def _out(*args: str, lang: Lang = "ja") -> str:
    result = run(*args, *TODAY_ARGS, "--lang", lang, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- S 6: the example keeps --via app


@pytest.mark.parametrize(
    ("flags", "example"),
    [
        (("--student",), "primehelp cancel --via app --student --renewal 2026-12-31"),
        (("--trial",), "primehelp cancel --trial --via app --renewal 2026-12-31"),
        (("--paid",), "primehelp cancel --via app --renewal 2026-12-31"),
    ],
)
def test_s6_the_example_keeps_via_app(flags: tuple[str, ...], example: str) -> None:
    args = ("cancel", "--no-interactive", "--via", "app", *flags)
    assert f"例：`{example}`（日付は" in _out(*args)  # review 56b item 7
    assert f"For example: `{example}` (replace" in _out(*args, lang="en")


def test_s6_the_web_example_stays_without_via() -> None:
    assert "例：`primehelp cancel --student --renewal" in _out(
        "cancel", "--no-interactive", "--via", "web", "--student"
    )


# ---------------------------------------------------------------- S 7: the carrier's web pointer


@pytest.mark.parametrize(
    ("flags", "command"),
    [
        (("--trial", "--student"), "primehelp cancel --via web --trial --student"),
        (("--paid", "--no-benefits-used"), "primehelp cancel --via web --paid --no-benefits-used"),
        ((), "primehelp cancel --via web"),
    ],
)
def test_s7_the_carriers_web_pointer_keeps_the_flags_given(
    flags: tuple[str, ...], command: str
) -> None:
    args = ("cancel", "--no-interactive", "--via", "carrier", *flags)
    assert f"`{command}` の手順で解約してください。" in _out(*args)
    assert f"cancel with the steps of `{command}`." in _out(*args, lang="en")


# ---------------------------------------------------------------- S 8: due on a trial's last day


def _saved_trial(folder: Path, plan: str | None) -> dict[str, str]:
    profile = {"schema_version": 1, "renewal_date": "2026-12-31", "plan": plan, "trial": True}
    (folder / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    return {"PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "1000"}


@pytest.mark.parametrize(
    ("plan", "command"),
    [
        (None, "primehelp cancel --trial --renewal 2026-12-31"),
        ("student-annual", "primehelp cancel --trial --student --renewal 2026-12-31"),
    ],
)
def test_s8_due_on_the_trials_renewal_day_points_to_the_screen_for_that_day(
    tmp_path: Path, plan: str | None, command: str
) -> None:
    env = _saved_trial(tmp_path, plan)
    day = ("--today", "2026-12-31")
    ja = run("due", *day, "--lang", "ja", env=env).stdout.strip()
    assert ja.endswith("手順：`" + command + "`"), ja  # in backticks (review 52b item 7)
    en = run("due", *day, "--lang", "en", env=env).stdout.strip()
    assert en.endswith("How: `" + command + "`"), en
    # That command's screen is the one written for a trial's renewal day.
    screen = run(*command.split()[1:], "--no-interactive", *day, "--lang", "ja", env=env)
    assert screen.stdout.startswith("今日は有料会員への自動更新日です。"), screen.stdout


# ---------------------------------------------------------------- S 10: 今日、自動で


def test_s10_due_on_the_renewal_day_puts_a_comma_after_today(tmp_path: Path) -> None:
    profile = {"schema_version": 1, "renewal_date": "2026-12-31", "plan": "annual", "trial": False}
    (tmp_path / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    ja = run("due", "--today", "2026-12-31", "--lang", "ja", env=env).stdout
    # Review 29b item 1 replaced that sentence: the fee may already have been charged.
    assert "会費がすでに請求されている可能性があります。" in ja
    assert "今日自動" not in ja


# ---------------------------------------------------------------- S 11: a date long past


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [("renewal", "2025-06-01"), ("trial", "2025-05-01")])
def test_s11_a_date_long_past_shows_no_notice_or_cancel_by_day(
    args: tuple[str, ...], lang: Lang
) -> None:
    from primehelp.facts import ui

    shown = _out(*args, lang=lang)
    notice = ui("row_notice", "ui_renewal")(lang)
    cancel_by = ui("row_trial_cancel_by" if args[0] == "trial" else "row_cancel_by", "ui_renewal")
    assert notice not in shown and cancel_by(lang) not in shown, shown
    assert "2025-05-29" not in shown and "2025-05-28" not in shown
    # --json keeps every date.
    data = run(*args, *TODAY_ARGS, "--json").json()["data"]
    assert "notice_date" in json.dumps(data)


def test_s11_a_date_ahead_keeps_its_rows() -> None:
    """(A past date in the current period drops them too since review 25b S 9.)"""
    assert "解約の目安日（更新日の前日）" in _out("renewal", "2026-12-31")


# ---------------------------------------------------------------- S 13: one phrasing


def test_s13_one_phrasing_of_stopping_the_renewal(tmp_path: Path) -> None:
    from primehelp.due_text import WORDING

    for key in ("renewal.coming", "renewal.last_safe_day"):
        assert "自動更新を止めるには、" in WORDING[key].ja, key
        assert "To stop the automatic renewal, cancel" in WORDING[key].en, key
    for args in (("renewal", "2026-12-06"), ("renewal", "2026-12-20")):
        ja, en = _out(*args), _out(*args, lang="en")
        assert "自動更新を止めるには、" in ja and "されないようにするには" not in ja, ja
        assert "To stop the automatic renewal, cancel" in en and "keep it from" not in en, en
    profile = {"schema_version": 1, "renewal_date": "2026-12-06", "plan": "annual", "trial": False}
    (tmp_path / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    # Review 53b item 3: the cancel-by day's margin moved into the sentence (「余裕をみて今日中に」).
    assert (
        "自動更新を止めるには、余裕をみて今日中に"
        in run("due", *TODAY_ARGS, "--lang", "ja", env=env).stdout
    )


# ---------------------------------------------------------------- S 14: the likely fix, --student

ADD_STUDENT = "Prime Studentの無料体験なら `--student` を付けてください。"


@pytest.mark.parametrize(
    ("flags", "renewal", "suggested"),
    [
        ((), "2027-06-01", True),  # within six months: fits a Prime Student trial
        (("--regular",), "2027-06-01", False),  # the member said regular Prime
        ((), "2027-07-01", False),  # beyond six months: fits no trial
    ],
)
def test_s14_a_date_fitting_a_student_trial_suggests_student(
    flags: tuple[str, ...], renewal: str, suggested: bool
) -> None:
    args = ("cancel", "--no-interactive", "--trial", *flags, "--renewal", renewal, *TODAY_ARGS)
    ja = run(*args, "--lang", "ja", env={"COLUMNS": "1000"})
    assert "警告" in ja.stderr and (ADD_STUDENT in ja.stderr) is suggested, ja.stderr
    en = run(*args, "--lang", "en", env={"COLUMNS": "1000"})
    assert ("for a Prime Student free trial, add `--student`" in en.stderr) is suggested, en.stderr


# ---------------------------------------------------------------- S 15: --plan took the date


@pytest.mark.parametrize("typed", ["2026-12-31", "2026/12/31"])
def test_s15_a_date_taken_as_the_plan_says_the_plan_is_missing(typed: str) -> None:
    ja = run("renewal", "--plan", typed, "--lang", "ja")
    assert (ja.exit_code, ja.stdout) == (2, "")
    assert ja.stderr.startswith(
        f"primehelp: エラー: `--plan` の値がありません（「{typed}」は日付です）。"
    )
    assert "（例：`primehelp renewal 2026-12-31 --plan annual`）。\n" in ja.stderr
    assert ja.stderr.count("\n") == 1, ja.stderr
    en = run("renewal", "--plan", typed, "--lang", "en")
    assert en.stderr.startswith(f"primehelp: error: `--plan` has no value ('{typed}' is a date)")
    assert "(e.g. `primehelp renewal 2026-12-31 --plan annual`)" in en.stderr


def test_s15_a_value_not_a_date_keeps_the_plans_error() -> None:
    ja = run("renewal", "2026-12-31", "--plan", "yearly", "--lang", "ja")
    assert "`--plan` の値「yearly」は使えません。" in ja.stderr
