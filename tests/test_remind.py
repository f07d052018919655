"""``remind``'s pure parts: the unit files and whose they are, quoting, cron, the next run."""

from __future__ import annotations

import datetime as dt
import shlex

from primehelp.remind import (
    SERVICE,
    TIMER,
    UnitState,
    crontab_line,
    listed_next_run,
    next_daily_run,
    service_command,
    unit_files,
    unit_state,
)
from primehelp.remind_cron import cron_jobs  # review 38b item 1: how cron reads a line

COMMAND = ["/opt/prime help/bin/primehelp", "due", "--notify", "--lang", "ja"]


def test_unit_files_are_ours_until_edited() -> None:
    units = unit_files(COMMAND, {"PRIMEHELP_CONFIG_DIR": "/home/me/cfg 100%"})
    assert set(units) == {SERVICE, TIMER}
    for data in units.values():
        assert unit_state(data) is UnitState.OURS
        assert unit_state(data.replace(b"09:00", b"10:00").replace(b"oneshot", b"simple")) is (
            UnitState.CHANGED
        )
    assert unit_state(None) is UnitState.ABSENT
    assert unit_state(b"[Timer]\nOnCalendar=daily\n") is UnitState.FOREIGN
    assert unit_state(b"") is UnitState.FOREIGN
    timer = units[TIMER].decode()
    assert "OnCalendar=*-*-* 09:00:00\n" in timer and "Persistent=true\n" in timer
    assert "WantedBy=timers.target\n" in timer


def test_the_service_quotes_paths_for_systemd() -> None:
    executable = ["/opt/$HOME 100%/primehelp"]  # no variables are expanded in the path itself
    service = unit_files([*executable, "a%b", "$HOME", 'q"uote\\'], {"V": "100% $x"})[SERVICE]
    text = service.decode()
    assert 'ExecStart="/opt/$HOME 100%%/primehelp" a%%b "$$HOME" "q\\"uote\\\\"\n' in text
    assert 'Environment="V=100%% $x"\n' in text  # no variable expansion in Environment=
    assert "SuccessExitStatus=1\n" in text
    # shown as a shell would take it, as install shows it (review 46b item 3)
    words = ["V=100% $x", "/opt/$HOME 100%/primehelp", "a%b", "$HOME", 'q"uote\\']
    assert shlex.split(service_command(service)) == words


def test_the_crontab_line_is_shell_quoted_and_escapes_percent() -> None:
    line = crontab_line(COMMAND, {"PRIMEHELP_CONFIG_DIR": "/cfg/100%"})
    assert line == (
        "0 9 * * * PRIMEHELP_CONFIG_DIR=/cfg/100\\% '/opt/prime help/bin/primehelp' "
        "due --notify --lang ja"
    )
    assert cron_jobs(f"MAILTO=me\n{line}\n")
    assert not cron_jobs("# 0 9 * * * primehelp due\n0 9 * * * primehelp renewal\n")


def test_next_daily_run_is_today_before_nine_else_tomorrow() -> None:
    jst = dt.timezone(dt.timedelta(hours=9))
    at = dt.datetime(2026, 12, 31, 8, 59, 59, tzinfo=jst)
    assert next_daily_run(at) == dt.datetime(2026, 12, 31, 9, 0, tzinfo=jst)
    assert next_daily_run(at.replace(hour=9, minute=0, second=0)) == dt.datetime(
        2027, 1, 1, 9, 0, tzinfo=jst
    )


def test_listed_next_run_reads_systemctl_list_timers() -> None:
    listed = "Sat 2026-12-05 09:00:00 JST 18h left - - primehelp-due.timer primehelp-due.service\n"
    when = listed_next_run(listed)
    assert when is not None and when.replace(tzinfo=None) == dt.datetime(2026, 12, 5, 9, 0)
    assert listed_next_run("- - - - primehelp-due.timer primehelp-due.service\n") is None
    assert listed_next_run("") is None


def test_47b_s16_fields_naming_every_day_are_daily() -> None:
    from primehelp.remind_cron import cron_jobs

    for schedule in ("0 9 * * 0-6", "0 9 */1 * *", "0 9 * * 0-7", "0 9 1-31 1-12 *"):
        [job] = cron_jobs(f"{schedule} /x/primehelp due --notify --lang ja\n")
        assert job.daily_at == "09:00", schedule
    for schedule in ("0 9 * * 1-5", "0 9 */2 * *", "0 9 1-30 * *"):
        [job] = cron_jobs(f"{schedule} /x/primehelp due --notify --lang ja\n")
        assert job.daily_at is None, schedule
