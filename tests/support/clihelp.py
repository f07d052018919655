"""Run the CLI in-process the way a user would, and read its output."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from primehelp.cli import app


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.stdout)
        return document


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
    """Invoke ``primehelp ARGS`` through the real Typer app (error handling included)."""
    result = CliRunner().invoke(app, list(args), env=env, input=stdin)
    return Run(exit_code=result.exit_code, stdout=result.stdout, stderr=result.stderr)


WIDE = {"COLUMNS": "1000"}  # one paragraph per line: nothing split by wrapping


def json_data(*args: str) -> Any:
    """The ``data`` of ``primehelp ARGS --json``, which must succeed."""
    done = run(*args, "--json")
    assert done.exit_code == 0, done.stderr
    return done.json()["data"]


def wide_stdout(*args: str) -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, env=WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def lang_run(
    *args: str, lang: str = "ja", columns: int = 1000, env: dict[str, str] | None = None
) -> Run:
    """``primehelp --lang LANG ARGS`` at COLUMNS columns (piped), any exit code: one helper for
    the review tests instead of a copy in every file (see also ``screen``, which must succeed)."""
    return run("--lang", lang, *args, env={**(env or {}), "COLUMNS": str(columns)})


def joined(text: str, lang: str = "ja") -> str:
    """TEXT with its wrapped lines joined, their indent dropped (a space between English lines)."""
    return ("" if lang == "ja" else " ").join(line.strip() for line in text.splitlines())


def stderr_on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """What ``python -m primehelp ARGS`` writes to stderr when stderr is a terminal (a pty;
    stdout and stdin are not): the wrapped form of its error lines, ``\\r`` removed."""
    return _on_a_terminal(args, env, "stderr")


def stdout_on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """What ``python -m primehelp ARGS`` writes to stdout when stdout is a terminal (a pty;
    stderr and stdin are not), ``\\r`` removed."""
    return _on_a_terminal(args, env, "stdout")


def _on_a_terminal(args: tuple[str, ...], env: dict[str, str], stream: str) -> str:
    import os
    import pty
    import subprocess
    import sys

    main, side = pty.openpty()
    try:
        subprocess.run(
            [sys.executable, "-m", "primehelp", *args],
            stdout=side if stream == "stdout" else subprocess.DEVNULL,
            stderr=side if stream == "stderr" else subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "TERM": "dumb", **env},
            timeout=60,
            check=False,
        )
    finally:
        os.close(side)
    out = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # Linux: EIO once the other side is closed and everything is read
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    return out.decode().replace("\r", "")


def screen(*args: str, lang: str, columns: int = 1000) -> str:
    """What ``primehelp ARGS --lang LANG`` prints at ``columns`` (one sentence a line at the
    default width), for a command that must succeed and say nothing on stderr."""
    result = run(*args, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def word_cut(lines: list[str], word: str) -> bool:
    """Whether ``word`` is cut in two at the end of one of ``lines`` (indent and padding aside)."""
    return any(
        line.rstrip().endswith(word[:cut]) and after.lstrip().startswith(word[cut:])
        for line, after in itertools.pairwise(lines)
        for cut in range(1, len(word))
    )


def fake_tool(folder: Path, name: str, text: str) -> None:
    """Put an executable script ``name`` (``text``) in ``folder``: a crontab or systemctl on PATH."""
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    (folder / name).chmod(0o755)


def statement_file(folder: Path, *rows: str) -> str:
    """A card statement in the generic layout (利用日,利用店名,金額) with ``rows``: its path."""
    path = folder / "statement.csv"
    path.write_text("\n".join(("利用日,利用店名,金額", *rows)) + "\n", encoding="utf-8")
    return str(path)


def saved_profile(
    folder: Path, renewal: str, plan: str | None, trial: bool, **more: object
) -> dict[str, str]:
    """A profile saved in a temporary folder (never the real ~/.config), as the env to read it."""
    profile = {"schema_version": 1, "renewal_date": renewal, "plan": plan, "trial": trial, **more}
    (folder / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    return {"PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "1000"}


def cancel_screen(env: dict[str, str], *args: str, lang: str = "ja") -> str:
    """`cancel --no-interactive …` that succeeds: its stdout."""
    done = run("cancel", "--no-interactive", *args, "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout


def with_lang(args: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """``args`` with ``--lang LANG``: at the end, or before a 「--」 (review 39c, S 3)."""
    at = args.index("--") if "--" in args else len(args)
    return (*args[:at], "--lang", lang, *args[at:])


def charge_screen(*args: str, lang: str = "ja", width: str = "1000") -> str:
    """A charge screen (exit 0 or 1: a checker's answer, not an error), wide by default; the
    language before a 「--」 (after it, an option is TEXT, refused since review 39c, S 3)."""
    done = run(*with_lang(args, lang), env={"COLUMNS": width})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def statement_screen(
    path: str, lang: str = "ja", *, json: bool = False, width: str = "1000"
) -> Any:
    """``charge --statement`` of a date,description,amount file on 2026-12-05: the screen, or
    the JSON document's data."""
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={"COLUMNS": width, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


RAKUTEN_HEADER = "利用日,利用店名・商品名,利用者,支払方法,利用金額,支払手数料,支払総額"


def rakuten_statement(folder: Path, *rows: str, json: bool = False) -> Any:
    """`charge --statement` (ja, wide, today 2026-12-05) of a Rakuten-style file of ``rows``:
    the screen, or the JSON's data with ``json``."""
    path = folder / "card.csv"
    path.write_text("\n".join((RAKUTEN_HEADER, *rows)) + "\n", encoding="utf-8")
    args = ("charge", "--statement", str(path), "--lang", "ja", *(("--json",) if json else ()))
    done = run(*args, env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


def fresh_python(code: str, *args: str, exit_code: int = 0) -> list[str]:
    """The stderr lines of ``python -c CODE ARGS`` in a fresh interpreter (what a run imports,
    compiles or reads is only seen from a new process), after checking its exit code."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == exit_code, done.stderr[-2000:]
    return done.stderr.splitlines()
