"""Review 44b (round 52), remind: items 1 and 2."""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import BUS_VARIABLE, SERVICE, TIMER
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, NOW, remind_env, remind_ui, systemd_machine


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


# ---------------------------------------------------------------- item 2


@pytest.fixture
def user_runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """/run/user as systemd-logind makes it (a short path: a socket's is limited to 107 bytes),
    with this user's session bus socket in /run/user/UID."""
    import primehelp.cli.remind_tools as tools

    root = Path(tempfile.mkdtemp(prefix="ru", dir="/tmp"))
    (root / str(os.getuid())).mkdir()
    bus = socket.socket(socket.AF_UNIX)
    bus.bind(str(root / str(os.getuid()) / "bus"))
    monkeypatch.setattr(tools, "USER_RUNTIME", str(root))
    try:
        yield root
    finally:
        bus.close()
        shutil.rmtree(root)


def _desktop_line(here: Path, runtime: Path, lang: str) -> str:
    """The line install --scheduler cron prints in the desktop's session (XDG_RUNTIME_DIR set)."""
    env = {**remind_env(here), "XDG_RUNTIME_DIR": str(runtime)}
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, "--json", env=env)
    line: str = done.json()["data"]["crontab_line"]
    assert f"{BUS_VARIABLE}=unix:path={runtime}/bus " in line, line
    return line


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("socket_now", [True, False])
def test_item2_the_desktop_line_is_primehelps_from_a_shell_without_runtime_dir(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    user_runtime: Path,
    lang: str,
    socket_now: bool,
) -> None:
    """From a shell without XDG_RUNTIME_DIR (su -, sudo -i, SSH), with the bus there or not now:
    the line install printed in the desktop is the daily check (exact, notifies), no line to
    put in its place, and install adds nothing (it is there already)."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    line = _desktop_line(tmp_path, user_runtime / str(os.getuid()), lang)
    fake_tool(tmp_path / "bin", "crontab", f"#!/bin/sh\nprintf '%s\\n' {shlex.quote(line)}\n")
    if not socket_now:
        (user_runtime / str(os.getuid()) / "bus").unlink()
    env = remind_env(tmp_path)
    assert "XDG_RUNTIME_DIR" not in env
    for action in ("status", "install"):
        data = run("remind", action, "--scheduler", "cron", "--json", env=env).json()["data"]
        (job,) = data["crontab_jobs"]
        assert job["exact"] is True and job["notifies"] is True, (action, job)
        shown = run("remind", action, "--scheduler", "cron", "--lang", lang, env=env).stdout
        said = _said("already_in_crontab" if action == "install" else "in_crontab", lang)
        # status adds when the line runs (review 61b S 10)
        assert any(x.startswith(said[:-1]) for x in shown.splitlines()), shown
        replacing = [x for x in shown.splitlines() if x.startswith("0 9 * * *") and x != line]
        assert not replacing, shown  # never a line without the bus in its place
    assert run("remind", "status", "--json", env=env).json()["data"]["crontab_line"] is None


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item2_where_systemd_runs_the_desktop_line_is_the_check_and_no_timer_is_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_runtime: Path, lang: str
) -> None:
    """systemd runs, the crontab has the desktop's line, no timer: status (systemd) from a shell
    without XDG_RUNTIME_DIR says cron runs the check (not 「設定されていません」), and plain
    install adds no timer beside it (a second daily check)."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    line = _desktop_line(here, user_runtime / str(os.getuid()), lang)
    fake_tool(here / "bin", "crontab", f"#!/bin/sh\nprintf '%s\\n' {shlex.quote(line)}\n")
    env = remind_env(here)
    shown = run("remind", "status", "--lang", lang, env=env).stdout.splitlines()
    assert _said("cron_counted_systemd", lang) in shown, shown
    assert _said("not_installed", lang) not in shown, shown
    done = run("remind", "install", "--lang", lang, "--json", env=env)
    assert done.json()["data"]["scheduler"] == "cron", done.stdout
    assert not (Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user" / TIMER).exists()


def test_item2_a_line_without_the_bus_is_still_not_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_runtime: Path
) -> None:
    """The other way round stays: where install names the bus, a line without it (which cannot
    notify from cron) is not counted as the daily check."""
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    line = _desktop_line(tmp_path, user_runtime / str(os.getuid()), "ja")
    bare = line.replace(f"{BUS_VARIABLE}=unix:path={user_runtime}/{os.getuid()}/bus ", "")
    fake_tool(tmp_path / "bin", "crontab", f"#!/bin/sh\nprintf '%s\\n' {shlex.quote(bare)}\n")
    data = run("remind", "status", "--scheduler", "cron", "--json", env=remind_env(tmp_path))
    (job,) = data.json()["data"]["crontab_jobs"]
    assert job["exact"] is False, job


# ---------------------------------------------------------------- item 3


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_item3_status_reads_the_date_where_the_timer_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """install with PRIMEHELP_CONFIG_DIR=a; a removed, the date saved in the default folder:
    status (and its JSON) says what the timer's `due` answers there (nothing saved), names
    that folder and how to set it up again; not 「有効です」 with nothing wrong."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    env = remind_env(here)
    first = here / "a"
    shutil.copytree(env["PRIMEHELP_CONFIG_DIR"], first)
    assert run("remind", "install", "--lang", lang, env={**env, "PRIMEHELP_CONFIG_DIR": str(first)})
    shutil.rmtree(first)
    default = Path(env["XDG_CONFIG_HOME"]) / "primehelp"  # the shell's folder, date saved there
    shutil.copytree(env["PRIMEHELP_CONFIG_DIR"], default)
    shell = {k: v for k, v in env.items() if k != "PRIMEHELP_CONFIG_DIR"}
    data = run("remind", "status", "--json", env=shell).json()["data"]
    assert data["saved_date_problem"] is not None, data
    assert str(first) in data["saved_date_problem"], data
    shown = run("remind", "status", "--lang", lang, env=shell).stdout
    # nothing saved where the timer reads: said as such (review 52b item 20)
    assert _said("cannot_remind_nothing_saved", lang) in shown.splitlines(), shown
    assert _said("cannot_remind", lang) not in shown, shown
    # the date where the timer reads it: nothing to say
    data = run("remind", "status", "--json", env={**env, "PRIMEHELP_CONFIG_DIR": str(first)})
    assert data.json()["data"]["saved_date_problem"] is not None  # a is gone
    shutil.copytree(default, first)
    data = run("remind", "status", "--json", env=shell).json()["data"]
    assert data["saved_date_problem"] is None, data
