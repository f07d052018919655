"""write_files: the files of one command are written all or none (issue 10).

`renewal D --ics a.ics --save` on a full config file system used to write and announce a.ics,
then fail on the profile. With write_files both are staged first; nothing is renamed until
both are on disk.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from primehelp import storage
from primehelp.errors import FileProblem
from primehelp.profile import (
    Profile,
    load_profile,
    peek_profile,
    plan_to_save,
    profile_write,
    save_profile,
)
from primehelp.storage import PlannedWrite, write_files

SAVED = Profile(renewal_date=dt.date(2026, 12, 31), plan="annual")


def everything(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_both_files_written(tmp_path: Path) -> None:
    config = tmp_path / "config" / "primehelp"
    write_files(
        [
            PlannedWrite(tmp_path / "a.ics", b"cal"),
            profile_write(config / "profile.json", SAVED),
        ]
    )
    assert (tmp_path / "a.ics").read_bytes() == b"cal"
    assert load_profile(config / "profile.json") == SAVED


@pytest.mark.parametrize("failing", [1, 2])
def test_a_full_disk_on_either_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    (tmp_path / "old.ics").write_bytes(b"old")
    config = tmp_path / "config" / "primehelp"
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(storage.os, "fsync", fsync)
    with pytest.raises(FileProblem, match="no space left"):
        write_files(
            [
                PlannedWrite(tmp_path / "old.ics", b"new", force=True),
                profile_write(config / "profile.json", SAVED),
            ]
        )
    assert everything(tmp_path) == ["old.ics"]  # no temp file, no config dir, old file kept
    assert (tmp_path / "old.ics").read_bytes() == b"old"


def test_a_refused_second_file_stops_the_first(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(FileProblem, match="FIFO"):
        write_files([PlannedWrite(tmp_path / "a.ics", b"x"), PlannedWrite(tmp_path / "pipe", b"y", force=True)])  # fmt: skip
    assert everything(tmp_path) == ["pipe"]


def test_plan_to_save_keeps_the_saved_plan_unless_a_new_one_is_given() -> None:
    assert plan_to_save(None, None) is None
    assert plan_to_save(None, "monthly") == "monthly"
    assert plan_to_save(SAVED, None) == "annual"
    assert plan_to_save(SAVED, "monthly") == "monthly"
    assert plan_to_save(Profile(dt.date(2026, 1, 1), None), None) is None


def test_force_replaces_a_corrupt_profile_but_never_a_fifo(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.write_bytes(b"{not json")
    with pytest.raises(FileProblem, match="profile --clear"):
        save_profile(path, SAVED)
    assert path.read_bytes() == b"{not json"
    save_profile(path, SAVED, force=True)
    assert load_profile(path) == SAVED
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(FileProblem, match="FIFO"):
        save_profile(path, SAVED, force=True)
    assert path.is_fifo()


def test_profile_write_writes_nothing(tmp_path: Path) -> None:
    planned = profile_write(tmp_path / "new" / "profile.json", SAVED)
    assert planned.create_directory and planned.force
    assert everything(tmp_path) == []


def test_peek_profile_turns_problems_into_a_warning(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    assert peek_profile(env).profile is None and peek_profile(env).problem is None
    (tmp_path / "profile.json").write_bytes(b"[" * 30_000)
    peek = peek_profile(env)
    assert peek.profile is None and peek.problem is not None
    assert "nested too deeply" in peek.problem.message.en
    save_profile(tmp_path / "profile.json", SAVED, force=True)
    assert peek_profile(env).profile == SAVED
