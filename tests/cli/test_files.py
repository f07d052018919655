"""Files through the commands: `--ics` and `--save` into places that cannot take them.

tests/test_storage.py covers write_atomically itself (temp file, rename, races, modes); here
the whole command runs, and the check is what a member sees and what is left on disk: one
line, exit 2, the old file intact, no temp file, and never one file written but not the other.
Tests run as root, where chmod does not stop writes: unwritable places are simulated with a
path under a regular file, with sysfs (which refuses even root), or by injecting the error.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from primehelp.cli import app

RENEWAL = ["renewal", "2026-12-31", "--today", "2026-11-25", "--lang", "en"]
TRIAL = ["trial", "2026-11-25", "--today", "2026-11-25", "--lang", "en"]
OLD = b"BEGIN:VCALENDAR\r\nold\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "work"
    directory.mkdir()
    (directory / "existing.ics").write_bytes(OLD)
    monkeypatch.chdir(directory)
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path / "config"))
    yield directory


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("primehelp: error: ")
    assert len(lines[0]) < 320
    return lines[0]


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.mark.parametrize("command", [RENEWAL, TRIAL], ids=["renewal", "trial"])
@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("existing.ics", "already exists; use `--force`"),  # backticks: review 60b, item 3
        ("missing/cal.ics", "directory does not exist"),
        ("existing.ics/cal.ics", "a part of the path is not a directory"),
        (".", "is a directory"),
        ("/sys/primehelp.ics", "permission denied"),
    ],
)
def test_refused_targets_leave_everything_as_it_was(
    work: Path, command: list[str], target: str, problem: str
) -> None:
    code, stdout, stderr = run([*command, "--ics", target, "--save"])
    assert code == 2
    assert problem in one_error_line(stderr)
    assert stdout == ""
    assert listing(work) == ["existing.ics"]
    assert (work / "existing.ics").read_bytes() == OLD
    assert not Path(os.environ["PRIMEHELP_CONFIG_DIR"]).exists()


def test_name_too_long_is_one_short_line(work: Path) -> None:
    """Regression: OSError ENAMETOOLONG escaped as a traceback (from Path.is_dir)."""
    code, _, stderr = run([*RENEWAL, "--ics", "x" * 100_000])
    assert code == 2
    line = one_error_line(stderr)
    assert "File name too long" in line or "name too long" in line.lower()
    assert listing(work) == ["existing.ics"]


def test_nul_in_the_name_is_one_line(work: Path) -> None:
    """Regression: ValueError 'embedded null byte' escaped, after a temp file was made."""
    code, _, stderr = run([*RENEWAL, "--ics", "cal\x00.ics"])
    assert code == 2
    assert "'cal\\x00.ics' cannot be a file name" in one_error_line(stderr)
    assert listing(work) == ["existing.ics"]


def test_unwritable_profile_stops_the_calendar_too(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the calendar was written, then --save failed: exit 2 with a file left."""
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", "/sys/primehelp-config")
    code, _, stderr = run([*RENEWAL, "--ics", "new.ics", "--save"])
    assert code == 2
    assert "permission denied" in one_error_line(stderr)
    assert listing(work) == ["existing.ics"]


def test_profile_under_a_regular_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(work / "existing.ics" / "config"))
    code, _, stderr = run([*RENEWAL, "--ics", "new.ics", "--save"])
    assert code == 2
    one_error_line(stderr)
    assert listing(work) == ["existing.ics"]
    assert (work / "existing.ics").read_bytes() == OLD


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_a_crash_mid_write_keeps_the_old_calendar(
    work: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Inject a failure into the atomic write of `--ics existing.ics --force`."""

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    if failing == "fsync":
        monkeypatch.setattr(os, "fsync", fail)
    elif failing == "replace":
        monkeypatch.setattr(Path, "replace", fail)
    else:
        monkeypatch.setattr(os, "fdopen", _half_then_disk_full(os.fdopen))
    code, _, stderr = run([*RENEWAL, "--ics", "existing.ics", "--force"])
    assert code == 2
    assert "cannot write 'existing.ics'" in one_error_line(stderr)
    assert listing(work) == ["existing.ics"]  # no temp file left behind
    assert (work / "existing.ics").read_bytes() == OLD


def _half_then_disk_full(real_fdopen: Any) -> Any:
    """An os.fdopen whose files take half of the first write, then report a full disk."""

    class HalfWritten:
        def __init__(self, file: Any) -> None:
            self.file = file

        def __enter__(self) -> HalfWritten:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            self.file.write(data[: len(data) // 2])
            self.file.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.file, name)

    return lambda *args, **kwargs: HalfWritten(real_fdopen(*args, **kwargs))


def test_read_only_file_system_simulated(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only place, as an ordinary user would meet it (root is not stopped by chmod)."""
    import tempfile

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    code, _, stderr = run([*RENEWAL, "--ics", "new.ics", "--save"])
    assert code == 2
    assert "permission denied" in one_error_line(stderr)
    assert listing(work) == ["existing.ics"]
    assert not Path(os.environ["PRIMEHELP_CONFIG_DIR"]).exists()


def test_both_files_written_when_all_is_well(work: Path) -> None:
    code, _, stderr = run([*RENEWAL, "--ics", "new.ics", "--save"])
    assert code == 0
    assert listing(work) == ["existing.ics", "new.ics"]
    assert (Path(os.environ["PRIMEHELP_CONFIG_DIR"]) / "profile.json").is_file()
    # "wrote …", "saved …", and that the calendar holds this renewal only (review 46b S 7)
    assert len(stderr.splitlines()) == 3
