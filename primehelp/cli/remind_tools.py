"""The tools ``primehelp remind`` runs: ``systemctl --user`` and ``crontab -l``, found on PATH,
with a timeout; why one could not run is a :class:`~primehelp.i18n.Text` in both languages."""

import os
import shutil
import stat
import subprocess
from pathlib import Path

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.remind import bus_address, runs_the_check

TOOL_TIMEOUT_S = 20
_UI = "ui_remind"


def tool(*argv: str) -> subprocess.CompletedProcess[str] | Text:
    """Run a tool found on PATH with a timeout; a :class:`Text` says why it could not run."""
    found = shutil.which(argv[0])
    if found is None:
        return Text(f"{argv[0]} が見つかりません", f"{argv[0]} not found")
    try:
        return subprocess.run(
            [found, *argv[1:]],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Text(
            f"{TOOL_TIMEOUT_S} 秒以内に終わりませんでした", f"no answer in {TOOL_TIMEOUT_S} s"
        )
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return Text(reason, reason)


def systemctl(*args: str) -> Text | None:
    """Run ``systemctl --user ARGS``; ``None`` when it worked, else why not."""
    done = tool("systemctl", "--user", *args)
    if isinstance(done, Text):
        return done
    if done.returncode == 0:
        return None
    said = (done.stderr.strip().splitlines() or [""])[-1].strip()
    if not said:  # the code in the member's language (review 25b item 3)
        return ui("systemctl_exit", _UI).format(code=str(done.returncode))
    return ui("systemctl_said", _UI).format(code=str(done.returncode), said=said)


def in_crontab() -> bool | None:
    """Whether a crontab line runs ``primehelp due`` (``None``: the crontab could not be read)."""
    done = tool("crontab", "-l")
    if isinstance(done, Text):
        return None
    if done.returncode != 0:
        return False if "no crontab" in done.stderr.lower() else None
    return runs_the_check(done.stdout)


def session_bus() -> str | None:
    """This user's session bus at its fixed address (``$XDG_RUNTIME_DIR/bus``, a socket owned
    by this user), for the crontab line: cron gives a job no ``DBUS_SESSION_BUS_ADDRESS``, and
    ``notify-send`` shows nothing without it (review 36b item 2). ``None`` where there is none."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    uid = getattr(os, "getuid", None)
    if not runtime or uid is None:
        return None
    try:
        found = (Path(runtime) / "bus").stat()
    except OSError:
        return None
    ours = stat.S_ISSOCK(found.st_mode) and found.st_uid == uid()
    return bus_address(runtime, ours)
