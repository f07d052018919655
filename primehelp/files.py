"""Files the user names or owns: names in messages, reading, removing, following a link.

Every failure becomes one :class:`~primehelp.errors.FileProblem` line that names the file.
Reading refuses anything but a small regular file (a FIFO would block forever, ``/dev/zero``
would never end). Writing is in :mod:`primehelp.storage`.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from primehelp.errors import FileProblem, shown
from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, Text

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


def own_file_name(path: Path | str) -> Text:
    """The name of the tool's own file (the saved profile): bare in Japanese, where it follows
    「保存場所：」 (「」 are for Amazon's labels and what the member typed), quoted in English."""
    quoted = file_name(path)
    return Text(ja=quoted[len(VALUE_OPEN) : -len(VALUE_CLOSE)], en=quoted)


def file_problem(path: Path | str, ja: str, en: str) -> FileProblem:
    name = file_name(path)
    return FileProblem(Text(ja=ja.format(file=name), en=en.format(file=name)))


def os_problem(path: Path, error: OSError) -> FileProblem:
    """Describe an operating-system error on ``path`` in one line."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return file_problem(
            path,
            "{file} に書き込めません（書き込み権限がありません）。別の場所を指定してください",
            "cannot write {file}: permission denied; choose another place",
        )
    if error.errno == errno.ENOSPC:
        return file_problem(
            path,
            "{file} に書き込めません（ディスクの空きがありません）",
            "cannot write {file}: no space left on the disk",
        )
    reason = os_reason(error)
    return file_problem(
        path, "{file} に書き込めません（" + reason.ja + "）", "cannot write {file}: " + reason.en
    )


_OS_REASONS = {
    errno.ENOENT: Text("ファイルがありません", "no such file"),
    errno.ENOTDIR: Text(
        "途中のパスがフォルダーではありません", "a part of the path is not a directory"
    ),
    errno.ENAMETOOLONG: Text("ファイル名が長すぎます", "file name too long"),
    errno.EISDIR: Text("フォルダーです", "it is a directory"),
    errno.EACCES: Text("権限がありません", "permission denied"),
    errno.EPERM: Text("権限がありません", "permission denied"),
    errno.ELOOP: Text("シンボリックリンクが循環しています", "too many levels of symbolic links"),
    errno.EIO: Text("入出力エラーです", "input/output error"),
    # review 38b item 14: the errors of an ordinary system, each in Japanese too
    errno.EROFS: Text("読み取り専用のファイルシステムです", "read-only file system"),
    errno.EBUSY: Text("ほかのプログラムが使用中です", "device or resource busy"),
    errno.ENOSPC: Text("ディスクの空きがありません", "no space left on the device"),
    errno.EDQUOT: Text("ディスクの使用量の上限を超えています", "disk quota exceeded"),
    errno.ETXTBSY: Text("実行中のファイルです", "text file busy"),
    errno.ENOEXEC: Text("実行できる形式のファイルではありません", "exec format error"),
    errno.EMFILE: Text("開いているファイルが多すぎます", "too many open files"),
    errno.ENFILE: Text("開いているファイルが多すぎます", "too many open files in the system"),
    errno.ENOTEMPTY: Text("フォルダーが空ではありません", "directory not empty"),
    errno.EEXIST: Text("すでにあります", "file exists"),
    errno.EXDEV: Text("別のファイルシステムにまたがっています", "cross-device link"),
}


def os_reason(error: OSError) -> Text:
    """Why ``error`` happened, in both languages: the system's own words (English) are shown
    in a Japanese line only for a rare error, after 「システムのエラー：」."""
    known = _OS_REASONS.get(error.errno or 0)
    if known is not None:
        return known
    reason = error.strerror or type(error).__name__
    return Text(f"システムのエラー：{reason}", reason)


# What a path is when it is not a regular file: named in refusals (issue 10).
_KINDS = (
    (stat.S_ISCHR, Text("デバイス", "a device")),
    (stat.S_ISBLK, Text("デバイス", "a device")),
    (stat.S_ISFIFO, Text("FIFO（名前付きパイプ）", "a FIFO (named pipe)")),
    (stat.S_ISSOCK, Text("ソケット", "a socket")),
)


def kind_of(mode: int) -> Text:
    """Name the kind of a file that is not a regular file (device, FIFO, socket…)."""
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return Text("通常のファイルではないもの", "not a regular file")


_READ_LIMIT = 1 << 20
_OPEN_FOR_READING = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _cannot_read(path: Path, reason: Text) -> FileProblem:
    return file_problem(
        path, "{file} を読み込めません（" + reason.ja + "）", "cannot read {file}: " + reason.en
    )


def _refuse_to_read(path: Path, mode: int, size: int, limit: int) -> None:
    if stat.S_ISDIR(mode):
        raise _cannot_read(path, Text("フォルダーです", "it is a directory"))
    if not stat.S_ISREG(mode):
        kind = kind_of(mode)
        raise _cannot_read(
            path,
            Text(
                kind.ja + "で、通常のファイルではありません", f"it is {kind.en}, not a regular file"
            ),
        )
    if size > limit:
        raise _cannot_read(path, _too_large(limit))


def _too_large(limit: int) -> Text:
    return Text(
        f"{limit // 1024} KiB より大きいファイルです", f"it is larger than {limit // 1024} KiB"
    )


def read_bytes(path: Path, *, limit: int = _READ_LIMIT) -> bytes | None:
    """Read the small regular file ``path``; ``None`` when it does not exist.

    Anything else is a :class:`FileProblem`: unreadable, a directory, a device, FIFO or socket
    (even behind a link: a FIFO would block forever, ``/dev/zero`` would never end), or more
    than ``limit`` bytes. The file is opened non-blocking, and checked again once open.
    """
    try:
        before = path.stat()
        _refuse_to_read(path, before.st_mode, before.st_size, limit)
        handle = os.open(path, _OPEN_FOR_READING)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _cannot_read(path, os_reason(error)) from error
    try:
        opened = os.fstat(handle)  # the file may have been swapped since the first look
        _refuse_to_read(path, opened.st_mode, opened.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(handle, limit + 1 - size):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise _cannot_read(path, _too_large(limit))
        return b"".join(chunks)
    except OSError as error:
        raise _cannot_read(path, os_reason(error)) from error
    finally:
        os.close(handle)


def read_named_file(name: str, limit: int, check_size: Callable[[int], None]) -> bytes:
    """The bytes of the file a user named (``FILE`` of check-message, ``--statement FILE``).

    ``check_size`` refuses, in the caller's own words, a file over ``limit`` before anything is
    read; then as :func:`read_bytes`, and a missing file or a name with NUL is a
    :class:`FileProblem` naming it. A blank name is the caller's to refuse.
    """
    if "\x00" in name:  # os functions raise ValueError for it
        raise file_problem(
            name,
            "{file} はファイル名として使えません（NUL 文字を含んでいます）",
            "{file} cannot be a file name: it contains a NUL character",
        )
    path = Path(name)
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0  # read_bytes names the problem
    check_size(size)
    data = read_bytes(path, limit=limit)
    if data is None:
        raise file_problem(
            name,
            "{file} を読み込めません（ファイルがありません）",
            "cannot read {file}: no such file",
        )
    return data


def ensure_directory(directory: Path) -> None:
    """Create ``directory`` and its parents if missing (for the config directory)."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise file_problem(
            directory,
            "{file} を作れません（同じ名前のファイルがあります）",
            "cannot create the directory {file}: a file with that name exists",
        ) from error
    except OSError as error:
        raise os_problem(directory, error) from error


_FOLDER = ("{file} はフォルダーのため削除しません", "{file} is a directory; not deleting it")


def remove_file(path: Path, folder: tuple[str, str] = _FOLDER) -> bool:
    """Delete ``path`` (a link itself, never its target); ``False`` when it did not exist.
    A directory is not deleted: ``folder`` (ja, en, with ``{file}``) says so."""
    try:
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            raise file_problem(path, *folder)
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        reason = os_reason(error)  # in Japanese on a Japanese screen (review 38b item 14)
        raise file_problem(
            path,
            "{file} を削除できません（" + reason.ja + "）",
            "cannot delete {file}: " + reason.en,
        ) from error
    return True


def link_target(path: Path) -> Path:
    """The file a link at ``path`` leads to, for writing through it; ``path`` if not a link.

    Only for files primehelp owns (the profile), where a link is the user's choice. A link to a
    file that does not exist is refused: its target's place may not be what the user meant.
    """
    try:
        if not path.is_symlink():
            return path
        target = path.resolve()
        if not target.exists():
            raise file_problem(
                path,
                "{file} は存在しないファイルへのリンクです。リンク先を作るか、リンクを削除してください",
                "{file} is a link to a file that does not exist; create its target or remove the link",
            )
    except (OSError, RuntimeError) as error:  # RuntimeError: a link loop (Python 3.11)
        if isinstance(error, OSError):
            raise os_problem(path, error) from error
        raise file_problem(
            path,
            "{file} はリンクが循環しています",
            "{file} is a link that leads back to itself",
        ) from error
    return target
