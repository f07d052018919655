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
from tests.support.users import can_start_python

NO_PASSWD_ENTRY = ["setpriv", "--reuid=12345", "--regid=12345", "--clear-groups"]
# A pyenv interpreter under root's private home cannot be started by another user; reading and
# searching files is all it needs (these tests are about the missing home, not permissions).
if os.geteuid() == 0 and not can_start_python(NO_PASSWD_ENTRY):
    NO_PASSWD_ENTRY += ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
# Without root there is no user to become; the process then forgets its passwd entry instead
# (pwd.getpwuid raises KeyError, as for a UID with none), which is what platformdirs and
# os.path.expanduser consult when HOME is unset. Both cases run where root and setpriv exist.
WITHOUT_PASSWD_ENTRY = """
import pwd, runpy
def no_entry(uid):
    raise KeyError(f"getpwuid(): uid not found: {uid}")
pwd.getpwuid = no_entry
runpy.run_module("primehelp", run_name="__main__", alter_sys=True)
"""
HOMELESS = [
    pytest.param(
        "setpriv",
        marks=pytest.mark.skipif(
            os.geteuid() != 0 or shutil.which("setpriv") is None,
            reason="a UID without a passwd entry needs root and setpriv; 'no-passwd-entry' ran",
        ),
    ),
    "no-passwd-entry",
]


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


def _run_homeless(how: str, *args: str) -> subprocess.CompletedProcess[str]:
    start = (
        [*NO_PASSWD_ENTRY, sys.executable, "-m", "primehelp"]
        if how == "setpriv"
        else [sys.executable, "-c", WITHOUT_PASSWD_ENTRY]
    )
    return subprocess.run(
        [*start, *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        stdin=subprocess.DEVNULL,
        env={"PATH": os.environ.get("PATH", ""), "COLUMNS": "100"},  # no HOME, no XDG_*
    )


@pytest.mark.parametrize("how", HOMELESS)
@pytest.mark.parametrize(
    "args",
    [
        ["profile"],
        ["profile", "--clear"],
        ["renewal"],
        ["renewal", "2026-12-31", "--save"],
    ],
)
def test_commands_that_need_the_profile_say_so_in_one_line(how: str, args: list[str]) -> None:
    done = _run_homeless(how, *args)
    assert done.returncode == 2, done.stderr[-1500:]
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and CONFIG_DIR_ENV in lines[0], done.stderr


@pytest.mark.parametrize("how", HOMELESS)
def test_cancel_has_no_traceback(how: str) -> None:
    done = _run_homeless(how, "cancel")
    assert done.returncode == 0, done.stderr[-1500:]  # warns in one line and goes on
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "warning" in lines[0] and CONFIG_DIR_ENV in lines[0], done.stderr
    assert done.stdout


@pytest.mark.parametrize("how", HOMELESS)
@pytest.mark.parametrize(
    "args", [["fees"], ["contact"], ["renewal", "2026-12-31", "--today", "2026-11-25"]]
)
def test_commands_that_do_not_need_the_profile_run(how: str, args: list[str]) -> None:
    done = _run_homeless(how, *args)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout
