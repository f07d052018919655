"""The tools ``primehelp remind`` runs: ``systemctl --user`` and ``crontab -l``, found on PATH,
with a timeout; why one could not run is a :class:`~primehelp.i18n.Text` in both languages."""

import shutil
import subprocess

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.remind import runs_the_check

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
