"""Output files are written only to a regular file or a new path (issue 10).

A device, FIFO, socket or directory is refused even with ``--force``, naming what it is. A
symlink is never written through: with ``--force`` a link to a regular file (or a dangling link)
is replaced by the new file and its target is left alone; a link to anything that is not a
regular file (``/dev/stdout`` → ``/proc/self/fd/1``) is refused, because replacing it would
break what the link is for. Tests run as root, the case the issue found: root may replace
``/dev/null``. Devices are made with mknod in a temporary directory, never the real ``/dev``.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from primehelp.errors import FileProblem
from primehelp.storage import check_writable_target, write_atomically


def _device(path: Path) -> Path:
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    yield path
    server.close()


def _refused(path: Path, kind_en: str, kind_ja: str) -> None:
    before = os.lstat(path)
    for force in (False, True):
        with pytest.raises(FileProblem) as caught:
            write_atomically(path, b"BEGIN:VCALENDAR\r\n", force=force)
        message = caught.value.message
        assert kind_en in message.en, message.en
        assert kind_ja in message.ja, message.ja
        assert str(path) in message.en and str(path) in message.ja
        assert "\n" not in message.en + message.ja
        after = os.lstat(path)
        assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".primehelp-")) == []


def test_device_is_refused_even_with_force(tmp_path: Path) -> None:
    _refused(_device(tmp_path / "null"), "is a device", "デバイス")


def test_fifo_is_refused_even_with_force(tmp_path: Path) -> None:
    _refused(_fifo(tmp_path / "pipe"), "is a FIFO", "FIFO")


def test_socket_is_refused_even_with_force(unix_socket: Path) -> None:
    _refused(unix_socket, "is a socket", "ソケット")


def test_link_to_a_device_is_refused_even_with_force(tmp_path: Path) -> None:
    device = _device(tmp_path / "null")
    link = tmp_path / "stdout"
    link.symlink_to(device)
    _refused(link, "a link to a device", "デバイスへのリンク")
    assert link.is_symlink() and stat.S_ISCHR(device.stat().st_mode)


def test_link_like_dev_stdout_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    with pytest.raises(FileProblem):
        write_atomically(link, b"x", force=True)
    assert link.is_symlink() and link.readlink() == Path("/proc/self/fd/1")


def test_link_to_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "dir")
    _refused(link, "is a directory", "フォルダー")


def test_force_replaces_a_link_to_a_regular_file_never_its_target(tmp_path: Path) -> None:
    target = tmp_path / "target.ics"
    target.write_bytes(b"theirs")
    link = tmp_path / "cal.ics"
    link.symlink_to(target)
    with pytest.raises(FileProblem, match="--force"):
        write_atomically(link, b"ours", force=False)
    write_atomically(link, b"ours", force=True)
    assert not link.is_symlink() and link.read_bytes() == b"ours"
    assert target.read_bytes() == b"theirs"


def test_dangling_link_needs_force_and_is_replaced(tmp_path: Path) -> None:
    link = tmp_path / "cal.ics"
    link.symlink_to(tmp_path / "nowhere" / "x.ics")
    with pytest.raises(FileProblem, match="already exists; use `--force`"):
        check_writable_target(link, force=False)
    write_atomically(link, b"ours", force=True)
    assert not link.is_symlink() and link.read_bytes() == b"ours"
    assert not (tmp_path / "nowhere").exists()


def test_cli_ics_to_a_device_with_force_is_one_line_exit_2(tmp_path: Path) -> None:
    from tests.support.clihelp import run

    device = _device(tmp_path / "null")
    done = run("renewal", "2026-12-31", "--today", "2026-11-25", "--lang", "en", "--ics",
               str(device), "--force")  # fmt: skip
    assert done.exit_code == 2
    assert done.stderr.count("\n") == 1 and "is a device" in done.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/stderr", "/dev/fd/1"])
def test_the_real_dev_stdout_is_refused_by_the_check(name: str) -> None:
    """Only the check runs here: nothing is written near the real /dev."""
    with pytest.raises(FileProblem, match="not even with `--force`; to write to stdout give `-`"):
        check_writable_target(Path(name), force=True)
