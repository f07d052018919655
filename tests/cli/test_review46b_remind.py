"""Review 46b (round 55), remind: item 3 (status showed the systemd quoting of a config folder
with a space, 「"PRIMEHELP_CONFIG_DIR=/x y" …」, as the command to run), item 5 (install exited
2, the bad-input code, where systemctl could not enable the timer it had written), item 6
(cron status with another folder's line and nothing saved)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_RUNNING
from tests.support.remind_env import (
    NO_CRONTAB,
    crontab_printing,
    remind_env,
    remind_ui,
    systemd_machine,
    usable_profile,
)


def _systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    systemd_machine(tmp_path, monkeypatch)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    return remind_env(tmp_path)


def _flat(text: str, lang: str) -> str:
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_status_shows_the_shell_command_install_showed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _systemd(tmp_path, monkeypatch)
    env["PRIMEHELP_CONFIG_DIR"] = usable_profile(tmp_path / "other dir")
    installed = run("remind", "install", "--json", "--lang", lang, env=env)
    assert installed.exit_code == 0, installed.stderr
    command = installed.json()["data"]["command"]
    assert f"PRIMEHELP_CONFIG_DIR={shlex.quote(env['PRIMEHELP_CONFIG_DIR'])} " in command
    status = run("remind", "status", "--json", "--lang", lang, env=env).json()["data"]
    assert status["command"] == command
    words = shlex.split(status["command"])
    assert words[0] == f"PRIMEHELP_CONFIG_DIR={env['PRIMEHELP_CONFIG_DIR']}"
    env["COLUMNS"] = "400"
    shown = run("remind", "status", "--lang", lang, env=env)
    assert command in shown.stdout, shown.stdout
    assert '"PRIMEHELP_CONFIG_DIR=' not in shown.stdout


def test_3_a_unit_files_quoting_read_as_systemd_reads_it() -> None:
    from primehelp.remind import service_command, unit_files

    service = unit_files(["/x/py thon", "-m", "primehelp", "a%b$c"], {"A": "1 2", "B": "%"})
    shown = service_command(service["primehelp-due.service"])
    assert shlex.split(shown) == ["A=1 2", "B=%", "/x/py thon", "-m", "primehelp", "a%b$c"]
    edited = b'[Service]\nExecStart=/bin/x ${HOME}/y\nEnvironment="A=1\n'
    assert service_command(edited) == '"A=1 /bin/x ${HOME}/y'  # not read: as written


FAILING_ENABLE = """#!/bin/sh
if [ "$2" = show-environment ]; then printf 'HOME=%s\\nPATH=/usr/bin\\n' "$HOME"; \
[ -n "$XDG_CONFIG_HOME" ] && printf 'XDG_CONFIG_HOME=%s\\n' "$XDG_CONFIG_HOME"; exit 0; fi
echo 'Failed to connect to bus: No medium found' >&2
exit 1
"""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_install_whose_timer_systemctl_cannot_turn_on_exits_1_as_uninstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _systemd(tmp_path, monkeypatch)
    fake_tool(tmp_path / "bin", "systemctl", FAILING_ENABLE)
    done = run("remind", "install", "--lang", lang, env=env)
    assert done.exit_code == 1, done.stderr
    assert done.stderr == ""  # no error line: the files were written, a step is left
    said = remind_ui("start_failed").format(reason="")(lang)  # type: ignore[arg-type]
    opening = _flat(said.split("（" if lang == "ja" else "(")[0], lang)
    assert opening in _flat(done.stdout, lang), done.stdout
    assert "No medium found" in done.stdout
    assert _flat(remind_ui("enabled")(lang), lang) not in _flat(done.stdout, lang)  # type: ignore[arg-type]
    lines = [line.strip() for line in done.stdout.splitlines()]
    for typed in (
        "systemctl --user daemon-reload",
        "systemctl --user enable --now primehelp-due.timer",
    ):
        assert typed in lines, done.stdout
    data = run("remind", "install", "--json", "--lang", lang, env=env)
    assert data.exit_code == 1
    assert "No medium found" in data.json()["data"]["start_problem"]
    # as uninstall with the same failure
    assert run("remind", "uninstall", "--lang", lang, env=env).exit_code == 1


def test_5_a_working_install_has_no_start_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _systemd(tmp_path, monkeypatch)
    done = run("remind", "install", "--json", env=env)
    assert done.exit_code == 0 and done.json()["data"]["start_problem"] is None


ELSEWHERE = f"0 9 * * * PRIMEHELP_CONFIG_DIR=/tmp/nowhere {shlex.quote(sys.executable)} -m primehelp due --notify --lang ja"


def _cron_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, saved: bool
) -> dict[str, str]:
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
    fake_tool(tmp_path / "bin", "crontab", crontab_printing(ELSEWHERE))
    env = remind_env(tmp_path)  # no systemctl: cron is the scheduler
    if not saved:
        env["PRIMEHELP_CONFIG_DIR"] = str(tmp_path / "empty")
        (tmp_path / "empty").mkdir()
    return env


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_nothing_saved_the_folder_is_not_called_the_saved_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _cron_elsewhere(tmp_path, monkeypatch, saved=False)
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    shown = _flat(done.stdout, lang)
    unsaved = remind_ui("cron_profile_elsewhere_unsaved").format(
        found="/tmp/nowhere", saved=env["PRIMEHELP_CONFIG_DIR"]
    )(lang)  # type: ignore[arg-type]
    assert _flat(unsaved, lang) in shown, done.stdout
    folders = {"found": "/tmp/nowhere", "saved": env["PRIMEHELP_CONFIG_DIR"]}
    for claim in ("cron_profile_elsewhere", "cron_replace_saved"):
        said = remind_ui(claim).format(**folders)(lang)  # type: ignore[arg-type]
        assert _flat(said, lang) not in shown, done.stdout
    # with a date saved, as before (review 39b item 4)
    (tmp_path / "again").mkdir()
    env = _cron_elsewhere(tmp_path / "again", monkeypatch, saved=True)
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    said = remind_ui("cron_replace_saved")(lang)  # type: ignore[arg-type]
    assert _flat(said, lang) in _flat(done.stdout, lang), done.stdout


@pytest.mark.parametrize("saved", [True, False])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_line_instead_keeps_the_lines_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, saved: bool
) -> None:
    env = _cron_elsewhere(tmp_path, monkeypatch, saved=saved)
    data = run("remind", "status", "--scheduler", "cron", "--json", "--lang", lang, env=env)
    line = data.json()["data"]["crontab_line"]
    assert line is not None and line.endswith("due --notify --lang ja"), line
    shown = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env).stdout
    assert line in shown.splitlines(), shown
