"""Whether a cron daemon runs on this computer (review 43b item 1: where none runs, as on WSL
by default, the crontab line is never run, and ``remind`` promised its next run all the same).

Read only, from ``/proc`` and the daemons' pid files under :data:`ROOT` (a test points it at a
folder of its own). ``True``: a daemon that runs crontab lines is running; ``False``: every
process can be seen and none is one; ``None``: that cannot be told here (no ``/proc``, as on
macOS, where launchd starts cron; ``/proc`` mounted with ``hidepid``; ``systemd-cron``, which
runs crontab lines from systemd timers without a daemon). ``anacron`` is not counted: it runs
``/etc/anacrontab``'s jobs, never a user's crontab lines.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path("/")
# the process names (comm) of cron daemons: Debian's and Ubuntu's (and WSL's) cron; crond of
# cronie, dcron and busybox (as a `crond` link); fcron
DAEMONS = frozenset(("cron", "crond", "cronie", "fcron"))
PID_FILES = (
    "run/crond.pid",
    "var/run/crond.pid",
    "run/cron.pid",
    "var/run/cron.pid",
    "run/fcron.pid",
    "var/run/fcron.pid",
)
# systemd-cron's generator: crontab lines run as systemd timers, no daemon to be seen
GENERATORS = (
    "usr/lib/systemd/system-generators/systemd-crontab-generator",
    "lib/systemd/system-generators/systemd-crontab-generator",
)


def cron_running(root: Path | None = None) -> bool | None:
    """Whether a cron daemon runs (see the module's doc); ``root``: in place of :data:`ROOT`."""
    base = ROOT if root is None else root
    proc = base / "proc"
    try:
        pids = [entry.name for entry in os.scandir(proc) if entry.name.isdigit()]
    except OSError:
        pids = []
    if any(_is_cron(proc / pid) for pid in pids):
        return True
    if any(_live(proc, base / name) for name in PID_FILES):
        return True
    if _read(proc / "1" / "comm") is None:  # not every process can be seen (or no /proc)
        return None
    return None if any((base / name).exists() for name in GENERATORS) else False


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # gone since it was listed, not allowed, not there
        return None


def _is_cron(process: Path) -> bool:
    """A cron daemon by its name, or ``busybox crond`` (its name is then ``busybox``)."""
    name = (_read(process / "comm") or "").strip()
    if name in DAEMONS:
        return True
    if name != "busybox":
        return False
    words = (_read(process / "cmdline") or "").split("\0")
    return len(words) > 1 and words[1] == "crond"


def _live(proc: Path, pid_file: Path) -> bool:
    """``pid_file`` names a process that is there."""
    pid = (_read(pid_file) or "").strip()
    return pid.isdigit() and int(pid) > 0 and (proc / str(int(pid))).is_dir()
