"""The tools ``primehelp remind`` runs: ``systemctl --user`` and ``crontab -l``, found on PATH,
with a timeout; why one could not run is a :class:`~primehelp.i18n.Text` in both languages."""

import dataclasses
import datetime as dt
import os
import shlex
import shutil
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

from primehelp.errors import FileProblem
from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.profile import CONFIG_DIR_ENV, PROFILE_FILE, profile_path, xdg_config_home
from primehelp.remind import BUS_VARIABLE, bus_address
from primehelp.remind_cron import CronJob, ProgramState, compared, cron_jobs, profile_dir
from primehelp.remind_manager import UnitDirSource, manager_environment

TOOL_TIMEOUT_S = 20
_UI = "ui_remind"


def tool(*argv: str) -> subprocess.CompletedProcess[str] | Text:
    """Run a tool found on PATH with a timeout; a :class:`Text` says why it could not run."""
    found = shutil.which(argv[0])
    if found is None:
        return Text(f"{argv[0]} が見つかりません", f"{argv[0]} not found")
    try:
        return subprocess.run(
            [found, *argv[1:]],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Text(
            f"{TOOL_TIMEOUT_S} 秒以内に終わりませんでした", f"no answer in {TOOL_TIMEOUT_S} s"
        )
    except OSError as error:
        from primehelp.files import os_reason  # in Japanese too (review 38b item 14)

        return os_reason(error)


def systemctl(*args: str) -> Text | None:
    """Run ``systemctl --user ARGS``; ``None`` when it worked, else why not."""
    done = tool("systemctl", "--user", *args)
    if isinstance(done, Text):
        return done
    if done.returncode == 0:
        return None
    said = (done.stderr.strip().splitlines() or [""])[-1].strip()
    if not said:  # the code in the member's language (review 25b item 3)
        return ui("systemctl_exit", _UI).format(code=str(done.returncode))
    return ui("systemctl_said", _UI).format(code=str(done.returncode), said=said)


def crontab_jobs(running: Sequence[str], wanted: Sequence[str]) -> tuple[CronJob, ...] | None:
    """The crontab's lines that run ``primehelp due``, each with where its program is: the
    primehelp ``running`` now, another, or none (``None``: the crontab could not be read), and
    whether it is exactly one of the ``wanted`` lines (review 41b)."""
    done = tool("crontab", "-l")
    if isinstance(done, Text):
        return None
    if done.returncode != 0:
        return () if "no crontab" in done.stderr.lower() else None
    saved = _saved_dir()
    jobs = (
        compared(
            _profile_read(
                dataclasses.replace(job, program_state=_program_state(job, running)), saved
            ),
            wanted,
            own_bus_settings(),
        )
        for job in cron_jobs(done.stdout)
    )
    return tuple(_exact_elsewhere(job, wanted, saved) for job in jobs)


def _exact_elsewhere(job: CronJob, wanted: Sequence[str], saved: Path | None) -> CronJob:
    """``job`` with :attr:`CronJob.found_exact`: a line reading a usable date elsewhere that is
    install's line but for that folder (review 59b item 2: nothing else to say about it)."""
    if job.found_date is None or job.profile_dir is None or saved is None:
        return job
    here, there = (f"{CONFIG_DIR_ENV}={shlex.quote(str(d))}" for d in (saved, job.profile_dir))
    line = " ".join(job.line.split())
    swapped = (" ".join(w.replace(here, there).split()) for w in wanted if here in w)
    return dataclasses.replace(job, found_exact=line in swapped and not job.settings_above)


def own_bus_settings() -> tuple[str, ...]:
    """The crontab settings that point cron's jobs at this user's own session bus
    (``DBUS_SESSION_BUS_ADDRESS=`` install's address, ``XDG_RUNTIME_DIR=`` its folder): what
    notifications from cron need, not a change to what primehelp does (review 57b item 5)."""
    uid = getattr(os, "getuid", None)
    runtimes = [r.rstrip("/") for r in _runtime_dirs(uid())] if uid is not None else []
    buses = [f"{BUS_VARIABLE}={address}" for address in bus_addresses()]
    return (*buses, *(f"XDG_RUNTIME_DIR={r}" for r in runtimes if bus_address(r, True)))


def cron_home() -> str:
    """The HOME cron gives a job: the account's home (``/etc/passwd``), not this shell's
    ``$HOME``, which ``sudo``, some containers and IDE terminals change (review 45b item 12:
    the line and status took the shell's, and cron's primehelp read another folder); the
    shell's where the account has none (not Unix, no entry)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, AttributeError):
        return os.environ.get("HOME", "")


def _saved_dir() -> Path | None:
    """The folder the saved profile is in (where ``--save`` wrote it from here)."""
    try:
        return profile_path(os.environ).parent.absolute()
    except FileProblem:  # no home: nowhere saved
        return None


def _profile_read(job: CronJob, saved: Path | None) -> CronJob:
    """``job`` with the folder its primehelp reads when cron runs it, and whether that is the
    saved profile's (review 39b item 4: a line without the folder install names read another
    one, and every daily check answered that nothing was saved)."""
    found = profile_dir(job, cron_home())
    if found is None or saved is None:
        return dataclasses.replace(job, profile_dir=found)
    same = Path(found).resolve() == saved.resolve()
    there = (saved / PROFILE_FILE).is_file()  # nothing saved: not 「保存したフォルダー」 (46b 6)
    usable = None if same or there else _usable_date(Path(found))
    return dataclasses.replace(
        job,
        profile_dir=found,
        reads_saved_profile=same,
        saved_dir=str(saved),
        saved_there=there,
        found_date=usable,
    )


def _usable_date(folder: Path) -> dt.date | None:
    """The date saved in ``folder`` where ``due`` can use it (not passed without a plan, not
    too far ahead), else ``None`` (review 59b item 2)."""
    from primehelp.cli.schedule import today_in_japan
    from primehelp.due import due_report
    from primehelp.due_text import WORDING
    from primehelp.errors import PrimehelpError
    from primehelp.profile import load_profile

    try:
        saved = load_profile(folder / PROFILE_FILE)
        if saved is None:
            return None
        due_report(saved, today_in_japan(None), WORDING)
    except (PrimehelpError, OSError, ValueError):
        return None
    return saved.renewal_date


def _program_file(job: CronJob) -> Path | None:
    """The file cron runs for ``job``'s program: a path (``~`` and ``$HOME`` as the shell
    expands them, relative to HOME, where cron starts), else the first on cron's PATH."""
    home = job.home or cron_home()
    word = job.program
    for prefix in ("~/", "$HOME/", "${HOME}/"):
        if word.startswith(prefix) and home:
            word = f"{home.rstrip('/')}/{word[len(prefix) :]}"
    return program_file(word, home, job.search_path)


def program_file(word: str, home: str, search_path: str) -> Path | None:
    """The executable file a scheduler runs for the program ``word``: a path (relative to
    ``home``, where cron starts a job), else the first on ``search_path``; ``None``: none."""
    if "/" in word:
        candidates = [Path(home or "/", word)]  # an absolute path stays itself
    else:
        candidates = [Path(folder, word) for folder in search_path.split(":") if folder]
    return next((p for p in candidates if p.is_file() and os.access(p, os.X_OK)), None)


def _program_state(job: CronJob, running: Sequence[str]) -> ProgramState:
    return program_state(_program_file(job), job.runs_module, running)


def program_state(found: Path | None, runs_module: bool, running: Sequence[str]) -> ProgramState:
    """Whether the program file ``found`` (a crontab line's, or the timer's service's
    ``ExecStart=``: one check for both schedulers, review 44b item 1) is the primehelp
    ``running`` now (the same file: a link, as pipx makes, is the same; ``python -m
    primehelp``: an interpreter of the same folder), another, or missing (``None``)."""
    if found is None:
        return ProgramState.MISSING
    module = list(running[1:]) == ["-m", "primehelp"]
    try:
        if module != runs_module:  # the same folder's script and python -m (review 47b item 2)
            from primehelp.cli.remind_twin import same_installation

            script, python = (found, Path(running[0])) if module else (Path(running[0]), found)
            same = same_installation(script, python)
        elif module:  # a venv's python links to the system's: the folder tells them apart
            same = found.absolute().parent.resolve() == Path(running[0]).absolute().parent.resolve()
        else:
            same = found.samefile(running[0])
    except OSError:
        same = False
    return ProgramState.SAME if same else ProgramState.OTHER


# Where systemd-logind makes each user's runtime folder (/run/user/UID): the session bus is
# there at every login, whatever a shell's environment says (review 44b item 2).
USER_RUNTIME = "/run/user"


def session_bus() -> str | None:
    """This user's session bus at its fixed address (``$XDG_RUNTIME_DIR/bus``, else
    ``/run/user/UID/bus``, a socket owned by this user), for the crontab line: cron gives a job
    no ``DBUS_SESSION_BUS_ADDRESS``, and ``notify-send`` shows nothing without it (review 36b
    item 2). A shell without ``XDG_RUNTIME_DIR`` (``su -``, ``sudo -i``, an SSH login) finds
    the same bus as the desktop's (review 44b item 2). ``None`` where there is none."""
    uid = getattr(os, "getuid", None)
    if uid is None:
        return None
    for runtime in _runtime_dirs(uid()):
        try:
            found = (Path(runtime) / "bus").stat()
        except OSError:
            continue
        ours = stat.S_ISSOCK(found.st_mode) and found.st_uid == uid()
        address = bus_address(runtime, ours)
        if address is not None:
            return address
    return None


def _runtime_dirs(uid: int) -> list[str]:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return [runtime, f"{USER_RUNTIME}/{uid}"] if runtime else [f"{USER_RUNTIME}/{uid}"]


def bus_addresses() -> tuple[str, ...]:
    """Every session bus address ``install --scheduler cron`` may name for this user, in this
    shell or in the desktop's session: ``$XDG_RUNTIME_DIR/bus`` and ``/run/user/UID/bus``, there
    or not now (review 44b item 2: the line install printed in the desktop was "not
    primehelp's line" in a shell without ``XDG_RUNTIME_DIR``, and the member was told to put
    one without the address, which cannot notify, in its place)."""
    uid = getattr(os, "getuid", None)
    if uid is None:
        return ()
    found = (bus_address(runtime, True) for runtime in _runtime_dirs(uid()))
    return tuple(dict.fromkeys(address for address in found if address is not None))


def unit_dir_found() -> tuple[Path | None, UnitDirSource]:
    """Where systemd's user manager looks for this user's units, and whose environment said it
    (review 44b R-minor 5: the shell's ``XDG_CONFIG_HOME`` placed a timer where the manager,
    without it, never looked): the manager's ``XDG_CONFIG_HOME`` (absolute), else its HOME's
    ``.config``; where the manager cannot be asked, this shell's, as before. ``None``: no
    usable home."""
    done = tool("systemctl", "--user", "show-environment")
    told = None if isinstance(done, Text) or done.returncode else manager_environment(done.stdout)
    if told is None:
        config = xdg_config_home(os.environ)
    else:
        home = told.get("HOME", "")
        home = home if home.startswith("/") else os.environ.get("HOME", "")
        config = xdg_config_home({"HOME": home, "XDG_CONFIG_HOME": told.get("XDG_CONFIG_HOME", "")})
    source = UnitDirSource.SHELL if told is None else UnitDirSource.SYSTEMD
    return (None if config is None else config / "systemd" / "user"), source


def user_unit_dir() -> Path | None:
    """Where systemd looks for this user's units; ``None`` without a usable home (or Linux)."""
    return unit_dir_found()[0]


def added_run(line: str, now: dt.datetime) -> tuple[dt.datetime | None, str | None]:
    """When ``line`` runs first once appended to the crontab, and the ``CRON_TZ`` it runs by: a
    ``CRON_TZ=`` at the crontab's end applies to it (cronie reads its time fields in that zone;
    44b R-minor 6 leftover); ``None`` for the time where that zone cannot be read."""
    from primehelp.remind import next_daily_run
    from primehelp.remind_cron import cron_zone

    done = tool("crontab", "-l")
    table = done.stdout if not isinstance(done, Text) and done.returncode == 0 else ""
    jobs = cron_jobs(f"{table.rstrip(chr(10))}\n{line}\n")
    zone = jobs[-1].cron_tz if jobs and jobs[-1].line == line.strip() else None
    if zone is None:
        return next_daily_run(now), None
    found = cron_zone(zone)
    return (
        None if found is None else next_daily_run(now.astimezone(found)).astimezone(now.tzinfo)
    ), zone
