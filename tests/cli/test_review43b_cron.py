"""Review 43b item 1 (R-major): cron chosen where no cron daemon runs (WSL by default), and
``remind install`` said 「次は…に実行されます」, ``status`` 「次の実行（予定）」, exit 0: the crontab
line never runs, and the member stops watching the date.

Now, on every cron screen of install and status (a crontab without the line, and with it; plain
and with ``--scheduler cron``; both languages): where no daemon runs, no next run, but that cron
does not seem to run, how to start it and the calendar instead, install and status exiting 1
(status 0 until review 60b item 9);
where that cannot be told, the next run only as what follows if cron runs; where cron runs, as
before. JSON ``cron_running``: true, false or null (on uninstall, null without a crontab line: 45b item 9).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run
from tests.support.cron_roots import CRON_RUNNING, CRON_STOPPED, CRON_UNKNOWN
from tests.support.remind_env import (
    NO_CRONTAB,
    THIS_LINE,
    calendar_hint,
    crontab_printing,
    remind_env,
    remind_ui,
)

CRONTABS = {"empty": NO_CRONTAB, "daily check": crontab_printing(THIS_LINE)}
ROOTS = {"running": (CRON_RUNNING, True), "stopped": (CRON_STOPPED, False)}
ROOTS["unknown"] = (CRON_UNKNOWN, None)
# every way a screen says when the line runs next (review 24b items 1 and 4, 41b item 6)
NEXT = {"ja": ("次は", "次の実行"), "en": ("next runs", "Next run")}


@pytest.mark.parametrize("crontab", sorted(CRONTABS))
@pytest.mark.parametrize("cron", sorted(ROOTS))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_where_no_cron_daemon_runs_no_next_run_is_promised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crontab: str, cron: str, lang: str
) -> None:
    root, running = ROOTS[cron]
    monkeypatch.setattr("primehelp.cron_running.ROOT", root)
    fake_tool(tmp_path / "bin", "crontab", CRONTABS[crontab])
    env = remind_env(tmp_path)  # no systemctl: cron is the scheduler
    stopped = remind_ui("cron_not_running")(lang)  # type: ignore[arg-type]
    calendar = calendar_hint(lang)  # the saved date named (review 64b item 1)
    unsure = "cronが動いていれば" if lang == "ja" else "if cron is running"
    for action in ("install", "status"):
        for given in ((), ("--scheduler", "cron")):
            args = ("remind", action, *given, "--lang", lang)
            done = run(*args, env=env)
            where = f"{args} {cron} {crontab}: {done.stdout}"
            promised = any(word in done.stdout for word in NEXT[lang])
            says_when = action == "install" or crontab == "daily check"
            assert promised is (running is not False and says_when), where
            assert (stopped in done.stdout) is (running is False), where
            assert (calendar in done.stdout) is (running is False), where
            assert (unsure in done.stdout) is (running is None and says_when), where
            idle = running is False  # status too (review 60b item 9)
            assert done.exit_code == (1 if idle else 0), where
            document = run(*args, "--json", env=env)
            assert document.exit_code == done.exit_code, where
            assert document.json()["data"]["cron_running"] is running, where
    gone = run("remind", "uninstall", "--json", env=env).json()["data"]
    # uninstall looks only where the crontab has a line (review 45b item 9: whether it goes on)
    assert gone["cron_running"] is (None if crontab == "empty" else running)


def test_1_the_probe_finds_a_daemon_by_name_or_pid_file(tmp_path: Path) -> None:
    """Every cron daemon by its process name (busybox's by its command line), a pid file naming
    a live process; anacron alone runs no crontab line; no /proc, or pid 1 hidden (hidepid), or
    systemd-cron: cannot be told."""
    from primehelp.cron_running import DAEMONS, cron_running

    def machine(
        name: str, processes: dict[str, bytes], files: dict[str, str] | None = None
    ) -> Path:
        root = tmp_path / name
        for pid, comm in {"1": b"init\n", **processes}.items():
            (root / "proc" / pid).mkdir(parents=True)
            (root / "proc" / pid / "comm").write_bytes(comm)
        for path, text in (files or {}).items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
        return root

    for daemon in sorted(DAEMONS):
        assert cron_running(machine(daemon, {"812": f"{daemon}\n".encode()})) is True, daemon
    busybox = machine("busybox", {"90": b"busybox\n"})
    assert cron_running(busybox) is False
    (busybox / "proc" / "90" / "cmdline").write_bytes(b"busybox\0crond\0-f\0")
    assert cron_running(busybox) is True
    assert cron_running(machine("anacron", {"5": b"anacron\n", "6": b"bash\n"})) is False
    assert cron_running(machine("pid", {"77": b"renamed\n"}, {"run/crond.pid": "77\n"})) is True
    assert (
        cron_running(machine("stale", {"78": b"bash\n"}, {"var/run/crond.pid": "4242\n"})) is False
    )
    assert cron_running(tmp_path / "no-proc") is None
    hidden = machine("hidepid", {"300": b"bash\n"})
    (hidden / "proc" / "1" / "comm").unlink()
    assert cron_running(hidden) is None
    generator = "usr/lib/systemd/system-generators/systemd-crontab-generator"
    assert cron_running(machine("systemd-cron", {}, {generator: ""})) is None
