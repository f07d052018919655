"""primehelp is offline: every command succeeds with networking made impossible."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from tests.support.corpus import COMMANDS, Command


class NetworkUsed(OSError):
    """Raised by every patched network entry point."""


def _refuse(*args: object, **kwargs: object) -> NoReturn:
    raise NetworkUsed("primehelp tried to use the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, _refuse)


@pytest.mark.usefixtures("no_network")
def test_the_patch_bites() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("www.amazon.co.jp", 443))
    with pytest.raises(NetworkUsed):
        socket.socket()


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@pytest.mark.parametrize("extra", [(), ("--json",), ("--lang", "en")], ids=["text", "json", "en"])
def test_every_command_works_offline(
    command: Command, extra: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path))
    result = CliRunner().invoke(
        app, [*command.valid, *extra], env=dict(command.env), catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.stderr
    assert result.stdout.strip()


# The same in a real process: patch the socket module before primehelp is imported.
_OFFLINE = """
import runpy, socket, sys
def refuse(*args, **kwargs):
    raise OSError("primehelp tried to use the network")
for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
    setattr(socket, name, refuse)
sys.argv = ["primehelp", *sys.argv[1:]]
runpy.run_module("primehelp", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_works_offline_in_a_real_process(command: Command, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _OFFLINE, *command.valid],
        env={**os.environ, "PRIMEHELP_CONFIG_DIR": str(tmp_path), **command.env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    assert done.stderr == b""
    assert done.stdout.strip()
