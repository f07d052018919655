"""Review 13b item 10 and S 22: `remind status` without a crontab, and which clock `remind` uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.remind import TIMER, crontab_line, next_daily_run, unit_files
from tests.support.clihelp import fake_tool, run
from tests.support.remind_env import usable_profile


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_without_a_crontab_each_point_is_said_once(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import primehelp.cli.remind as command

    # systemd is offered only where it runs (14b S 10, 23b item 4)
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path)
    systemctl = tmp_path / "systemctl"
    systemctl.write_text("#!/bin/sh\nexit 1\n")
    systemctl.chmod(0o755)
    fake_tool(tmp_path, "notify-send", "#!/bin/sh\nexit 0\n")  # a notifier (review 41b item 3)
    env = {
        "COLUMNS": "1000",
        "PATH": str(tmp_path),  # no crontab command
        # a usable saved date (review 37b item 2: without one, a line says it cannot remind)
        "PRIMEHELP_CONFIG_DIR": usable_profile(tmp_path / "profile"),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    done = run("remind", "status", "--scheduler", "cron", "--lang", lang, env=env)
    lines = done.stdout.splitlines()
    assert lines[-1] == "primehelp remind install --scheduler systemd"  # on its own line
    said = "".join(lines[1:-1])
    if lang == "ja":
        assert lines[1:3] == [  # review 14b S 10: not the heading again, the cause in it
            "cronの設定を確認できませんでした（`crontab` コマンドがないか、実行に失敗しました）。",
            "cronが使えない場合は、systemdで設定できます：",
        ]
        assert said.count("確認") == 1  # 「確認できませんでした」 is gone
        assert said.count("コマンド") == 1  # the cause once
    else:
        assert lines[1:3] == [
            "Could not check the cron setup (no crontab command, or running it failed).",
            "If cron cannot be used, you can set it up with systemd:",
        ]
        assert said.count("crontab command") == 1


def test_s22_the_help_names_the_clock() -> None:
    ja = run("remind", "--help", "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "毎日9:00（このコンピューターの時計）に `primehelp due --notify` を実行する" in " ".join(
        ja.split()
    )
    en = run("remind", "--help", "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert "at 09:00 (this machine's clock)" in " ".join(en.split())


def test_s22_the_time_is_local_time() -> None:
    """systemd's OnCalendar= and cron read a time without a zone as local time; the computed
    next run keeps the local zone it is given."""
    command = ["/usr/bin/primehelp", "due", "--notify"]
    timer = unit_files(command, {})[TIMER].decode()
    calendar = [line for line in timer.splitlines() if line.startswith("OnCalendar=")]
    assert calendar == ["OnCalendar=*-*-* 09:00:00"]  # no zone: the machine's local time
    assert crontab_line(command, {}).startswith("0 9 * * * ")  # cron: its local time too
    zone = dt.timezone(dt.timedelta(hours=-5))
    now = dt.datetime(2026, 12, 5, 10, 0, tzinfo=zone)
    assert next_daily_run(now) == dt.datetime(2026, 12, 6, 9, 0, tzinfo=zone)
