"""Review 51b: the remind screens (items 9-13, 19, 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.remind_env import remind_env, systemd_machine


@pytest.mark.parametrize("notifier", [True, False])
@pytest.mark.parametrize("scheduler", ["systemd", "cron"])
def test_13_uninstall_reports_the_notifier_as_status_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str, notifier: bool
) -> None:
    """Item 13: uninstall said ``"notifier_found": true`` with no notify-send on PATH."""
    here = systemd_machine(tmp_path, monkeypatch)
    env = remind_env(here)
    if not notifier:
        (here / "bin" / "notify-send").unlink()
    for action in ("status", "uninstall"):
        done = run("remind", action, "--scheduler", scheduler, "--json", env=env)
        assert done.json()["data"]["notifier_found"] is notifier, (action, done.stdout)
