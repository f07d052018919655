"""Write files so that a failure never leaves half a file or loses the old one.

The new content goes to a temporary file in the same directory, is flushed to disk, and then
replaces the target in one step (:func:`os.replace`). Every failure becomes one
:class:`~primehelp.errors.FileProblem` line that names the file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from primehelp.errors import FileProblem, shown
from primehelp.i18n import Text

_TEMP_PREFIX = ".primehelp-"
_TEMP_SUFFIX = ".tmp"


_FULL_NAME_LIMIT = 200  # longer than any name worth reading in full; the line stays short


def file_name(path: Path | str) -> str:
    """A file name for a one-line message: quoted, in full, control characters escaped.

    A name longer than 200 characters (pasted by mistake) keeps its start and its end.
    """
    name = str(path)
    if len(name) > _FULL_NAME_LIMIT:
        half = _FULL_NAME_LIMIT // 2
        name = f"{name[:half]}…{name[-half:]}"
    return shown(name, limit=None)


def _problem(path: Path, ja: str, en: str) -> FileProblem:
    name = file_name(path)
    return FileProblem(Text(ja=ja.format(file=name), en=en.format(file=name)))


def _os_problem(path: Path, error: OSError) -> FileProblem:
    """Describe an operating-system error on ``path`` in one line."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _problem(
            path,
            "{file} に書き込めません（書き込み権限がありません）。別の場所を指定してください",
            "cannot write {file}: permission denied; choose another place",
        )
    if error.errno == errno.ENOSPC:
        return _problem(
            path,
            "{file} に書き込めません（ディスクの空きがありません）",
            "cannot write {file}: no space left on the disk",
        )
    reason = error.strerror or type(error).__name__
    return _problem(
        path, "{file} に書き込めません（" + reason + "）", "cannot write {file}: " + reason
    )


def check_writable_target(path: Path, *, force: bool) -> None:
    """Refuse a target that cannot or must not be written, before any work is done."""
    if "\x00" in str(path):  # pathlib answers False for it; os functions raise ValueError
        raise _problem(
            path,
            "{file} はファイル名として使えません（NUL 文字を含んでいます）",
            "{file} cannot be a file name: it contains a NUL character",
        )
    try:
        _check_target(path, force=force)
    except OSError as error:  # e.g. a name longer than the file system allows
        raise _os_problem(path, error) from error


def _check_target(path: Path, *, force: bool) -> None:
    directory = path.parent
    if path.is_dir():
        raise _problem(
            path,
            "{file} はフォルダーです。書き出すファイルの名前を指定してください",
            "{file} is a directory; give the name of the file to write",
        )
    if not directory.exists():
        raise _problem(
            path,
            "{file} のフォルダーがありません。先にフォルダーを作るか、別の場所を指定してください",
            "cannot write {file}: its directory does not exist; create it or choose another place",
        )
    if not directory.is_dir():
        raise _problem(
            path,
            "{file} に書き込めません（途中のパスがフォルダーではありません）",
            "cannot write {file}: a part of the path is not a directory",
        )
    if path.exists() and not force:
        raise _problem(
            path,
            "{file} はすでにあります。上書きするには --force を付けてください",
            "{file} already exists; use --force to overwrite it",
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
        raise _os_problem(path, error) from error


def write_atomically(path: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` atomically; an existing file is replaced only with ``force``."""
    check_writable_target(path, force=force)
    temp: Path | None = None
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=path.parent
        )
        temp = Path(temp_name)
        with os.fdopen(handle, "wb") as temp_file:
            temp.chmod(_new_file_mode(path))
            temp_file.write(data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        if force:
            temp.replace(path)
            temp = None
        else:
            _place_new(temp, path)
    except OSError as error:
        raise _os_problem(path, error) from error
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)
    _sync_directory(path.parent)


def _place_new(temp: Path, path: Path) -> None:
    """Give ``temp`` the name ``path`` only if no file has that name (even one made meanwhile)."""
    try:
        os.link(temp, path)  # fails if ``path`` exists: no window for a race
    except FileExistsError:
        check_writable_target(path, force=False)
        raise
    except OSError:
        # No hard links on this file system (FAT, some network shares): check, then rename.
        check_writable_target(path, force=False)
        temp.replace(path)


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


def read_bytes(path: Path) -> bytes | None:
    """Read ``path``; ``None`` when it does not exist, a :class:`FileProblem` when unreadable."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError as error:
        raise _problem(
            path,
            "{file} はフォルダーのため読み込めません",
            "cannot read {file}: it is a directory",
        ) from error
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _problem(
            path, "{file} を読み込めません（" + reason + "）", "cannot read {file}: " + reason
        ) from error


def ensure_directory(directory: Path) -> None:
    """Create ``directory`` and its parents if missing (for the config directory)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise _problem(
            directory,
            "{file} を作れません（同じ名前のファイルがあります）",
            "cannot create the directory {file}: a file with that name exists",
        ) from error
    except OSError as error:
        raise _os_problem(directory, error) from error


def remove_file(path: Path) -> bool:
    """Delete ``path``; ``False`` when it did not exist."""
    if path.is_dir():
        raise _problem(
            path,
            "{file} はフォルダーのため削除しません",
            "{file} is a directory; not deleting it",
        )
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise _os_problem(path, error) from error
    return True
