"""Temporary files of atomic writes: unpredictable, never through a link, gone after a signal.

The signal tests run a child process that stops in the middle of a write (a hook in
``os.fsync`` waits for a line on stdin, after the temporary file is written), then signal it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from primehelp.storage import write_atomically

CHILD = r"""
import os, signal, sys
from pathlib import Path
from primehelp import storage

if sys.argv[2] == "ignore-hup":
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
else:  # the default action, even when the test itself runs under nohup (inherited SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
before = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP))
real_fsync = os.fsync

def wait_mid_write(fd):
    real_fsync(fd)
    os.fsync = real_fsync  # once: the directory is synced too
    print("mid-write", flush=True)
    sys.stdin.readline()

os.fsync = wait_mid_write
storage.write_atomically(Path(sys.argv[1]), b"BEGIN:VCALENDAR\r\n" * 50_000, force=False)
after = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP))
print("done" if after == before else f"handlers not restored: {after} != {before}", flush=True)
"""


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".primehelp-"))


def _start(target: Path, mode: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "mid-write\n"
    assert len(leftovers(target.parent)) == 1  # the temporary file is there, full
    return child


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_signal_mid_write_removes_the_temp_file_and_still_kills(
    tmp_path: Path, signum: int
) -> None:
    target = tmp_path / "cal.ics"
    child = _start(target, "default")
    child.send_signal(signum)
    child.communicate(timeout=60)
    assert child.returncode == -signum  # the signal's default action, as if we were not there
    assert leftovers(tmp_path) == []
    assert not target.exists()


def test_ignored_hangup_lets_the_write_finish_and_handlers_are_restored(tmp_path: Path) -> None:
    target = tmp_path / "cal.ics"
    child = _start(target, "ignore-hup")
    child.send_signal(signal.SIGHUP)
    out, _ = child.communicate("\n", timeout=60)
    assert (child.returncode, out) == (0, "done\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n" * 50_000
    assert leftovers(tmp_path) == []


def test_handlers_are_restored_after_a_write(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)
    write_atomically(tmp_path / "a.ics", b"x", force=False)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP)) == before


@pytest.fixture
def predictable_names(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make tempfile try ``fixed`` first: the name an attacker would have guessed."""
    names = iter(["fixed", "other1", "other2", "other3"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    yield


@pytest.mark.usefixtures("predictable_names")
def test_a_link_planted_at_the_temp_name_is_never_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (tmp_path / ".primehelp-fixed.tmp").symlink_to(victim)
    write_atomically(tmp_path / "cal.ics", b"ours", force=False)
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "cal.ics").read_bytes() == b"ours"


def test_temp_names_are_random(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    for _ in range(3):
        write_atomically(tmp_path / "cal.ics", b"x", force=True)
    assert len(set(seen)) == 3
    assert all(name.startswith(".primehelp-") and len(name) >= len(".primehelp-12345678.tmp")
               for name in seen)  # fmt: skip
