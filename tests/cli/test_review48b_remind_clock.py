"""Review 48b (round 58) item 2: remind's next run followed the shell's ``TZ``, which the cron
daemon and systemd do not read: 「9:00（このコンピューターの時計、JST）」 for a check that runs
at 9:00 of the computer's own zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import primehelp.cli.remind as command
import primehelp.cli.remind_clock as clock
from tests.support.clihelp import fake_tool, run

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"
TOKYO = Path("/usr/share/zoneinfo/Asia/Tokyo")


@pytest.fixture
def shell_in_new_york() -> Iterator[None]:
    """The shell's TZ, as the process reads it (tzset), restored after."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def _install(tmp_path: Path, lang: str) -> str:
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    fake_tool(tmp_path / "bin", "notify-send", "#!/bin/sh\nexit 0\n")
    env = {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path), "COLUMNS": "1000"}
    done = run("remind", "install", "--scheduler", "cron", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout


@pytest.mark.usefixtures("shell_in_new_york")
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_next_run_is_in_the_computers_zone_not_the_shells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    if not TOKYO.is_file():
        pytest.skip("no zoneinfo file for Asia/Tokyo")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(clock, "LOCALTIME", TOKYO)  # the computer set to Japan's time
    assert command.now().tzname() == "JST"
    shown = _install(tmp_path, lang)
    assert "JST" in shown, shown
    assert "EST" not in shown and "EDT" not in shown, shown


@pytest.mark.usefixtures("shell_in_new_york")
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_no_zone_named_where_the_computers_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(clock, "LOCALTIME", tmp_path / "no-localtime")
    shown = _install(tmp_path, lang)
    assert "EST" not in shown and "EDT" not in shown, shown
    said = {"ja": "（このコンピューターの時計）", "en": "(this machine's clock)"}[lang]
    assert said in shown, shown
