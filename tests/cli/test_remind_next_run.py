"""`remind install` counts the next 09:00 from ``primehelp.cli.remind.now`` (the clock).

Found at the merge of fix round 29: the golden transcript of `remind install --json` on a machine
with no systemd recorded ``next_run`` from the time the transcripts were regenerated, so after
09:00 it named the next day and the test would fail the next morning. The transcripts pin
``now`` (tests/support/golden.py ``NOW``); this test shows the next run follows it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from tests.support.clihelp import fake_tool, run

NO_CRONTAB = "#!/bin/sh\necho 'no crontab for member' >&2\nexit 1\n"


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        (dt.datetime(2026, 12, 5, 8, 59, tzinfo=dt.UTC), "2026-12-05T09:00:00+00:00"),
        (dt.datetime(2026, 12, 5, 9, 1, tzinfo=dt.UTC), "2026-12-06T09:00:00+00:00"),
        (dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC), "2027-01-01T09:00:00+00:00"),
    ],
)
def test_the_next_run_is_the_next_0900_after_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: dt.datetime, expected: str
) -> None:
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    monkeypatch.setattr(command, "now", lambda: clock)
    fake_tool(tmp_path / "bin", "crontab", NO_CRONTAB)
    fake_tool(
        tmp_path / "bin", "notify-send", "#!/bin/sh\nexit 0\n"
    )  # a notifier (review 41b item 3)
    env = {
        "PATH": str(tmp_path / "bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "PRIMEHELP_CONFIG_DIR": str(tmp_path / "profile"),
    }
    done = run("remind", "install", "--json", "--lang", "ja", env=env)
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert (data["next_run"], data["next_run_source"]) == (expected, "computed")
