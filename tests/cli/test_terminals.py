"""Real processes on hostile terminals: pipes, a pseudo-terminal, narrow and wide screens,
encodings that cannot carry Japanese, and a reader that goes away.

Every command in ``tests/support/corpus.py`` runs its valid call (which never waits for input) in
every environment below.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pexpect
import pytest
from rich.cells import cell_len

from tests.support import json_contract
from tests.support.corpus import COMMANDS, Command

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ESCAPE = "\x1b"
# Variables that would change what is printed; every run starts without them.
_UNSET = (
    "PRIMEHELP_LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "NO_COLOR",
    "FORCE_COLOR",
    "PYTHONIOENCODING",
    "COLUMNS",
    "LINES",
    "TERM",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
)


def _env(tmp_path: Path, extra: Mapping[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _UNSET}
    env["PRIMEHELP_CONFIG_DIR"] = str(tmp_path / "config")
    env.update(extra)
    return env


def run(args: Sequence[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "primehelp", *args],
        cwd=Path(env["PRIMEHELP_CONFIG_DIR"]).parent,  # the scratch directory
        env=dict(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )


def assert_no_crash(done: subprocess.CompletedProcess[bytes]) -> None:
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
    assert done.stdout.strip()


# (id, environment, encoding the output is in, whether Japanese must come through)
PIPED = [
    ("default", {}, "utf-8", True),
    ("no-color", {"NO_COLOR": "1"}, "utf-8", True),
    ("term-dumb", {"TERM": "dumb"}, "utf-8", True),
    ("columns-20", {"COLUMNS": "20"}, "utf-8", True),
    ("columns-300", {"COLUMNS": "300"}, "utf-8", True),
    ("cp932", {"PYTHONIOENCODING": "cp932"}, "cp932", True),
    ("utf-8", {"PYTHONIOENCODING": "utf-8", "TERM": "xterm-256color"}, "utf-8", True),
    ("lang-c", {"LANG": "C"}, "utf-8", True),
    ("lang-c-ascii", {"LANG": "C", "PYTHONIOENCODING": "ascii"}, "ascii", False),
    ("ascii", {"PYTHONIOENCODING": "ascii"}, "ascii", False),
    ("latin-1", {"PYTHONIOENCODING": "latin-1"}, "latin-1", False),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@pytest.mark.parametrize(
    ("setting", "extra", "encoding", "japanese"), PIPED, ids=[p[0] for p in PIPED]
)
def test_piped(
    command: Command,
    setting: str,
    extra: dict[str, str],
    encoding: str,
    japanese: bool,
    tmp_path: Path,
) -> None:
    done = run(command.valid, _env(tmp_path, {**command.env, **extra}))
    assert_no_crash(done)
    stdout = done.stdout.decode(encoding)  # strict: the bytes are what the encoding says
    assert ESCAPE not in stdout, "no escape codes into a pipe"
    if japanese:
        assert JAPANESE.search(stdout), stdout[:300]
        assert done.stderr == b""
    else:
        # Not chosen, and not carried: English, said once on stderr.
        letters = sum(ch.isascii() and ch.isalpha() for ch in stdout)
        # Japanese button labels stay in the English text (the site shows them) and become "?".
        assert letters > 5 * stdout.count("?"), stdout[:500]
        note = done.stderr.decode(encoding).splitlines()
        assert len(note) == 1
        assert note[0].startswith("primehelp: note: ") and "--lang ja" in note[0]
    if "COLUMNS" in extra:
        # Tables and rules fit the width; running text may be left unwrapped on purpose
        # (a message to paste, a URL), for the terminal to wrap.
        width = int(extra["COLUMNS"])
        drawn = [line for line in stdout.splitlines() if line[:1] in _DRAWN]
        assert all(cell_len(line) <= width for line in drawn)


_DRAWN = set("┏┃┡│└╭╰┌├┗━─+|-")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@pytest.mark.parametrize("encoding", ["ascii"])
def test_japanese_chosen_on_a_stream_that_cannot_carry_it(
    command: Command, encoding: str, tmp_path: Path
) -> None:
    """``--lang ja`` is obeyed: characters the stream cannot carry are replaced, no crash."""
    done = run(
        [*command.valid, "--lang", "ja"],
        _env(tmp_path, {**command.env, "PYTHONIOENCODING": encoding}),
    )
    assert_no_crash(done)
    assert "?" in done.stdout.decode(encoding)
    assert done.stderr == b""


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_json_on_ascii_is_lossless(command: Command, tmp_path: Path) -> None:
    """JSON escapes what the stream cannot carry, so Japanese survives any encoding."""
    done = run(
        [*command.valid, "--json"], _env(tmp_path, {**command.env, "PYTHONIOENCODING": "ascii"})
    )
    assert_no_crash(done)
    document = json_contract.loads(done.stdout.decode("ascii"))
    assert document["lang"] == "ja"
    assert done.stderr == b""


def test_json_on_ascii_keeps_the_japanese(tmp_path: Path) -> None:
    done = run(["sources", "--json"], _env(tmp_path, {"PYTHONIOENCODING": "ascii"}))
    assert_no_crash(done)
    document = json_contract.loads(done.stdout.decode("ascii"))
    texts = [fact["text"] for fact in document["data"]["facts"]]
    assert all(JAPANESE.search(text) for text in texts)


# ---------------------------------------------------------------- a pseudo-terminal


def run_on_pty(args: Sequence[str], env: Mapping[str, str]) -> tuple[int, str]:
    """Run on a pseudo-terminal; a long output (sources) goes through ``cat`` as its pager."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", *args],
        env={"PAGER": "cat", **env},
        dimensions=(40, 100),
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    output = child.before
    child.close()
    assert child.exitstatus is not None, "killed by a signal"
    return child.exitstatus, output


# Commands whose output a program reads even on a terminal (a shell script), or plain lines
# on purpose: `due` is one line for timers and prompts (no Rich, for its start-up time),
# `remind` prints paths that must stay whole. Never styled.
PLAIN_ON_A_TERMINAL = frozenset({"completion", "due", "remind"})


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_pty_may_have_colour(command: Command, tmp_path: Path) -> None:
    code, output = run_on_pty(
        command.valid, _env(tmp_path, {**command.env, "TERM": "xterm-256color"})
    )
    assert code in (0, 1)
    assert "Traceback" not in output
    assert JAPANESE.search(output)
    if command.name in PLAIN_ON_A_TERMINAL:
        assert ESCAPE not in output, "a script for the shell must stay plain"
    else:
        assert ESCAPE in output, "a real terminal gets styles (this proves the pty is one)"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@pytest.mark.parametrize("extra", [{"TERM": "xterm-256color", "NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_pty_without_colour_has_no_escape_codes(
    command: Command, extra: dict[str, str], tmp_path: Path
) -> None:
    """Regression: with NO_COLOR, Rich still wrote bold and italic escapes on a terminal."""
    code, output = run_on_pty(command.valid, _env(tmp_path, {**command.env, **extra}))
    assert code in (0, 1)
    assert "Traceback" not in output
    assert JAPANESE.search(output)
    assert ESCAPE not in output


# ---------------------------------------------------------------- a reader that goes away


def run_into_closed_pipe(args: Sequence[str], env: Mapping[str, str]) -> tuple[int, bytes]:
    """Run with stdout a pipe whose reader is gone: every write fails with EPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "primehelp", *args],
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_closed_pipe_is_quiet_and_keeps_the_exit_code(
    command: Command, as_json: bool, tmp_path: Path
) -> None:
    """Regression: Rich turned a closed pipe into exit 1 (``sources | head -1`` failed)."""
    args = [*command.valid, "--json"] if as_json else list(command.valid)
    code, stderr = run_into_closed_pipe(args, _env(tmp_path, dict(command.env)))
    assert stderr == b""
    assert code == 0  # every valid call succeeds; Rich made it 1


def test_closed_pipe_keeps_a_finding(tmp_path: Path) -> None:
    """A dead number is still exit 1 (a finding) when the reader has gone away."""
    code, stderr = run_into_closed_pipe(["check-number", "0120-999-373"], _env(tmp_path, {}))
    assert stderr == b""
    assert code == 1


def test_sources_piped_into_head() -> None:
    """The shell pipeline from the issue: one line out, no traceback, success."""
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {sys.executable} -m primehelp sources | head -1"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr == b""
    assert len(done.stdout.decode().splitlines()) == 1
