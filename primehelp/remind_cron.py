"""The crontab's lines that run ``primehelp due``, as cron reads them (review 38b item 1: any
line merely mentioning ``primehelp due`` counted as the daily check, with a next run at 09:00 the
crontab did not schedule). Pure: reading the crontab and looking for a line's program are in
:mod:`primehelp.cli.remind_tools`.
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from primehelp.lazy_pattern import LazyPattern
from primehelp.profile import CONFIG_DIR_ENV, xdg_config_home
from primehelp.remind import next_daily_run


class ProgramState(StrEnum):
    """What the program of a crontab line is, where cron looks for it (review 38b item 1)."""

    SAME = "same"  # the primehelp running now
    OTHER = "other"  # there, but another program (an older install, another interpreter)
    MISSING = "missing"  # not there (or not executable): the line fails every day


class NotExact(StrEnum):
    """Why a crontab line is not counted as the daily check (review 56b item 1)."""

    LINE = "line"  # not the line install prints here now (whitespace aside)
    SETTINGS = "settings"  # that line, but a crontab setting above it may change what it does


# cron's PATH for a job when the crontab sets none (cronie, Vixie cron and Debian's cron).
CRON_PATH = "/usr/bin:/bin"
# `NAME = value` (cron's environment setting; the name maybe quoted), before any job line test.
_ENVIRONMENT_LINE = LazyPattern(r"\s*(\"[^\"]*\"|'[^']*'|[^\s=]+)\s*=(.*)")
_TIME_FIELD = LazyPattern(r"[0-9A-Za-z*/,-]+\Z")
_ASSIGNMENT = LazyPattern(r"[A-Za-z_][A-Za-z0-9_]*=")
_PYTHON = LazyPattern(r"python[0-9.]*\Z")
# cron's @keywords (cron(5)); @daily and @midnight are `0 0 * * *`, the rest not daily
_KEYWORDS = frozenset(
    ("@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")
)
_SEPARATORS = frozenset((";", "&", "&&", "|", "||", "(", ")", ";;", "|&"))


@dataclass(frozen=True, slots=True)
class CronJob:
    """A crontab line that runs ``primehelp due``; the field names are the JSON keys."""

    line: str  # as written
    schedule: str  # its five time fields, or its @keyword
    daily_at: str | None  # "HH:MM" for a plain daily `M H * * *` (or @daily); None otherwise
    program: str  # the program it runs, as the line names it
    program_state: ProgramState | None = None  # where cron looks (filled in by the CLI)
    # where its primehelp reads the saved profile when cron runs it, and whether that is the
    # folder the date is saved in (review 39b item 4); None: not known (filled in by the CLI)
    profile_dir: str | None = None
    reads_saved_profile: bool | None = None
    # whether its `due` has --notify (review 40b item 1: a line without it shows nothing on
    # the desktop, so it is no daily check), and the --lang it names (None: none named)
    notifies: bool = True
    lang: str | None = None
    # review 41b: whether it is exactly (whitespace aside) the line `remind install --scheduler
    # cron` prints here now; only such a line counts as the daily check (None: not compared);
    # then `notifies` is true only for such a line, and `notify_option` says whether `due` has
    # --notify at all (a line without it never notifies, review 40b item 1)
    exact: bool | None = None
    notify_option: bool = True
    # the crontab's CRON_TZ above the line (cronie: its time fields are in that zone, review 44b
    # R-minor 6); None: none, the local zone
    cron_tz: str | None = None
    # review 56b item 1: why the line is not counted (None: it is, or not compared), and the
    # crontab's settings above it that may change what it does, as `NAME=value` (the line was
    # "to be replaced" by itself, the setting never named)
    reason: NotExact | None = None
    settings_above: tuple[str, ...] = ()
    # not JSON: `python -m primehelp`; the PATH and HOME cron gives it (the crontab's own)
    runs_module: bool = field(default=False, metadata={"json": False})
    search_path: str = field(default=CRON_PATH, metadata={"json": False})
    home: str | None = field(default=None, metadata={"json": False})
    # not JSON: the crontab's `NAME=value` lines above it, then the command's own assignments
    # (`PRIMEHELP_CONFIG_DIR=… primehelp due`, `env X=…`), as written; the saved profile's folder
    environment: tuple[tuple[str, str], ...] = field(default=(), metadata={"json": False})
    assigned: tuple[tuple[str, str], ...] = field(default=(), metadata={"json": False})
    saved_dir: str | None = field(default=None, metadata={"json": False})
    # not JSON: a profile is saved in ``saved_dir`` (review 46b item 6: with nothing there, the
    # folder was named 「更新日を保存したフォルダー」); None: not known
    saved_there: bool | None = field(default=None, metadata={"json": False})
    # not JSON: the date saved in ``profile_dir`` where ``due`` can use it (review 59b item 2)
    found_date: dt.date | None = field(default=None, metadata={"json": False})
    # …and the line is install's but for that folder: nothing else to say about it
    found_exact: bool = field(default=False, metadata={"json": False})


def cron_jobs(crontab: str) -> tuple[CronJob, ...]:
    """The lines of ``crontab`` that run ``primehelp due`` as cron reads them (review 38b
    item 1: any line merely mentioning it counted): not a comment, not a ``NAME=value``
    environment line, five time fields or an @keyword, and a command (up to cron's first
    unescaped ``%``) that runs a ``primehelp`` program (or ``python -m primehelp``) with
    ``due``, possibly after ``NAME=value`` words or ``env``, or after ``;``/``&&``."""
    environment: dict[str, str] = {}
    jobs: list[CronJob] = []
    for raw in crontab.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        assigned = _ENVIRONMENT_LINE.match(line)
        if assigned is not None:  # as cron tries it first: `MAILTO=x primehelp due` sets MAILTO
            environment[_unquoted(assigned[1])] = _unquoted(assigned[2].strip())
            continue
        job = _job(line, environment)
        if job is not None:
            jobs.append(job)
    return tuple(jobs)


def _unquoted(text: str) -> str:
    quoted = len(text) >= 2 and text[0] == text[-1] and text[0] in "'\""
    return text[1:-1] if quoted else text


def _job(line: str, environment: dict[str, str]) -> CronJob | None:
    if line.startswith("@"):
        schedule, command = [*line.split(None, 1), ""][:2]
        if schedule not in _KEYWORDS:
            return None  # cron refuses the line
        daily_at = "00:00" if schedule in ("@daily", "@midnight") else None
    else:
        fields = line.split(None, 5)
        if len(fields) < 6 or not all(_TIME_FIELD.match(f) for f in fields[:5]):
            return None
        schedule, command = " ".join(fields[:5]), fields[5]
        daily_at = _daily_at(fields[:5])
    found = _runner(_cron_command(command))
    if found is None:
        return None
    program, module, assigned, (notifies, lang) = found
    return CronJob(
        line,
        schedule,
        daily_at,
        program,
        notifies=notifies,
        lang=lang,
        runs_module=module,
        search_path=environment.get("PATH", CRON_PATH),
        home=environment.get("HOME"),
        cron_tz=environment.get("CRON_TZ") or None,
        environment=tuple(environment.items()),
        assigned=assigned,
    )


# A day, month or weekday field naming every value: cron runs the line every day (review 47b S 16:
# `0 9 * * 0-6` and `0 9 */1 * *` were "not a daily line"); 7 is Sunday again.
_EVERY = (("*", "*/1", "1-31"), ("*", "*/1", "1-12"), ("*", "*/1", "0-6", "0-7", "1-7"))


def _daily_at(fields: Sequence[str]) -> str | None:
    """``M H * * *`` with a plain minute and hour: ``HH:MM``; any other schedule, None."""
    minute, hour, *rest = fields
    every = len(rest) == 3 and all(f in words for f, words in zip(rest, _EVERY, strict=True))
    if not every or not (minute.isdigit() and hour.isdigit()):
        return None
    if int(minute) > 59 or int(hour) > 23:
        return None
    return f"{int(hour):02d}:{int(minute):02d}"


def _cron_command(command: str) -> str:
    """What cron gives the shell: up to the first ``%`` not escaped, ``\\%`` as ``%``."""
    cut = 0
    while (cut := command.find("%", cut)) != -1:
        if cut == 0 or command[cut - 1] != "\\":
            command = command[:cut]
            break
        cut += 1
    return command.replace("\\%", "%")


# the program, whether it is `python -m primehelp`, its assignments, --notify and --lang
Found = tuple[str, bool, tuple[tuple[str, str], ...], tuple[bool, str | None]]


def _runner(command: str) -> Found | None:
    """The program of the first simple command that runs ``primehelp due``, whether it runs
    it as ``python -m primehelp``, and the variables it sets for it (``X=… env Y=…``)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split, lexer.commenters = True, ""
    try:
        words = list(lexer)
    except ValueError:  # an unclosed quote: the shell fails too
        return None
    simple: list[str] = []
    for word in [*words, ";"]:
        if word not in _SEPARATORS:
            simple.append(word)
            continue
        found = _runs_due(simple)
        if found is not None:
            return found
        simple = []
    return None


def _runs_due(words: Sequence[str]) -> Found | None:
    rest = list(words)
    assigned: list[tuple[str, str]] = []
    while rest and _ASSIGNMENT.match(rest[0]):
        assigned.append(_assignment(rest.pop(0)))
    if rest and rest[0].rsplit("/", 1)[-1] == "env":
        rest.pop(0)
        while rest and _ASSIGNMENT.match(rest[0]):
            assigned.append(_assignment(rest.pop(0)))
    if not rest:
        return None
    program, rest = rest[0], rest[1:]
    name = program.rsplit("/", 1)[-1]
    module = _PYTHON.match(name) is not None and rest[:2] == ["-m", "primehelp"]
    if module:
        rest = rest[2:]
    elif name != "primehelp":
        return None
    words = tuple(rest)
    # `primehelp --lang ja due`: taken as `due --lang ja` (cli.global_options)
    while rest[:1] and (rest[0] in ("--json", "--lang") or rest[0].startswith("--lang=")):
        rest = rest[2:] if rest[0] == "--lang" else rest[1:]
    if rest[:1] != ["due"]:
        return None
    return program, module, tuple(assigned), ("--notify" in rest[1:], _lang(words))


def _lang(words: Sequence[str]) -> str | None:
    """The last ``--lang`` among ``primehelp``'s words (global or ``due``'s), else ``None``.
    With ``--notify`` among ``due``'s own words, the line notifies (review 40b item 1: without
    it nothing reaches the desktop, whatever becomes of the output; a redirection of the output
    does not stop a notification)."""
    lang = None
    for i, word in enumerate(words):
        if word.startswith("--lang="):
            lang = word.partition("=")[2]
        elif word == "--lang" and i + 1 < len(words):
            lang = words[i + 1]
    return lang or None


def _assignment(word: str) -> tuple[str, str]:
    name, _, value = word.partition("=")
    return name, value


def profile_dir(job: CronJob, home: str) -> str | None:
    """The folder ``job``'s primehelp reads the saved profile from when cron runs it (review
    39b item 4: a line without the ``PRIMEHELP_CONFIG_DIR`` install prints was taken for the
    daily check, though cron, giving no ``XDG_CONFIG_HOME``, looks in ``~/.config``): as
    :func:`primehelp.profile.profile_path` finds it in cron's environment, ``HOME`` the
    crontab's or ``home`` (cron's, from the user's account), then the crontab's lines and the
    command's own assignments (``~`` and ``$HOME`` expanded as the shell does). ``None`` where
    it cannot be known: another variable in a value, no absolute HOME, not Linux."""
    environment = {"HOME": home, **dict(job.environment)}
    for name, value in job.assigned:
        for prefix in ("$HOME", "${HOME}"):
            if value == prefix or value.startswith(f"{prefix}/"):
                value = environment["HOME"] + value[len(prefix) :]
        if "$" in value or "`" in value:
            return None  # expanded by the shell from what cron gives it: not known here
        environment[name] = value
    home = environment["HOME"]
    if not home.startswith("/"):
        return None
    override = environment.get(CONFIG_DIR_ENV, "").strip()
    if override:  # `~` expanded by the shell (assigned) or by primehelp (a crontab line)
        if override == "~" or override.startswith("~/"):
            override = home.rstrip("/") + override[1:]
        return str(Path(home, override))  # relative: to HOME, where cron starts a job
    config = xdg_config_home(environment)
    return None if config is None else str(config / "primehelp")


# crontab settings (lines above a job) that change what its primehelp does or where it looks;
# BASH_ENV: a file bash runs before the job (review 56b item 1)
_CHANGING = frozenset(
    ("HOME", "LANG", "LANGUAGE", "DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH", "PYTHONHOME", "BASH_ENV")
)
# Review 56b item 1 (decision): cron runs a job with `$SHELL -c`. These shells run install's line
# (`NAME=value /path/primehelp due …`, no other shell syntax) as /bin/sh does and read no file of
# the member's for `-c` (bash only BASH_ENV, counted itself): SHELL=/bin/bash, common at the top
# of a crontab, changes nothing. Any other (zsh reads ~/.zshenv, fish its config, csh has no
# `NAME=value command`) or a path that is not absolute counts.
_PLAIN_SHELLS = frozenset(("sh", "bash", "dash", "ksh", "mksh"))


def changing_settings(job: CronJob, own: Collection[str] = ()) -> tuple[str, ...]:
    """The crontab's settings above ``job`` that may change what it does, as ``NAME=value``;
    ``own``: settings naming the member's own session bus, which cron notifications need and
    install's line names itself (review 57b item 5: counted as SHELL=/bin/bash is)."""
    return tuple(
        f"{name}={value}"
        for name, value in job.environment
        if _changes(name, value) and f"{name}={value.rstrip('/')}" not in own
    )


def _changes(name: str, value: str) -> bool:
    if name == "SHELL":
        return not (value.startswith("/") and value.rsplit("/", 1)[-1] in _PLAIN_SHELLS)
    return name in _CHANGING or name.startswith(("PRIMEHELP_", "XDG_", "LC_"))


def _same_line(job: CronJob, wanted: Sequence[str]) -> bool:
    line = " ".join(job.line.split())
    return any(line == " ".join(w.split()) for w in wanted)


def compared(job: CronJob, wanted: Sequence[str], own: Collection[str] = ()) -> CronJob:
    """``job`` with :attr:`CronJob.exact`; ``notifies`` true only for an exact line (any other:
    primehelp cannot tell that it notifies, review 41b), ``notify_option`` as written; why it is
    not exact and the settings above it (review 56b item 1)."""
    settings = changing_settings(job, own)
    same = _same_line(job, wanted)
    exact = same and not settings
    reason = None if exact else NotExact.SETTINGS if same else NotExact.LINE
    saved = True if exact and job.reads_saved_profile is not False else job.reads_saved_profile
    return replace(
        job,
        exact=exact,
        notifies=exact and job.notifies,
        notify_option=job.notifies,
        reads_saved_profile=saved,
        reason=reason,
        settings_above=settings,
    )


def settled(jobs: Sequence[CronJob]) -> bool:
    """Whether one of ``jobs`` is the daily check install sets up: exactly its line (review
    41b; before, each review found a counted line that never reminded)."""
    return any(job.exact for job in jobs)


def needs_replacing(jobs: Sequence[CronJob]) -> bool:
    """Whether the crontab's check needs the line install prints in place of its own: a line
    runs ``primehelp due``, none is exactly install's (review 41b), and one is not that line
    (review 56b item 1: a line that is, under a setting, was to be replaced by itself), nor
    one reading a saved date where nothing is saved here (review 59b item 2)."""
    return not settled(jobs) and any(
        job.reason is not NotExact.SETTINGS and not reads_other_date(job) for job in jobs
    )


def reads_other_date(job: CronJob) -> bool:
    """``job`` reads another folder, where a date ``due`` can use is saved, and nothing is saved
    in this shell's: install's line would read nothing (review 59b item 2)."""
    return job.reads_saved_profile is False and job.saved_there is False and bool(job.found_date)


def next_cron_run(jobs: Sequence[CronJob], now: dt.datetime) -> dt.datetime | None:
    """The next run of the lines that are the daily check (exactly install's, review 41b); a
    line primehelp did not write is never given a time as the check's."""
    runs = [
        _next_run(job, job.daily_at, now) for job in jobs if job.daily_at and reminds_daily(job)
    ]
    known = [run for run in runs if run is not None]
    return None if len(known) < len(runs) else min(known, default=None)  # a zone not read


def _next_run(job: CronJob, daily_at: str, now: dt.datetime) -> dt.datetime | None:
    """When ``job`` runs next, in ``now``'s zone: at its time in the crontab's CRON_TZ (cronie
    reads the time fields in it; review 44b R-minor 6: the time was said in the local zone);
    ``None``: a CRON_TZ primehelp cannot read, so no time is promised."""
    at = dt.time.fromisoformat(daily_at)
    if job.cron_tz is None:
        return next_daily_run(now, at)
    zone = cron_zone(job.cron_tz)
    if zone is None:
        return None
    return next_daily_run(now.astimezone(zone), at).astimezone(now.tzinfo)


def cron_zone(name: str) -> dt.tzinfo | None:
    """The time zone a crontab's ``CRON_TZ`` names (``Asia/Tokyo``); ``None``: not one known here."""
    import zoneinfo  # only for a crontab with CRON_TZ

    try:
        return zoneinfo.ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # not found (a KeyError), a bad key, unreadable
        return None


def reminds_daily(job: CronJob) -> bool:
    """Whether ``job`` is counted as reminding the member every day: exactly install's line,
    its program there (review 41b: any other line, primehelp cannot tell)."""
    return bool(job.exact) and job.program_state is not ProgramState.MISSING
