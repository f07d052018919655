"""Review 44b (round 53), remind: R-minor 5 (the unit files' folder is the one systemd's user
manager reads: its own XDG_CONFIG_HOME, not this shell's)."""

from __future__ import annotations

from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.remind import SERVICE, TIMER, WANTS
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, NOW, remind_env, remind_ui


def _manager(here: Path, monkeypatch: pytest.MonkeyPatch, answer: str | None) -> dict[str, str]:
    """systemd running; a systemctl whose user manager's environment is ``answer`` (``None``:
    the manager cannot be asked), enabling in the folder that environment names."""
    said = "exit 1" if answer is None else f"printf '%s' '{answer}'; exit 0"
    folder = '"$HOME/.config"' if answer is None or "XDG_CONFIG_HOME=/" not in answer else ""
    if not folder:
        folder = '"' + answer.split("XDG_CONFIG_HOME=")[1].split("\n")[0] + '"'  # type: ignore[union-attr]
    if answer is None:
        folder = '"$XDG_CONFIG_HOME"'  # today's behaviour: the shell's
    fake_tool(
        here / "bin",
        "systemctl",
        f"""#!/bin/sh
if [ "$2" = show-environment ]; then {said}; fi
W={folder}/systemd/user/{WANTS}
if [ "$2" = enable ]; then /bin/mkdir -p "$W"; /bin/ln -sf ../{TIMER} "$W/{TIMER}"; fi
if [ "$2" = disable ]; then /bin/rm -f "$W/{TIMER}"; fi
exit 0
""",
    )
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here)
    monkeypatch.setattr(command, "now", lambda: NOW)
    return remind_env(here)


def _note(key: str, folder: Path, lang: str) -> str:
    return remind_ui(key).format(folder=str(folder))(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_shells_xdg_config_home_is_not_the_managers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """XDG_CONFIG_HOME set in the shell only: the files go to ~/.config/systemd/user, where
    the manager looks, and the screen says why not the shell's folder; status and uninstall
    find them there."""
    env = _manager(tmp_path, monkeypatch, f"HOME={tmp_path / 'home'}\nPATH=/usr/bin\n")
    theirs = tmp_path / "home" / ".config" / "systemd" / "user"
    shell = tmp_path / "xdg" / "systemd" / "user"
    done = run("remind", "install", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert (theirs / TIMER).is_file() and (theirs / SERVICE).is_file()
    assert not (shell / TIMER).exists()
    shown = " ".join(done.stdout.split())
    assert " ".join(_note("unit_dir_not_shell", shell, lang).split()) in shown, done.stdout
    assert str(theirs / TIMER) in done.stdout
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["unit_dir_source"] == "systemd"
    assert data["enabled"] is True
    assert {u["path"] for u in data["units"]} == {str(theirs / TIMER), str(theirs / SERVICE)}
    assert run("remind", "uninstall", "--lang", lang, env=env).exit_code == 0
    assert not (theirs / TIMER).exists() and not (theirs / SERVICE).exists()


def test_the_managers_own_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The manager has an absolute XDG_CONFIG_HOME: the files go there."""
    own = tmp_path / "managers"
    env = _manager(tmp_path, monkeypatch, f"HOME={tmp_path / 'home'}\nXDG_CONFIG_HOME={own}\n")
    data = run("remind", "install", "--json", env=env).json()["data"]
    assert (own / "systemd" / "user" / TIMER).is_file(), data
    assert data["unit_dir_source"] == "systemd" and data["enabled"] is True


def test_a_relative_xdg_config_home_of_the_manager_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _manager(tmp_path, monkeypatch, f"HOME={tmp_path / 'home'}\nXDG_CONFIG_HOME=rel\n")
    assert run("remind", "install", "--json", env=env).exit_code == 0
    assert (tmp_path / "home" / ".config" / "systemd" / "user" / TIMER).is_file()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_manager_that_cannot_be_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """show-environment fails: the shell's folder as before, and the screen says it is not
    known whether systemd reads it (and which folder it reads without its own)."""
    env = _manager(tmp_path, monkeypatch, None)
    done = run("remind", "install", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert (tmp_path / "xdg" / "systemd" / "user" / TIMER).is_file()
    default = tmp_path / "home" / ".config" / "systemd" / "user"
    shown = " ".join(done.stdout.split())
    assert " ".join(_note("unit_dir_unasked", default, lang).split()) in shown, done.stdout
    data = run("remind", "status", "--json", env=env).json()["data"]
    assert data["unit_dir_source"] == "shell"


def test_no_note_where_the_folders_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _manager(tmp_path, monkeypatch, f"HOME={tmp_path / 'home'}\n")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    shown = run("remind", "install", "--lang", "en", env=env).stdout
    assert "XDG_CONFIG_HOME" not in shown, shown


def test_show_environment_quoting() -> None:
    """systemctl quotes a value with a space or a control as $'…' (C escapes)."""
    from primehelp.remind_manager import manager_environment

    told = manager_environment("HOME=/home/a\nXDG_CONFIG_HOME=$'/home/a/my conf\\xc3\\xa9'\n")
    assert told == {"HOME": "/home/a", "XDG_CONFIG_HOME": "/home/a/my confé"}
    assert manager_environment("") is None
    assert manager_environment("Failed to connect to bus\n") is None


# ---------------------------------------------------------------- R-minor 6


def _cron_status(
    here: Path, monkeypatch: pytest.MonkeyPatch, *lines: str
) -> tuple[dict[str, str], dict[str, object]]:
    """cron the scheduler (no systemctl), a cron daemon running, the crontab ``lines``."""
    from tests.support.remind_env import crontab_printing

    monkeypatch.setattr(command, "now", lambda: NOW)  # 2026-12-04 10:00 UTC
    fake_tool(here / "bin", "crontab", crontab_printing(*lines))
    env = remind_env(here)
    done = run("remind", "status", "--json", env=env)
    assert done.exit_code == 0, done.stderr
    return env, done.json()["data"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_cron_tz_above_the_line_sets_its_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """CRON_TZ=Asia/Tokyo above install's line: 09:00 in Tokyo, 00:00 UTC here (not 09:00 UTC),
    said on this computer's clock with the zone the line runs by."""
    from tests.support.remind_env import THIS_LINE

    env, data = _cron_status(tmp_path, monkeypatch, "CRON_TZ=Asia/Tokyo", THIS_LINE)
    assert data["next_run"] == "2026-12-05T00:00:00+00:00", data
    jobs = data["crontab_jobs"]
    assert isinstance(jobs, list) and jobs[0]["cron_tz"] == "Asia/Tokyo"
    shown = run("remind", "status", "--lang", lang, env=env).stdout
    assert ("12月5日 0:00" if lang == "ja" else "2026-12-05 00:00") in shown, shown
    zone = remind_ui("cron_tz_zone").format(zone="Asia/Tokyo")(lang)  # type: ignore[arg-type]
    assert " ".join(zone.split()) in " ".join(shown.split()), shown


def test_cron_tz_below_the_line_and_tz_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CRON_TZ applies to the lines after it; TZ= sets the job's environment, not its time."""
    from tests.support.remind_env import THIS_LINE

    _, data = _cron_status(tmp_path, monkeypatch, "TZ=Asia/Tokyo", THIS_LINE, "CRON_TZ=Asia/Tokyo")
    assert data["next_run"] == "2026-12-05T09:00:00+00:00", data
    assert data["crontab_jobs"][0]["cron_tz"] is None  # type: ignore[index]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_unknown_cron_tz_promises_no_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from tests.support.remind_env import THIS_LINE

    env, data = _cron_status(tmp_path, monkeypatch, "CRON_TZ=Mars/Olympus", THIS_LINE)
    assert data["next_run"] is None, data
    shown = run("remind", "status", "--lang", lang, env=env).stdout
    assert ("次の実行" if lang == "ja" else "Next run") not in shown, shown
    unread = remind_ui("cron_tz_unread").format(zone="Mars/Olympus")(lang)  # type: ignore[arg-type]
    assert " ".join(unread.split()) in " ".join(shown.split()), shown
