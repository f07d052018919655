"""Start-up time and peak memory of primehelp commands, against a Typer hello-world.

Run from the repository root::

    uv run python benchmarks/startup.py [--runs 20] [--warmup 3] [--json FILE] [--only NAME]

Every command is run as a fresh process of the installed console script, the way a person
runs it. Each counted run is a *round* of four processes, in rotating order: the command, the
Typer hello-world in ``benchmarks/hello_typer.py`` (same interpreter, same typer), the same
hello-world ending as primehelp does (``hello_typer_frozen.py``: objects frozen before exit,
column "×frz") and ``python -c pass``. The ratio to the hello-world is taken pair by pair (same
round), then the median of those ratios is reported, so that load from other processes on the
machine cancels out as far as it can. The budgets use the plain hello-world (issue 5); "×frz"
compares like with like, and "CPU×" is the ratio of CPU time (it moves less on a busy machine). Commands that print for people are measured twice: piped, and on a
pseudo-terminal (where Rich draws colours and box characters).

The children run without PYTHONDONTWRITEBYTECODE, so the warm-up writes the bytecode caches
an installed program has after its first run.

Peak memory is the child's maximum resident set size from ``wait4``. On Linux a child inherits
the peak RSS of the process that spawned it, so the children are started by a small helper
process (``python -I -S``) that imports almost nothing; its own peak is printed as the floor
below which no figure is meaningful.

This is a measurement, not a test: nothing in ``tests/`` depends on timing. Budgets (issue 5)
are printed as PASS/FAIL for the commands that exist; the exit status is 1 when one fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import marshal
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HELLO = HERE / "hello_typer.py"
HELLO_FROZEN = HERE / "hello_typer_frozen.py"  # ends as primehelp does: like for like
MIN_RUNS = 20
TIMEOUT_S = 30  # a child still running after this is killed (a prompt waiting for input)
TTY_COLUMNS, TTY_ROWS = 100, 40

# Budgets: median ratio of the command's wall time to the Typer hello-world's (issue 5).
SCAM_SMS = "【Amazon】プライム会費のお支払い方法に問題があります https://amazon-co-jp.top/"
TIME_BUDGETS = {"plain": 1.15, "rich": 1.8, "ics": 2.5}
MEMORY_BUDGET = 1.6

# The helper that starts every child. It runs with -I -S and imports only builtin modules, so
# its own peak RSS (the floor of every figure) stays near that of `python -c pass`
# (hence `_signal`, not `signal`, which would import enum).
SPAWNER = r"""
import _signal, fcntl, marshal, os, struct, sys, termios, time
source, sink = sys.stdin.buffer, sys.stdout.buffer
running = [0]

def stop_child(signum, frame):  # a hung child is killed, and reported with exit -9
    if running[0]:
        os.kill(running[0], 9)

_signal.signal(_signal.SIGALRM, stop_child)

def own_peak_kb():
    with open("/proc/self/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1])
    return -1

while True:
    header = source.readline()
    if not header:
        break
    argv, env, tty, cols, rows, timeout = marshal.loads(source.read(int(header)))
    if tty:
        reader, writer = os.openpty()
        fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    else:
        reader, writer = os.pipe()
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_DUP2, writer, 1),
        (os.POSIX_SPAWN_DUP2, writer, 2),
    ]
    start = time.perf_counter_ns()
    pid = running[0] = os.posix_spawn(argv[0], argv, env, file_actions=actions)
    _signal.alarm(timeout)
    os.close(writer)
    size, tail = 0, b""
    while True:
        try:
            chunk = os.read(reader, 65536)
        except OSError:  # EIO: the last writer of the pseudo-terminal is gone
            chunk = b""
        if not chunk:
            break
        size += len(chunk)
        tail = (tail + chunk)[-4000:]
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter_ns() - start
    _signal.alarm(0)
    running[0] = 0
    os.close(reader)
    reply = marshal.dumps(
        (
            elapsed,
            os.waitstatus_to_exitcode(status),
            usage.ru_maxrss,
            size,
            tail,
            own_peak_kb(),
            usage.ru_utime + usage.ru_stime,
        )
    )
    sink.write(b"%d\n" % len(reply) + reply)
    sink.flush()
"""


@dataclass(frozen=True)
class Case:
    """One command line, run piped or on a pseudo-terminal."""

    args: tuple[str, ...]
    tty: bool
    budget: str  # a key of TIME_BUDGETS
    ok_exits: frozenset[int] = frozenset({0})
    profile: str | None = None  # a key of PROFILES: the saved profile the run sees
    expect: bytes = b""  # the output must contain this (exit 2 is then the right answer)

    @property
    def label(self) -> str:
        saved = f", {self.profile}" if self.profile else ""
        return f"{' '.join(self.args)} [{'tty' if self.tty else 'pipe'}{saved}]"


# Saved profiles for `due`, written by main() to a temporary XDG_CONFIG_HOME (where a member's
# profile is found, without PRIMEHELP_CONFIG_DIR): the renewal is this many days after today in
# Japan (annual plan), so no --today is needed.
PROFILES = {"no profile": None, "profile, due": 2, "profile, not due": 30}


def _cases() -> list[Case]:
    renewal = ("renewal", "2026-12-31", "--plan", "monthly")
    human: list[tuple[tuple[str, ...], frozenset[int]]] = [
        (("contact",), frozenset({0})),
        # 0120-999-373 is a dead number: exit 1 ("a finding") is the right answer.
        (("check-number", "0120-999-373"), frozenset({0, 1})),
        (renewal, frozenset({0})),
        (("fees",), frozenset({0})),
        (("charge", "980", "AMAZON", "DOWNLOADS"), frozenset({0})),
        (("subscriptions",), frozenset({0})),
        (("cancel", "--no-interactive"), frozenset({0})),
        # A short scam SMS: red flags (exit 1), and the Public Suffix List is read.
        (("check-message", "--text", SCAM_SMS), frozenset({1})),
    ]
    cases = [Case(("--version",), tty=False, budget="plain")]
    for args, exits in human:
        cases.append(Case(args, tty=False, budget="rich", ok_exits=exits))
        cases.append(Case(args, tty=True, budget="rich", ok_exits=exits))
    cases.append(Case(("contact", "--json"), tty=False, budget="plain"))
    cases.append(Case((*renewal, "--json"), tty=False, budget="plain"))
    cases.append(
        Case(("charge", "600", "--date", "2026-11-01", "--json"), tty=False, budget="plain")
    )
    cases.append(Case((*renewal, "--ics", "-"), tty=False, budget="ics"))
    # `due` runs from timers and shell prompts: the --json budget, text and JSON alike.
    for json_flag in ((), ("--json",)):
        args = ("due", *json_flag, "--lang", "en")
        cases.append(
            Case(
                args,
                tty=False,
                budget="plain",
                ok_exits=frozenset({2}),
                profile="no profile",
                expect=b"no renewal date is saved",
            )
        )
        cases.append(Case(args, tty=False, budget="plain", ok_exits=frozenset({1}),
                          profile="profile, due", expect=b"Amazon Prime renews"))  # fmt: skip
        cases.append(Case(args, tty=False, budget="plain", profile="profile, not due"))
    return cases


def write_profiles(root: Path) -> dict[str, str]:
    """An XDG_CONFIG_HOME for each of PROFILES under ``root``, by name."""
    japan = dt.timezone(dt.timedelta(hours=9))
    today = dt.datetime.now(japan).date()
    dirs: dict[str, str] = {}
    for name, days in PROFILES.items():
        home = root / name.replace(",", "").replace(" ", "-")
        directory = home / "primehelp"
        directory.mkdir(parents=True)
        if days is not None:
            renewal = (today + dt.timedelta(days=days)).isoformat()
            document = {
                "schema_version": 1,
                "renewal_date": renewal,
                "plan": "annual",
                "trial": False,
            }
            (directory / "profile.json").write_text(json.dumps(document) + "\n")
        dirs[name] = str(home)
    return dirs


@dataclass
class Sample:
    wall_ns: int
    exit_code: int
    max_rss_kb: int
    cpu_s: float  # user + system CPU time of the child


@dataclass
class Series:
    """The samples of one case and of the references run in the same rounds."""

    case: Case
    status: str = "ok"
    detail: str = ""
    command: list[Sample] = field(default_factory=list)
    hello: list[Sample] = field(default_factory=list)
    frozen: list[Sample] = field(default_factory=list)
    bare: list[Sample] = field(default_factory=list)


class Spawner:
    """Talk to the helper process that starts the children and measures them."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.peak_kb = 0
        self.timeout = TIMEOUT_S

    def run(self, argv: list[str], env: dict[str, str], tty: bool) -> tuple[Sample, bytes]:
        assert self.process.stdin is not None and self.process.stdout is not None
        request = marshal.dumps((argv, env, tty, TTY_COLUMNS, TTY_ROWS, self.timeout))
        self.process.stdin.write(b"%d\n" % len(request) + request)
        self.process.stdin.flush()
        size = int(self.process.stdout.readline())
        elapsed, code, rss, _, tail, own_peak, cpu = marshal.loads(self.process.stdout.read(size))
        self.peak_kb = max(self.peak_kb, own_peak)
        return Sample(elapsed, code, rss, cpu), tail

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def find_console_script() -> str:
    """The installed ``primehelp`` script of this interpreter's environment."""
    beside = Path(sysconfig.get_path("scripts")) / "primehelp"
    if beside.is_file():
        return str(beside)
    found = shutil.which("primehelp")
    if found is None:
        sys.exit("primehelp is not installed here: run `uv sync`, then `uv run python ...`")
    return found


# Settings that change what primehelp prints, and PYTHONDONTWRITEBYTECODE: an installed
# program runs from cached bytecode (written at install or on its first run); without the cache
# every run recompiles typer and rich, which is not what a member sees.
_DROPPED_ENV = (
    "PRIMEHELP_LANG",
    "FORCE_COLOR",
    "NO_COLOR",
    "COLUMNS",
    "LINES",
    "TTY_COMPATIBLE",
    "PYTHONDONTWRITEBYTECODE",
)


def child_environment(tty: bool) -> dict[str, str]:
    """The caller's environment without settings that change what is measured."""
    env = dict(os.environ)
    for name in _DROPPED_ENV:
        env.pop(name, None)
    env["TERM"] = "xterm-256color" if tty else env.get("TERM", "dumb")
    return env


def _diagnose(case: Case, sample: Sample, tail: bytes) -> tuple[str, str]:
    if sample.exit_code in case.ok_exits and case.expect in tail:
        return "ok", ""
    lines = [line.strip() for line in tail.decode("utf-8", "replace").splitlines()]
    messages = [line for line in lines if line.startswith("primehelp:")] or lines or [""]
    last = messages[-1]
    if sample.exit_code == 2 and sample.exit_code not in case.ok_exits:
        return "missing", last  # a usage error: the command or an option does not exist yet
    if sample.exit_code == -9:
        return "timeout", f"killed after {TIMEOUT_S} s; last output: {last}"
    return f"error (exit {sample.exit_code})", last


def measure(
    cases: list[Case],
    runs: int,
    warmup: int,
    spawner: Spawner,
    script: str,
    profiles: dict[str, str] | None = None,
) -> list[Series]:
    """Warm up, then run rounds of (command, the two hello-worlds, python -c pass), rotating."""
    series = [Series(case) for case in cases]
    envs = {tty: child_environment(tty) for tty in (False, True)}
    saved = profiles or {}

    def command_argv(case: Case) -> list[str]:
        return [script, *case.args]

    hello_argv = [sys.executable, str(HELLO), "--name", "World"]
    frozen_argv = [sys.executable, str(HELLO_FROZEN), "--name", "World"]
    bare_argv = [sys.executable, "-c", "pass"]
    for round_no in range(warmup + runs):
        counted = round_no >= warmup
        for one in series:
            if one.status != "ok":
                continue
            env = envs[one.case.tty]
            if one.case.profile is not None:  # found as a member's would be: not by override
                env = {k: v for k, v in env.items() if k != "PRIMEHELP_CONFIG_DIR"}
                env["XDG_CONFIG_HOME"] = saved[one.case.profile]
            trio: list[tuple[str, list[str]]] = [
                ("command", command_argv(one.case)),
                ("hello", hello_argv),
                ("frozen", frozen_argv),
                ("bare", bare_argv),
            ]
            shift = round_no % len(trio)
            for role, argv in trio[shift:] + trio[:shift]:
                sample, tail = spawner.run(argv, env, one.case.tty)
                if role == "command":
                    one.status, one.detail = _diagnose(one.case, sample, tail)
                elif sample.exit_code != 0:
                    sys.exit(f"reference {argv} failed: {tail.decode('utf-8', 'replace')}")
                if counted:
                    getattr(one, role).append(sample)
            if one.status != "ok":
                one.command = one.hello = one.frozen = one.bare = []
        if sys.stderr.isatty():
            print(f"\rround {round_no + 1}/{warmup + runs}", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return series


# ---------------------------------------------------------------- figures


def _ms(ns: float) -> float:
    return ns / 1e6


def figures(samples: list[Sample]) -> dict[str, float]:
    walls = [s.wall_ns for s in samples]
    return {
        "runs": len(samples),
        "median_ms": round(_ms(statistics.median(walls)), 2),
        "min_ms": round(_ms(min(walls)), 2),
        "max_ms": round(_ms(max(walls)), 2),
        "median_max_rss_kb": int(statistics.median(s.max_rss_kb for s in samples)),
    }


def summarize(one: Series) -> dict[str, Any]:
    case = one.case
    entry: dict[str, Any] = {
        "command": ["primehelp", *case.args],
        "label": case.label,
        "mode": "tty" if case.tty else "pipe",
        "status": one.status,
    }
    if one.status != "ok":
        entry["detail"] = one.detail
        return entry
    pairs = list(zip(one.command, one.hello, strict=True))
    time_ratio = statistics.median(c.wall_ns / h.wall_ns for c, h in pairs)
    memory_ratio = statistics.median(c.max_rss_kb / h.max_rss_kb for c, h in pairs)
    extra_ms = statistics.median(_ms(c.wall_ns - h.wall_ns) for c, h in pairs)
    # CPU time waits for nothing: on a busy machine it moves less than wall time (not a budget).
    cpu_ratio = statistics.median(c.cpu_s / h.cpu_s for c, h in pairs if h.cpu_s > 0)
    frozen_ratio = statistics.median(
        c.wall_ns / f.wall_ns for c, f in zip(one.command, one.frozen, strict=True)
    )
    time_budget = TIME_BUDGETS[case.budget]
    entry.update(
        figures(one.command),
        ratio_to_hello=round(time_ratio, 3),
        extra_ms_over_hello=round(extra_ms, 2),
        memory_ratio_to_hello=round(memory_ratio, 3),
        cpu_ratio_to_hello=round(cpu_ratio, 3),
        ratio_to_frozen_hello=round(frozen_ratio, 3),
        hello=figures(one.hello),
        frozen_hello=figures(one.frozen),
        python_pass=figures(one.bare),
        budgets={
            "time": {
                "kind": case.budget,
                "limit": time_budget,
                "value": round(time_ratio, 3),
                "pass": time_ratio <= time_budget,
            },
            "memory": {
                "limit": MEMORY_BUDGET,
                "value": round(memory_ratio, 3),
                "pass": memory_ratio <= MEMORY_BUDGET,
            },
        },
    )
    return entry


def references(series: list[Series]) -> dict[str, dict[str, float]]:
    pooled: dict[str, dict[str, float]] = {}
    for tty in (False, True):
        mode = "tty" if tty else "pipe"
        hello = [s for one in series if one.case.tty is tty for s in one.hello]
        frozen = [s for one in series if one.case.tty is tty for s in one.frozen]
        bare = [s for one in series if one.case.tty is tty for s in one.bare]
        if hello:
            pooled[f"typer hello-world [{mode}]"] = figures(hello)
        if frozen:
            pooled[f"typer hello-world, frozen at exit [{mode}]"] = figures(frozen)
        if bare:
            pooled[f"python -c pass [{mode}]"] = figures(bare)
    return pooled


def machine() -> dict[str, Any]:
    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        commit += "+dirty" if dirty else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "machine": platform.machine(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_executable": sys.executable,
        "typer": metadata.version("typer"),
        "rich": metadata.version("rich"),
        "primehelp_commit": commit,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


# ---------------------------------------------------------------- the table


def _verdict(budget: dict[str, Any]) -> str:
    return f"{'PASS' if budget['pass'] else 'FAIL'} ≤{budget['limit']}×"


def table(report: dict[str, Any]) -> str:
    header = (
        f"{'command':<52} {'median':>8} {'min–max ms':>11} {'+ms':>5} {'×hello':>7}"
        f" {'time budget':>12} {'CPU×':>6} {'×frz':>6}"
        f" {'RSS MB':>7} {'×hello':>7} {'mem budget':>11}"
    )
    lines = [header, "-" * len(header)]
    for entry in report["cases"]:
        name = "primehelp " + entry["label"]
        if entry["status"] != "ok":
            lines.append(f"{name:<52} {entry['status'].upper()}: {entry.get('detail', '')}"[:160])
            continue
        spread = f"{entry['min_ms']:.0f}–{entry['max_ms']:.0f}"
        lines.append(
            f"{name:<52} {entry['median_ms']:>6.1f}ms {spread:>11} "
            f"{entry['extra_ms_over_hello']:>+5.0f} "
            f"{entry['ratio_to_hello']:>6.2f}× {_verdict(entry['budgets']['time']):>12} "
            f"{entry['cpu_ratio_to_hello']:>5.2f}× {entry['ratio_to_frozen_hello']:>5.2f}× "
            f"{entry['median_max_rss_kb'] / 1024:>7.1f} {entry['memory_ratio_to_hello']:>6.2f}× "
            f"{_verdict(entry['budgets']['memory']):>11}"
        )
    lines.append("-" * len(header))
    for name, ref in report["references"].items():
        spread = f"{ref['min_ms']:.0f}–{ref['max_ms']:.0f}"
        lines.append(
            f"{name:<52} {ref['median_ms']:>6.1f}ms {spread:>11} {'':>5} {'':>7} {'':>12} {'':>6} {'':>6} "
            f"{ref['median_max_rss_kb'] / 1024:>7.1f}"
        )
    info = report["machine"]
    lines.append("")
    lines.append(
        f"{info['cpu_count']} CPU ({info['cpu_model'] or '?'}, {info['machine']}), "
        f"Python {info['python']}, typer {info['typer']}, rich {info['rich']}, "
        f"primehelp {info['primehelp_commit']}, {info['date']}"
    )
    lines.append(
        f"{report['settings']['runs']} counted runs after {report['settings']['warmup']} "
        f"warm-up rounds; +ms and ratios are medians over per-round pairs; spawner floor "
        f"{report['spawner_peak_kb'] / 1024:.1f} MB RSS"
    )
    return "\n".join(lines)


def _at_least(minimum: int) -> Any:
    def parse(value: str) -> int:
        number = int(value)
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}")
        return number

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=_at_least(MIN_RUNS), default=MIN_RUNS, metavar="N")
    parser.add_argument(
        "--warmup",
        type=_at_least(1),
        default=3,
        metavar="N",
        help="uncounted rounds first (at least 1: it writes the bytecode caches)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures here")
    parser.add_argument(
        "--only", metavar="NAME", help="only commands whose label contains NAME (e.g. contact)"
    )
    options = parser.parse_args(argv)

    cases = _cases()
    if options.only:
        cases = [case for case in cases if options.only in case.label]
        if not cases:
            parser.error(f"no command matches {options.only!r}")
    script = find_console_script()
    spawner = Spawner()
    with tempfile.TemporaryDirectory(prefix="primehelp-bench-") as scratch:
        try:
            profiles = write_profiles(Path(scratch))
            series = measure(cases, options.runs, options.warmup, spawner, script, profiles)
        finally:
            spawner.close()
    report = {
        "schema_version": 1,
        "machine": machine(),
        "settings": {"runs": options.runs, "warmup": options.warmup, "script": script},
        "spawner_peak_kb": spawner.peak_kb,
        "cases": [summarize(one) for one in series],
        "references": references(series),
    }
    print(table(report))
    checked = [entry for entry in report["cases"] if entry["status"] == "ok"]
    failed = [
        f"{entry['label']} ({kind})"
        for entry in checked
        for kind, budget in entry["budgets"].items()
        if not budget["pass"]
    ]
    skipped = len(report["cases"]) - len(checked)
    print(
        f"budgets: {2 * len(checked)} checked, {len(failed)} FAIL"
        + (f" ({', '.join(failed)})" if failed else "")
        + (f"; {skipped} commands not measured (missing or failing)" if skipped else "")
    )
    if options.json:
        options.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        print(f"figures written to {options.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
