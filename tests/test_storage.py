"""Atomic writes: never half a file, never the old file lost, one clear line per problem."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from primehelp import files, storage
from primehelp.errors import FileProblem
from primehelp.files import ensure_directory, read_bytes, remove_file
from primehelp.storage import write_atomically


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".primehelp-"))


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    write_atomically(target, b"hello\r\n", force=False)
    assert target.read_bytes() == b"hello\r\n"
    assert leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    old_umask = os.umask(0o022)
    try:
        write_atomically(target, b"x", force=False)
    finally:
        os.umask(old_umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_replacing_keeps_the_old_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_existing_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"new", force=False)
    assert "--force" in caught.value.message.en
    assert "--force" in caught.value.message.ja
    assert str(target) in caught.value.message.en
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    write_atomically(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_file_created_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process creates the file after the check and before the rename."""
    target = tmp_path / "out.ics"
    real_fsync = os.fsync

    def fsync_then_someone_writes(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"theirs")

    monkeypatch.setattr(storage.os, "fsync", fsync_then_someone_writes)
    with pytest.raises(FileProblem, match="--force"):
        write_atomically(target, b"ours", force=False)
    assert target.read_bytes() == b"theirs"
    assert leftovers(tmp_path) == []


def test_failing_rename_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old content")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"new content", force=True)
    assert str(target) in caught.value.message.en
    assert "input/output error" in caught.value.message.en.lower()
    assert "入出力エラー" in caught.value.message.ja
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_failing_write_midway_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old content")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", disk_full)
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"new content", force=True)
    assert "no space" in caught.value.message.en
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_permission_denied_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests run as root, so chmod cannot make a directory unwritable: simulate EACCES."""

    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.tempfile, "mkstemp", denied)
    target = tmp_path / "out.ics"
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"x", force=False)
    message = caught.value.message
    assert "permission denied" in message.en
    assert "権限" in message.ja
    assert str(target) in message.en and str(target) in message.ja
    assert "\n" not in message.en and "\n" not in message.ja
    assert not target.exists()


def test_missing_directory(tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.ics"
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"x", force=False)
    assert "directory does not exist" in caught.value.message.en
    assert "フォルダーがありません" in caught.value.message.ja
    assert not target.parent.exists()


def test_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(FileProblem) as caught:
        write_atomically(tmp_path, b"x", force=True)
    assert "is a directory" in caught.value.message.en
    assert tmp_path.is_dir()


def test_path_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "somefile"
    blocker.write_bytes(b"keep")
    with pytest.raises(FileProblem) as caught:
        write_atomically(blocker / "x.ics", b"x", force=True)
    assert "not a directory" in caught.value.message.en
    assert blocker.read_bytes() == b"keep"


def test_file_names_in_messages_are_quoted_in_full_and_on_one_line(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 60) / "new\nline.ics"
    with pytest.raises(FileProblem) as caught:
        write_atomically(target, b"x", force=False)
    message = caught.value.message
    assert "\n" not in message.en and "\n" not in message.ja
    assert "x" * 60 + "/new\\nline.ics'" in message.en


def test_read_bytes(tmp_path: Path) -> None:
    assert read_bytes(tmp_path / "absent") is None
    (tmp_path / "f").write_bytes(b"data")
    assert read_bytes(tmp_path / "f") == b"data"
    with pytest.raises(FileProblem, match="directory"):
        read_bytes(tmp_path)


def test_read_bytes_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"data")

    def denied(*args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "open", denied)  # read_bytes opens with O_NONBLOCK
    with pytest.raises(FileProblem, match="cannot read") as caught:
        read_bytes(target)
    assert str(target) in caught.value.message.ja


def test_ensure_directory(tmp_path: Path) -> None:
    ensure_directory(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(FileProblem, match="a file with that name exists"):
        ensure_directory(tmp_path / "file")


def test_remove_file(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"x")
    assert remove_file(target) is True
    assert not target.exists()
    assert remove_file(target) is False
    with pytest.raises(FileProblem, match="directory"):
        remove_file(tmp_path)
    assert tmp_path.is_dir()
