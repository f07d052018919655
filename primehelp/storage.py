"""Write files so that a failure never leaves half a file or loses the old one.

The new content goes to a temporary file in the same directory, is flushed to disk, and then
replaces the target in one step (:func:`os.replace`). Every failure becomes one
:class:`~primehelp.errors.FileProblem` line that names the file
(reading and naming files: :mod:`primehelp.files`).

Only a regular file or a new path is written. A device, FIFO, socket or directory is refused,
even with ``force``, naming what it is. A symlink is never written through: ``force`` replaces a
link to a regular file (or a dangling link) with the new file and leaves the link's target alone,
so a link planted in a shared directory cannot redirect the write. A link to a device or FIFO, or
one into ``/proc`` or ``/dev/fd`` (``/dev/stdout``), is refused: replacing it would break what
the link is for instead of writing output.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from primehelp.errors import FileProblem
from primehelp.files import (
    ensure_directory,
    file_name,
    file_problem,
    kind_of,
    os_problem,
    os_reason,
)
from primehelp.i18n import Text
from primehelp.tempfiles import TempFiles, removed_on_signal

_TEMP_PREFIX = ".primehelp-"
_TEMP_SUFFIX = ".tmp"


def check_writable_target(path: Path, *, force: bool, create_directory: bool = False) -> None:
    """Refuse a target that cannot or must not be written, before any work is done.

    ``create_directory``: a missing directory will be made (the config dir), not refused.
    """
    if "\x00" in str(path):  # pathlib answers False for it; os functions raise ValueError
        raise file_problem(
            path,
            "{file} はファイル名として使えません（NUL 文字を含んでいます）",
            "{file} cannot be a file name: it contains a NUL character",
        )
    try:
        _check_target(path, force=force, create_directory=create_directory)
    except OSError as error:  # e.g. a name longer than the file system allows
        raise os_problem(path, error) from error


def _stat_or_none(path: Path, *, follow: bool) -> os.stat_result | None:
    """``os.stat`` (or ``lstat``) of ``path``, ``None`` if nothing (or a dangling link) is there."""
    try:
        return path.stat(follow_symlinks=follow)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:  # a link loop: a link that leads nowhere
            return None
        raise


_OPEN_FILE_LINKS = ("/proc/", "/dev/fd/")  # /dev/stdout → /proc/self/fd/1 → whatever fd 1 is
_LINK_HOPS = 40  # as many as Linux follows


def _leads_to_an_open_file(path: Path) -> bool:
    """Whether ``path`` is, or passes through, a link into ``/proc`` or ``/dev/fd``.

    Such a link stands for a stream of this process: when stdout is redirected to a file,
    ``/dev/stdout`` resolves to a regular file, but replacing the link would still break ``/dev``.
    """
    current = Path(os.path.normpath(path.absolute()))
    for _ in range(_LINK_HOPS):
        if current.as_posix().startswith(_OPEN_FILE_LINKS):
            return True
        try:
            target = current.readlink()
        except OSError:  # not a link (any more), or gone
            return False
        # normpath, not resolve(): resolving would follow the very links being inspected
        current = Path(os.path.normpath(current.parent / target))
    return False


def _refuse_special(path: Path) -> None:
    """Refuse a path that is, or links to, something other than a regular file (even with force).

    A link is never written through; ``--force`` replaces a link to a regular file (or a
    dangling link) with the new file. A link to a device or a FIFO is refused instead:
    ``/dev/stdout`` is such a link, and replacing it would break the system, not write output.
    """
    own = _stat_or_none(path, follow=False)
    if own is None:
        return
    is_link = stat.S_ISLNK(own.st_mode)
    if is_link and _leads_to_an_open_file(path):
        raise file_problem(
            path,
            "{file} は開いているファイルやストリームへのリンク（/dev/stdout など）です。"
            "`--force` でも置き換えません。標準出力に書くには `-` を指定してください",
            "{file} is a link to an open file or stream (like /dev/stdout); it is not "
            "replaced, not even with `--force`; to write to stdout give `-`",
        )
    followed = _stat_or_none(path, follow=True) if is_link else own
    if followed is None:
        return  # a dangling link: replaced with --force like a file
    if stat.S_ISDIR(followed.st_mode):
        raise file_problem(
            path,
            "{file} はフォルダーです。書き出すファイルの名前を指定してください",
            "{file} is a directory; give the name of the file to write",
        )
    if stat.S_ISREG(followed.st_mode):
        return
    kind = kind_of(followed.st_mode)
    if is_link:
        raise file_problem(
            path,
            "{file} は" + kind.ja + "へのリンクです。primehelpは通常のファイルにだけ書き込み、"
            "このリンクは `--force` でも置き換えません",
            "{file} is a link to " + kind.en + "; primehelp writes only regular files and "
            "does not replace this link, not even with `--force`",
        )
    raise file_problem(
        path,
        "{file} は" + kind.ja + "です。primehelpは通常のファイルにだけ書き込み、"
        "`--force` でも置き換えません",
        "{file} is " + kind.en + "; primehelp writes only regular files and does not "
        "replace it, not even with `--force`",
    )


def _check_target(path: Path, *, force: bool, create_directory: bool) -> None:
    _refuse_special(path)
    directory = path.parent
    if create_directory and not directory.exists():
        return  # check_can_create probes the place the directory will be made in
    if not directory.exists():
        if str(path).startswith("~"):  # a ~ in quotes, not expanded (review 45b S 18)
            raise file_problem(
                path,
                "{file} のフォルダーがありません。~ はシェルが展開する記号で、引用符の中では展開"
                "されません。引用符で囲まずに指定するか、ホームフォルダーのパスを書いてください",
                "cannot write {file}: its directory does not exist; ~ is expanded by the shell, "
                "not inside quotes: give the path without quotes, or write out your home folder's path",
            )
        raise file_problem(
            path,
            "{file} のフォルダーがありません。先にフォルダーを作るか、別の場所を指定してください",
            "cannot write {file}: its directory does not exist; create it or choose another place",
        )
    if not directory.is_dir():
        raise file_problem(
            path,
            "{file} に書き込めません（途中のパスがフォルダーではありません）",
            "cannot write {file}: a part of the path is not a directory",
        )
    if _stat_or_none(path, follow=False) is not None and not force:
        raise file_problem(
            path,
            "{file} はすでにあります。上書きするには `--force` を付けてください",
            "{file} already exists; use `--force` to overwrite it",
        )


def check_can_create(path: Path) -> None:
    """Refuse early when ``path`` (or the directories above it) could not be created.

    The nearest existing directory is probed with an anonymous temporary file, so nothing is
    left behind: a command that writes two files checks both before writing either.
    """
    directory = path.parent
    try:
        while not directory.exists() and directory != directory.parent:
            directory = directory.parent
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        if directory == path.parent:
            raise os_problem(path, error) from error
        raise _folder_not_made(path, error) from error


def _folder_not_made(path: Path, error: OSError) -> FileProblem:
    """「フォルダー「/proc/x/primehelp」を作成できないため、「…/profile.json」に書き込めません」:
    the folder to be made is what fails, not the file (review 43a, S 19: the error said
    「ファイルがありません」 of a file primehelp was about to create). The system's reason is added
    unless it is that same 「ない」 (ENOENT)."""
    reason = None if error.errno == errno.ENOENT else os_reason(error)
    folder, name = file_name(path.parent), file_name(path)
    return FileProblem(
        Text(
            f"フォルダー{folder}を作成できないため、{name}に書き込めません"
            + (f"（{reason.ja}）" if reason else ""),
            f"cannot write {name}: its folder {folder} cannot be created"
            + (f" ({reason.en})" if reason else ""),
        )
    )


@dataclass(frozen=True, slots=True)
class PlannedWrite:
    """One file a command will write: see :func:`write_files`."""

    path: Path
    data: bytes
    force: bool = False  # replace an existing regular file (never a device, FIFO or socket)
    create_directory: bool = False  # make missing directories (the config dir)


def write_atomically(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` atomically; an existing file is replaced only with ``force``."""
    write_files([PlannedWrite(path, data, force=force)])


def write_files(writes: Sequence[PlannedWrite]) -> None:
    """Write every file or none: check all, write all to temporary files, then rename each.

    A full disk or a refused target leaves no file changed, no temporary file and no directory
    made for the purpose; SIGTERM or SIGHUP leaves no file changed and no temporary file (an
    empty config directory may stay). Only a failing rename after another file was renamed
    (rare: both are on disk by then) is not undone.
    """
    for write in writes:
        check_writable_target(
            write.path, force=write.force, create_directory=write.create_directory
        )
    made: list[Path] = []
    staged: list[tuple[PlannedWrite, Path]] = []
    finished = False
    with removed_on_signal() as temps:
        try:
            for write in writes:
                if write.create_directory:
                    made += _make_directories(write.path.parent)
                staged.append((write, _stage(write, temps)))
            for write, temp in staged:
                if _rename(write, temp):
                    temps.forget(temp)
            finished = True
        finally:
            temps.remove_all()  # unrenamed temporary files, and spare names of linked ones
            if not finished:
                for directory in reversed(made):
                    with contextlib.suppress(OSError):
                        directory.rmdir()  # only if still empty
    for directory in dict.fromkeys(write.path.parent for write in writes):
        _sync_directory(directory)


def _stage(write: PlannedWrite, temps: TempFiles) -> Path:
    """Write ``write.data`` to a new temporary file beside ``write.path`` and flush it to disk."""
    try:
        handle, temp = temps.create(write.path.parent, _TEMP_PREFIX, _TEMP_SUFFIX)
        with os.fdopen(handle, "wb") as temp_file:
            temp.chmod(_new_file_mode(write.path))
            temp_file.write(write.data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
    except OSError as error:
        raise os_problem(write.path, error) from error
    return temp


def _rename(write: PlannedWrite, temp: Path) -> bool:
    """Give ``temp`` its final name; ``True`` if ``temp`` is gone, ``False`` if it is a link."""
    try:
        if write.force:
            _refuse_special(write.path)  # again: something may have taken the name meanwhile
            temp.replace(write.path)
            return True
        return _place_new(temp, write.path)
    except OSError as error:
        raise os_problem(write.path, error) from error


def _make_directories(directory: Path) -> list[Path]:
    """Make ``directory`` and missing parents; return the ones that were missing, top first."""
    missing: list[Path] = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    ensure_directory(directory)
    return missing[::-1]


def _place_new(temp: Path, path: Path) -> bool:
    """Give ``temp`` the name ``path`` only if no file has that name (even one made meanwhile).

    ``True`` if ``temp`` was renamed, ``False`` if it was linked (its name is still to delete).
    """
    try:
        os.link(temp, path)  # fails if ``path`` exists: no window for a race
    except FileExistsError:
        check_writable_target(path, force=False)
        raise
    except OSError:
        # No hard links on this file system (FAT, some network shares): check, then rename.
        check_writable_target(path, force=False)
        temp.replace(path)
        return True
    return False


def _new_file_mode(path: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual 0o666 minus umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(directory: Path) -> None:
    """Flush the directory entry so the rename survives a crash (best effort: not on Windows)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
