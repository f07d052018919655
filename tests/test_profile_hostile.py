"""The saved profile on a hostile system (issue 10): odd dates, special files, huge or deep
JSON, links, races, and places that cannot be read or deleted.

Every case ends in one clear line naming the file (or a working command), never a traceback,
a hang or a memory blow-up. Cases that could hang or eat memory on the broken code run in a
child process with a timeout and a memory limit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from primehelp.errors import FileProblem
from primehelp.profile import CONFIG_DIR_ENV, Profile, load_profile, save_profile
from tests.support.clihelp import run
from tests.support.users import can_start_python

SAVED = Profile(renewal_date=dt.date(2026, 12, 31), plan="annual")


def _profile_bytes(renewal_date: str, plan: str | None = "annual") -> bytes:
    document = {"schema_version": 1, "renewal_date": renewal_date, "plan": plan, "trial": False}
    return json.dumps(document).encode()


def _write_profile(config: Path, content: bytes) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = config / "profile.json"
    path.write_bytes(content)
    return path


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


# ---------------------------------------------------------------- years (same limits as dates)


@pytest.mark.parametrize("renewal_date", ["0001-01-01", "1899-12-31", "3000-01-01", "9999-12-31"])
def test_profile_years_outside_the_parser_limits_are_a_file_problem(
    tmp_path: Path, renewal_date: str
) -> None:
    path = _write_profile(tmp_path, _profile_bytes(renewal_date))
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    assert "1900-2999" in caught.value.message.en
    assert "1900" in caught.value.message.ja and str(path) in caught.value.message.ja


@pytest.mark.parametrize(
    ("renewal_date", "plan", "args"),
    [
        ("9999-12-31", "annual", ["renewal"]),  # relativedelta: year 10000 is out of range
        ("0001-01-01", "annual", ["renewal"]),  # OverflowError in reminder.cancel_by
        ("0001-01-01", None, ["cancel"]),  # OverflowError in reminder.cancel_by
        ("0001-01-01", None, ["cancel", "--json"]),
    ],
)
def test_cli_with_an_out_of_range_profile_year_has_no_traceback(
    tmp_path: Path, renewal_date: str, plan: str | None, args: list[str]
) -> None:
    _write_profile(tmp_path, _profile_bytes(renewal_date, plan))
    done = run(*args, "--lang", "en", env={CONFIG_DIR_ENV: str(tmp_path)}, stdin="")
    assert done.exit_code in (0, 2), done.stderr  # cancel may warn and go on (issue 10)
    assert "1900-2999" in _one_line(done.stderr)


# ---------------------------------------------------------------- special files and size

CHILD_LOAD = r"""
import sys
from pathlib import Path
from primehelp.errors import FileProblem
from primehelp.profile import load_profile
try:
    load_profile(Path(sys.argv[1]))
except FileProblem as problem:
    print(problem.message.en)
    print(problem.message.ja)
"""
_MEMORY_LIMIT = 1 << 30  # 1 GiB: far above a normal run, far below what /dev/zero would take


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))


def _load_in_child(path: Path) -> str:
    """load_profile in a child with a memory limit; a hang fails after 60 s, not forever."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD_LOAD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    return done.stdout


def test_fifo_at_the_profile_path_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    os.mkfifo(path)
    en, ja = _load_in_child(path).splitlines()
    assert "is a FIFO" in en and str(path) in en
    assert "FIFO" in ja
    assert path.is_fifo()


def test_link_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "profile.json"
    path.symlink_to("/dev/zero")
    en, _ = _load_in_child(path).splitlines()
    assert "a device" in en and str(path) in en


def test_a_profile_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    valid = _profile_bytes("2026-12-31")
    path = _write_profile(tmp_path, valid[:-1] + b" " * (1 << 20) + b"}")  # still valid JSON
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    assert "larger than 64 KiB" in caught.value.message.en
    assert "64 KiB" in caught.value.message.ja


def test_cli_fifo_profile_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "profile.json")
    for args in (["profile"], ["cancel"], ["renewal", "2026-12-31", "--save"]):
        done = subprocess.run(
            [sys.executable, "-m", "primehelp", *args, "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=30,
            stdin=subprocess.DEVNULL,
            env={**os.environ, CONFIG_DIR_ENV: str(tmp_path)},
        )
        assert "is a FIFO" in done.stderr, (args, done.stderr[-1500:])
        assert "Traceback" not in done.stderr
    assert (tmp_path / "profile.json").is_fifo()


# ---------------------------------------------------------------- what json.loads is given


@pytest.mark.parametrize("depth", [1_000, 30_000])  # 30,000 pairs: just under 64 KiB
def test_deep_nesting_is_a_file_problem_not_a_recursion_error(tmp_path: Path, depth: int) -> None:
    path = _write_profile(tmp_path, b"[" * depth + b"]" * depth)
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    assert "nested too deeply" in caught.value.message.en


def test_cli_cancel_json_with_a_deep_profile_has_no_traceback(tmp_path: Path) -> None:
    _write_profile(tmp_path, b"[" * 60_000)
    done = run("cancel", "--json", "--lang", "en", env={CONFIG_DIR_ENV: str(tmp_path)}, stdin="")
    assert done.exit_code in (0, 2)
    assert "nested too deeply" in done.stdout + done.stderr


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = _write_profile(tmp_path, b"\xef\xbb\xbf" + _profile_bytes("2026-12-31"))
    assert load_profile(path) == SAVED


def test_a_huge_integer_is_reported_without_python_internals(tmp_path: Path) -> None:
    path = _write_profile(tmp_path, b'{"schema_version": ' + b"1" * 5000 + b"}")
    with pytest.raises(FileProblem) as caught:
        load_profile(path)
    message = caught.value.message
    assert "int_max_str_digits" not in message.en + message.ja
    assert "too many digits" in message.en


# ---------------------------------------------------------------- links, races, clearing


def test_a_symlinked_profile_is_written_through_to_its_target(tmp_path: Path) -> None:
    """Dotfile managers link the profile into the config dir: keep the link, update its file."""
    dotfiles = tmp_path / "dotfiles"
    target = _write_profile(dotfiles, _profile_bytes("2025-01-01"))
    config = tmp_path / "config"
    config.mkdir()
    link = config / "profile.json"
    link.symlink_to(target)
    save_profile(link, SAVED)
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert load_profile(target) == SAVED
    assert sorted(p.name for p in dotfiles.iterdir()) == ["profile.json"]  # no temp left
    assert sorted(p.name for p in config.iterdir()) == ["profile.json"]


def test_cli_save_keeps_a_symlinked_profile(tmp_path: Path) -> None:
    target = _write_profile(tmp_path / "dotfiles", _profile_bytes("2025-01-01"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "profile.json").symlink_to(target)
    done = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--force", "--today",
               "2026-11-25", env={CONFIG_DIR_ENV: str(tmp_path / "config")})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert (tmp_path / "config" / "profile.json").is_symlink()
    assert load_profile(target) == SAVED


def test_a_dangling_profile_link_is_refused_clearly(tmp_path: Path) -> None:
    link = tmp_path / "profile.json"
    link.symlink_to(tmp_path / "dotfiles" / "profile.json")
    with pytest.raises(FileProblem) as caught:
        save_profile(link, SAVED)
    assert "a link to a file that does not exist" in caught.value.message.en
    assert str(link) in caught.value.message.ja
    assert link.is_symlink() and not (tmp_path / "dotfiles").exists()


def test_a_profile_created_meanwhile_is_replaced_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another primehelp saves between our check and our write: last writer wins."""
    from primehelp import profile

    path = tmp_path / "profile.json"
    real_load = profile.load_profile

    def load_then_another_process_saves(where: Path) -> Profile | None:
        found = real_load(where)
        where.write_bytes(_profile_bytes("2025-01-01"))
        return found

    monkeypatch.setattr(profile, "load_profile", load_then_another_process_saves)
    save_profile(path, SAVED)
    assert real_load(path) == SAVED


CHILD_SAVE = r"""
import datetime as dt, sys
from pathlib import Path
from primehelp.profile import Profile, save_profile
save_profile(Path(sys.argv[1]), Profile(dt.date(2026, 1, int(sys.argv[2])), "annual"))
"""


def test_twenty_concurrent_first_saves_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config" / "profile.json"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD_SAVE, str(path), str(day)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for day in range(1, 21)
    ]
    failures = [c.communicate(timeout=120)[1] for c in children if c.wait(timeout=120) != 0]
    assert failures == []
    saved = load_profile(path)
    assert saved is not None and saved.renewal_date.day in range(1, 21)
    assert sorted(p.name for p in path.parent.iterdir()) == ["profile.json"]


def test_clear_with_a_name_too_long_is_one_line(tmp_path: Path) -> None:
    done = run(
        "profile", "--clear", "--lang", "en", env={CONFIG_DIR_ENV: str(tmp_path / ("x" * 5000))}
    )
    assert done.exit_code == 2
    assert "name too long" in _one_line(done.stderr).lower()


# Two ways to be refused by file permissions; each environment runs at least one of them.
# As root: become the nobody user with setpriv (util-linux; Popen(user=...) cannot exec the
# venv's python here). Not root: lock the directory (mode 000). Root ignores mode bits, so the
# second is skipped as root, and the first needs root: the skip reasons say which ran.
AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
IS_ROOT = os.geteuid() == 0


@pytest.mark.parametrize(
    "how",
    [
        pytest.param("setpriv", marks=pytest.mark.skipif(
            not IS_ROOT or shutil.which("setpriv") is None,
            reason="becoming another user needs root and setpriv; the 'mode-000' case ran instead",
        )),
        pytest.param("mode-000", marks=pytest.mark.skipif(
            IS_ROOT, reason="root ignores mode 000; the 'setpriv' case ran instead"
        )),
    ],
)  # fmt: skip
def test_clear_without_permission_is_one_line(tmp_path: Path, how: str) -> None:
    """A config dir the user may not even look into: one line, and the profile stays."""
    config = tmp_path / "config"
    _write_profile(config, _profile_bytes("2026-12-31"))
    prefix = AS_NOBODY if how == "setpriv" else []  # root's private tmp_path is closed to nobody
    if prefix and not can_start_python(prefix):
        pytest.skip(f"user nobody cannot start {sys.executable} (its files are private to root)")
    if how == "mode-000":
        config.chmod(0)
    try:
        for args in (["profile", "--clear"], ["profile"]):
            done = subprocess.run(
                [*prefix, sys.executable, "-m", "primehelp", *args, "--lang", "en"],
                capture_output=True,
                text=True,
                timeout=60,
                cwd="/",
                env={"PATH": os.environ.get("PATH", ""), CONFIG_DIR_ENV: str(config)},
            )
            assert done.returncode == 2, done.stderr[-1500:]
            assert "permission denied" in _one_line(done.stderr).lower()
    finally:
        config.chmod(0o755)
    assert (config / "profile.json").is_file()
