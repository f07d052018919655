"""Issue 10 faults that need the CLI (cli/ and output/): regression tests.

Each was a strict xfail naming its step of /work/notes/hostile-cli.md until that step's commit
made it pass (the commit messages name them). The infrastructure (storage.write_files,
profile.profile_write, plan_to_save, peek_profile, streams.*) is tested on its own elsewhere.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from primehelp.profile import CONFIG_DIR_ENV, Profile, load_profile, save_profile
from tests.support.clihelp import run

RENEWAL = ["renewal", "2027-01-31", "--today", "2026-11-25", "--lang", "en"]


def _child(*args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "primehelp", *args],
        capture_output="stdout" not in kwargs and "stderr" not in kwargs,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        **kwargs,  # type: ignore[call-overload]
    )


def test_save_without_plan_keeps_the_saved_plan(tmp_path: Path) -> None:
    """Another date replaces the saved one only with --force (review 5 item 2); the plan stays.
    (A past date replaced by the next renewal its plan gives needs none: review 51b S 2, in
    tests/cli/test_save_replaces.py; 2026-03-15 is not 2027-01-31's year before.)"""
    save_profile(tmp_path / "profile.json", Profile(dt.date(2026, 3, 15), "annual"))
    refused = run(*RENEWAL, "--save", "--lang", "en", env={CONFIG_DIR_ENV: str(tmp_path)})
    assert refused.exit_code == 2 and "add `--force`" in refused.stderr
    assert load_profile(tmp_path / "profile.json") == Profile(dt.date(2026, 3, 15), "annual")
    done = run(*RENEWAL, "--save", "--force", env={CONFIG_DIR_ENV: str(tmp_path)})
    assert done.exit_code == 0, done.stderr
    assert load_profile(tmp_path / "profile.json") == Profile(dt.date(2027, 1, 31), "annual")


def test_save_force_replaces_a_corrupt_profile(tmp_path: Path) -> None:
    (tmp_path / "profile.json").write_bytes(b"{not json")
    done = run(*RENEWAL, "--save", "--force", env={CONFIG_DIR_ENV: str(tmp_path)})
    assert done.exit_code == 0, done.stderr
    assert load_profile(tmp_path / "profile.json") == Profile(dt.date(2027, 1, 31), None)


def test_full_config_disk_leaves_no_calendar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    real_fsync = os.fsync

    def config_disk_is_full(fd: int) -> None:
        if Path(f"/proc/self/fd/{fd}").readlink().is_relative_to(config):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", config_disk_is_full)
    monkeypatch.chdir(tmp_path)
    done = run(*RENEWAL, "--ics", "a.ics", "--save", env={CONFIG_DIR_ENV: str(config)})
    assert done.exit_code == 2
    assert "wrote" not in done.stderr and "no space left" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_failed_save_prints_no_calendar_on_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_is_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_is_full)
    done = run(*RENEWAL, "--ics", "-", "--save", env={CONFIG_DIR_ENV: str(tmp_path / "config")})
    assert done.exit_code == 2 and "no space left" in done.stderr
    assert done.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("as_json", [False, True])
def test_cancel_warns_about_an_unreadable_profile_and_goes_on(tmp_path: Path, as_json: bool) -> None:  # fmt: skip
    (tmp_path / "profile.json").write_bytes(b"[" * 30_000)
    done = run("cancel", "--lang", "en", *(["--json"] if as_json else []),
               env={CONFIG_DIR_ENV: str(tmp_path)}, stdin="")  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "nested too deeply" in done.stderr
    assert done.stdout
    if as_json:  # the success envelope (there is no "ok" field: schemas/README.md)
        document = done.json()
        assert document["command"] == "cancel" and document["data"]["renewal"] is None


def test_profile_without_home_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    def no_home(*args: object, **kwargs: object) -> str:
        raise RuntimeError("could not determine the home directory")

    monkeypatch.setattr(platformdirs, "user_config_dir", no_home)
    monkeypatch.delenv(CONFIG_DIR_ENV)
    for name in ("HOME", "XDG_CONFIG_HOME"):  # no home: no HOME to find the config dir by
        monkeypatch.delenv(name, raising=False)
    done = run("profile", "--lang", "en")
    assert done.exit_code == 2 and CONFIG_DIR_ENV in done.stderr


@pytest.mark.parametrize("clear", [False, True])
def test_profile_escapes_control_characters_in_its_path(tmp_path: Path, clear: bool) -> None:
    config = tmp_path / "\x1b]0;pwned\x07\x1b[2J"
    save_profile(config / "profile.json", Profile(dt.date(2026, 12, 31)))
    done = run("profile", "--lang", "en", *(["--clear"] if clear else []),
               env={CONFIG_DIR_ENV: str(config)})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\\x1b]0;pwned\\x07\\x1b[2J/profile.json" in done.stdout
    as_json = run("profile", "--lang", "en", "--json", env={CONFIG_DIR_ENV: str(config)})
    assert as_json.json()["data"]["path"] == str(config / "profile.json")  # JSON keeps it raw


@pytest.mark.parametrize(
    "encoding",
    [
        "euc_jp",
        "shift_jis",
        "iso2022_jp",
        "cp932",  # it can encode Japanese but not "–", which used to become "?"
        "ascii",
    ],
)
def test_json_is_lossless_in_any_output_encoding(encoding: str) -> None:
    expected = json.loads(_child("fees", "--json", env={"PYTHONIOENCODING": "utf-8"}).stdout)
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "fees", "--json"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": encoding},
    )
    assert json.loads(done.stdout.decode(encoding)) == expected


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    "args",
    [["fees", "--json"], ["fees"], ["--version"], ["--help"], [], ["renewal", "--help"],
     ["check-number", "0120-999-373"], ["renewal", "2026-12-31", "--ics", "-"]],
)  # fmt: skip
def test_full_stdout_is_one_line(args: list[str], buffered: bool) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "primehelp", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=60,
            env={**_without_unbuffered(buffered), "PRIMEHELP_LANG": "en"},
        )
    assert done.returncode == 2  # README: exit codes
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert "cannot write to stdout: no space left on the device" in done.stderr


@pytest.mark.parametrize("args", [["--version"], ["fees", "--json"], ["fees"]])
def test_closed_stdout_is_one_line(args: list[str]) -> None:
    done = _child(*args, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert done.returncode in (1, 2)
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_closed_stderr_keeps_exit_2() -> None:
    done = _child("renewal", "nonsense", stdout=subprocess.PIPE, preexec_fn=lambda: os.close(2))
    assert done.returncode == 2


@pytest.mark.parametrize("columns", ["0", "00", "3", "99999"])
def test_nonsense_columns_lay_out_for_80(columns: str) -> None:
    done = _child("fees", "--lang", "en", env={"COLUMNS": columns})
    assert done.returncode == 0 and "Prime" in done.stdout
    assert done.stdout == _child("fees", "--lang", "en", env={"COLUMNS": "80"}).stdout


def _without_unbuffered(buffered: bool) -> dict[str, str]:
    """The environment with or without PYTHONUNBUFFERED (the two fail differently)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    return env if buffered else {**env, "PYTHONUNBUFFERED": "1"}


NON_BLOCKING_CASES = {
    "ics": (["renewal", "2026-12-31", "--plan", "monthly", "--count", "120", "--ics", "-"],
            b"END:VCALENDAR\r\n"),
    "text": (["fees", "--lang", "en"], b"`primehelp sources`.\n"),
    "json": (["fees", "--json"], b"}\n"),
}  # fmt: skip


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("case", NON_BLOCKING_CASES)
def test_output_to_a_non_blocking_pipe_is_complete(case: str, buffered: bool) -> None:
    """Another program may set the pipe non-blocking: the output still arrives whole."""
    import fcntl

    args, ending = NON_BLOCKING_CASES[case]
    expected = subprocess.run(
        [sys.executable, "-m", "primehelp", *args], capture_output=True, timeout=60, check=True
    ).stdout
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)  # full after 4 KiB, however fast we read
    os.set_blocking(write_end, False)
    child = subprocess.Popen(
        [sys.executable, "-m", "primehelp", *args],
        stdout=write_end,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=_without_unbuffered(buffered),
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        output = reader.read()
    stderr = child.communicate(timeout=60)[1].decode()
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert len(expected) > 4096 and output.endswith(ending)
    if case == "ics":  # the time stamp differs from run to run
        # 120 renewals, each with its last safe day to cancel (issue 13)
        assert output.count(b"BEGIN:VEVENT") == 240 and len(output) == len(expected)
    else:
        assert output == expected
