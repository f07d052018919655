"""Run primehelp: ``python -m primehelp``, and the ``primehelp`` command (``run``).

Standard library only, on purpose. Importing :mod:`primehelp.cli` takes most of the first
~100 ms of a run, and a Ctrl-C then (or anywhere outside the CLI's own handler) would escape
every handler as a traceback. Here it ends the run as any interruption does: one line on
stderr, the error object on stdout with ``--json``, exit code 130.
"""

# _signal, not signal: it is built in, while signal.py would first import enum (milliseconds
# during which a Ctrl-C is not yet guarded).
import _signal  # type: ignore[import-not-found]  # built in, without a stub
import gc
import os
import sys

# ui.toml [interrupted], which cannot be read here (tests/cli/test_interrupts.py compares them).
INTERRUPTED = {"ja": "中断しました。", "en": "Interrupted."}
INTERRUPTED_EXIT = 130  # errors.ExitCode.INTERRUPTED


def run() -> None:
    """Run the command line; a Ctrl-C at any moment is an interruption, never a traceback."""
    # While primehelp.cli is imported, Ctrl-C is only noted, and acted on once the import is
    # done: a KeyboardInterrupt raised inside the import machinery can surface as "Exception
    # ignored in ..." with a traceback, or leave a module half-imported.
    # Start-up allocates a few hundred thousand objects (typer, click, rich) and frees almost
    # none: with the default threshold (700) the collector runs hundreds of times over them for
    # nothing. Collections still happen, every 100,000 net allocations, so a large input (a
    # 1 MB mail, a card statement) stays bounded. Measured: `cancel --no-interactive` 1.73× →
    # 1.60–1.64× the Typer hello-world (benchmarks/README.md).
    gc.set_threshold(100_000)
    noted: list[int] = []
    default = _signal.signal(_signal.SIGINT, lambda signum, _frame: noted.append(signum))
    try:
        from primehelp.cli import main
    except KeyboardInterrupt:
        interrupted()
    finally:
        _signal.signal(_signal.SIGINT, default)
    if noted:
        interrupted()
    try:
        main()
    except KeyboardInterrupt:
        interrupted()
    except SystemExit:
        # The command is done and its output flushed; a Ctrl-C during the interpreter's
        # teardown would only print "Exception ignored" with a traceback.
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
        raise


def interrupted() -> None:
    """End the run after a Ctrl-C that reached no handler: say so, and exit 130 at once."""
    import contextlib

    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)  # a second Ctrl-C must not interrupt this
    args = sys.argv[1:]
    # The CLI's modules if they are loaded already; otherwise English and no command name.
    i18n, cli = sys.modules.get("primehelp.i18n"), sys.modules.get("primehelp.cli")
    lang = i18n.guess_lang(args, os.environ) if i18n is not None else "en"
    message = INTERRUPTED.get(lang, INTERRUPTED["en"])
    with contextlib.suppress(OSError):  # a closed stderr loses the line, not the exit code
        os.write(2, f"\nprimehelp: {message}\n".encode(errors="replace"))
    if "--json" in args:
        known = cli is not None and args and args[0] in getattr(cli, "COMMANDS", {})
        _write_interrupted_json(args[0] if known else "primehelp", message)
    os._exit(INTERRUPTED_EXIT)  # no exit handlers: they could be interrupted in turn


def _write_interrupted_json(command: str, message: str) -> None:
    """The error object of an interruption, as primehelp.output.envelope writes it."""
    import contextlib
    import json

    document = {
        "schema_version": 1,
        "command": command,
        "error": {"code": "interrupted", "message": message},
    }
    with contextlib.suppress(OSError):  # stdout closed or failing: the exit code says it
        os.write(1, (json.dumps(document, indent=2) + "\n").encode("ascii"))


if __name__ == "__main__":
    run()
