"""The view of ``primehelp remind``: what was written, removed or found. Sentences wrap as on
every screen; a line holding a path, a command or the crontab line is printed whole (cut, it
would no longer work when copied)."""

from __future__ import annotations

import re

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.output.linebreak import unicode_text_width as text_width
from primehelp.output.remind_calendar import manual_way
from primehelp.output.remind_crontab import cron_instead as _cron_instead
from primehelp.output.remind_crontab import crontab as _crontab
from primehelp.output.remind_crontab import jobs as _jobs
from primehelp.output.remind_crontab import neither as _neither
from primehelp.output.remind_crontab import no_crontab as _no_crontab
from primehelp.output.remind_crontab import opening as _opening
from primehelp.output.remind_daemon import cron_next_run as _cron_daemon
from primehelp.output.remind_daemon import daemon_suffix as _daemon_suffix
from primehelp.output.remind_daemon import no_next_run as _no_next_run
from primehelp.output.remind_kept import foreign_timer_on
from primehelp.output.remind_lines import Command as _Command
from primehelp.output.remind_lines import Labelled as _Labelled
from primehelp.output.remind_lines import Whole as _Whole
from primehelp.output.remind_lines import printable as _printable
from primehelp.output.remind_lines import split_lines
from primehelp.output.remind_twice import notes, runs_twice, twice  # review 40b item 2, S 9
from primehelp.output.remind_units import kept as _kept
from primehelp.output.remind_units import units as _units
from primehelp.output.remind_where import unit_dir_note
from primehelp.remind import (
    TIMER,
    Action,
    Change,
    RemindReport,
    Scheduler,
    SystemdHere,
    TimerIdle,
    UnitState,
    names_the_bus,
)
from primehelp.remind_cron import needs_replacing, settled
from primehelp.remind_kept import (
    cron_idle,
    not_ours_on,
    program_missing,
    service_missing,
    still_on,
    timer_there,
)

_UI = "ui_remind"
_CRON = "ui_remind_cron"
_STOP = (f"disable --now {TIMER}", "daemon-reload")  # uninstall's, to run where they failed
_START = ("daemon-reload", f"enable --now {TIMER}")  # install's
_ZONE_NAME = re.compile(r"[A-Za-z]{2,6}")  # UTC, JST, CET, AEDT


def _timer(
    result: RemindReport, lang: Lang, *, scheduler_given: bool, systemd: SystemdHere
) -> list[str]:
    """Whether the timer is on and what it runs; after uninstall, what was kept. No timer and
    ``--scheduler systemd`` given: the command keeps it (plain ``install`` may choose cron), or,
    where systemd cannot be used, why (review 20b item 3, review 23b item 4)."""
    if result.start_problem is not None:  # written, not on: not 「有効です」 (review 46b item 5)
        failed = ui("start_failed", _UI).format(reason=result.start_problem(lang))(lang)
        return [failed, *(_Command(f"systemctl --user {c}") for c in _START)]
    if result.action is Action.UNINSTALL:
        removed = any(u.change is Change.REMOVED for u in result.units)
        # the timer removed: said plainly that the check is off (review 31b S 8)
        off = any(u.change is Change.REMOVED and u.name == TIMER for u in result.units)
        # a crontab line may still run it: not off, unless no cron runs it (review 45b item 9)
        off = off and not (result.in_crontab and result.cron_running is not False)
        done = [ui("stopped", _UI)(lang)] if off else []
        if result.stop_problem is not None:  # not 「止めました」 (review 45b item 10)
            failed = ui("stop_failed", _UI).format(reason=result.stop_problem(lang))(lang)
            done = [failed, *(_Command(f"systemctl --user {c}") for c in _STOP)]
        kept = _half_set_up(result, lang) if still_on(result) else _kept(result, lang)
        if foreign_timer_on(result):  # kept, and how to stop it (review 43b item 5)
            stop = _Command(f"systemctl --user disable --now {TIMER}")
            kept = [*kept, ui("foreign_timer_kept", _UI)(lang), stop]
        nothing = [] if removed or still_on(result) else [ui("nothing_to_remove", _UI)(lang)]
        return done + nothing + kept  # not 「設定されていません」 while on (review 48b item 3)
    timer = next((u for u in result.units if u.name == TIMER), None)
    absent = timer is None or timer.state is UnitState.ABSENT
    if absent and result.action is Action.STATUS and settled(result.crontab_jobs):
        if result.cron_running is not True:  # a line no cron runs is no check (45b item 1)
            return [ui(f"cron_line{_daemon_suffix(result)}_systemd", _CRON)(lang)]
        return [ui("cron_counted_systemd", _UI)(lang)]  # not 「設定されていません」 (41b item 7)
    if absent:
        if systemd is not SystemdHere.USABLE:
            return [ui(f"systemd_unusable.{systemd}", _UI)(lang)]
        if any(u.state in (UnitState.FOREIGN, UnitState.CHANGED) for u in result.units):
            # plain install is refused here: what works (review 42b S 26)
            force = _Command("primehelp remind install --force")
            foreign = any(u.state is UnitState.FOREIGN for u in result.units)
            hint = "foreign_hint" if foreign else "changed_hint"  # as its row names it (43b 2)
            return [ui(k, _UI)(lang) for k in ("nothing_set_up", hint)] + [force]
        if scheduler_given:
            command = _Command("primehelp remind install --scheduler systemd")
            return [ui("not_installed_systemd", _UI)(lang), command]
        return [ui("not_installed", _UI)(lang)]
    if result.timer_service_missing or service_missing(result.units):  # 39b item 1, 43b item 5
        return _half_set_up(result, lang, systemd)
    if program_missing(result):  # no 「有効です」 for a timer that runs nothing (44b item 1)
        runs = ui("runs", _UI).format(command=escaped(result.command))(lang)
        return [*_half_set_up(result, lang, systemd), _Labelled(runs)]
    idle = _idle(result, lang)  # on, but it will not run: no 「有効です」 (review 47b items 1, 3)
    if idle:
        return idle
    on = [ui("enabled" if result.enabled else "not_enabled", _UI)(lang)]  # or cannot tell (42b 1)
    lines = _half_set_up(result, lang) if not_ours_on(result) else on
    foreign = any(u.state is UnitState.FOREIGN for u in result.units)  # not where systemd
    if not result.enabled and foreign and systemd is SystemdHere.USABLE:  # cannot (41b 4, 49b 21)
        lines += [ui("foreign_hint", _UI)(lang), _Command("primehelp remind install --force")]
    elif not result.enabled and systemd is SystemdHere.USABLE:  # the command on its own line
        lines += [ui("enable_hint", _UI)(lang), _Command(f"systemctl --user enable --now {TIMER}")]
    elif not result.enabled:  # the command would fail here: why (review 23b item 4)
        lines.append(ui(f"systemd_unusable.{systemd}", _UI)(lang))
    service = next((u for u in result.units if u.name != TIMER), None)
    if service is not None and service.state is not UnitState.ABSENT:  # not install's plan
        lines.append(_Labelled(ui("runs", _UI).format(command=escaped(result.command))(lang)))
    return lines


def _idle(result: RemindReport, lang: Lang) -> list[str]:
    """An enabled timer that will not run: systemd cannot run it here (the default status's
    sentence, and, where no crontab can take the line, the calendar file; cron's own hint is
    added after the crontab lines), or systemctl lists it stopped, with how to start it."""
    runs = _Labelled(ui("runs", _UI).format(command=escaped(result.command))(lang))
    if not result.enabled or result.timer_idle is None:
        return []
    if result.timer_idle is TimerIdle.STOPPED:
        start = _Command(f"systemctl --user start {TIMER}")
        return [ui("timer_stopped", _UI)(lang), start, runs]
    other = [] if result.in_crontab is False else [manual_way(lang)]
    return [ui("timer_idle", _UI)(lang), *other, runs]


def _half_set_up(
    result: RemindReport, lang: Lang, systemd: SystemdHere = SystemdHere.USABLE
) -> list[str]:
    """One unit file without the other (review 39b item 1), commands on lines of their own."""
    from primehelp.output.remind_kept import half_set_up

    said = half_set_up(result, lang, systemd)
    return [_Command(text) if command else text for text, command in said]


def _next_run(
    result: RemindReport, lang: Lang, *, if_added: bool = False, replaced: bool = False
) -> list[str]:
    """「次の実行（予定）：2026年12月5日 9:00（このコンピューターの時計、UTC）」: as a member reads
    a time, in this computer's local time, its zone named where its name is known (review 23b
    S 11: 「2026-12-05 09:00 +0000」); 「次の実行（systemctl の表示）：…」 where systemctl gave it
    (review 24b item 5). ``if_added``: nothing is scheduled yet (the crontab lacks the line),
    so the time is what follows once it is added (review 24b item 1)."""
    from primehelp.output.console import sentence_date

    when, source = result.next_run, result.next_run_source
    if result.scheduler is Scheduler.CRON and (result.cron_running is False or when is None):
        return _no_next_run(result, lang)  # nothing runs it (43b item 1), CRON_TZ unread (44b)
    if when is None or source is None:
        return []
    clock = f"{when.hour}:{when.minute:02d}" if lang == "ja" else f"{when:%H:%M}"
    zone = when.tzname() or ""
    known = _ZONE_NAME.fullmatch(zone) is not None  # not 「+0530」: an offset is not a name
    named = ui("clock_zone" if known else "clock", _UI)(lang).format(zone=zone)
    shown = f"{sentence_date(when.date(), lang)} {clock}"
    key = "next_run_if_added" if if_added else f"next_run.{source}"
    key = "next_run_if_replaced" if if_added and replaced else key  # review 41b item 6
    unsure = _cron_daemon(result, lang, key, when=shown, clock=named)  # review 43b item 1
    return [ui(key, _UI)(lang).format(when=shown, clock=named)] if unsure is None else unsure


def _cron_install(
    result: RemindReport, lang: Lang, scheduler_given: bool, timer: bool = False
) -> list[str]:
    """``install`` with cron: the line to add and, until it is in the crontab, the time it
    would run (review 24b item 1); where it is there already, that, first, and the next run,
    with no instruction to add it again (review 24b item 2)."""
    note = ui("cron_note", _UI)(lang)
    there = settled(result.crontab_jobs)  # only a daily line running this primehelp (38b 1)
    # whether a notification can show from cron (review 36b item 2): the line names the bus
    bus = not there and names_the_bus(result.crontab_line or "")
    notify = [ui("cron_notify_bus" if bus else "cron_notify", _UI)(lang)]
    notify = [] if cron_idle(result) else notify  # nothing runs it to notify (43b item 1)
    if there:  # more than one line: how many, and the others named (review 41b item 8, 42b 6)
        exact = sum(1 for job in result.crontab_jobs if job.exact)
        first = ui("already_in_crontab", _UI)(lang)
        if exact > 1:  # the count first, said once (review 43b item 6)
            first = ui("already_in_crontab_count", _UI).format(count=str(exact))(lang)
        opening = [] if exact == len(result.crontab_jobs) else _opening(result, lang)
        more = [*opening, *_jobs(result, lang)] if len(result.crontab_jobs) > 1 else []
        return [first, *more, *_next_run(result, lang), note, *notify]
    add = "cron_add" if scheduler_given else "cron_add_no_systemd"
    lines = [ui(add, _UI)(lang), _Whole(escaped(result.crontab_line or "")), note]
    if result.crontab_jobs:  # lines there, not the daily check: each, and the line instead
        lines = [*_jobs(result, lang), *_jobs(result, lang, in_place=True, timer_on=timer), note]
    if timer and result.crontab_jobs:  # no line printed: no caveats about it (review 42b S 13)
        return _crontab(result, lang, SystemdHere.USABLE) + lines[:-1]
    # the state first, then what to do about it (review 31b S 6: after the instruction, 「crontab
    # に…行はありません」 read backwards); what a notification from cron needs, last
    when = _next_run(result, lang, if_added=True, replaced=bool(result.crontab_jobs))
    same = result.crontab_jobs and not needs_replacing(result.crontab_jobs)  # review 56b item 1
    when = _no_next_run(result, lang) if same else when  # no time for 「置き換えると」
    when = [] if timer and result.crontab_jobs else when  # nothing to replace (41b item 6)
    return _crontab(result, lang, SystemdHere.USABLE) + lines + when + notify


def _cron(
    result: RemindReport,
    lang: Lang,
    *,
    systemd: SystemdHere = SystemdHere.USABLE,
    crontab_found: bool = True,
) -> list[str]:
    """``status`` and ``uninstall`` with cron: the crontab only, which primehelp never edits.

    No systemd lines (a unit file uninstall removed is still named); the member removes the
    crontab line, or sets it up with ``install --scheduler cron``. A crontab that cannot be read
    is said once (not after the heading's own words); systemd is offered only where ``install``
    would use it (review 23b item 4), and where neither works, that is said (review 14b S 10).
    """
    uninstall = result.action is Action.UNINSTALL
    usable = systemd is SystemdHere.USABLE
    if not uninstall and result.in_crontab is None and not (crontab_found or usable):
        return _neither(systemd, lang)
    # where systemd runs, uninstall left the timer: said after the crontab (review 28b item 2)
    units = _units(result, lang) if uninstall and not usable else []  # 25b S 5: own heading
    lines = [ui("earlier_timer", _UI)(lang), *units, *_kept(result, lang)] if units else []
    if uninstall and result.in_crontab is False:
        nothing = ui("cron_nothing_to_remove", _UI)(lang)
        return [*lines, nothing, *_beside_cron(result, lang, usable=usable)]
    if uninstall and not crontab_found:  # the cause, and no `crontab -e` (review 29b item 5)
        beside = _beside_cron(result, lang, usable=usable)
        if not (lines or beside):  # one sentence, the cause in it (review 52b item 21)
            return [ui("nothing_written", _UI)(lang)]
        return [*lines, ui("cron_absent", _UI)(lang), *beside]
    found = {True: "in_crontab", False: "not_in_crontab", None: "crontab_unknown"}
    # status where systemd's timer runs the check: that first, and no line to add (it would
    # run twice; review 29b item 2: the cron hint came first, the timer after)
    runs = not uninstall and usable and timer_there(result.units) and result.enabled is True
    both = runs_twice(result, systemd)  # said as both from the start (review 43b item 3)
    lines += [ui("timer_and_cron" if both else "timer_on", _UI)(lang)] if runs else []
    # status: first, plainly (review 12b S 13), in install's words (review 25b S 4)
    unread = not uninstall and result.in_crontab is None
    there = not uninstall and result.in_crontab is True  # how many, said once (42b item 6)
    said = ui("cron_unconfirmed" if unread else found[result.in_crontab], _UI)(lang)
    count = len(result.crontab_jobs)  # uninstall: how many lines to delete (review 43b item 6)
    many = uninstall and result.in_crontab is True and count > 1
    said = ui("in_crontab_count", _UI).format(count=str(count))(lang) if many else said
    lines += _opening(result, lang) if there else [said]
    if not uninstall and result.in_crontab is True:  # as `remind --help` says (review 24b item 4)
        # when it runs (or that no cron does), then each line that is not the daily check and,
        # right after it, the line instead: 「上の行」 is that line (review 45b item 6; 38b item 1)
        lines += [*_next_run(result, lang), *_jobs(result, lang)]
        lines += _jobs(result, lang, in_place=True, timer_on=runs) + notes(result, lang, systemd)
    if uninstall:
        unread = result.in_crontab is None  # only a member who added the line removes it
        key = "cron_uninstall_unread" if unread else "cron_uninstall"
        if units and result.in_crontab:  # the old timer removed, the line kept (42b item 3)
            key = "cron_goes_on" if settled(result.crontab_jobs) else "uninstall_cron_stop"
            idle = key == "cron_goes_on" and result.cron_running is not True  # review 45b 9
            key = f"remove_from_crontab{_daemon_suffix(result)}" if idle else key
        key = "cron_uninstall_count" if many and key == "cron_uninstall" else key
        labels = _CRON if key.startswith("remove_from") else _UI
        lines.append(ui(key, labels).format(count=str(count))(lang))
    elif result.in_crontab is None and not usable:  # a crontab that fails, and no systemd
        lines.append(ui(f"systemd_unusable.{systemd}", _UI)(lang))
    elif result.in_crontab is None and not timer_there(result.units):  # suggest what can work
        lines.append(ui("systemd_install_hint", _UI)(lang))
        lines.append(_Command("primehelp remind install --scheduler systemd"))
    elif result.in_crontab is False:  # install prints a line; it sets nothing up (24b item 3)
        lines.append(ui("cron_not_needed" if runs else "cron_install_hint", _UI)(lang))
        lines += _no_next_run(result, lang)  # …which no cron would run (review 43b item 1)
    # on cron's screen: the timer (review 41b item 6); not after both_run, which names it (43b 3)
    undo = [] if both else [ui("undo_timer", _UI)(lang)]
    return lines + (undo if runs else _beside_cron(result, lang, usable=usable))


def _beside_cron(result: RemindReport, lang: Lang, *, usable: bool) -> list[str]:
    """cron's status and uninstall: the systemd timer beside it, by what it is (review 28b
    item 2: an enabled timer where systemd runs is the daily check that runs, not 「残っています」
    or 「以前の設定」). Where systemd does not run, files not enabled are an earlier setup
    (review 25b S 5); uninstall removed them (named under their heading), or kept an edited one."""
    uninstall = result.action is Action.UNINSTALL
    if not timer_there(result.units) or (uninstall and not usable):
        return []
    if uninstall:  # --scheduler cron where systemd runs: the timer was left alone
        key = "timer_kept_on" if result.enabled else "timer_kept"
    elif usable:  # an enabled one is said first, by _cron (review 29b item 2)
        key = "timer_off"
    else:
        key = "timer_idle" if result.enabled else "earlier_timer_left"
    # not systemd's: its files only, the crontab line stays (review 42b item 3)
    undo = "undo_idle_timer" if not usable and result.in_crontab else "undo"
    return [ui(key, _UI)(lang), ui(undo, _UI)(lang)]


def _command_lines(command: str, width: int) -> list[str]:
    """A command on one line; wider than the screen, continued with a backslash before an
    option, as late as fits, so that it still runs when copied (「--scheduler│systemd」 would
    not): the rule of every command on a line of its own (:mod:`primehelp.output.command_lines`),
    for ``systemctl`` and the daily check's path too (review 23b item 3: 「systemctl --user
    enable --now│primehelp-due.timer」; review 32b item 2: 「PRIMEHELP_CONFIG_DIR=… /…/python」)."""
    from primehelp.output.command_lines import command_lines

    return command_lines(command, width, text_width)


def _title(result: RemindReport, scheduler_given: bool) -> str:
    """The heading's key: the scheduler; none where cron was not asked for and no crontab can
    be read (status and uninstall: cron is not found here; review 19b S 9)."""
    if result.scheduler is not Scheduler.CRON:
        return "title_systemd"
    unfound = result.in_crontab is None and result.action is not Action.INSTALL
    return "title_plain" if unfound and not scheduler_given else "title_cron"


def human_remind(
    result: RemindReport,
    lang: Lang,
    *,
    scheduler_given: bool = False,
    systemd: SystemdHere = SystemdHere.USABLE,
    crontab_found: bool = True,
) -> None:
    """Print what ``remind`` did or found (``scheduler_given``: the member named it with
    ``--scheduler``, so cron needs no reason; ``systemd``: whether systemd may be offered, the
    answer ``install`` chose by; ``crontab_found``: whether cron may be)."""
    cron = result.scheduler is Scheduler.CRON
    lines: list[str] = [ui(_title(result, scheduler_given), _UI)(lang)]
    no_line = cron and result.action is Action.INSTALL and not crontab_found
    if no_line and not scheduler_given:  # cron chosen as systemd cannot run it: neither can
        # the cause, said as not done, no state line after the heading (review 34b S 13)
        why = ui(f"no_scheduler_install.{systemd}", _UI)(lang)
        lines = [ui("title_plain", _UI)(lang), why, manual_way(lang)]
    elif no_line:  # a line no cron could run here (review 27b item 5)
        lines += _no_crontab(systemd, lang)
    elif cron and result.action is Action.INSTALL:
        lead = twice(result, lang, systemd)  # the timer on first (40b item 2, 41b item 6)
        lines += lead + _cron_install(result, lang, scheduler_given, bool(lead))
        switch = not scheduler_given and systemd is SystemdHere.USABLE  # review 42b S 12
        lines += (
            [ui("systemd_switch", _UI)(lang)] if switch and settled(result.crontab_jobs) else []
        )
    elif cron:
        lines += _cron(result, lang, systemd=systemd, crontab_found=crontab_found)
    else:
        lines += [*_units(result, lang), *unit_dir_note(result, lang)]  # 44b R-minor 5
        lines += _timer(result, lang, scheduler_given=scheduler_given, systemd=systemd)
        runs_nothing = foreign_timer_on(result) or result.timer_service_missing  # 43b item 5
        runs_nothing = runs_nothing or program_missing(result)  # review 44b item 1
        when = [] if runs_nothing else _next_run(result, lang)
        lines += when + _crontab(result, lang, systemd) + notes(result, lang, systemd)
        lines += _cron_instead(result, lang, systemd)
    from primehelp.output.remind_saved import last_lines, qualified, said_once  # 42b 4, 49b 4

    warned = not cron and qualified(result, lang, lines)
    both = runs_twice(result, systemd)  # both_run names uninstall already (review 41b S 12)
    if result.action is Action.INSTALL and result.scheduler is Scheduler.SYSTEMD and not both:
        lines.append(ui("undo", _UI)(lang))
    if not no_line:  # review 37b item 2
        lines += last_lines(result, lang, systemd, crontab_found, warned)
    lines = said_once(lines, lang)  # the calendar hint once, after every problem (49b item 4)
    from primehelp.output.console import console_for

    width = (console := console_for(lang)).width
    for line, split in zip(lines, split_lines(lines, width), strict=True):
        if split:
            _print_split(line, lang, width)
        elif isinstance(line, _Command):
            for part in _command_lines(str(line), console.width):
                console.print(part, no_wrap=True, overflow="ignore")
        elif isinstance(line, _Whole):
            console.print(str(line), no_wrap=True, overflow="ignore")
        else:
            console.print(_printable(line))  # a quoted line indented (review 52b item 32)


def _print_split(line: str, lang: Lang, width: int) -> None:
    """A labelled command or a unit's line (:func:`split_lines`), on lines of their own."""
    from primehelp.output.blocks import indented
    from primehelp.output.console import console_for, rich_text

    console = console_for(lang)
    if isinstance(line, _Labelled):
        label = ui("runs", _UI).format(command="\0")(lang).split("\0")[0]
        console.print(label.rstrip(), no_wrap=True, overflow="ignore")
        for part in _command_lines(line[len(label) :], width - 2):
            console.print("  " + part, no_wrap=True, overflow="ignore")
        return
    path, _, said = line.rpartition(ui("colon")(lang))
    # indented when it fits, else flush left and whole, past the width (review 33b S 12)
    console.print(path if len(path) <= width else path.lstrip(), no_wrap=True, overflow="ignore")
    console.print(indented(4, [rich_text(said)]), crop=False)
