"""Build the wheel, install it into a fresh virtual environment, run it as a user would.

Used by ``tests/test_installed_wheel.py``. Everything happens in a temporary directory: the
wheel is built from the working tree with ``uv build``; the environment gets the locked
dependencies (``uv sync --frozen``, which works offline once ``uv run`` has filled uv's cache)
and then the wheel with ``uv pip install --compile-bytecode`` (the wheel's own requirements are
resolved against what is installed, and ``uv pip check`` confirms them).

A ``Listing`` records every path under a directory with its size, mtime_ns and mode, so that a
test can show that running the commands created, removed or touched nothing there.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.support.users import can_start_python

PROJECT = Path(__file__).resolve().parents[2]
NOBODY = 65534
# Read and search permission only: lets ``nobody`` reach an interpreter kept under a private
# home (pyenv in /root, mode 0700) without granting any right to write.
READ_ONLY_CAPABILITY = "dac_read_search"


def uv() -> str:
    """The uv that runs the suite (``uv run`` sets $UV), else the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        raise RuntimeError("uv is needed to build and install the wheel (run `uv run pytest`)")
    return found


def _uv_env(**extra: str) -> dict[str, str]:
    """The caller's environment without what would point uv at the project's own .venv."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "PYTHONPATH", "UV_PYTHON"}
    }
    # Copies, not uv's default hard links into its cache: the read-only variant chmods every
    # installed file, and with links that changed the cache's files and, through them, every
    # other environment installed from it (a suite on another Python running at the same time
    # saw the modes change under its own listing).
    env.update(UV_NO_PROGRESS="1", UV_PYTHON_DOWNLOADS="never", UV_LINK_MODE="copy", **extra)
    return env


def _check(command: Sequence[str | Path], **kwargs: object) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, command))} exited {done.returncode}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    return str(done.stdout)


def build_wheel(dest: Path) -> Path:
    """The wheel of the working tree, built into ``dest``."""
    _check(
        [uv(), "build", "--wheel", "--python", sys.executable, "-o", dest, PROJECT],
        env=_uv_env(),
        cwd=PROJECT,
    )
    (wheel,) = dest.glob("primehelp-*.whl")
    return wheel


@dataclass(frozen=True)
class Installation:
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "primehelp"

    @property
    def site_packages(self) -> Path:
        (found,) = (self.venv / "lib").glob("python3.*/site-packages")
        return found

    @property
    def package(self) -> Path:
        return self.site_packages / "primehelp"


def install(wheel: Path, venv: Path) -> Installation:
    """A fresh environment for the running interpreter's version, with the wheel installed."""
    _check([uv(), "venv", "--python", sys.executable, venv], env=_uv_env())
    installation = Installation(venv)
    python = str(installation.python)
    _check(
        [
            uv(),
            "sync",
            "--frozen",
            "--no-dev",
            "--no-install-project",
            "--compile-bytecode",
            "--python",
            python,
        ],
        env=_uv_env(UV_PROJECT_ENVIRONMENT=str(venv)),
        cwd=PROJECT,
    )
    _check(
        [uv(), "pip", "install", "--compile-bytecode", "--python", python, wheel],
        env=_uv_env(),
    )
    _check([uv(), "pip", "check", "--python", python], env=_uv_env())
    return installation


def set_writable(root: Path, writable: bool) -> None:
    """Add or take away write permission for everyone on ``root`` and all below it."""
    bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(mode | stat.S_IWUSR if writable else mode & ~bits)


Entry = tuple[int, int, int]  # size, mtime_ns, mode


@dataclass(frozen=True)
class Listing:
    """Every path under ``root`` (directories and symlinks included, links not followed)."""

    entries: Mapping[str, Entry]

    @classmethod
    def of(cls, root: Path) -> Listing:
        entries: dict[str, Entry] = {}
        for directory, dirnames, filenames in os.walk(root):
            for name in [*dirnames, *filenames, ""]:
                path = Path(directory, name) if name else Path(directory)
                info = path.lstat()
                entries[str(path.relative_to(root))] = (
                    info.st_size,
                    info.st_mtime_ns,
                    info.st_mode,
                )
        return cls(entries)

    def files(self) -> int:
        return sum(stat.S_ISREG(mode) for _, _, mode in self.entries.values())

    def under(self, prefix: str) -> Listing:
        return Listing(
            {
                path: entry
                for path, entry in self.entries.items()
                if path == prefix or path.startswith(prefix + os.sep)
            }
        )

    def changes(self, after: Listing) -> list[str]:
        """What differs, one line per path: ``+`` created, ``-`` removed, ``~`` changed."""
        lines = [
            f"+ {path} {after.entries[path]}" for path in after.entries.keys() - self.entries.keys()
        ]
        lines += [f"- {path}" for path in self.entries.keys() - after.entries.keys()]
        lines += [
            f"~ {path} {self.entries[path]} -> {after.entries[path]}"
            for path in self.entries.keys() & after.entries.keys()
            if self.entries[path] != after.entries[path]
        ]
        return sorted(lines, key=lambda line: line[2:])


@dataclass(frozen=True)
class Identity:
    """Who runs the commands: a command prefix and a one-line description for reports."""

    prefix: tuple[str, ...]
    description: str
    uid: int


def same_user(description: str) -> Identity:
    return Identity((), description, os.geteuid())


def other_user(interpreter: Path) -> Identity | None:
    """``nobody`` (uid 65534, no groups) via setpriv, when running as root; else None.

    When the interpreter sits where ``nobody`` cannot search (a private home), ``nobody`` gets
    CAP_DAC_READ_SEARCH only: it may read and search anything and still write nowhere it has
    no permission for, which is what this test is about.
    """
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        return None
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    description = f"uid {NOBODY} (nobody), no groups, not the owner of the installation (root)"
    if not can_start_python(prefix, interpreter):
        prefix += [f"--inh-caps=+{READ_ONLY_CAPABILITY}", f"--ambient-caps=+{READ_ONLY_CAPABILITY}"]
        description += (
            f"; with CAP_DAC_READ_SEARCH only, since {interpreter.resolve()} is not reachable "
            "by other users"
        )
    return Identity(tuple(prefix), description, NOBODY)


@dataclass(frozen=True)
class Result:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Sandbox:
    """A home and a working directory owned by the running user, and a clean environment."""

    home: Path
    work: Path
    env: Mapping[str, str]
    identity: Identity

    @property
    def config(self) -> Path:
        """Where primehelp keeps the profile for this user (platformdirs, XDG_CONFIG_HOME)."""
        return self.home / ".config" / "primehelp"

    @classmethod
    def create(cls, base: Path, installation: Installation, identity: Identity) -> Sandbox:
        home, work = base / "home", base / "work"
        dirs = [home, work, work / "out"]
        dirs += [home / name for name in (".config", ".cache", ".local", "run", "tmp")]
        dirs += [home / ".local" / "share", home / ".local" / "state"]
        for directory in dirs:
            directory.mkdir(parents=True, exist_ok=True)
            directory.chmod(0o700)
            os.chown(directory, identity.uid, identity.uid if identity.uid == NOBODY else -1)
        # Nothing like PYTHONDONTWRITEBYTECODE, PYTHONPATH or VIRTUAL_ENV: Python would write
        # bytecode wherever it may, and nothing points it at the working tree.
        env = {
            "PATH": f"{installation.venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(home / "run"),
            "TMPDIR": str(home / "tmp"),
            "COLUMNS": "100",
            "TERM": "dumb",
            "PRIMEHELP_TODAY": "2026-12-02",  # as the goldens: the facts' age is pinned
        }
        return cls(home, work, env, identity)

    def run(self, *command: str | Path) -> Result:
        done = subprocess.run(
            [*self.identity.prefix, *map(str, command)],
            cwd=self.work,
            env=dict(self.env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            check=False,
        )
        return Result(
            tuple(map(str, command)),
            done.returncode,
            done.stdout.decode("utf-8", "backslashreplace"),
            done.stderr.decode("utf-8", "backslashreplace"),
        )


def make_base() -> Path:
    """A temporary directory that any user may traverse (pytest's own is private)."""
    base = Path(tempfile.mkdtemp(prefix="primehelp-installed-"))
    base.chmod(0o755)
    return base


def remove_base(base: Path) -> None:
    if base.exists():
        set_writable(base, True)
        shutil.rmtree(base)
