"""Where systemd's user manager looks for this user's units (review 44b R-minor 5): in ITS
environment's ``XDG_CONFIG_HOME`` (an absolute path; a relative one is ignored, as systemd
ignores it), else its ``HOME``'s ``.config``. A shell's ``XDG_CONFIG_HOME`` is not the
manager's: a timer written there was never read, and never ran. Pure: the manager's answer
(``systemctl --user show-environment``) is read by :mod:`primehelp.cli.remind_tools`."""

import re
from enum import StrEnum


class UnitDirSource(StrEnum):
    """Whose environment named the folder the unit files are in (JSON ``unit_dir_source``)."""

    SYSTEMD = "systemd"  # the user manager's, as systemctl --user show-environment said it
    SHELL = "shell"  # this shell's: the manager could not be asked (as before review 44b)


_ASSIGNMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=(.*)")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|[0-7]{1,3}|.)", re.DOTALL)
_NAMED = {"n": b"\n", "t": b"\t", "r": b"\r", "a": b"\a", "b": b"\b", "e": b"\x1b", "f": b"\f"}


def _unquoted(value: str) -> str | None:
    """A value as systemctl prints it: as it is, or ``$'…'`` (C escapes: systemd quotes a value
    with a space or a control so); ``None``: quoting it does not use."""
    if not value.startswith("$'"):
        return value
    if len(value) < 3 or not value.endswith("'"):
        return None
    found = bytearray()
    rest = value[2:-1]
    at = 0
    for match in _ESCAPE.finditer(rest):
        found += rest[at : match.start()].encode()
        code = match.group(1)
        if code[0] == "x" and len(code) == 3:
            found.append(int(code[1:], 16))
        elif code.isdigit() and set(code) <= set("01234567"):
            found.append(int(code, 8) & 0xFF)
        else:
            found += _NAMED.get(code, code.encode())
        at = match.end()
    found += rest[at:].encode()
    return found.decode("utf-8", "replace")


def manager_environment(output: str) -> dict[str, str] | None:
    """The variables in ``systemctl --user show-environment``'s output; ``None`` where it holds
    none (a manager's environment always holds PATH: no answer is not an empty one)."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        match = _ASSIGNMENT.fullmatch(line)
        value = None if match is None else _unquoted(match.group(2))
        if match is not None and value is not None:
            found[match.group(1)] = value
    return found or None
