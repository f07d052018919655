"""Review 44b (round 52), remind: items 1 and 2."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import SERVICE
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, remind_env, remind_ui, systemd_machine


def _said(key: str, lang: str) -> str:
    return remind_ui(key)(lang)  # type: ignore[arg-type]


def _installed_from(
    program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> dict[str, str]:
    """install run from ``program`` (a primehelp that is later gone), then the current one."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    program.parent.mkdir(parents=True, exist_ok=True)
    program.symlink_to(sys.executable)  # as pipx links a console script
    monkeypatch.setattr(command, "running_script", lambda: [str(program)])
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    monkeypatch.setattr(command, "running_script", lambda: [sys.executable, "-m", "primehelp"])
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("gone", ["removed", "not_executable"])
def test_item1_status_says_the_timer_program_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, gone: str
) -> None:
    """The service's ExecStart program is gone (a reinstall, a moved folder): status says the
    daily check cannot run, gives no next run, no 「有効です」 and how to set it up again; JSON
    program_state "missing". As cron's lines are checked (one check for both)."""
    old = tmp_path / "old dir" / "primehelp"
    env = _installed_from(old, tmp_path, monkeypatch, lang)
    if gone == "removed":
        old.unlink()
    else:
        copy = old.read_bytes()
        old.unlink()
        old.write_bytes(copy[:10])
        old.chmod(0o644)
    done = run("remind", "status", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr  # status reports (as cron's status does)
    shown = done.stdout.splitlines()
    missing = remind_ui("timer_program_missing").format(program=str(old))(lang)  # type: ignore[arg-type]
    assert missing in shown, shown
    assert _said("enabled", lang) not in shown, shown
    assert not any(line.startswith(_said("next_run.systemctl", lang)[:4]) for line in shown)
    assert _said("timer_program_reinstall", lang) in shown, shown
    assert shown[shown.index(_said("timer_program_reinstall", lang)) + 1] == (
        "primehelp remind install"
    )
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["program_state"] == "missing", data
    # following the advice from the current primehelp sets it up again
    assert run("remind", "install", "--lang", lang, env=env).exit_code == 0
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["program_state"] == "same", data
    shown = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("enabled", lang) in shown, shown


def test_item1_a_program_there_is_not_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old program still there (another primehelp): not called missing; the screen as before."""
    old = tmp_path / "old" / "primehelp"
    env = _installed_from(old, tmp_path, monkeypatch, "ja")
    assert os.access(old, os.X_OK)
    shown = run("remind", "status", "--lang", "ja", env=env).stdout.splitlines()
    assert _said("enabled", "ja") in shown, shown
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["program_state"] == "other", data
    service = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user" / SERVICE
    assert str(old) in service.read_text("utf-8")
