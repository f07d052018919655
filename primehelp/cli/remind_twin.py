"""One installed primehelp in its two forms: a folder's console script ``<bin>/primehelp`` and
``<bin>/python -m primehelp``, the interpreter the script runs with (review 47b item 2: a crontab
line of one form was called "another program" by the other, and the member was told to replace
a line that works). Only a script whose first line names an interpreter of that folder counts:
the same interpreter imports the same primehelp; any other pair stays "another program"."""

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

_HEAD_BYTES = 1024
_SHEBANG = re.compile(rb"#![ \t]*([^ \t\r\n]+)")
# pip's form for a long interpreter path: `#!/bin/sh` then `'''exec' "/…/python" "$0" "$@"`
_EXEC = re.compile(rb"^'''exec' ['\"]?([^'\"\r\n]+?)['\"]? \"\$0\"", re.MULTILINE)


def interpreter(script: Path) -> Path | None:
    """The absolute interpreter a console script runs with (its ``#!`` line); None: not one."""
    try:
        with script.open("rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return None
    found = _SHEBANG.match(head)
    if found is not None and found[1] == b"/bin/sh":
        found = _EXEC.search(head)
    if found is None:
        return None
    path = Path(os.fsdecode(found[1]))
    return path if path.is_absolute() else None


def _folder(path: Path) -> Path:
    """A program's folder (a venv's python links to the system's: the folder tells them apart)."""
    return path.absolute().parent.resolve()


def same_installation(script: Path, python: Path) -> bool:
    """``script`` runs with an interpreter of ``python``'s folder: the same primehelp."""
    found = interpreter(script)
    try:
        return found is not None and _folder(found) == _folder(python)
    except OSError:
        return False


def twins(running: Sequence[str]) -> list[list[str]]:
    """The other form of the ``running`` primehelp (``python -m primehelp`` or the script):
    the script beside the interpreter, or each name of the script's interpreter in its folder
    (python, python3, python3.N: the same file)."""
    if list(running[1:]) == ["-m", "primehelp"]:
        script = Path(running[0]).absolute().parent / "primehelp"
        executable = script.is_file() and os.access(script, os.X_OK)
        return [[str(script)]] if executable and same_installation(script, Path(running[0])) else []
    found = interpreter(Path(running[0]))
    if found is None:
        return []
    names = dict.fromkeys((found.name, "python", "python3", f"python3.{sys.version_info.minor}"))
    forms = []
    for name in names:
        other = found.parent / name
        try:
            if other.is_file() and other.resolve() == found.resolve():
                forms.append([str(other), "-m", "primehelp"])
        except OSError:
            continue
    return forms
