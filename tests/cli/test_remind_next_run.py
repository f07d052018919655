"""`remind install` with cron names a next run only where the crontab line can run.

Found at the merge of fix round 29: on a machine with no crontab command and systemd not running,
the screen said 「毎日の確認は設定されていません」 while `--json` gave a computed ``next_run`` (the
next 09:00 from the clock), which also made that golden transcript depend on the time of day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"


def _install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    (tmp_path / "bin").mkdir(exist_ok=True)
    env = {
        "PATH": str(tmp_path / "bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "PRIMEHELP_CONFIG_DIR": str(tmp_path / "profile"),
        "TZ": "UTC",
    }
    done = run("remind", "install", "--json", "--lang", "ja", env=env)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert isinstance(data, dict)
    return data


def test_no_crontab_command_no_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _install(tmp_path, monkeypatch)
    assert data["scheduler"] == "cron"
    assert data["next_run"] is None
    assert data["next_run_source"] is None


def test_a_crontab_command_gives_the_next_run_of_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    data = _install(tmp_path, monkeypatch)
    assert data["next_run_source"] == "computed"
    assert isinstance(data["next_run"], str)
    assert data["next_run"][11:16] == "09:00"
