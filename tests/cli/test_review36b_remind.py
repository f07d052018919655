"""Review 36b, remind: items 2 (cron and the desktop notification), 6 (an edited unit replaced
with --force, named as status names it) and 11 (``status --json``'s ``command``).

In process, with fake ``crontab`` / ``systemctl`` on a PATH of their own, a temporary HOME and
XDG_CONFIG_HOME, ``SYSTEMD_RUNNING`` pointed at a folder that is (or is not) there, and the clock
pinned (tests/support/remind_env)."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import primehelp.cli.remind as command
from primehelp.remind import BUS_VARIABLE, SERVICE, TIMER, bus_address, names_the_bus
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, NOW, remind_env, systemd_machine

LANGS = ("ja", "en")
MAY_NOT_APPEAR = {
    "ja": "cronから実行すると、デスクトップ通知が表示されないことがあります",
    "en": "Run from cron, the desktop notification may not appear",
}
BUS_NAMED = {
    "ja": "`crontab` に追加する行には、デスクトップの接続先（DBUS_SESSION_BUS_ADDRESS）を入れています",
    "en": "the crontab line names your desktop's session bus (DBUS_SESSION_BUS_ADDRESS)",
}
CALENDAR = {"ja": "`primehelp renewal` に `--ics` を付けて", "en": "primehelp renewal --ics"}


@pytest.fixture
def cron_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """systemd not running, a crontab command with no crontab yet: install chooses cron."""
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: NOW)
    return tmp_path


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """An $XDG_RUNTIME_DIR holding a session bus socket of this user's (a short path: a socket's
    path is limited to 107 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="rt", dir="/tmp"))
    bus = socket.socket(socket.AF_UNIX)
    bus.bind(str(folder / "bus"))
    try:
        yield folder
    finally:
        bus.close()
        shutil.rmtree(folder)


def _joined(text: str, lang: str) -> str:
    """The screen's sentences unwrapped (a Japanese line breaks with no space)."""
    return text.replace("\n", "" if lang == "ja" else " ")


def _remind(here: Path, *args: str, lang: str, **extra: str) -> tuple[str, dict[str, Any]]:
    env = {**remind_env(here), **extra}
    text = run("remind", *args, "--lang", lang, env=env)
    data = run("remind", *args, "--lang", lang, "--json", env=env)
    assert text.exit_code == 0 and data.exit_code == 0, text.stderr + data.stderr
    return text.stdout, data.json()["data"]


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize("lang", LANGS)
def test_2_without_a_fixed_bus_the_screen_says_a_notification_may_not_appear(
    cron_machine: Path, lang: str, tmp_path: Path
) -> None:
    """No $XDG_RUNTIME_DIR, one without a bus, one whose "bus" is a plain file: the line names
    no bus, and the screen says plainly what may happen and what to do instead."""
    plain = tmp_path / "plain-runtime"
    plain.mkdir()
    (plain / "bus").write_text("not a socket")
    for runtime in ("", str(tmp_path / "empty"), str(plain), "relative/dir"):
        text, data = _remind(cron_machine, "install", lang=lang, XDG_RUNTIME_DIR=runtime)
        assert BUS_VARIABLE not in data["crontab_line"] and BUS_VARIABLE not in data["command"]
        one_line = _joined(text, lang)
        assert MAY_NOT_APPEAR[lang] in one_line
        assert CALENDAR[lang] in one_line
        assert BUS_NAMED[lang] not in one_line


@pytest.mark.parametrize("lang", LANGS)
def test_2_with_the_session_bus_socket_the_crontab_line_names_it(
    cron_machine: Path, runtime_dir: Path, lang: str
) -> None:
    text, data = _remind(cron_machine, "install", lang=lang, XDG_RUNTIME_DIR=str(runtime_dir))
    address = f"{BUS_VARIABLE}=unix:path={runtime_dir}/bus"
    line = data["crontab_line"]
    # before the command, so that notify-send run by `due --notify` inherits it
    assert line.startswith(f"0 9 * * * {address} ")
    assert line.index(address) < line.index(" due --notify")
    assert data["command"] == line.removeprefix("0 9 * * * ")
    assert line in text.splitlines()  # printed whole
    assert BUS_NAMED[lang] in _joined(text, lang) and CALENDAR[lang] in _joined(text, lang)
    assert MAY_NOT_APPEAR[lang] not in _joined(text, lang)


def test_2_systemd_units_do_not_name_the_bus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runtime_dir: Path
) -> None:
    """A user service gets the bus from the user's systemd: the unit names none (it would be
    wrong after the next boot only if the address changed, but it is not needed)."""
    here = systemd_machine(tmp_path, monkeypatch)
    _remind(here, "install", lang="ja", XDG_RUNTIME_DIR=str(runtime_dir))
    service = (here / "xdg" / "systemd" / "user" / SERVICE).read_text()
    assert BUS_VARIABLE not in service


def test_2_the_address_is_only_a_fixed_absolute_path() -> None:
    assert bus_address("/run/user/1000", True) == "unix:path=/run/user/1000/bus"
    assert bus_address("/run/user/1000/", True) == "unix:path=/run/user/1000/bus"
    for runtime, ours in (
        ("/run/user/1000", False),  # no socket there, or another user's
        ("", True),
        ("run/user/1000", True),
        ("/run/user/a b", True),  # nothing cron would have to unquote
        ("/tmp/x;rm", True),
    ):
        assert bus_address(runtime, ours) is None
    assert names_the_bus("0 9 * * * DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1/bus p due")
    assert not names_the_bus("0 9 * * * /usr/bin/primehelp due --notify")


# ---------------------------------------------------------------- item 6


@pytest.mark.parametrize("lang", LANGS)
def test_6_force_over_an_edited_unit_names_it_as_status_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    _remind(here, "install", lang=lang)
    service = here / "xdg" / "systemd" / "user" / SERVICE
    service.write_text(service.read_text() + "# edited\n")
    status, _ = _remind(here, "status", lang=lang)
    changed = {
        "ja": "primehelpが書いた後に変更されています",
        "en": "written by primehelp, changed since",
    }
    assert changed[lang] in status
    env = remind_env(here)
    done = run("remind", "install", "--force", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    said = {
        "ja": "置き換えました（primehelpが書いた後に変更されていたファイルを `--force` で）",
        "en": "replaced (a file primehelp had written, changed since, with `--force`)",
    }
    assert said[lang] in done.stdout
    assert "書いたものではない" not in done.stdout and "had not written" not in done.stdout
    # and in JSON: what was replaced, as status named it
    service.write_text(service.read_text() + "# edited again\n")
    data = run("remind", "install", "--force", "--json", "--lang", lang, env=env).json()["data"]
    units = {u["name"]: u for u in data["units"]}
    assert units[SERVICE]["change"] == "replaced" and units[SERVICE]["replaced"] == "changed"
    assert units[TIMER]["change"] == "unchanged" and units[TIMER]["replaced"] is None


@pytest.mark.parametrize("lang", LANGS)
def test_6_force_over_a_foreign_unit_still_says_primehelp_did_not_write_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    units = here / "xdg" / "systemd" / "user"
    units.mkdir(parents=True)
    (units / TIMER).write_text("[Timer]\nOnCalendar=daily\n")
    done = run("remind", "install", "--force", "--lang", lang, env=remind_env(here))
    assert done.exit_code == 0, done.stderr
    said = {"ja": "primehelpが書いたものではないファイルを `--force` で", "en": "had not written"}
    assert said[lang] in done.stdout
    (units / TIMER).write_text("[Timer]\nOnCalendar=weekly\n")
    data = run("remind", "install", "--force", "--json", env=remind_env(here)).json()["data"]
    found = {u["name"]: u for u in data["units"]}
    assert found[TIMER]["replaced"] == "foreign"


# ---------------------------------------------------------------- item 11


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheduler", ["systemd", "cron"])
def test_11_status_names_the_command_install_would_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, scheduler: str
) -> None:
    """Nothing installed: status's "command" is install's, for either scheduler; never ""."""
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", NO_CRONTAB)
    chosen = ("--scheduler", scheduler)
    _, status = _remind(here, "status", *chosen, lang=lang)
    _, uninstall = _remind(here, "uninstall", *chosen, lang=lang)
    _, install = _remind(here, "install", *chosen, lang=lang)
    assert status["command"] == uninstall["command"] == install["command"]
    assert status["command"].endswith(f"due --notify --lang {lang}")


def test_11_status_with_a_service_names_what_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed: what the service runs, as written (its language), not what install would write
    now; and the screen's 「実行するコマンド」 only where a service file is there."""
    here = systemd_machine(tmp_path, monkeypatch)
    _remind(here, "install", lang="en")
    text, status = _remind(here, "status", lang="ja")
    assert status["command"].endswith("due --notify --lang en")
    assert "実行するコマンド" in text
    (here / "xdg" / "systemd" / "user" / SERVICE).unlink()
    text, status = _remind(here, "status", lang="ja")
    assert status["command"].endswith("due --notify --lang ja")  # install's, with no service
    assert "実行するコマンド" not in text
