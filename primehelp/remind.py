"""``primehelp remind``: the daily check, as a systemd user timer or a crontab line.

Pure: the unit files and the crontab line for a command, whether a file on disk is one
primehelp wrote (and left unchanged), when a daily 09:00 timer runs next, and the report
dataclasses. Reading and writing are in :mod:`primehelp.cli.remind`; running ``systemctl``
and ``crontab`` in :mod:`primehelp.cli.remind_tools`.

Every unit file starts with :data:`HEADER` and a line holding the SHA-256 of the rest of the
file. A file is primehelp's only if both are there and the digest matches: a unit of the same
name written by someone else, or ours edited since, is never replaced or removed without
``--force``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.remind_cron import CronJob, ProgramState
    from primehelp.remind_manager import UnitDirSource

UNIT = "primehelp-due"
SERVICE = f"{UNIT}.service"
TIMER = f"{UNIT}.timer"
WANTS = "timers.target.wants"  # where `systemctl enable` links the timer
RUN_AT = dt.time(9, 0)
_ABOUT = {  # the service's and the timer's descriptions, by the check's --lang (review 61b S 13)
    "en": (
        "primehelp: say when the Amazon Prime renewal needs a decision",
        f"primehelp: check the Amazon Prime renewal every day at {RUN_AT:%H:%M}",
    ),
    "ja": (
        "primehelp：Amazonプライムの更新日を確認し、必要なときに通知",
        f"primehelp：Amazonプライムの更新日を毎日{RUN_AT.hour}:{RUN_AT:%M}に確認",
    ),
}
HEADER = "# Written by `primehelp remind install`; `primehelp remind uninstall` removes it."
_DIGEST = "# primehelp-remind sha256="
# Characters a systemd command-line word or a shell word may hold without quotes.
_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")
# cron runs a job without the desktop session's environment: notify-send finds no session bus
# there (review 36b item 2). Where the user's bus has a fixed address, the crontab line names it.
BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
_RUNTIME_DIR = re.compile(r"/[A-Za-z0-9_./-]+")


class Action(StrEnum):
    """What ``primehelp remind`` does."""

    INSTALL = "install"
    UNINSTALL = "uninstall"
    STATUS = "status"


class Scheduler(StrEnum):
    """What runs the daily check."""

    SYSTEMD = "systemd"
    CRON = "cron"


class SystemdHere(StrEnum):
    """Whether systemd can run the daily check on this computer (one answer for choosing the
    scheduler and for what ``status`` suggests: review 23b item 4)."""

    USABLE = "usable"
    NO_SYSTEMCTL = "no_systemctl"
    NOT_RUNNING = "not_running"  # systemctl is there, systemd is not the running init
    NO_UNIT_DIRECTORY = "no_unit_directory"  # no home: nowhere to put the units


class UnitState(StrEnum):
    """Whose file is at a unit's path."""

    ABSENT = "absent"
    OURS = "ours"  # written by primehelp, unchanged since
    CHANGED = "changed"  # written by primehelp, edited since
    FOREIGN = "foreign"  # not written by primehelp


class Change(StrEnum):
    """What this run did to a unit file."""

    WRITTEN = "written"
    REPLACED = "replaced"  # a file primehelp did not write (or edited since), with --force
    UNCHANGED = "unchanged"
    REMOVED = "removed"
    LEFT_ALONE = "left_alone"


class NextRunSource(StrEnum):
    """Where the time of the next run comes from."""

    SYSTEMCTL = "systemctl"  # systemctl --user list-timers
    COMPUTED = "computed"  # the next 09:00 on this machine's clock


class TimerIdle(StrEnum):
    """Why a timer enabled on disk does not run (review 47b items 1 and 3)."""

    SYSTEMD_UNUSABLE = "systemd_unusable"  # no systemctl, or systemd not running here
    STOPPED = "stopped"  # systemctl lists it with no next time (`systemctl --user stop`)


@dataclass(frozen=True, slots=True)
class UnitFile:
    """One unit file: where it is, whose it is after this run, and what this run did to it."""

    name: str
    path: str
    state: UnitState
    change: Change | None
    # with Change.REPLACED: whose the replaced file was, FOREIGN or CHANGED (review 36b item 6:
    # an edited file of ours was called 「primehelp が書いたものではないファイル」)
    replaced: UnitState | None = None


@dataclass(frozen=True, slots=True)
class RemindReport:
    """What ``primehelp remind`` did or found; the field names are the JSON keys."""

    action: Action
    scheduler: Scheduler
    command: str  # the check that runs daily, as a shell would show it
    units: tuple[UnitFile, ...]  # empty when no systemd unit directory is known
    enabled: bool | None  # the timer is linked into timers.target (None: no unit directory)
    next_run: dt.datetime | None
    next_run_source: NextRunSource | None
    crontab_line: str | None  # with cron: the line to add (install) or to remove (uninstall)
    in_crontab: bool | None  # a crontab line runs `primehelp due` (None: crontab not readable)
    # install and status: what the daily `primehelp due` would answer instead of a reminder
    # (nothing saved, or a date it cannot use; review 37b item 2); None: it can remind
    saved_date_problem: Text | None = None
    # the crontab's lines that run `primehelp due`, as cron reads them (review 38b item 1)
    crontab_jobs: tuple[CronJob, ...] = ()
    # the tool `due --notify` shows a notification with (notify-send, osascript) is on PATH:
    # without it every daily check shows nothing (review 41b item 3)
    notifier_found: bool = True
    # with cron, install and status: a cron daemon runs (False: none found, so the line never
    # runs; None: not known here, or not looked for: systemd, uninstall; review 43b item 1)
    cron_running: bool | None = None
    # a timer file is there, but the service it starts (primehelp-due.service) is not: the
    # timer, even on, runs nothing, so there is no daily check (review 43b item 5)
    timer_service_missing: bool = False
    # systemd, install and status: whether the program the service's ExecStart= runs is the
    # primehelp running now, another, or missing, as cron's lines are checked (review 44b item
    # 1: a timer whose program was gone was called on); None: no service file, or cron
    program_state: ProgramState | None = None
    program: str | None = field(default=None, metadata={"json": False})  # that program
    # systemd: whose environment named the folder of the unit files: the user manager's
    # (systemctl --user show-environment), or this shell's where it could not be asked (review
    # 44b R-minor 5); None: no folder (no home)
    unit_dir_source: UnitDirSource | None = None
    # the other folder a member may expect: this shell's XDG_CONFIG_HOME's where the manager's
    # differs, or ~/.config's where the manager could not be asked and the shell's differs
    other_unit_dir: str | None = field(default=None, metadata={"json": False})
    # uninstall: why `systemctl --user disable --now` failed, so the timer may still run though
    # its files are gone (review 45b item 10: 「毎日の確認を止めました」 was said, exit 0); None:
    # it worked, or it was not run
    stop_problem: Text | None = None
    # systemd's install: why `systemctl --user daemon-reload` or `enable --now` failed after the
    # unit files were written, so the timer is not on (review 46b item 5: an error line, exit 2);
    # None: it worked, or it was not run
    start_problem: Text | None = None
    # cron's install: the CRON_TZ at the crontab's end, which the line, once appended, runs by
    # (its next run is 09:00 there; 44b R-minor 6 leftover); None: none there
    added_cron_tz: str | None = None
    # an enabled timer that will not run: systemd unusable here, or stopped (review 47b items 1
    # and 3: 「有効です」 and a next run were said); None: it runs, or no enabled timer
    timer_idle: TimerIdle | None = None
    # a `crontab` command is on PATH (review 54b item 16: false with systemd unusable is the
    # screen's 「primehelpでは設定できません」, which in_crontab null did not tell apart)
    crontab_found: bool = True


def check_command(script: Sequence[str], lang: str) -> list[str]:
    """The daily check: ``due --notify`` in the language chosen at install."""
    return [*script, "due", "--notify", "--lang", lang]


def unsupported_character(words: Sequence[str]) -> str | None:
    """A character no unit file or crontab line can carry (a newline, a control), if any."""
    for word in words:
        for ch in word:
            if not ch.isprintable() or ch in "\n\r":
                return ch
    return None


def _systemd_word(word: str, *, expands_variables: bool) -> str:
    """``word`` as systemd reads it back: ``%`` specifiers and ``$`` variables kept literal."""
    text = word.replace("%", "%%")
    if expands_variables:
        text = text.replace("$", "$$")
    if _PLAIN.fullmatch(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sealed(body: str) -> bytes:
    """``body`` under the header and the digest that make it recognisably primehelp's."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return f"{HEADER}\n{_DIGEST}{digest}\n{body}".encode()


def unit_files(command: Sequence[str], environment: Mapping[str, str]) -> dict[str, bytes]:
    """The service running ``command`` once, and the timer starting it daily at 09:00.

    ``Persistent=true``: a 09:00 missed while the machine was off or the user logged out runs
    at the next start of the user's systemd. Exit 1 ("something is due") is a success.
    """
    # systemd expands $VARIABLES in the arguments but not in the executable's path (so "$$"
    # would stay "$$" there: systemd-analyze verify found it "not executable").
    about = _ABOUT["ja" if ("--lang", "ja") in itertools.pairwise(command) else "en"]
    exec_start = " ".join(
        _systemd_word(word, expands_variables=i > 0) for i, word in enumerate(command)
    )
    env_lines = "".join(
        f"Environment={_systemd_word(f'{name}={value}', expands_variables=False)}\n"
        for name, value in sorted(environment.items())
    )
    service = (
        "[Unit]\n"
        f"Description={about[0]}\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        "# Exit 1 means something is due (and was shown): not a failure.\n"
        "SuccessExitStatus=1\n"
        f"{env_lines}"
    )
    timer = (
        "[Unit]\n"
        f"Description={about[1]}\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {RUN_AT:%H:%M}:00\n"
        "Persistent=true\n"
        f"Unit={SERVICE}\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {SERVICE: _sealed(service), TIMER: _sealed(timer)}


def unit_state(data: bytes | None) -> UnitState:
    """Whose file ``data`` is (``None``: there is none)."""
    if data is None:
        return UnitState.ABSENT
    header, _, rest = data.partition(b"\n")
    digest_line, _, body = rest.partition(b"\n")
    if header.decode("utf-8", "replace") != HEADER:
        return UnitState.FOREIGN
    expected = _DIGEST + hashlib.sha256(body).hexdigest()
    return (
        UnitState.OURS if digest_line.decode("utf-8", "replace") == expected else UnitState.CHANGED
    )


def service_command(data: bytes) -> str:
    """What a service file runs: its ``Environment=`` and ``ExecStart=`` values as one shell
    line, quoted as ``install`` shows it (review 46b item 3: systemd's ``"NAME=a b"`` was shown,
    which a shell runs as a command); a value that cannot be read so, as written."""
    found: dict[str, list[str]] = {"Environment": [], "ExecStart": []}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition("=")
        if key in found:
            found[key].append(_as_shell(value, environment=key == "Environment"))
    return " ".join([*found["Environment"], *found["ExecStart"]])


def _as_shell(value: str, *, environment: bool) -> str:
    """A unit file's value read as systemd reads it (quotes, ``%%``, ``$$``), quoted for a shell."""
    try:
        words = [word.replace("%%", "%") for word in shlex.split(value)]
    except ValueError:
        return value
    if not environment:  # systemd expands $NAME after the program: as written, where one is
        rest = [word.replace("$$", "") for word in words[1:]]
        if any("$" in word for word in rest):
            return value
        return " ".join(shlex.quote(w.replace("$$", "$") if i else w) for i, w in enumerate(words))
    shown = []
    for word in words:
        name, equals, setting = word.partition("=")
        named = equals and name.isidentifier()
        shown.append(f"{name}={shlex.quote(setting)}" if named else shlex.quote(word))
    return " ".join(shown)


# where systemd looks for an ExecStart= program named without a folder (systemd.service(5))
SYSTEMD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"


def service_program(data: bytes) -> tuple[str, bool] | None:
    """The program a service file's (last) ``ExecStart=`` runs, as systemd reads the word
    (``%%`` is ``%``, its ``-@:+!`` prefixes dropped), and whether it runs ``-m primehelp``;
    ``None`` where there is none or it cannot be read."""
    value = None
    for line in data.decode("utf-8", "replace").splitlines():
        key, equals, rest = line.partition("=")
        if equals and key.strip() == "ExecStart" and rest.strip():
            value = rest.strip()
    try:
        words = shlex.split(value) if value is not None else []
    except ValueError:
        return None
    if not words:
        return None
    program = words[0].lstrip("-@:+!").replace("%%", "%")
    return program, words[1:3] == ["-m", "primehelp"]


def service_environment(data: bytes) -> dict[str, str]:
    """A service file's ``Environment=`` assignments, as systemd reads them (``%%`` is ``%``)."""
    found: dict[str, str] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, equals, rest = line.partition("=")
        if not equals or key.strip() != "Environment":
            continue
        try:
            words = shlex.split(rest)
        except ValueError:
            continue
        for word in words:
            name, assigned, value = word.partition("=")
            if assigned:
                found[name] = value.replace("%%", "%")
    return found


def shown_command(command: Sequence[str], environment: Mapping[str, str]) -> str:
    """``command`` (with its environment) as one shell line."""
    assignments = [f"{name}={shlex.quote(value)}" for name, value in sorted(environment.items())]
    return " ".join([*assignments, *(shlex.quote(word) for word in command)])


def crontab_line(command: Sequence[str], environment: Mapping[str, str]) -> str:
    """The crontab line running ``command`` every day at 09:00 (``%`` escaped for cron)."""
    shell = shown_command(command, environment).replace("%", "\\%")
    return f"{RUN_AT.minute} {RUN_AT.hour} * * * {shell}"


def bus_address(runtime_dir: str, bus_is_ours: bool) -> str | None:
    """The session bus address a cron job can reach: ``unix:path=$XDG_RUNTIME_DIR/bus`` (with
    systemd-logind, ``/run/user/UID/bus``, the same at every login), where that socket exists
    and is this user's (``bus_is_ours``); ``None`` where there is no such fixed address."""
    if not bus_is_ours or not _RUNTIME_DIR.fullmatch(runtime_dir):
        return None
    return f"unix:path={runtime_dir.rstrip('/')}/bus"


def names_the_bus(line: str) -> bool:
    """Whether a crontab line sets the session bus address for its command."""
    return f"{BUS_VARIABLE}=" in line


def next_daily_run(now: dt.datetime, at: dt.time = RUN_AT) -> dt.datetime:
    """The next ``at`` (09:00) after ``now`` (an aware local time): today's, or tomorrow's.

    In ``now``'s UTC offset: on the day a daylight-saving clock changes (not in Japan) the
    answer is an hour off; ``status`` asks systemd first.
    """
    today_at = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    if now < today_at:
        return today_at
    return dt.datetime.combine(now.date() + dt.timedelta(days=1), at, tzinfo=now.tzinfo)


_LISTED = re.compile(r"^\s*(?:[A-Za-z]{2,3}\s+)?(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})")


def listed_next_run(list_timers: str) -> dt.datetime | None:
    """The NEXT time in ``systemctl --user list-timers --no-legend`` output (local time)."""
    for line in list_timers.splitlines():
        if TIMER not in line:
            continue
        found = _LISTED.match(line)
        if found is None:
            return None  # "-" or "n/a": the timer is loaded but not scheduled (listed_stopped)
        return dt.datetime.strptime(found[1], "%Y-%m-%d %H:%M:%S").astimezone()
    return None


def listed_stopped(list_timers: str) -> bool:
    """systemctl lists the timer with no next time ("-", "n/a"): loaded, not scheduled."""
    line = next((x for x in list_timers.splitlines() if TIMER in x), None)
    return line is not None and _LISTED.match(line) is None
