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
    assert CANNOT[lang] in shown.stdout
    said = shown.stdout.split(CANNOT[lang], 1)[1]
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
        data = run("remind", action, "--json", "--lang", lang, env=_env(machine)).json()["data"]
        assert data["saved_date_problem"] is None
