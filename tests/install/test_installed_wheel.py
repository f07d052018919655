"""The built wheel, installed for real, works and never writes inside its own installation.

Issue 9: "Build a wheel, install it into a fresh virtual environment, make its site-packages
read-only and run every command as a user who does not own it: all work, and nothing is
created anywhere under the installed package."

Once per session the wheel is built from the working tree. Each variant gets its own fresh
virtual environment (``uv venv``; locked dependencies; the wheel with ``--compile-bytecode``,
as installers do for users) and runs every command, as text and as ``--json``, from a
working directory outside the project, with a fresh HOME and XDG directories and a clean
environment (no PYTHONDONTWRITEBYTECODE: Python would write bytecode wherever it could):

- read-only: site-packages has no write permission for anyone. As root, the commands run as
  ``nobody`` (setpriv), who does not own the installation; without root they run as the
  owner (the read-only mode bits then are what stops writing). The test id says which.
  The whole environment must be unchanged afterwards (path, size, mtime_ns, mode).
- writable: the owner runs the commands on an installation it may write to. Nothing may
  be created or changed under the package directory all the same.

Every run must exit with its documented code and print what it should: a stable piece of
text or a JSON value, and, where ``tests/golden`` has the same command line, exactly the
golden stdout.
"""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from primehelp import FACTS_CHECKED
from tests.support import json_contract
from tests.support.installed import (
    Identity,
    Installation,
    Listing,
    Result,
    Sandbox,
    build_wheel,
    install,
    make_base,
    other_user,
    remove_base,
    same_user,
    set_writable,
)

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
TODAY = ("--today", "2026-11-25")
CONTACT_PAGE = "https://www.amazon.co.jp/gp/help/customer/contact-us"
MEMBERSHIP_PAGE = "https://www.amazon.co.jp/gp/primecentral"


@dataclass(frozen=True)
class Call:
    """One command line and what it must give.

    ``out``/``err``: pieces of stdout/stderr; ``data``: for ``--json``, values at dotted paths
    of the document (``data.results.0.verdict``); ``files``: files it must have written,
    relative to the working directory, with a piece of their content. ``golden``: compare
    with the golden transcript of the same command line, if any (not when a saved profile
    makes the output differ from the goldens', which have none).
    """

    args: tuple[str, ...]
    exit: int = 0
    out: tuple[str, ...] = ()
    err: tuple[str, ...] = ()
    data: Mapping[str, object] = field(default_factory=dict)
    files: Mapping[str, str] = field(default_factory=dict)
    golden: bool = True


def _forms(args: tuple[str, ...], exit: int = 0, **checks: Any) -> Iterator[Call]:
    """English text, Japanese text (when ``ja`` is given) and English JSON.

    The arguments come in the order the goldens use, so that those runs are compared too.
    """
    yield Call((*args, "--lang", "en"), exit, out=checks.get("en", ()))
    if "ja" in checks:
        yield Call((*args, "--lang", "ja"), exit, out=checks["ja"])
    yield Call((*args, "--lang", "en", "--json"), exit, data=checks.get("data", {}))


def independent_calls() -> Iterator[Call]:
    """Calls that share no state: every command, --version, help, bad input."""
    yield from _forms(
        ("contact",),
        en=("How to reach Amazon.co.jp", f"Contact page: {CONTACT_PAGE}", "0120-999-373"),
        ja=(CONTACT_PAGE, "0120-999-373"),
        data={"data.contact_page_url": CONTACT_PAGE, "data.routes.0.id": "chat"},
    )
    yield from _forms(
        ("check-number", "0120-999-373"),
        exit=1,
        en=("A former Amazon number, no longer in service",),
        ja=("0120-999-373",),
        data={"data.results.0.verdict": "defunct", "data.results.0.normalized": "0120999373"},
    )
    yield from _forms(
        ("check-number", "188"),
        en=("Public service: consumer hotline; not Amazon.",),
        data={"data.results.0.verdict": "consumer_hotline"},
    )
    yield from _forms(
        ("sources", "contact"),
        en=("What primehelp states", "contact.defunct_numbers"),
        data={"data.facts.0.id": "contact.page"},
    )
    yield Call(("sources", "--lang", "en"), out=("Everything primehelp states", "fees."))
    yield from _forms(
        ("trial", "2026-11-25", *TODAY),
        en=(
            "The free trial and its automatic paid renewal",
            "2026-12-25",
            MEMBERSHIP_PAGE,
        ),
        ja=("2026-12-25", MEMBERSHIP_PAGE),
        data={"data.renewal_date": "2026-12-25", "data.cancel_by": "2026-12-24"},
    )
    yield Call(
        ("trial", "2026-11-25", *TODAY, "--ics", "out/trial.ics", "--lang", "en"),
        out=("2026-12-25",),
        err=("wrote", "trial.ics"),
        files={"out/trial.ics": "DTSTART;VALUE=DATE:20261225"},
    )
    yield from _forms(
        ("fees",),
        en=("5,900",),
        data={"data.current.0.fee_yen": 5900},
    )
    via_app = ("cancel", "--no-interactive", "--via", "app", "--trial", "--student")
    yield from _forms(
        via_app,
        en=("How to cancel Prime",),
        ja=("プライム",),
        data={"data.branch.via": "app", "data.branch.trial": True, "data.branch.student": True},
    )
    yield from _forms(
        ("cancel", "--no-interactive", "--renewal", "2026-12-24", *TODAY),
        en=("cancel by 2026-12-23 (in 28 days)",),  # the first sentence (review 38b item 12)
        data={"data.renewal.cancel_by": "2026-12-23", "data.renewal.origin": "option"},
    )
    for topic in ("renewal", "cancel", "other"):
        yield Call(("complain", topic, "--lang", "en"), out=("Message to paste into the chat",))
    refund = ("complain", "refund", "--amount", "600", "--plan", "monthly", "--benefits-used")
    yield from _forms(
        refund,
        en=("Message to paste into the chat (if you want to ask about a refund)", "600"),
        data={"data.topic": "refund", "data.kit.hotline_number": "188"},
    )
    yield from _forms(
        ("completion", "bash"),
        en=("complete -o default -F _primehelp_completion primehelp",),
        ja=("~/.bashrc",),
        data={"data.shell": "bash", "data.install_line": 'eval "$(primehelp completion bash)"'},
    )
    # the check date written as the Japanese screens write it (review 26a, S 18)
    year, month, day = (int(part) for part in FACTS_CHECKED[1].split("-"))
    yield Call(("--version",), out=("primehelp ", f"情報の確認日：{year}年{month}月{day}日"))
    # The help follows the locale (Japanese under C.UTF-8) or a command's --lang.
    yield Call(("--help",), out=("primehelp [", "renewal", "complain"))
    for command in ("renewal", "cancel"):
        yield Call(
            (command, "--help", "--lang", "en"), out=(f"Usage: primehelp {command} [OPTIONS]",)
        )
        yield Call(
            (command, "--help", "--lang", "ja"), out=(f"使い方：primehelp {command} [オプション]",)
        )
    # Bad input: exit 2, one line on stderr, the error object with --json.
    yield Call(("renewal", "01/02/2026", "--lang", "en"), exit=2, err=("ambiguous",))
    yield Call(
        ("renewal", "01/02/2026", "--lang", "en", "--json"),
        exit=2,
        err=("ambiguous",),
        data={"error.code": "bad_input"},
    )
    yield Call(("check-number", "abc", "--lang", "en"), exit=2, err=("'abc'",))
    yield Call(
        ("renewal", "2026-12-31", *TODAY, "--ics", "-"),
        out=("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20261231"),
    )


def profile_calls() -> Iterator[Call]:
    """In this order: save a renewal date, use it, show it, clear it."""
    yield Call(("profile", "--lang", "en"), out=("Nothing is saved",))
    yield Call(("profile", "--lang", "en", "--json"), data={"data.exists": False})
    yield Call(
        (
            "renewal",
            "2026-12-31",
            *TODAY,
            "--plan",
            "annual",
            "--ics",
            "out/renewal.ics",
            "--save",
            "--lang",
            "en",
        ),
        out=("Upcoming renewals (Annual plan)", "5,900 yen"),
        err=("wrote", "renewal.ics", "saved the renewal date"),
        files={"out/renewal.ics": "DTSTART;VALUE=DATE:20261231"},
    )
    # Another plan for the saved date: refused without --force (nothing saved is replaced
    # silently), and nothing is written; with --force it is replaced.
    # On 2026-12-05: a monthly renewal more than a month ahead (from 2026-11-25) is refused for
    # that reason first (review 36b item 1).
    monthly = ("renewal", "2026-12-31", "--today", "2026-12-05", "--plan", "monthly")
    yield Call(
        (*monthly, "--ics", "out/refused.ics", "--save", "--lang", "en"),
        exit=2,
        err=("annual plan", "--force"),
        golden=False,
    )
    yield Call(
        (*monthly, "--ics", "out/renewal-json.ics", "--save", "--force", "--lang", "en", "--json"),
        data={"data.plan": "monthly", "data.upcoming.0.renewal_date": "2026-12-31"},
        files={"out/renewal-json.ics": "BEGIN:VCALENDAR"},
    )
    later = ("--today", "2026-12-05")
    yield Call(("renewal", *later, "--lang", "en"), out=("2026-12-31", "(Monthly plan)"))
    yield Call(("renewal", *later, "--lang", "ja"), out=("2026-12-31",))
    yield Call(
        ("profile", "--lang", "en"),
        out=("Renewal date: 2026-12-31", "profile.json"),
        golden=False,
    )
    yield Call(
        ("profile", "--lang", "en", "--json"),
        data={"data.exists": True, "data.profile.renewal_date": "2026-12-31"},
        golden=False,
    )
    yield Call(
        ("cancel", "--no-interactive", *TODAY, "--lang", "en", "--json"),
        data={"data.renewal.origin": "profile", "data.renewal.cancel_by": "2026-12-30"},
    )
    yield Call(("profile", "--clear", "--lang", "en"), out=("Deleted",))
    yield Call(("profile", "--clear", "--lang", "en", "--json"), data={"data.cleared": False})
    yield Call(("profile", "--lang", "ja", "--json"), data={"data.exists": False})


def golden_stdout() -> dict[str, tuple[int, str]]:
    """Exit code and stdout of each command line in the command goldens.

    (Not the help goldens: Click wraps help to the terminal, and ``CliRunner`` has none.)
    """
    found: dict[str, tuple[int, str]] = {}
    text = "\n" + (GOLDEN / "commands.txt").read_text("utf-8")
    for record in text.split("\n### ")[1:]:
        header, rest = record.split("\nexit: ", 1)
        code, rest = rest.split("\n--- stdout\n", 1)
        stdout, _ = rest.rsplit("\n--- stderr\n", 1)
        found[header] = (int(code), stdout)
    return found


def _at(document: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        document = document[int(key)] if isinstance(document, list) else document[key]
    return document


def problems_of(
    call: Call, result: Result, sandbox: Sandbox, golden: Mapping[str, tuple[int, str]]
) -> list[str]:
    """Everything wrong with one run (empty when it did what it should)."""
    work = sandbox.work
    problems = []
    if result.returncode != call.exit:
        problems.append(f"exit {result.returncode}, expected {call.exit}")
    if "Traceback" in result.stderr:
        problems.append("a traceback on stderr")
    problems += [f"stdout lacks {piece!r}" for piece in call.out if piece not in result.stdout]
    problems += [f"stderr lacks {piece!r}" for piece in call.err if piece not in result.stderr]
    if "--json" in call.args:
        try:
            document = json_contract.loads(result.stdout, origin="installed wheel")
        except ValueError as error:
            problems.append(f"stdout is not JSON: {error}")
        else:
            if document.get("schema_version") != 1 or document.get("command") != call.args[0]:
                problems.append("not a primehelp JSON envelope for this command")
            for dotted, expected in call.data.items():
                try:
                    value = _at(document, dotted)
                except (KeyError, IndexError, TypeError):
                    value = "<missing>"
                if value != expected:
                    problems.append(f"{dotted} = {value!r}, expected {expected!r}")
    for name, piece in call.files.items():
        path = work / name
        if not path.is_file() or piece not in path.read_text("utf-8"):
            problems.append(f"{name} missing or without {piece!r}")
    expected = golden.get(shlex.join(("primehelp", *call.args))) if call.golden else None
    # The goldens show the configuration directory as a placeholder.
    stdout = result.stdout.replace(str(sandbox.config), "<CONFIG>")
    if expected is not None and (result.returncode, stdout) != expected:
        problems.append("stdout differs from the golden transcript")
    if problems:
        shown = f"stdout: {result.stdout[:300]!r}\n    stderr: {result.stderr[:300]!r}"
        return [f"primehelp {shlex.join(call.args)}: {'; '.join(problems)}\n    {shown}"]
    return []


@dataclass(frozen=True)
class Outcome:
    """What one variant found."""

    identity: Identity
    installation: Installation
    before: Listing
    after: Listing
    problems: list[str]
    runs: int
    golden_compared: int


def _exercise(installation: Installation, sandbox: Sandbox) -> tuple[list[str], int, int]:
    """Run every call; return the problems, the number of runs and of golden comparisons."""
    golden = golden_stdout()
    problems: list[str] = []
    # Which primehelp runs, and that Python would write bytecode if it could.
    probe = sandbox.run(
        installation.python,
        "-c",
        "import sys, primehelp; print(primehelp.__file__); print(sys.dont_write_bytecode)",
    )
    expected_probe = f"{installation.package / '__init__.py'}\nFalse\n"
    if (probe.returncode, probe.stdout) != (0, expected_probe):
        problems.append(f"probe: {probe}")
    independent, in_order = list(independent_calls()), list(profile_calls())
    # Calls that share no state run side by side: the threads only wait for the processes.
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda call: sandbox.run(installation.script, *call.args), independent)
        )
    results += [sandbox.run(installation.script, *call.args) for call in in_order]
    calls = [*independent, *in_order]
    for call, result in zip(calls, results, strict=True):
        problems += problems_of(call, result, sandbox, golden)
    compared = sum(
        call.golden and shlex.join(("primehelp", *call.args)) in golden for call in calls
    )
    # --ics is written by primehelp itself: icalendar is a dev dependency, not installed here.
    dev_only = "import importlib.util as u; print([u.find_spec(m) for m in ('icalendar', 'ics')])"
    found = sandbox.run(installation.python, "-c", dev_only)
    if (found.returncode, found.stdout) != (0, "[None, None]\n"):
        problems.append(f"icalendar or ics is installed with the wheel: {found}")
    module = sandbox.run(installation.python, "-m", "primehelp", "--version")
    if module.returncode != 0 or not module.stdout.startswith("primehelp "):
        problems.append(f"python -m primehelp --version: {module}")
    if not sandbox.config.is_dir():
        problems.append(f"no profile directory in the user config directory {sandbox.config}")
    for written in (sandbox.work / "out").glob("*.ics"):
        if written.stat().st_uid != sandbox.identity.uid:
            problems.append(f"{written} is not owned by the user who ran the command")
    return problems, len(calls) + 2, compared


def _can_write(sandbox: Sandbox, installation: Installation) -> bool:
    """Whether the running user may create a file in the package (the probe leaves none)."""
    code = (
        "import os, sys, tempfile\n"
        "try:\n"
        f"    fd, name = tempfile.mkstemp(dir={str(installation.package)!r})\n"
        "except PermissionError:\n"
        "    sys.exit(3)\n"
        "os.close(fd); os.unlink(name)\n"
    )
    result = sandbox.run(installation.python, "-c", code)
    if result.returncode not in (0, 3):
        raise RuntimeError(f"write probe failed: {result}")
    return result.returncode == 0


@pytest.fixture(scope="module")
def wheel() -> Iterator[Path]:
    base = make_base()
    try:
        yield build_wheel(base / "dist")
    finally:
        remove_base(base)


def _run_variant(wheel: Path, writable: bool) -> Iterator[Outcome]:
    base = make_base()
    try:
        installation = install(wheel, base / "venv")
        if writable:
            identity = same_user("the owner of the installation, which it may write to")
        else:
            set_writable(installation.site_packages, False)
            identity = other_user(installation.python) or same_user(
                "the owner of the installation (no other user: not root, or no setpriv), "
                "site-packages chmod a-w"
            )
        sandbox = Sandbox.create(base / "user", installation, identity)
        if _can_write(sandbox, installation) != writable:
            pytest.fail(
                f"set-up: {identity.description} "
                f"{'cannot' if writable else 'can'} write to {installation.package}"
            )
        before = Listing.of(installation.venv)
        problems, runs, compared = _exercise(installation, sandbox)
        after = Listing.of(installation.venv)
        yield Outcome(identity, installation, before, after, problems, runs, compared)
    finally:
        remove_base(base)


# The test id says which read-only variant runs here: as another user when root can hand the
# commands to ``nobody``, otherwise as the owner of a chmod a-w installation.
READ_ONLY_VARIANT = (
    "as-nobody" if os.geteuid() == 0 and shutil.which("setpriv") else "as-owner-chmod-a-w"
)


@pytest.fixture(scope="module", params=[READ_ONLY_VARIANT])
def read_only(wheel: Path) -> Iterator[Outcome]:
    yield from _run_variant(wheel, writable=False)


@pytest.fixture(scope="module")
def writable(wheel: Path) -> Iterator[Outcome]:
    yield from _run_variant(wheel, writable=True)


def _package_prefix(outcome: Outcome) -> str:
    return str(outcome.installation.package.relative_to(outcome.installation.venv))


def _report(outcome: Outcome, what: str) -> str:
    package = _package_prefix(outcome)
    return (
        f"{what}; ran as {outcome.identity.description}; {outcome.runs} runs, "
        f"{outcome.golden_compared} compared with the goldens; listing: "
        f"{outcome.before.under(package).files()} files under {package}, "
        f"{outcome.before.files()} in the environment"
    )


def test_read_only_install_every_command_works(
    read_only: Outcome, record_property: pytest.RecordProperty
) -> None:
    record_property("variant", _report(read_only, "read-only site-packages"))
    assert read_only.runs >= 40 and read_only.golden_compared >= 20
    assert not read_only.problems, "\n".join(
        [_report(read_only, "read-only site-packages"), *read_only.problems]
    )


def test_read_only_install_nothing_changes_in_the_environment(read_only: Outcome) -> None:
    changes = read_only.before.changes(read_only.after)
    assert read_only.before.under(_package_prefix(read_only)).files() > 40
    assert not changes, "\n".join([_report(read_only, "read-only site-packages"), *changes])


def test_writable_install_every_command_works(writable: Outcome) -> None:
    assert not writable.problems, "\n".join(
        [_report(writable, "writable installation"), *writable.problems]
    )


def test_writable_install_nothing_created_under_the_package(writable: Outcome) -> None:
    """Even when it could, primehelp writes nothing into its package (no data cache there).

    Fails while primehelp/datacache.py keeps its cache in ``data/__pycache__/``.
    """
    package = _package_prefix(writable)
    changes = writable.before.under(package).changes(writable.after.under(package))
    assert not changes, "\n".join([_report(writable, "writable installation"), *changes])
