"""Ctrl-C at random instants in the first 300 ms of a run: count tracebacks and exit codes.

Run from the repository root::

    uv run python benchmarks/interrupt_startup.py [--tries 200] [--window 0.3] [--seed N]

Each try starts the installed console script (``.venv/bin/primehelp``) on one of a few
commands, in turn, sleeps a random time in [0, window) and sends SIGINT, as a terminal does on
Ctrl-C. Most of that window is spent importing primehelp.cli and typer, where a Ctrl-C used to
escape every handler as a ``KeyboardInterrupt`` traceback (issue 10: 30 of 80 tries).

It prints the number of tracebacks, the exit codes seen, and for ``--json`` runs ending in 130
how many wrote the ``interrupted`` error object on stdout. Expected exit codes: 0 (the run ended
before the signal), 130 (interrupted), and -2: killed by SIGINT's default action before the
interpreter installed its handler (its first few milliseconds); a shell reports that as 130
too, and nothing is printed. The exit status is 1 if any traceback or other exit code was seen.

The children run without PYTHONDONTWRITEBYTECODE, after one warm-up run per command, as an
installed program runs (with its bytecode caches). Tracebacks are counted by where they come
from. Two windows are outside primehelp's reach: the
interpreter's own start-up ("Fatal Python error: init_import_site" or "init_sys_streams", exit
1), and the console-script wrapper that the installer writes, whose
``from primehelp.__main__ import run`` runs before any line of primehelp. From the first line
of ``primehelp.__main__.run`` on, a Ctrl-C is noted while primehelp.cli is imported and acted
on after, and the CLI's handlers cover the rest.

A measurement of robustness, not a test: it depends on timing, so it lives here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".venv" / "bin" / "primehelp"
COMMANDS = [
    ["contact", "--lang", "en"],
    ["fees", "--json"],
    ["--version"],
    ["renewal", "2026-12-31", "--plan", "monthly", "--today", "2026-11-25", "--ics", "-"],
    ["check-number", "188", "--json"],  # a consumer hotline: exit 0
]
EXPECTED = {0, 130, -signal.SIGINT}


def _interrupted_object(stdout: bytes) -> bool:
    """Whether stdout ends with the error object of an interruption."""
    text = stdout.decode("utf-8", errors="replace")
    start = text.rfind('{\n  "schema_version"')
    try:
        document = json.loads(text[start:]) if start >= 0 else None
    except json.JSONDecodeError:
        return False
    return isinstance(document, dict) and document.get("error", {}).get("code") == "interrupted"


def _kind(stderr: bytes) -> str:
    """Where a traceback came from: the interpreter, the installer's wrapper, or primehelp."""
    if b"Fatal Python error" in stderr or b"failed to set __main__.__loader__" in stderr:
        return "interpreter start-up (before any primehelp code)"
    if b"from primehelp.__main__ import run\n" in stderr and b"primehelp/__main__.py" not in stderr:
        return "console-script wrapper importing primehelp.__main__ (before its first line)"
    frames = [line for line in stderr.splitlines() if line.lstrip().startswith(b'File "')]
    if len(frames) == 1 and frames[0].rstrip().endswith(b"line 0, in <module>"):
        # The signal landed as the interpreter began the wrapper script, before its line 1.
        return "console-script wrapper, before its first line"
    if b"Exception ignored" in stderr:
        return "'Exception ignored' in an interpreter callback"
    return "uncaught in primehelp"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tries", type=int, default=200)
    parser.add_argument("--window", type=float, default=0.3, help="seconds (default 0.3)")
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    if not SCRIPT.exists():
        sys.exit(f"{SCRIPT} is missing: run `uv sync` first")
    chance = random.Random(options.seed)
    codes: Counter[int] = Counter()
    tracebacks: list[str] = []  # one example of each kind
    kinds: Counter[str] = Counter()
    json_interrupted = json_with_object = 0
    # As installed: bytecode caches written (PYTHONDONTWRITEBYTECODE would recompile every
    # module at every start and stretch the windows), and one warm-up run per command.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for args in COMMANDS:
        subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, check=False)
    started = time.monotonic()
    for n in range(options.tries):
        args = COMMANDS[n % len(COMMANDS)]
        child = subprocess.Popen(
            [str(SCRIPT), *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        time.sleep(chance.uniform(0, options.window))
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=60)
        codes[child.returncode] += 1
        if b"Traceback" in stderr:
            kind = _kind(stderr)
            if not kinds[kind]:
                tracebacks.append(
                    f"{kind}, {' '.join(args)}:\n{stderr.decode(errors='replace')[-1500:]}"
                )
            kinds[kind] += 1
        if "--json" in args and child.returncode == 130:
            json_interrupted += 1
            json_with_object += _interrupted_object(stdout)
    elapsed = time.monotonic() - started
    print(f"{options.tries} tries, SIGINT at random instants in the first "
          f"{options.window * 1000:.0f} ms ({elapsed:.0f} s)")  # fmt: skip
    print(f"tracebacks: {sum(kinds.values())}"
          + "".join(f"; {kind}: {count}" for kind, count in sorted(kinds.items())))  # fmt: skip
    print("exit codes: " + ", ".join(f"{code}: {count}" for code, count in sorted(codes.items())))
    print(f"--json runs interrupted (130): {json_interrupted}, "
          f"with the interrupted error object on stdout: {json_with_object}")  # fmt: skip
    for text in tracebacks:
        print("---", text, sep="\n")
    unexpected = set(codes) - EXPECTED
    return 1 if tracebacks or unexpected or json_with_object < json_interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
