"""Review 54b item 16: `remind --json` tells "no crontab command" from "crontab not readable"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import NO_CRONTAB, remind_env


@pytest.mark.parametrize("action", ["status", "install", "uninstall"])
def test_item16_json_says_whether_crontab_was_found(tmp_path: Path, action: str) -> None:
    env = remind_env(tmp_path)  # PATH: only the fake tools' folder, no crontab, no systemctl
    done = run("remind", action, "--json", env=env)
    data = json.loads(done.stdout)["data"]
    assert data["crontab_found"] is False, done.stdout
    assert data["in_crontab"] is None
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    done = run("remind", action, "--scheduler", "cron", "--json", env=env)
    assert json.loads(done.stdout)["data"]["crontab_found"] is True, done.stdout
