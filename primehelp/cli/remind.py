"""``primehelp remind install|uninstall|status``: a daily ``primehelp due --notify``.

With systemd running, a user timer (``$XDG_CONFIG_HOME/systemd/user``, else
``~/.config/systemd/user``): two unit files written atomically, then ``systemctl --user
enable --now``. Without it, the crontab line to add (primehelp never edits a crontab).
``uninstall`` removes exactly what ``install`` wrote; a unit primehelp did not write, or one
edited since, is left alone (``install --force`` replaces it).
"""

import dataclasses
import datetime as dt
import os
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption, metavar_of
from primehelp.cli.remind_action import refuse_force
from primehelp.cli.remind_action import typed_action as _action
from primehelp.cli.remind_clock import system_now  # review 48b item 2
from primehelp.cli.remind_exit import exit_code
from primehelp.cli.remind_installed import install_scheduler  # review 42b S 12
from primehelp.cli.remind_tools import bus_addresses, crontab_jobs, session_bus, systemctl
from primehelp.cli.remind_tools import user_unit_dir as user_unit_dir  # 44b R-minor 5
from primehelp.cli.running import run
from primehelp.errors import FileProblem, SchedulerProblem, choose
from primehelp.facts import ui
from primehelp.files import file_name, read_bytes, remove_file
from primehelp.i18n import Lang, Text
from primehelp.profile import CONFIG_DIR_ENV, profile_path, xdg_config_home
from primehelp.remind import (
    BUS_VARIABLE,
    SERVICE,
    TIMER,
    WANTS,
    Action,
    Change,
    NextRunSource,
    RemindReport,
    Scheduler,
    SystemdHere,
    UnitFile,
    UnitState,
    check_command,
    crontab_line,
    service_command,
    shown_command,
    unit_files,
    unit_state,
    unsupported_character,
)
from primehelp.remind import (
    next_daily_run as next_daily_run,  # a seam tests pin (now in remind_machine's use)
)
from primehelp.remind_cron import needs_replacing, next_cron_run, settled
from primehelp.remind_kept import removable_together, service_missing

EPILOG = "Example: primehelp remind install\n\nExample: primehelp remind status"
# The accepted ACTION values, for the error when it is missing (primehelp.cli).
CHOICES = {"action": tuple(Action)}
_UI = "ui_remind"

SYSTEMD_RUNNING = Path("/run/systemd/system")  # there when systemd is init (sd_booted())
UNIT_SIZE_LIMIT = 64 * 1024  # a unit primehelp writes is under 1 KiB


def remind(
    action: Annotated[
        str,
        typer.Argument(
            metavar="ACTION",
            help="install, uninstall or status. install: set up the daily check; uninstall: remove what install wrote; "
            "status: what is set up and, if the daily check runs, when it runs next.",
            show_default=False,
        ),
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar=metavar_of(Scheduler),
            help="systemd (a user timer) or cron (print the crontab line). Default: systemd "
            "where it runs, else cron (install: cron if the crontab has the daily-check line and no timer).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="install: replace a unit file of the same name that primehelp did not write "
            "(or that was changed since); uninstall: also remove one of ours that was changed.",
        ),
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Set up, remove or show a daily `primehelp due --notify` at 09:00 (this machine's clock).

    Exit status: 0 done; 1 done, but the daily check may not run (install: nothing could be set up, or the timer not turned on; install and status: no notify-send, or cron not running; uninstall: the timer not stopped); 2 bad input, or nothing written (such as --scheduler systemd where systemd does not run). With cron, install only prints the line to add to your crontab: 0 then too, unless a 1 above applies.

    毎日9:00（このコンピューターの時計）に `primehelp due --notify` を実行する設定を作成・削除・表示します。
    終了コード：0（完了。cronで `crontab` に追加する行を表示したときも含む）、1（毎日の確認が実行されないおそれがある：install で何も設定できなかった、タイマーを有効にできなかった、install と status で `notify-send` がないかcronが動いていない、uninstall でタイマーを止められなかった）、2（入力の誤りなどで何も書き込まなかった。systemdが動いていないのに `--scheduler systemd` を指定したときなど）。
    """

    here = systemd_here()  # one answer for the scheduler chosen and for what is suggested

    def produce(lang: Lang) -> RemindReport:
        chosen = _action(action)
        refuse_force(chosen, force)
        how = _scheduler(scheduler, here)
        how = install_scheduler(how) if chosen is Action.INSTALL and scheduler is None else how
        from primehelp.cli.remind_machine import (
            checked,
            where_units,
            with_cron_daemon,
            with_notifier,  # review 51b item 13
        )

        crontab = shutil.which("crontab") is not None  # review 54b item 16
        if chosen is Action.UNINSTALL:  # review 45b item 9: whether cron runs the line kept
            done = where_units(with_cron_daemon(with_notifier(_uninstall(how, force, here, lang))))
            return dataclasses.replace(done, crontab_found=crontab)
        done = _install(how, force, lang, here) if chosen is Action.INSTALL else _status(how, lang)
        return dataclasses.replace(checked(done), crontab_found=crontab)

    def show(result: RemindReport, shown_in: Lang) -> None:
        _show(result, shown_in, scheduler_given=scheduler is not None, systemd=here)

    run("remind", lang, json_output, produce, show, exit_code)


def _show(result: RemindReport, lang: Lang, *, scheduler_given: bool, systemd: SystemdHere) -> None:
    from primehelp.output.remind import human_remind  # text only: --json and errors do without it

    # cron is offered only where it can be set up
    human_remind(
        result,
        lang,
        scheduler_given=scheduler_given,
        systemd=systemd,
        crontab_found=result.crontab_found,
    )


def systemd_here() -> SystemdHere:
    """Whether systemd can run the daily check here: what ``install`` chooses by, and what
    ``status`` offers by (review 23b item 4: status offered systemd where install would not
    use it, and following its advice failed)."""
    if shutil.which("systemctl") is None:
        return SystemdHere.NO_SYSTEMCTL
    if not SYSTEMD_RUNNING.is_dir():
        return SystemdHere.NOT_RUNNING
    usable = xdg_config_home(os.environ) is not None  # a home (not asking systemd: R-minor 5)
    return SystemdHere.USABLE if usable else SystemdHere.NO_UNIT_DIRECTORY


# ---------------------------------------------------------------- where and what


def _scheduler(option: str | None, here: SystemdHere) -> Scheduler:
    if option is not None:
        return choose(option, Scheduler, ui("bad_scheduler", _UI))
    return Scheduler.SYSTEMD if here is SystemdHere.USABLE else Scheduler.CRON


def running_script() -> list[str]:
    """The absolute path of the running console script; else this interpreter with ``-m``."""
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name == "primehelp" and Path(argv0).is_file():
        return [str(Path(argv0).absolute())]  # a link (pipx) is kept: it outlives upgrades
    return [sys.executable, "-m", "primehelp"]


def _environment(how: Scheduler) -> dict[str, str]:
    """The profile's directory, when it is not where a timer would look by default: systemd's
    (or cron's) environment may lack this shell's ``PRIMEHELP_CONFIG_DIR`` or
    ``XDG_CONFIG_HOME``, and cron's HOME is the account's (review 45b item 12); with the
    directory named it reads the same profile ``--save`` wrote from here."""
    from primehelp.cli.remind_tools import cron_home

    found = profile_path(os.environ).parent.absolute()
    home = cron_home() if how is Scheduler.CRON else os.environ.get("HOME", "")
    default = xdg_config_home({"HOME": home})
    if default is not None and found == default / "primehelp":
        return {}
    return {CONFIG_DIR_ENV: str(found)}


def _planned(lang: Lang, how: Scheduler) -> tuple[list[str], dict[str, str]]:
    """The daily check and its environment; cron's with the session bus where it has a fixed
    address (review 36b item 2: a cron job has none, so its notification could not show)."""
    command, environment = check_command(running_script(), lang), _environment(how)
    bus = session_bus() if how is Scheduler.CRON else None
    if bus is not None:
        environment[BUS_VARIABLE] = bus
    return command, environment


def wanted_lines() -> tuple[str, ...]:
    """The crontab lines ``install --scheduler cron`` prints here now, in either language: the
    only lines counted as the daily check (review 41b); also with the session bus address it
    names in the desktop's session, where this shell has none or another (review 44b item 2)."""
    from primehelp.cli.remind_twin import twins  # its other form, as counted (review 47b 2)

    lines: dict[str, None] = {}
    script = running_script()
    for lang in ("ja", "en"):
        command, planned = _planned(lang, Scheduler.CRON)
        # …with the address install names in the desktop's session (review 44b item 2)
        buses = [{**planned, BUS_VARIABLE: bus} for bus in bus_addresses()]
        for form in (command, *([*t, *command[len(script) :]] for t in twins(script))):
            for environment in (planned, *buses):
                if unsupported_character([*form, *environment.values()]) is None:
                    lines[crontab_line(form, environment)] = None
    return tuple(lines)


def _command(lang: Lang, how: Scheduler) -> tuple[list[str], dict[str, str]]:
    command, environment = _planned(lang, how)
    if unsupported_character([*command, *environment.values()]) is not None:
        raise FileProblem(ui("unusable_path", _UI).format(path=file_name(command[0])))
    return command, environment


def _read_unit(path: Path) -> bytes | None:
    return read_bytes(path, limit=UNIT_SIZE_LIMIT)


def now() -> dt.datetime:
    """The time the next 09:00 is counted from: this computer's clock, in its own time zone,
    not the shell's TZ (review 48b item 2); a seam the golden transcripts pin, so that a
    recorded next run does not depend on the time of day."""
    return system_now()


# ---------------------------------------------------------------- the actions


def units_found(unit_dir: Path | None) -> list[tuple[str, Path, UnitState]]:
    if unit_dir is None:
        return []
    return [
        (name, unit_dir / name, unit_state(_read_unit(unit_dir / name)))
        for name in (TIMER, SERVICE)
    ]


def _report(
    action: Action,
    how: Scheduler,
    units: list[UnitFile],
    unit_dir: Path | None,
    command: str,
    cron: str | None = None,
) -> RemindReport:
    enabled = None if unit_dir is None else (unit_dir / WANTS / TIMER).is_symlink()
    enabled = False if enabled and service_missing(units) else enabled  # review 39b item 1
    installed = any(u.name == TIMER and Path(u.path).exists() for u in units)
    from primehelp.cli.remind_machine import timer_next_run  # review 47b items 1 and 3

    when, source, idle = timer_next_run(installed, bool(enabled))
    jobs = crontab_jobs(running_script(), wanted_lines())
    in_crontab = None if jobs is None else bool(jobs)
    # cron: install says when the line runs once added, status when it is there (24b item 4);
    # no crontab command: no time (27b item 5); a line runs by its own schedule (38b item 1)
    added, zone = action is Action.INSTALL and cron is not None, None
    if how is Scheduler.CRON and (added or (action is Action.STATUS and in_crontab is True)):
        from primehelp.cli.remind_tools import added_run  # in the crontab's last CRON_TZ

        ours, at = added and not settled(jobs or ()), now()
        when, zone = added_run(cron or "", at) if ours else (next_cron_run(jobs or (), at), None)
        source = None if when is None else NextRunSource.COMPUTED
    if action is Action.STATUS and not needs_replacing(jobs or ()):
        cron = None  # status: the line to use only in place of one that fails (38b item 1)
    kept = next((j.lang for j in jobs or () if j.lang in ("ja", "en")), None)
    if action is Action.STATUS and cron is not None and kept is not None:  # its --lang (46b 6)
        cron = crontab_line(*_planned("ja" if kept == "ja" else "en", how))
    if how is Scheduler.CRON:  # no absent unit files listed for a cron user (review 37b S 6)
        units = [u for u in units if u.state is not UnitState.ABSENT or u.change is not None]
    return RemindReport(
        action=action,
        scheduler=how,
        command=command,
        units=tuple(units),
        enabled=enabled,
        next_run=when,
        next_run_source=source,
        crontab_line=cron,
        in_crontab=in_crontab,
        crontab_jobs=jobs or (),
        added_cron_tz=zone,
        timer_idle=idle,
    )


def _unusable(here: SystemdHere) -> SchedulerProblem:
    """Why ``install --scheduler systemd`` writes nothing, and what works instead (25b item 3)."""
    why = ui(f"install_unusable.{here}", _UI)
    crontab = shutil.which("crontab") is not None
    then = ui("install_use_cron", _UI)
    if not crontab:  # neither: the calendar file, as plain install says (review 56b S 12)
        from primehelp.output.remind_calendar import no_cron_calendar

        then = no_cron_calendar()
    elif settled(crontab_jobs(running_script(), wanted_lines()) or ()):  # 34b S 14, 38b 1
        then = ui("install_cron_already", _UI)
    return SchedulerProblem(Text(why.ja + then.ja, f"{why.en}; {then.en}"))


def _install(how: Scheduler, force: bool, lang: Lang, here: SystemdHere) -> RemindReport:
    if how is Scheduler.SYSTEMD and here in (SystemdHere.NO_SYSTEMCTL, SystemdHere.NOT_RUNNING):
        raise _unusable(here)  # before anything is written
    command, environment = _command(lang, how)
    shown = shown_command(command, environment)
    unit_dir = user_unit_dir()
    if how is Scheduler.CRON:  # no crontab command: no line that could run (review 27b item 5)
        found = [UnitFile(n, str(p), s, None) for n, p, s in units_found(unit_dir)]
        line = crontab_line(command, environment) if shutil.which("crontab") else None
        return _report(Action.INSTALL, how, found, unit_dir, shown, line)
    if unit_dir is None:
        raise FileProblem(ui("no_unit_directory", _UI))
    from primehelp.storage import PlannedWrite, write_files

    wanted = unit_files(command, environment)
    units: list[UnitFile] = []
    writes: list[PlannedWrite] = []
    for name, path, state in units_found(unit_dir):
        if _read_unit(path) == wanted[name]:
            units.append(UnitFile(name, str(path), UnitState.OURS, Change.UNCHANGED))
            continue
        theirs = state in (UnitState.FOREIGN, UnitState.CHANGED)
        if theirs and not force:
            key = "foreign_unit_changed" if state is UnitState.CHANGED else "foreign_unit"
            raise FileProblem(ui(key, _UI).format(file=file_name(path)))  # review 51b item 12
        writes.append(PlannedWrite(path, wanted[name], force=True, create_directory=True))
        change = Change.REPLACED if theirs else Change.WRITTEN
        units.append(UnitFile(name, str(path), UnitState.OURS, change, state if theirs else None))
    write_files(writes)  # both or neither
    problem = systemctl("daemon-reload") if writes else None
    problem = problem or systemctl("enable", "--now", TIMER)
    done = _report(Action.INSTALL, how, units, unit_dir, shown)
    # written, not on: said on stdout with the commands, exit 1 (review 46b item 5; was exit 2)
    return done if problem is None else dataclasses.replace(done, start_problem=problem)


def _installed_command(unit_dir: Path | None, lang: Lang, how: Scheduler) -> str:
    """What the installed service runs (its ``ExecStart=``); where there is none, the command
    ``install`` would set up (review 36b item 11: ``""`` was neither a command nor null)."""
    data = None if unit_dir is None else _read_unit(unit_dir / SERVICE)
    return service_command(data) if data is not None else shown_command(*_planned(lang, how))


def _uninstall(how: Scheduler, force: bool, here: SystemdHere, lang: Lang) -> RemindReport:
    """Remove what install wrote. ``--scheduler cron`` where systemd runs: the crontab only,
    the timer (which may be the daily check that runs) left alone (review 28b item 2: it was
    disabled and removed as if an earlier setup); where systemd does not run, it is one."""
    unit_dir = user_unit_dir()
    command = _installed_command(unit_dir, lang, how)
    found = units_found(unit_dir)
    ours = {UnitState.OURS, UnitState.CHANGED} if force else {UnitState.OURS}
    in_use = how is Scheduler.CRON and here is SystemdHere.USABLE
    removable = set() if in_use else {name for name, _, state in found if state in ours}
    removable = removable_together({name: state for name, _, state in found}, removable)
    stop = None
    if unit_dir is not None and TIMER in removable:  # stops it; a failure leaves the link to us
        stop = systemctl("disable", "--now", TIMER)  # …said where systemd runs (45b item 10)
        stop = None if here in (SystemdHere.NO_SYSTEMCTL, SystemdHere.NOT_RUNNING) else stop
        link = unit_dir / WANTS / TIMER
        if link.is_symlink() and link.readlink().name == TIMER:
            remove_file(link)
    units: list[UnitFile] = []
    for name, path, state in found:
        if name in removable and remove_file(path):
            units.append(UnitFile(name, str(path), UnitState.ABSENT, Change.REMOVED))
        else:
            change = None if state is UnitState.ABSENT else Change.LEFT_ALONE
            units.append(UnitFile(name, str(path), state, change))
    if removable and unit_dir is not None:
        systemctl("daemon-reload")
        for directory in (unit_dir / WANTS, unit_dir, unit_dir.parent):
            try:
                directory.rmdir()  # only an empty one: install may have made it
            except OSError:
                break
    done = _report(Action.UNINSTALL, how, units, unit_dir, command)
    return done if stop is None else dataclasses.replace(done, stop_problem=stop)


def _status(how: Scheduler, lang: Lang) -> RemindReport:
    unit_dir = user_unit_dir()
    units = [UnitFile(n, str(p), s, None) for n, p, s in units_found(unit_dir)]
    command = _installed_command(unit_dir, lang, how)
    planned = _planned(lang, how)  # with cron, the line to use in place of one that fails
    bad = how is not Scheduler.CRON or unsupported_character([*planned[0], *planned[1].values()])
    line = None if bad else crontab_line(*planned)
    return _report(Action.STATUS, how, units, unit_dir, command, line)
