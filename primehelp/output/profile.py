"""The view of ``primehelp profile``: the saved renewal date, or what ``--clear`` deleted."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from primehelp.errors import escaped
from primehelp.facts import ui
from primehelp.files import own_file_name
from primehelp.i18n import Lang
from primehelp.output.blocks import indented
from primehelp.output.console import console_for, dim, heading, rich_text, sentence_date
from primehelp.profile import ClearedProfile, Profile, SavedProfile

if TYPE_CHECKING:
    from rich.console import Console


def _profile_label(key: str, lang: Lang) -> str:
    return ui(key, "ui_profile")(lang) + ui("colon")(lang)


def human_profile(
    result: SavedProfile | ClearedProfile,
    lang: Lang,
    today: dt.date | None = None,
    today_given: bool = False,
) -> None:
    """Print the saved profile and its file, or what ``--clear`` deleted; a saved date before
    ``today`` is said to be past, with where the next one is (review 33a, S 16). ``today_given``:
    ``--today`` was given, and the follow-up command keeps it (review 62a, S 8)."""
    console = console_for(lang)
    if isinstance(result, ClearedProfile):
        # wrapped, the file under its label (review 41b item 11: one 97-column line)
        key = "cleared_said" if result.cleared else "nothing_to_clear_said"
        console.print(ui(key, "ui_profile")(lang))
        label = _profile_label("cleared_file" if result.cleared else "file", lang)
        _file_line(console, label, own_file_name(result.path)(lang))
        for still_on in _remind_on(result, lang):  # review 40b item 4
            console.print(rich_text(still_on))
        return
    console.print(heading(ui("title", "ui_profile")(lang), None, lang))
    saved, apart = result.profile, False
    if saved is None:
        console.print(ui("nothing_saved", "ui_profile")(lang))
    else:
        plan = (
            ui(f"plan_{saved.plan}", "ui_calendar")(lang)
            if saved.plan is not None
            else ui("plan_unknown", "ui_profile")(lang)
        )
        plan = plan[:1].upper() + plan[1:]  # "Monthly plan", as other screens (45a S 22)
        # a trial's date by the name every trial screen gives it (review 36b S 17)
        label = "renewal_date_trial" if saved.trial else "renewal_date"
        date = sentence_date(saved.renewal_date, lang) + _date_after(saved, result.days_left, lang)
        by = []  # the day to cancel by (59a S 19), as --json counts it (cli.profile._dated)
        if result.days_left and result.cancel_by is not None:
            by_said = sentence_date(result.cancel_by, lang)
            if result.days_left == 1:
                by_said = ui("cancel_by_today", "ui_profile")(lang).format(date=by_said)
            by.append(by_said)
        if result.renewal_is_today and result.cancel_by is not None:  # 60a S3; a trial's (61a R2)
            by_said = sentence_date(result.cancel_by, lang)
            by.append(ui("cancel_by_passed", "ui_profile")(lang).format(date=by_said))
        by_label = _profile_label("cancel_by_trial" if saved.trial else "cancel_by", lang)
        kind = "student_trial" if saved.student else "trial"
        rows = [(_profile_label(label, lang), date), *((by_label, said) for said in by)]
        if saved.plan is not None or not saved.trial:  # a trial's plan is chosen later (32a S 17)
            rows.append((_profile_label("plan", lang), plan))
        if saved.trial:
            rows.append((_profile_label("kind", lang), ui(kind, "ui_profile")(lang)))
        # one layout for the record: every value under its label when one must be (63b R-minor 8)
        # (the file's path is no value of the record: a long one does not move the dates)
        apart = _any_apart(console, rows)
        _value_line(console, *rows[0], "bold", apart=apart)  # as every screen
        notes: list[str] = []
        if today is not None and saved.renewal_date < today:  # a trial's too (39a, item 11)
            past = "date_past_dated" if today_given else "date_past"  # 63a, R-minor 1
            past = "date_past_trial" if saved.trial else past
            notes.append(ui(past, "ui_profile")(lang).format(iso=today.isoformat()))
        # the day itself says 「（今日）」 on the date's line (review 61a R1; a note under it
        # before, 38a S 40); a trial's still computed, with its note (45a item 5, 59a item 3)
        if today is not None and saved.trial and saved.renewal_date >= today:
            notes.append(ui("date_estimate_trial", "ui_profile")(lang))
        # under the date it is about, indented whether or not the date hangs (review 51a item
        # 15; 63a R-minor 2: flush left, the note read as a new item before 「種類」)
        for note in notes:
            console.print(indented(2, [rich_text(note)]))
        for said in by:
            _value_line(console, by_label, said, apart=apart)
        if result.cancel_by is not None and (result.days_left or result.renewal_is_today):
            # a margin, not Amazon's deadline, as renewal says it (review 62a, R-minor 1)
            margin = "cancel_by_margin_trial" if saved.trial else "cancel_by_margin"
            console.print(dim(ui(margin)(lang)))
        for row in rows[1 + len(by) :]:
            _value_line(console, *row, apart=apart)
        if result.renewal_is_today:  # 60a S3; a trial's conversion day too (61a R2)
            key = "renewal_today_next_dated" if today_given and today else "renewal_today_next"
            said = ui(key, "ui_profile")(lang).format(iso=today.isoformat() if today else "")
            console.print(rich_text(said))
    _file_line(console, _profile_label("file", lang), escaped(result.path), apart)
    if saved is not None:
        _clear_line(console, ui("how_to_clear", "ui_profile")(lang))


def _clear_line(console: Console, said: str) -> None:
    """「削除するには次を実行してください：`primehelp profile --clear`」 on one line where it fits;
    else the command under it, indented by 2 as the path above it (review 62a, R-minor 7)."""
    from primehelp.output.linebreak import unicode_text_width as text_width

    head, colon, command = said.rpartition("：" if "：" in said else ": ")
    if text_width(said) <= console.width or not colon:
        console.print(dim(said))
        return
    console.print(dim(head + colon.rstrip()))
    console.print(indented(2, [dim(command)]))


def _date_after(saved: Profile, days: int | None, lang: Lang) -> str:
    """What follows the saved date: how far off it is (``days``, None once past), when still
    ahead (review 59a S 19), 「今日」 on the day (review 61a R1), and for a trial that it is
    computed, in the house term 「計算による目安」 (review 59a item 3)."""
    if days is None:
        return ui("date_computed", "ui_profile")(lang) if saved.trial else ""
    from primehelp.spans import YEAR, far_days

    when = ui({0: "days_today", 1: "days_tomorrow"}.get(days, "days_left"), "ui_profile")
    # beyond a year in renewal's words, 「約2年11か月後」, not 「あと1095日」 (review 63a, R-minor 3)
    said = far_days(days)(lang) if days > YEAR else when(lang).format(n=days)
    key = "date_when_computed" if saved.trial else "date_when"
    return ui(key, "ui_profile")(lang).format(when=said)


def _remind_on(result: ClearedProfile, lang: Lang) -> list[str]:
    """A daily check still on: that it stays, notifies an error every day with nothing saved,
    and how to stop each (the timer: ``remind uninstall``; a crontab line: ``crontab -e``)."""
    if not result.remind_installed:
        return []
    keys = ["clear_remind_on", *(f"clear_stop_{name}" for name in result.remind_schedulers)]
    return [ui(key, "ui_profile")(lang) for key in keys]


def _any_apart(console: Console, rows: list[tuple[str, str]]) -> bool:
    """Whether any 「ラベル：値」 of ``rows`` is wider than the screen (its value goes under it)."""
    from primehelp.output.linebreak import unicode_text_width as text_width

    return any(text_width(label + value) > console.width for label, value in rows)


def _value_line(
    console: Console, label: str, value: str, style: str = "", apart: bool = False
) -> bool:
    """「ラベル：値」 on one line where it fits; else the label on its line and the value under
    it, indented by 2, as 保存場所's path (review 51a item 15: the date and 「自動更新」 fell to
    the margin and read as new lines). Whether the value hangs."""
    from primehelp.output.linebreak import unicode_text_width as text_width

    if text_width(label + value) <= console.width and not apart:
        line = rich_text(label)
        line.append(value, style=style)
        console.print(line)
        return False
    console.print(rich_text(label.rstrip()))
    console.print(indented(2, [rich_text(value, style=style)]))
    return True


def _file_line(console: Console, label: str, path: str, apart: bool = False) -> None:
    """「保存場所：PATH」 on one line where it fits; wider than the screen, the label on its line
    and the path whole under it, indented by 2 (flush left if wider still: never cut, as a URL)
    (review 37b S 7)."""
    from primehelp.output.linebreak import unicode_text_width as text_width

    if text_width(label + path) <= console.width and not apart:
        console.print(label + path, soft_wrap=True)
        return
    console.print(label.rstrip(), soft_wrap=True)
    shown = "  " + path if text_width(path) + 2 <= console.width else path
    console.print(shown, no_wrap=True, overflow="ignore", crop=False)
