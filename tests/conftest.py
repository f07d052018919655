"""Shared test fixtures: a fixed environment so output does not depend on the machine."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.support.cron_roots import CRON_RUNNING

# Every JSON document the suite writes is checked against schemas/ (the published contract).
pytest_plugins = ["tests.support.json_contract_plugin"]

# A suite started in the background of a non-interactive shell (`uv run pytest &`) starts with
# SIGINT ignored, and every child inherits that: the Ctrl-C transcripts (pexpect) then waited
# for an interruption the child could not receive and failed (session 28's first fresh clone).
# A handled signal is reset to the default in a child at exec, so the children get Ctrl-C back.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _stable_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Pin language and terminal settings; each test overrides what it studies.

    The saved profile lives in a fresh directory per test, never in the real config dir; so
    does XDG_CONFIG_HOME, where `remind` looks for (and would write) systemd units.
    """
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path / "primehelp-config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    for name in ("PRIMEHELP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    # remind's crontab line names the desktop's session bus where $XDG_RUNTIME_DIR/bus is one
    # (review 36b item 2): none here unless a test makes it, whatever desktop runs the suite
    for name in ("XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    # …nor at /run/user/UID/bus, where a shell without XDG_RUNTIME_DIR finds it (review 44b item 2)
    monkeypatch.setattr("primehelp.cli.remind_tools.USER_RUNTIME", "/nonexistent/run/user")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    # remind looks for a running cron daemon (review 43b item 1): a machine where one runs,
    # whatever runs the suite, unless a test makes it otherwise (tests/fixtures/cron-stopped)
    monkeypatch.setattr("primehelp.cron_running.ROOT", CRON_RUNNING)
