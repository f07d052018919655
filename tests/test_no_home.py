"""No home directory (issue 10): a UID without a passwd entry and no HOME, as under
``docker run -u 12345``. platformdirs raises RuntimeError; commands that need the profile say
so in one line naming PRIMEHELP_CONFIG_DIR, and the others run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from primehelp.errors import FileProblem
from primehelp.profile import CONFIG_DIR_ENV, profile_path

NO_PASSWD_ENTRY = ["setpriv", "--reuid=12345", "--regid=12345", "--clear-groups"]
needs_root_and_setpriv = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="changing user needs root and setpriv (the CI and dev container have both)",
)


def test_profile_path_without_a_home_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    def no_home(*args: object, **kwargs: object) -> str:
        raise RuntimeError("could not determine the home directory for '~/.config'")

    monkeypatch.setattr(platformdirs, "user_config_dir", no_home)
    with pytest.raises(FileProblem) as caught:
        profile_path({})
    message = caught.value.message
    assert CONFIG_DIR_ENV in message.en and CONFIG_DIR_ENV in message.ja
    assert "home directory" in message.en and "ホーム" in message.ja
    assert "\n" not in message.en + message.ja


def _run_homeless(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NO_PASSWD_ENTRY, sys.executable, "-m", "primehelp", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        stdin=subprocess.DEVNULL,
        env={"PATH": os.environ.get("PATH", ""), "COLUMNS": "100"},  # no HOME, no XDG_*
    )


@needs_root_and_setpriv
@pytest.mark.parametrize(
    "args",
    [
        ["profile"],
        ["profile", "--clear"],
        ["renewal"],
        ["renewal", "2026-12-31", "--save"],
    ],
)
def test_commands_that_need_the_profile_say_so_in_one_line(args: list[str]) -> None:
    done = _run_homeless(*args)
    assert done.returncode == 2, done.stderr[-1500:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and CONFIG_DIR_ENV in lines[0], done.stderr


@needs_root_and_setpriv
def test_cancel_has_no_traceback() -> None:
    done = _run_homeless("cancel")
    assert done.returncode == 0, done.stderr[-1500:]  # warns in one line and goes on
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "warning" in lines[0] and CONFIG_DIR_ENV in lines[0], done.stderr
    assert done.stdout


@needs_root_and_setpriv
@pytest.mark.parametrize(
    "args", [["fees"], ["contact"], ["renewal", "2026-12-31", "--today", "2026-11-25"]]
)
def test_commands_that_do_not_need_the_profile_run(args: list[str]) -> None:
    done = _run_homeless(*args)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout
