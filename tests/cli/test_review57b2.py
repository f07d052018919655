"""Review 57b, share 2 (trial, remind status, .ics alarms, due): items 4, 5, 6 and S 7, S 8."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import primehelp.cli.remind as remind_command
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NOW, THIS_LINE, crontab_printing, remind_env, remind_ui

TODAY = ("--today", "2026-12-07")


def _ok(*args: str, lang: str = "ja") -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


# ------------------------------------- item 4: a trial past its end names the trial and its end


@pytest.mark.parametrize(
    ("start", "student", "end"),
    [
        ("2026-11-06", (), "2026-12-06"),  # yesterday
        ("2026-10-20", (), "2026-11-19"),  # weeks ago
        ("2026-06-06", ("--student",), "2026-12-06"),
    ],
)
def test_4_a_trial_past_its_end_gives_cancel_with_the_trial_and_its_end(
    start: str, student: tuple[str, ...], end: str
) -> None:
    flags = " --student" if student else ""
    command = f"`primehelp cancel --paid{flags} --renewal {end}`"  # review 63b item 2
    ja = _ok("trial", start, *student, *TODAY)
    assert f"手順は {command} で確認できます。" in ja  # the paid case set off (64b, R-minor 3)
    assert "`primehelp cancel`" not in ja and f"`primehelp cancel{flags}` " not in ja
    en = _ok("trial", start, *student, *TODAY, lang="en")
    assert f"cancel and choose when it ends: {command}." in en


# ------------------------------ item 5: the crontab settings that point at the member's own bus


def _cron_machine(here: Path, monkeypatch: pytest.MonkeyPatch, crontab: str) -> dict[str, str]:
    monkeypatch.setattr(remind_command, "SYSTEMD_RUNNING", here / "no-such-dir")
    monkeypatch.setattr(remind_command, "now", lambda: NOW)
    fake_tool(here / "bin", "crontab", crontab_printing(*crontab.split("\n")))
    return remind_env(here)


OWN = {  # settings above install's line, with the runtime folder of the test's environment
    "bus": "DBUS_SESSION_BUS_ADDRESS=unix:path={runtime}/bus",
    "runtime": "XDG_RUNTIME_DIR={runtime}",
    "runtime/": "XDG_RUNTIME_DIR={runtime}/",
    "both": "XDG_RUNTIME_DIR={runtime}\nDBUS_SESSION_BUS_ADDRESS=unix:path={runtime}/bus",
    "uid bus": "DBUS_SESSION_BUS_ADDRESS=unix:path={uid}/bus",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("setting", OWN)
def test_5_the_members_own_bus_above_install_line_is_counted_as_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, lang: str
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    users = tmp_path / "users"  # /run/user: the user's folder there, whatever the shell says
    monkeypatch.setattr("primehelp.cli.remind_tools.USER_RUNTIME", str(users))
    above = OWN[setting].format(runtime=runtime, uid=users / str(os.getuid()))
    env = _cron_machine(tmp_path, monkeypatch, f"{above}\n{THIS_LINE}")
    env["XDG_RUNTIME_DIR"] = str(runtime)
    data = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    [job] = data["crontab_jobs"]
    assert job["exact"] is True and job["settings_above"] == [], job
    assert data["next_run"] is not None
    screen = run("remind", "status", "--lang", lang, env=env).stdout
    assert remind_ui("cron_settings_above")(lang).split("{settings}")[0] not in screen
    assert any(row.startswith(("次の実行", "Next run")) for row in screen.splitlines()), screen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_another_bus_above_install_line_is_still_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    other = "DBUS_SESSION_BUS_ADDRESS=unix:path=/tmp/someone-else/bus"
    env = _cron_machine(tmp_path, monkeypatch, f"{other}\n{THIS_LINE}")
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    [job] = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"][
        "crontab_jobs"
    ]
    assert job["exact"] is False and job["settings_above"] == [other], job


# ------------------------- item 6: no monthly alarm before the renewal before its own (decision)

EARLY = {
    "ja": "primehelp: 月間プランでは、前の更新日より前になる通知（60日前）は付けていません。",
    "en": "primehelp: on a monthly plan, the alarms 60 days before a renewal were left out"
    " where they would ring before the previous renewal",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_a_monthly_alarm_before_the_previous_renewal_is_left_out_and_said(lang: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", "monthly", "--count", "3", "--alarms", "0,60,3")
    done = run(*args, "--ics", "-", *TODAY, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    calendar = done.stdout.replace("\r\n ", "").replace("\n ", "")
    # 60 days before 2027-02-28 is 2026-12-30, before the 2026-12-31 renewal: never rung
    assert "TRIGGER:-P59DT15H" not in calendar
    assert calendar.count("TRIGGER:-P2DT15H") == 3 and calendar.count("TRIGGER:PT9H") == 3
    assert EARLY[lang] in done.stderr.splitlines()


def test_6_an_alarm_on_the_previous_renewal_day_or_after_is_kept() -> None:
    args = ("renewal", "2027-03-31", "--plan", "monthly", "--count", "2", "--alarms", "31,30,7")
    done = run(*args, "--ics", "-", *TODAY, "--lang", "ja", env={"COLUMNS": "1000"})
    calendar = done.stdout.replace("\r\n ", "").replace("\n ", "")
    # 3-31: 31 days before is 2-28, the renewal before it (a month earlier): kept;
    # 4-30: 31 days before is 3-30, before the 3-31 renewal: left out, 30 days (3-31) kept
    assert calendar.count("TRIGGER:-P30DT15H") == 1 and calendar.count("TRIGGER:-P29DT15H") == 2
    assert "月間プランでは、前の更新日より前になる通知（31日前）は付けていません。" in done.stderr


def test_6_annual_plans_keep_every_alarm() -> None:
    args = ("renewal", "2027-03-31", "--plan", "annual", "--count", "2", "--alarms", "60")
    done = run(*args, "--ics", "-", *TODAY, "--lang", "ja", env={"COLUMNS": "1000"})
    assert done.stdout.count("TRIGGER:-P59DT15H") == 2
    assert "月間プラン" not in done.stderr


# ------------------------- S 8: the annual renewal about now, said before the save hint
# (review 59b item 1: the monthly plan's too; on the saved date's anniversary both plans renew
# the same day, said once as 「年間プランでも月間プランでも」)


@pytest.mark.parametrize(
    ("today", "ja_said", "en_said"),
    [
        (
            "2027-12-19",
            "年間プランでも月間プランでも、次の更新日は2027年12月20日（明日、計算による目安）、"
            "解約の目安日は今日（2027年12月19日）です（手順：`primehelp cancel`）。保存した更新日",
            "check: on either plan, the next renewal is 2027-12-20 (tomorrow, an estimate) and"
            " the cancel-by date is today (2027-12-19) (steps: `primehelp cancel`); the saved",
        ),
        (
            "2027-12-17",
            "年間プランでも月間プランでも、次の更新日は2027年12月20日（あと3日、計算による目安）、"
            "解約の目安日は2027年12月19日です（手順：`primehelp cancel`）。保存した更新日",
            "on either plan, the next renewal is 2027-12-20 (in 3 days, an estimate)",
        ),
    ],
)
def test_s8_a_passed_date_without_plan_says_the_annual_renewal_first_when_due(
    today: str, ja_said: str, en_said: str
) -> None:
    assert run("renewal", "2026-12-20", "--save", *TODAY).exit_code == 0
    ja = run("due", "--today", today, "--lang", "ja", env={"COLUMNS": "1000"})
    assert ja.exit_code == 2 and f"要確認: {ja_said}" in ja.stderr, ja.stderr
    en = run("due", "--today", today, "--lang", "en", env={"COLUMNS": "1000"})
    assert en.exit_code == 2 and en_said in en.stderr, en.stderr


@pytest.mark.parametrize(("today", "within"), [("2027-12-16", ()), ("2027-12-20", ())])
def test_s8_outside_the_window_or_past_its_cancel_by_date_only_the_save_hint(
    today: str, within: tuple[str, ...]
) -> None:
    assert run("renewal", "2026-12-20", "--save", *TODAY).exit_code == 0
    done = run("due", "--today", today, *within, "--lang", "ja", env={"COLUMNS": "1000"})
    assert (
        done.exit_code == 2 and "プランなら" not in done.stderr and "プランでも" not in done.stderr
    )
    assert "要確認: 保存した更新日（2026年12月20日）は過ぎていて" in done.stderr


def test_s8_a_wider_within_brings_it_forward() -> None:
    assert run("renewal", "2026-12-20", "--save", *TODAY).exit_code == 0
    args = ("due", "--today", "2027-12-10", "--within", "14", "--lang", "ja")
    done = run(*args, env={"COLUMNS": "1000"})
    assert (
        "年間プランでも月間プランでも、次の更新日は2027年12月20日（あと10日、計算による目安）"
        in done.stderr
    )
