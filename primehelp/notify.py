"""A desktop notification with the platform's own tool: ``notify-send`` (Linux and other
Unix desktops) or ``osascript`` (macOS).

The tool is looked up on ``PATH`` and run with a timeout, its output discarded. Nothing is
passed through a shell: the title and the text are arguments (for ``osascript`` the script
reads them from ``argv``, so no quoting of AppleScript strings is needed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from primehelp.i18n import Text

TIMEOUT_S = 10
APP_NAME = "primehelp"
# Reads the text and the title from the arguments after the script: nothing to escape.
_APPLESCRIPT = (
    "on run argv",
    "display notification (item 1 of argv) with title (item 2 of argv)",
    "end run",
)


def notifier_tool(platform: str = sys.platform) -> str:
    """The name of the notification tool on ``platform``."""
    return "osascript" if platform == "darwin" else "notify-send"


def notifier_argv(tool_path: str, platform: str, title: str, body: str) -> list[str]:
    """The command line that shows ``title`` and ``body`` with the tool at ``tool_path``.
    Without the backticks a terminal's text puts around a command: a notification shows them as
    they are (review 50b item 19), as due's one-line notices write 「手順：primehelp cancel」."""
    body = body.replace("`", "")
    if platform == "darwin":
        script = [part for line in _APPLESCRIPT for part in ("-e", line)]
        return [tool_path, *script, body, title]
    return [tool_path, f"--app-name={APP_NAME}", "--", title, body]


class Notification(StrEnum):
    """What became of the desktop notification asked for with ``--notify``."""

    SHOWN = "shown"
    NO_TOOL = "no_tool"  # neither notify-send nor osascript was found
    FAILED = "failed"  # the tool ran and failed, or did not finish in time


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of the notification, and the line to print on stderr when it failed."""

    notification: Notification
    problem: Text | None


def notify(title: str, body: str, sentences: Mapping[str, Text]) -> Outcome:
    """Show a desktop notification; never raises, never waits longer than ``TIMEOUT_S``."""
    platform = sys.platform
    tool = notifier_tool(platform)
    found = shutil.which(tool)
    if found is None:
        return Outcome(Notification.NO_TOOL, sentences["no_notifier"].format(tool=tool))
    try:
        returncode = _run_bounded(notifier_argv(found, platform, title, body))
    except subprocess.TimeoutExpired:
        reason = Text(f"{TIMEOUT_S} 秒以内に終わりませんでした", f"no answer within {TIMEOUT_S} s")
    except OSError as error:
        from primehelp.files import os_reason  # in Japanese too (review 38b item 14)

        reason = os_reason(error)
    else:
        if returncode == 0:
            return Outcome(Notification.SHOWN, None)
        reason = Text(f"終了コード {returncode}", f"exit code {returncode}")
    problem = Text(
        sentences["notifier_failed"].ja.format(tool=tool, reason=reason.ja),
        sentences["notifier_failed"].en.format(tool=tool, reason=reason.en),
    )
    return Outcome(Notification.FAILED, problem)


def _run_bounded(argv: list[str]) -> int:
    """Run ``argv`` and return its exit code; past ``TIMEOUT_S``, end it and all it started.

    The tool runs in a session of its own, so a timeout kills its whole process group: a
    notifier that started a helper of its own leaves nothing running behind primehelp.
    """
    posix = os.name == "posix"
    with subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=posix,
    ) as process:
        try:
            return process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            if posix:
                with contextlib.suppress(OSError):
                    os.killpg(process.pid, signal.SIGKILL)
            process.kill()
            process.wait()
            raise
