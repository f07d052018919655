"""Running a child process as another user (``setpriv``), for tests that need one."""

from __future__ import annotations

import subprocess
import sys


def can_start_python(prefix: list[str]) -> bool:
    """Whether ``prefix`` (e.g. ``setpriv --reuid=…``) can start this interpreter and import primehelp.

    A pyenv interpreter under root's private home (its ``libpython`` included) cannot be
    started by another user, nor a checkout in a private folder (mktemp -d) read. tests/support/installed.py decides the same from permissions.
    """
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import primehelp"], capture_output=True, timeout=60
    )
    return probe.returncode == 0
