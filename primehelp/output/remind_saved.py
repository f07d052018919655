"""``remind``'s last lines: that no notification can show on this computer (review 41b item 3),
what ``primehelp due`` answers about the saved date when it cannot remind (review 37b item 2);
split from :mod:`primehelp.output.remind` (review 41b: size)."""

from __future__ import annotations

from primehelp.errors import sentence
from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.remind_calendar import manual_way
from primehelp.output.remind_lines import Quoted
from primehelp.remind import Action, RemindReport, SystemdHere
from primehelp.remind_kept import timer_there

_UI = "ui_remind"


def last_lines(
    result: RemindReport, lang: Lang, systemd: SystemdHere, crontab_found: bool, warned: bool
) -> list[str]:
    """:func:`no_notifier` (unless :func:`qualified` said it), then :func:`saved_problem`."""
    said = [] if warned else no_notifier(result, lang, systemd, crontab_found)
    return said + saved_problem(result, lang, systemd, crontab_found)


def qualified(result: RemindReport, lang: Lang, lines: list[str]) -> bool:
    """The timer on and no notifier (review 42b item 4): 「毎日の確認は有効です」 becomes one
    sentence that it is on but shows nothing, with what to install, in place (the state line),
    not an unqualified 「有効です」 with the warning last. True where it was said."""
    on = ui("enabled", _UI)(lang)
    if result.notifier_found or result.action is Action.UNINSTALL or on not in lines:
        return False
    from primehelp.notify import notifier_tool

    tool = notifier_tool()
    said = [ui("enabled_no_notifier", _UI).format(tool=tool)(lang)]
    if tool == "notify-send":
        said.append(ui("no_notifier_libnotify", _UI)(lang))
    at = lines.index(on)
    lines[at : at + 1] = [*said, manual_way(lang)]
    return True


def no_notifier(
    result: RemindReport, lang: Lang, systemd: SystemdHere, crontab_found: bool
) -> list[str]:
    """install and status where the tool ``due --notify`` uses is not found: every daily check
    would show nothing (review 41b item 3), said with what to install. Not where no daily check
    can be set up here at all (the screen has said what to use instead)."""
    settable = systemd is SystemdHere.USABLE or crontab_found
    if result.action is Action.UNINSTALL or result.notifier_found or not settable:
        return []
    from primehelp.notify import notifier_tool

    tool = notifier_tool()
    lines = [ui("no_notifier", _UI).format(tool=tool)(lang)]
    if tool == "notify-send":
        lines.append(ui("no_notifier_libnotify", _UI)(lang))
    return [*lines, manual_way(lang)]


def saved_problem(
    result: RemindReport, lang: Lang, systemd: SystemdHere, crontab_found: bool
) -> list[str]:
    """What ``primehelp due`` answers about the saved date when it cannot remind (review 37b
    item 2), said once and by what is there: under a daily check that runs, that it cannot
    remind; with none set up, that a usable date comes before setting one up; where none can
    be set up here, nothing (the screen has said what to use instead)."""
    if result.saved_date_problem is None:
        return []
    from primehelp.remind_cron import reads_other_date

    if any(reads_other_date(job) for job in result.crontab_jobs):  # review 59b item 2
        return []  # the line reads a date saved elsewhere: said with it
    said = result.saved_date_problem(lang)
    said = in_backticks(_capitalized(said))
    status = result.action is Action.STATUS
    runs = result.in_crontab is True or (timer_there(result.units) and result.enabled is True)
    first = _save_first(result.saved_date_problem)
    if not status or runs:  # nothing saved: not 「今保存されている内容では」 (review 52b item 20)
        nothing = first == "save_before_set_up"
        # due's answer quoted, set off from what remind says after it (review 52b item 32)
        return [ui("cannot_remind" + "_nothing_saved" * nothing, _UI)(lang), Quoted(said)]
    if systemd is not SystemdHere.USABLE and not crontab_found and result.in_crontab is None:
        return []  # nothing can be set up here: no daily check to speak of
    if (
        first == "save_before_set_up"
    ):  # why, then what to do: not 「保存されていません」 again (53b 6)
        from primehelp.due_text import WORDING

        save = WORDING["no_profile.save"](lang)
        said = in_backticks(sentence(save) if lang == "ja" else f"{_capitalized(save)}.")
    return [ui(first, _UI)(lang), said]


def _capitalized(said: str) -> str:
    return said[:1].upper() + said[1:]


def in_backticks(said: str) -> str:
    """``said`` (``due``'s answer, plain as its notification shows it) with each command in
    backticks, as every command on the remind screens is (review 51b item 9)."""
    import re

    return re.sub(r"(?<!`)primehelp(?: (?:--)?[a-z0-9][\w.-]*)+", lambda m: f"`{m[0]}`", said)


def _save_first(problem: Text) -> str:
    """The label before what ``due`` answers (review 49b item 5): a date to save where nothing is
    saved (``due``'s no-profile error), else the next one to save again (a past date, an ended
    trial…), not 「使える更新日」."""
    from primehelp.due import no_profile
    from primehelp.due_text import WORDING

    nothing = no_profile(WORDING).message.en
    return "save_before_set_up" if problem.en.startswith(nothing) else "save_again_before_set_up"


def said_once(lines: list[str], lang: Lang) -> list[str]:
    """``lines`` with the calendar hint (``manual_way``) once, as the screen's last line: each
    problem on the screen (cron not running, no notifier…) ends with it, and one screen said it
    twice (review 49b item 4); once, after everything else (review 50b item 7: the crontab's
    lines and 「primehelp は crontab を変更していません」 followed it), it answers them all."""
    hint = manual_way(lang)
    kept = [line for line in lines if line != hint]
    return kept + [hint] * (len(kept) < len(lines))
