"""Review 37b item 2: `remind install` and `remind status` said nothing when no renewal date was
saved (or one `due` cannot use), so the daily check set up would end in an error every day.

They now say that the daily check cannot remind, with what `primehelp due` answers (what to
save first); with a usable saved date, nothing of the kind. In process, as tests/support/
remind_env sets up (fake tools, a temporary profile folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, NOW, remind_env, systemd_machine

TODAY = "2026-12-05"
CANNOT = {"ja": "毎日の確認で更新日をお知らせできません", "en": "the daily check cannot tell you"}
# status with no daily check set up (every machine below until install): the date it needs,
# before setting it up, not 「お知らせできません」 of a check that is not there (round 43, fix43c)
# (review 41b S 13: a sentence of its own, no longer 「その前に、…」 after whatever came before)
BEFORE = {
    "ja": "毎日の確認でお知らせするには、",  # then the date to save, or save again (49b item 5)
    "en": "For the daily check to remind you",
}
# nothing saved: why, then what to save (review 53b item 6: not 「保存しておく必要があります」, then
# 「保存されていません」, then 「保存してください」)
NOTHING_BEFORE = {
    "ja": "更新日が保存されていないため、毎日の確認を設定しても、",
    "en": "No renewal date is saved, so even once set up,",
}
# What to save before a daily check is of use: each answer `due` gives instead of a reminder.
SAVED = {
    "nothing": ((), "primehelp renewal 2026-12-31 --plan annual --save"),
    "ended trial": (("trial", "2026-10-01", "--today", "2026-10-01"), "--save --force"),
    "past, no plan": (("renewal", "2026-11-01", "--today", "2026-10-01"), "--save --force"),
    "over a year ahead": (("renewal", "2028-03-01", "--today", TODAY, "--force"), "--save --force"),
}
USABLE = {
    "annual ahead": ("renewal", "2026-12-24", "--plan", "annual", "--today", TODAY),
    "trial ahead": ("trial", "2026-11-25", "--today", TODAY),
    "past, monthly": ("renewal", "2026-10-01", "--plan", "monthly", "--today", "2026-10-01"),
}


@pytest.fixture(params=["cron", "systemd"])
def machine(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    if request.param == "systemd":
        return systemd_machine(tmp_path, monkeypatch)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    return tmp_path


def _env(here: Path) -> dict[str, str]:
    return {**remind_env(here), "PRIMEHELP_TODAY": TODAY}


def _save(here: Path, args: tuple[str, ...]) -> None:
    env = _env(here)
    (Path(env["PRIMEHELP_CONFIG_DIR"]) / "profile.json").unlink()  # remind_env saves a usable one
    if args:
        saved = run(*args, "--save", env=env)
        assert saved.exit_code == 0, saved.stderr


@pytest.mark.parametrize("state", SAVED)
@pytest.mark.parametrize("action", ["install", "status"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_daily_check_that_cannot_remind_is_named_with_what_to_save(
    machine: Path, state: str, action: str, lang: str
) -> None:
    args, command_shown = SAVED[state]
    _save(machine, args)
    shown = run("remind", action, "--lang", lang, env=_env(machine))
    assert shown.exit_code == 0, shown.stderr
    before = NOTHING_BEFORE if state == "nothing" else BEFORE
    lead = (CANNOT if action == "install" else before)[lang]
    assert lead in shown.stdout
    assert shown.stdout.count(lead) == 1
    said = shown.stdout.split(lead, 1)[1]
    assert command_shown in said  # what to run first
    data = run("remind", action, "--lang", lang, "--json", env=_env(machine)).json()["data"]
    assert command_shown in data["saved_date_problem"]


@pytest.mark.parametrize("state", USABLE)
@pytest.mark.parametrize("action", ["install", "status"])
def test_a_usable_saved_date_adds_nothing(machine: Path, state: str, action: str) -> None:
    _save(machine, USABLE[state])
    for lang in ("ja", "en"):
        shown = run("remind", action, "--lang", lang, env=_env(machine))
        assert shown.exit_code == 0, shown.stderr
        assert CANNOT[lang] not in shown.stdout
        assert BEFORE[lang] not in shown.stdout
        data = run("remind", action, "--json", "--lang", lang, env=_env(machine)).json()["data"]
        assert data["saved_date_problem"] is None


IN_CRONTAB = "#!/bin/sh\necho '0 9 * * * primehelp due --notify'\n"


@pytest.mark.parametrize("state", SAVED)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_status_of_a_check_that_runs_says_it_cannot_remind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: str, lang: str
) -> None:
    """A crontab line runs the check: status says that check cannot remind, once."""
    fake_tool(tmp_path / "bin", "crontab", IN_CRONTAB)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    _save(tmp_path, SAVED[state][0])
    shown = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=_env(tmp_path))
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.count(CANNOT[lang]) == 1
    assert BEFORE[lang] not in shown.stdout
    assert SAVED[state][1] in shown.stdout.split(CANNOT[lang], 1)[1]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_status_where_nothing_can_be_set_up_says_no_daily_check_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """No crontab command and no systemd: the screen says no check can be set up here and
    what to use instead; nothing about a daily check that cannot remind."""
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    _save(tmp_path, ())
    shown = run("remind", "status", "--lang", lang, env=_env(tmp_path))
    assert shown.exit_code == 0, shown.stderr
    assert CANNOT[lang] not in shown.stdout
    assert BEFORE[lang] not in shown.stdout
    assert "--ics" in shown.stdout


@pytest.mark.parametrize("action", ["install", "status", "uninstall"])
def test_s6_cron_json_lists_no_absent_unit_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    """37b S 6: `remind … --scheduler cron --json` listed the two systemd unit files with
    "state": "absent", noise for a cron user; now only unit files that are there (or were
    removed) are listed."""
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    args = ("remind", action, "--scheduler", "cron", "--json")
    data = run(*args, env=_env(tmp_path)).json()["data"]
    assert data["units"] == []
    unit_dir = tmp_path / "xdg" / "systemd" / "user"
    unit_dir.mkdir(parents=True)
    (unit_dir / "primehelp-due.timer").write_text("[Timer]\n", encoding="utf-8")
    data = run(*args, env=_env(tmp_path)).json()["data"]
    assert [unit["name"] for unit in data["units"]] == ["primehelp-due.timer"]
