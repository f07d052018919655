"""Running a child process as another user (``setpriv``), for tests that need one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def can_start_python(prefix: list[str], python: str | Path = sys.executable) -> bool:
    """Whether ``prefix`` (e.g. ``setpriv --reuid=…``) can start ``python`` and import primehelp.

    A pyenv interpreter under root's private home (its ``libpython`` included) cannot be
    started by another user, nor a checkout in a private folder (mktemp -d) read. A probe, not
    a reading of permission bits: it answers for every reason at once (also ACLs, libpython).
    """
    probe = subprocess.run(
        [*prefix, str(python), "-c", "import primehelp"], capture_output=True, timeout=60
    )
    return probe.returncode == 0
