"""All output: human text through Rich, and the versioned JSON envelope.

This is the only module that imports Rich, and it does so inside the functions that draw,
so ``--json`` and errors never pay for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from primehelp.facts import Fact, SourceList, ui
from primehelp.i18n import Lang, Text

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text as RichText

    from primehelp.cancellation import CancelPlan, Note, Step
    from primehelp.clipboard import CopyOutcome
    from primehelp.complaint import Complaint
    from primehelp.contact import ContactInfo, Route
    from primehelp.errors import PrimehelpError
    from primehelp.escalation import Escalation
    from primehelp.phone import NumberReport
    from primehelp.profile import ClearedProfile, SavedProfile
    from primehelp.renewal import FeesReport, Reminder, RenewalReport, TrialReport
    from primehelp.walkthrough import Outcome, Screen

SCHEMA_VERSION = 1
_PROBE_JA = "日本語"


# ---------------------------------------------------------------- streams and JSON


def can_encode(stream: TextIO, sample: str = _PROBE_JA) -> bool:
    """Tell whether ``stream`` can carry ``sample`` (Japanese by default)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def jsonable(value: Any, lang: Lang) -> Any:
    """Turn a result into JSON-ready values: texts in ``lang``, dates as ISO strings."""
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: jsonable(getattr(value, field.name), lang)
            for field in dataclasses.fields(value)
        }
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, lang) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, lang) for item in value]
    return value


def _write_json(document: Mapping[str, Any]) -> None:
    import json  # not at the top: human output does not need it

    ascii_only = not can_encode(sys.stdout)
    sys.stdout.write(json.dumps(document, ensure_ascii=ascii_only, indent=2) + "\n")
    sys.stdout.flush()


def emit_json(command: str, lang: Lang, result: Any) -> None:
    """Write the success envelope ``{schema_version, command, lang, data}`` to stdout."""
    _write_json(
        {
            "schema_version": SCHEMA_VERSION,
            "command": command,
            "lang": lang,
            "data": jsonable(result, lang),
        }
    )


def _stderr_lang(lang: Lang) -> Lang:
    """English on a stderr that cannot carry Japanese: a line of '?' helps nobody."""
    return lang if can_encode(sys.stderr) else "en"


def output_lang(lang: Lang, chosen: bool) -> Lang:
    """English when stdout cannot carry Japanese and the user did not choose Japanese.

    With ``--lang ja`` (or PRIMEHELP_LANG=ja) Japanese is printed anyway and the characters
    the stream cannot carry are replaced (``cli.main`` sets ``errors="replace"``).
    """
    if lang == "en" or chosen or can_encode(sys.stdout):
        return lang
    return "en"


def emit_english_note() -> None:
    """Say once, on stderr, why the output is in English."""
    encoding = getattr(sys.stdout, "encoding", None) or "?"
    note = ui("no_japanese", "ui_terminal")(_stderr_lang("ja")).format(encoding=encoding)
    sys.stderr.write(f"primehelp: {note}\n")
    sys.stderr.flush()


def emit_error(command: str, lang: Lang, error: PrimehelpError, as_json: bool) -> None:
    """Write one line on stderr and, with ``--json``, the error envelope on stdout."""
    line_lang = _stderr_lang(lang)
    line = " ".join(error.message(line_lang).split())
    sys.stderr.write(f"primehelp: {ui('error_prefix')(line_lang)}: {line}\n")
    sys.stderr.flush()
    message = " ".join(error.message(lang).split())
    if as_json:
        _write_json(
            {
                "schema_version": SCHEMA_VERSION,
                "command": command,
                "error": {"code": error.code, "message": message},
            }
        )


def emit_interrupted(lang: Lang) -> None:
    """Say in one line that the user interrupted."""
    sys.stderr.write(f"\nprimehelp: {ui('interrupted')(_stderr_lang(lang))}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- Rich building blocks


def _console() -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; the CLI stops quietly and keeps the command's exit code.
            self.quiet = True
            raise BrokenPipeError

    # NO_COLOR (no-color.org): Rich drops colours but keeps bold and italic; drop every escape.
    plain = bool(os.environ.get("NO_COLOR"))
    return _Console(
        highlight=False, emoji=False, markup=False, color_system=None if plain else "auto"
    )


def _heading(title: str, checked: dt.date | None, lang: Lang) -> RenderableType:
    from rich.text import Text as RichText

    heading = RichText(title, style="bold")
    if checked is not None:
        gap = "" if lang == "ja" else "  "
        heading.append(gap + ui("checked_on")(lang).format(date=checked.isoformat()), "dim")
    return heading


def sources_line(facts: Iterable[Fact], lang: Lang) -> str:
    """One line naming the sources of ``facts`` and the latest check date."""
    facts = list(facts)
    seen: dict[str, None] = {}
    for item in facts:
        for source in item.sources:
            seen.setdefault(source, None)
    checked = max(item.checked for item in facts).isoformat()
    separator, gap = ("、", "") if lang == "ja" else ("; ", " ")
    return (
        f"{ui('sources')(lang)}{ui('colon')(lang)}{separator.join(seen)}{gap}"
        f"{ui('checked_on')(lang).format(date=checked)}"
    )


def _dim(line: str) -> RichText:
    from rich.text import Text as RichText

    return RichText(line, style="dim")


def _quoted_labels(labels: Iterable[str]) -> str:
    return " → ".join(f"「{label}」" for label in labels)


# ---------------------------------------------------------------- contact


def _route_cell(route: Route, lang: Lang) -> RenderableType:
    from rich.text import Text as RichText

    cell = RichText()
    cell.append(route.hours(lang), style="bold")
    cell.append("\n" + route.how.text(lang))
    if route.path_ja:
        look_for = ui("look_for")(lang) + ui("colon")(lang)
        cell.append(f"\n{look_for}{_quoted_labels(route.path_ja)}", style="cyan")
    for note in route.notes:
        cell.append(f"\n・{note.text(lang)}", style="italic")
    return cell


def escalation_block(escalation: Escalation, lang: Lang) -> list[RenderableType]:
    """The hotline 188 and the routes behind it, as printable lines."""
    from rich.text import Text as RichText

    lines: list[RenderableType] = [RichText(ui("escalation_title")(lang), style="bold")]
    hotline = RichText("・")
    hotline.append(escalation.hotline.name(lang), style="bold")
    hotline.append(ui("colon")(lang) + escalation.hotline.fact.text(lang))
    lines.append(hotline)
    for route in escalation.routes:
        line = RichText("・")
        line.append(route.name(lang), style="bold")
        line.append(ui("colon")(lang) + route.fact.text(lang))
        lines.append(line)
    facts = [escalation.hotline.fact, *(route.fact for route in escalation.routes)]
    lines.append(_dim(sources_line(facts, lang)))
    return lines


def human_contact(info: ContactInfo, lang: Lang) -> None:
    """Print the contact routes, the dead numbers and the escalation routes."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(ui("contact_title")(lang), info.checked, lang))
    table = Table(show_lines=True, expand=False)
    table.add_column(ui("col_order")(lang), justify="right", no_wrap=True)
    table.add_column(ui("col_route")(lang), style="bold", min_width=6, overflow="fold")
    table.add_column(ui("col_how")(lang), ratio=1, overflow="fold")
    for route in info.routes:
        table.add_row(str(route.order), route.name(lang), _route_cell(route, lang))
    console.print(table)
    console.print(
        f"{ui('contact_page')(lang)}{ui('colon')(lang)}{info.contact_page_url}", soft_wrap=True
    )
    route_facts = [fact for route in info.routes for fact in (route.how, *route.notes)]
    console.print(_dim(sources_line([*route_facts, info.contact_page], lang)))
    console.print()

    warning = RichText()
    warning.append(info.no_published_number.text(lang) + "\n\n")
    warning.append(info.defunct_notice.text(lang) + "\n")
    for number in info.defunct_numbers:
        warning.append(f"  ✗ {number.number}\n", style="bold red")
    warning.append(_dim(sources_line([info.no_published_number, info.defunct_notice], lang)))
    # The title as Rich text, not a str: Panel would parse a str as markup, and that imports
    # rich's emoji table (3 ms at start-up; 19 ms when bytecode is not cached).
    title = RichText(ui("defunct_title")(lang))
    console.print(Panel(warning, title=title, border_style="red", title_align="left"))
    console.print()
    for line in escalation_block(info.escalation, lang):
        console.print(line)
    console.print()
    console.print(_dim(ui("labels_may_change")(lang)), soft_wrap=lang == "ja")
    console.print(_dim(ui("all_sources_hint")(lang)), soft_wrap=lang == "ja")


# ---------------------------------------------------------------- check-number


_VERDICT_STYLE = {"defunct": "bold red", "not_official": "bold yellow", "consumer_hotline": "green"}


def human_check_number(report: NumberReport, lang: Lang) -> None:
    """Print one verdict per number, then what to do instead."""
    from rich.table import Table
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(ui("check_title")(lang), None, lang))
    table = Table(show_lines=False)
    table.add_column(ui("col_number")(lang), no_wrap=True)
    table.add_column(ui("col_verdict")(lang), ratio=1, overflow="fold")
    for check in report.results:
        verdict = RichText(
            ui(f"verdict_{check.verdict.value}")(lang), style=_VERDICT_STYLE[check.verdict.value]
        )
        if check.circulating:
            verdict.append("\n" + ui("circulating_flag")(lang), style="yellow")
        table.add_row(check.normalized, verdict)
    console.print(table)
    if report.advice:
        console.print(RichText(ui("what_to_do")(lang), style="bold"))
        console.print("・" + ui("use_routes")(lang))
        for item in report.advice:
            console.print("・" + item.text(lang))
        console.print(_dim(sources_line(report.advice, lang)))


# ---------------------------------------------------------------- sources


def human_sources(source_list: SourceList, lang: Lang) -> None:
    """Print every fact with its confidence, check date and sources."""
    from rich.table import Table

    console = _console()
    console.print(_heading(ui("sources_title")(lang), None, lang))
    table = Table(show_lines=True)
    table.add_column(ui("col_fact")(lang), ratio=3, overflow="fold")
    table.add_column(ui("col_confidence")(lang), no_wrap=True)
    table.add_column(ui("col_checked")(lang), no_wrap=True)
    table.add_column(ui("sources")(lang), ratio=2, overflow="fold")
    for item in source_list.facts:
        table.add_row(
            f"[{item.id}]\n{item.text(lang)}",
            item.confidence,
            item.checked.isoformat(),
            "\n".join(item.sources),
        )
    console.print(table)
    console.print(_dim(ui("confidence_legend")(lang)))


# ---------------------------------------------------------------- renewal, trial, fees (issue 3)
# (renderers for renewal, trial, fees (issue 3) go here)


def _ur(key: str) -> Text:
    return ui(key, "ui_renewal")


_STATUS_STYLE = {
    "none_past": "bold green",
    "notice_past": "bold yellow",
    "cancel_by_past": "bold red",
    "renewal_past": "bold red",
}


def _days_cell(days: int, lang: Lang) -> str:
    keys = {1: "days_tomorrow", 0: "days_today", -1: "days_yesterday"}
    key = keys.get(days, "days_future" if days > 0 else "days_past")
    return _ur(key)(lang).format(n=abs(days))


def _yen(amount: int | None, lang: Lang) -> str:
    if amount is None:
        return _ur("fee_unknown")(lang)
    return _ur("yen")(lang).format(n=f"{amount:,}")


def _key_dates_table(rows: list[tuple[str, dt.date, int | None]], lang: Lang) -> RenderableType:
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column(_ur("col_what")(lang), overflow="fold")
    table.add_column(_ur("col_date")(lang), overflow="fold")
    table.add_column(_ur("col_when")(lang), justify="right", overflow="fold")
    for label, day, days in rows:
        table.add_row(label, day.isoformat(), "" if days is None else _days_cell(days, lang))
    return table


def _reminder_block(reminder: Reminder, lang: Lang) -> list[RenderableType]:
    from rich.text import Text as RichText

    return [
        RichText(_ur("reminder_title")(lang), style="bold"),
        RichText("・" + reminder.opt_in.text(lang)),
        RichText("・" + reminder.switch_on.text(lang), style="cyan"),
        RichText(f"・{reminder.scam_warning.text(lang)}", style="yellow"),
        RichText(f"{_ur('prime_page')(lang)}{ui('colon')(lang)}{reminder.page_url}"),
        _dim(sources_line([reminder.opt_in, reminder.switch_on, reminder.scam_warning], lang)),
    ]


def _footer(console: Console, lang: Lang) -> None:
    console.print()
    console.print(_dim(ui("labels_may_change")(lang)), soft_wrap=lang == "ja")
    console.print(_dim(ui("all_sources_hint")(lang)), soft_wrap=lang == "ja")


def human_renewal(report: RenewalReport, lang: Lang) -> None:
    """Print the key dates, the status, the upcoming renewals and the reminder-mail note."""
    from rich.table import Table
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(_ur("renewal_title")(lang), None, lang))
    console.print(
        _key_dates_table(
            [
                (_ur("row_today")(lang), report.today, None),
                (_ur("row_notice")(lang), report.notice_date, report.days_until_notice),
                (_ur("row_cancel_by")(lang), report.cancel_by, report.days_until_cancel_by),
                (_ur("row_renewal")(lang), report.renewal_date, report.days_until_renewal),
            ],
            lang,
        )
    )
    status = report.status.value
    console.print(RichText(_ur(f"status_{status}")(lang), style=_STATUS_STYLE[status]))
    if report.upcoming is None and status == "renewal_past":
        console.print(_ur("hint_plan")(lang))
    if report.upcoming and report.upcoming[0].renewal_date != report.renewal_date:
        upcoming = report.upcoming[0].renewal_date
        when = _days_cell((upcoming - report.today).days, lang)
        console.print(_ur("next_renewal")(lang).format(date=upcoming.isoformat(), when=when))
    if report.upcoming is not None and report.plan_name is not None:
        console.print()
        title = _ur("upcoming_title")(lang).format(plan=report.plan_name(lang))
        console.print(RichText(title, style="bold"))
        table = Table(show_lines=False)
        table.add_column(_ur("col_renewal")(lang), overflow="fold")
        table.add_column(_ur("col_notice")(lang), overflow="fold")
        table.add_column(_ur("col_cancel_by")(lang), overflow="fold")
        table.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
        for item in report.upcoming:
            table.add_row(
                item.renewal_date.isoformat(),
                item.notice_date.isoformat(),
                item.cancel_by.isoformat(),
                _yen(item.fee_yen, lang),
            )
        console.print(table)
        console.print(_dim(_ur("fee_note")(lang)))
    if report.explanation is not None:
        console.print()
        console.print(RichText(_ur("explain_title")(lang), style="bold"))
        for sentence in report.explanation:
            console.print("・" + sentence(lang), soft_wrap=lang == "ja")
    console.print()
    for line in _reminder_block(report.reminder, lang):
        console.print(line, soft_wrap=lang == "ja")
    _footer(console, lang)


def human_trial(report: TrialReport, lang: Lang) -> None:
    """Print the estimated end of the free trial and the days to act on before it."""
    from rich.panel import Panel
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(_ur("trial_title")(lang), None, lang))
    console.print(f"{_ur('trial_length')(lang)}{ui('colon')(lang)}{report.trial_length(lang)}")
    console.print(
        _key_dates_table(
            [
                (_ur("row_today")(lang), report.today, None),
                (_ur("row_start")(lang), report.start, None),
                (_ur("row_notice")(lang), report.notice_date, report.days_until_notice),
                (_ur("row_cancel_by")(lang), report.cancel_by, report.days_until_cancel_by),
                (_ur("row_trial_renewal")(lang), report.renewal_date, report.days_until_renewal),
            ],
            lang,
        )
    )
    status = report.status.value
    console.print(RichText(_ur(f"status_{status}")(lang), style=_STATUS_STYLE[status]))
    estimate = RichText(report.estimate.text(lang) + "\n")
    estimate.append(f"{_ur('prime_page')(lang)}{ui('colon')(lang)}{report.reminder.page_url}")
    console.print(
        Panel(
            estimate,
            title=_ur("estimate_title")(lang),
            border_style="yellow",
            title_align="left",
        )
    )
    notes = [report.length, report.cancel_free, report.auto_renew]
    if report.student_limit is not None:
        notes.append(report.student_limit)
    for note in notes:
        console.print("・" + note.text(lang), soft_wrap=lang == "ja")
    console.print(_dim(sources_line([*notes, report.estimate], lang)))
    console.print()
    for line in _reminder_block(report.reminder, lang):
        console.print(line, soft_wrap=lang == "ja")
    _footer(console, lang)


def human_fees(report: FeesReport, lang: Lang) -> None:
    """Print the current fees, annual against monthly, and the fee history."""
    from rich.table import Table
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(_ur("fees_title")(lang), report.checked, lang))
    names = {entry.plan: entry.name(lang) for entry in report.current}
    table = Table(title=_ur("current_title")(lang), title_justify="left", show_lines=False)
    table.add_column(_ur("col_plan")(lang), overflow="fold")
    table.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
    table.add_column(_ur("col_period")(lang), overflow="fold")
    for fee in report.current:
        period = _ur("period_year" if fee.months == 12 else "period_month")(lang)
        table.add_row(fee.name(lang), _yen(fee.fee_yen, lang), period)
    console.print(table)

    console.print(RichText(_ur("comparison_title")(lang), style="bold"))
    for c in report.comparisons:
        n = c.months_until_annual_cheaper
        console.print(
            "・"
            + _ur("comparison_line")(lang).format(
                monthly_name=names[c.monthly_plan],
                annual_name=names[c.annual_plan],
                twelve=f"{c.twelve_months_yen:,}",
                annual=f"{c.annual_yen:,}",
                saving=f"{c.saving_yen:,}",
                percent=f"{c.saving_percent:.1f}",
            ),
            soft_wrap=lang == "ja",
        )
        console.print(
            "  "
            + _ur("break_even_line")(lang).format(
                monthly_name=names[c.monthly_plan],
                annual_name=names[c.annual_plan],
                n=n,
                monthly=f"{c.monthly_yen:,}",
                n_total=f"{n * c.monthly_yen:,}",
                annual=f"{c.annual_yen:,}",
            ),
            soft_wrap=lang == "ja",
        )
    console.print()

    history = Table(title=_ur("history_title")(lang), title_justify="left", show_lines=True)
    history.add_column(_ur("col_plan")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_fee")(lang), justify="right", overflow="fold")
    history.add_column(_ur("col_new_members")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_renewals")(lang), overflow="fold", ratio=2)
    history.add_column(_ur("col_confidence")(lang), overflow="fold")
    for entry in report.history:
        history.add_row(
            entry.name(lang),
            _yen(entry.fee_yen, lang),
            entry.new_members(lang),
            entry.renewals(lang) if entry.renewals is not None else "—",
            entry.fact.confidence,
        )
    console.print(history)
    for note in report.notes:
        console.print("・" + note.text(lang), soft_wrap=lang == "ja")
    facts = [entry.fact for entry in report.history] + list(report.notes)
    console.print(_dim(sources_line(facts, lang)))
    console.print(_dim(ui("all_sources_hint")(lang)))


# ---------------------------------------------------------------- profile (issue 3)
# (renderers for profile (issue 3) go here)


def emit_notice(message: str) -> None:
    """One line on stderr about a side effect (a file written), so stdout stays clean."""
    sys.stderr.write(f"primehelp: {message}\n")
    sys.stderr.flush()


def emit_bytes(data: bytes) -> None:
    """Write ``data`` (a calendar file) to stdout as it is, line ends untouched."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _profile_label(key: str, lang: Lang) -> str:
    return ui(key, "ui_profile")(lang) + ui("colon")(lang)


def human_profile(result: SavedProfile | ClearedProfile, lang: Lang) -> None:
    """Print the saved profile and its file, or what ``--clear`` deleted."""
    from rich.text import Text as RichText

    from primehelp.profile import ClearedProfile

    console = _console()
    if isinstance(result, ClearedProfile):
        key = "cleared" if result.cleared else "nothing_to_clear"
        console.print(ui(key, "ui_profile").format(file=result.path)(lang), soft_wrap=True)
        return
    console.print(_heading(ui("title", "ui_profile")(lang), None, lang))
    saved = result.profile
    if saved is None:
        console.print(ui("nothing_saved", "ui_profile")(lang), soft_wrap=True)
    else:
        plan = (
            ui(f"plan_{saved.plan}", "ui_calendar")(lang)
            if saved.plan is not None
            else ui("plan_unknown", "ui_profile")(lang)
        )
        line = RichText(_profile_label("renewal_date", lang))
        line.append(saved.renewal_date.isoformat(), style="bold")
        console.print(line)
        console.print(_profile_label("plan", lang) + plan)
        if saved.trial:
            console.print(_profile_label("trial", lang) + ui("yes", "ui_profile")(lang))
    console.print(_profile_label("file", lang) + result.path, soft_wrap=True)
    if saved is not None:
        console.print(_dim(ui("how_to_clear", "ui_profile")(lang)), soft_wrap=True)


# ---------------------------------------------------------------- cancel (issue 4)


def _cu(key: str, lang: Lang) -> str:
    """A label from ``ui_cancel.toml``."""
    return ui(key, "ui_cancel")(lang)


def _cancel_situation(plan: CancelPlan, lang: Lang) -> RichText:
    from rich.text import Text as RichText

    branch = plan.branch
    parts = [_cu(f"via_{branch.via.value}", lang)]
    if not plan.at_carrier:
        parts.append(_cu("trial" if branch.trial else "paid", lang))
        parts.append(_cu("student" if branch.student else "regular", lang))
        if not branch.trial:
            used = {True: "benefits_used", False: "benefits_not_used", None: "benefits_unknown"}
            parts.append(_cu(used[branch.benefits_used], lang))
    line = RichText(_cu("situation", lang) + ui("colon")(lang), style="bold")
    line.append(" / ".join(parts) if lang == "en" else "、".join(parts), style="")
    return line


def _cancel_deadline(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    from rich.text import Text as RichText

    deadline = plan.renewal
    if deadline is None:
        return []
    line = RichText(
        _cu("cancel_by", lang).format(
            date=deadline.cancel_by.isoformat(), renewal=deadline.renewal_date.isoformat()
        ),
        style="bold",
    )
    if deadline.days_left > 1:
        left = RichText(_cu("days_left", lang).format(days=deadline.days_left))
    elif deadline.days_left == 1:
        left = RichText(_cu("one_day_left", lang))
    elif deadline.days_left == 0:
        left = RichText(_cu("last_day_today", lang), style="bold yellow")
    else:
        left = RichText(_cu("date_passed", lang), style="bold yellow")
    origin = _dim(_cu(f"renewal_from_{deadline.origin}", lang))
    return [line, left, origin]


def _look_for(labels: Iterable[str], lang: Lang) -> RichText:
    from rich.text import Text as RichText

    line = RichText(_cu("look_for", lang) + ui("colon")(lang))
    line.append(_quoted_labels(labels), style="bold yellow")
    return line


def _cancel_step_cell(step: Step, lang: Lang) -> RichText:
    from rich.text import Text as RichText

    cell = RichText(step.text(lang))
    if step.label_ja:
        cell.append("\n")
        cell.append_text(_look_for(step.path_ja or (step.label_ja,), lang))
    for note in step.notes:
        cell.append(f"\n・{note.text(lang)}")
    return cell


def _cancel_refund(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """Each timing, what it means, and the refund statements that apply to it."""
    from rich.text import Text as RichText

    from primehelp.cancellation import Timing

    if plan.at_carrier:
        return [_cu("carrier_refund", lang)]
    lines: list[RenderableType] = []
    for timing in Timing:
        heading = f"timing_{timing.value}" + ("_trial" if plan.branch.trial else "")
        lines.append(RichText(_cu(heading, lang), style="bold"))
        lines.extend(f"・{item.text(lang)}" for item in plan.consequences if item.timing is timing)
        for statement in plan.refund:
            if statement.timing is not timing:
                continue
            lines.append(f"・{statement.text(lang)}")
    return lines


def _cancel_notes(notes: Iterable[Note], lang: Lang) -> list[RenderableType]:
    return [f"・{note.text(lang)}" for note in notes]


def _cancel_reminder(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    from rich.text import Text as RichText

    if plan.reminder is None:
        return []
    reminder = plan.reminder
    return [
        RichText(_cu("alternative_title", lang), style="bold"),
        _cu("alternative", lang),
        f"・{reminder.opt_in.text(lang)}",
        f"・{reminder.switch_on.text(lang)}",
        f"・{reminder.scam_warning.text(lang)}",
        _look_for((reminder.switch_on_label,), lang),
    ]


def _cancel_links(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """The membership page (the official help is in the labels-may-change note)."""
    return [f"{_cu('membership_page', lang)}{ui('colon')(lang)}{plan.membership_page_url}"]


def _print_all(console: Console, lines: Iterable[RenderableType], lang: Lang) -> None:
    """Print paragraphs; Japanese ones are left to the terminal to wrap.

    Rich wraps at spaces, which breaks a Japanese sentence after a Latin word ("Prime
    Video"); a terminal wraps Japanese at any character, as it should.
    """
    for line in lines:
        console.print(line, soft_wrap=lang == "ja")


def human_cancel(plan: CancelPlan, lang: Lang) -> None:
    """Print the whole procedure for one branch as a numbered list."""
    from rich.table import Table
    from rich.text import Text as RichText

    console = _console()
    console.print(_heading(_cu("cancel_title", lang), plan.checked, lang))
    console.print(_cancel_situation(plan, lang))
    _print_all(console, _cancel_deadline(plan, lang), lang)
    if plan.branch.student:
        _print_all(console, [_dim(_cu("student_labels", lang))], lang)
    console.print()
    console.print(RichText(_cu("steps_title", lang), style="bold"))
    steps = Table.grid(padding=(0, 1))
    steps.add_column(justify="right", no_wrap=True)
    steps.add_column(ratio=1, overflow="fold")
    for step in plan.steps:
        steps.add_row(f"{step.n}.", _cancel_step_cell(step, lang))
    console.print(steps)
    console.print()
    console.print(RichText(_cu("refund_title", lang), style="bold"))
    _print_all(console, _cancel_refund(plan, lang), lang)
    console.print()
    console.print(RichText(_cu("notes_title", lang), style="bold"))
    _print_all(console, _cancel_notes(plan.notes, lang), lang)
    console.print()
    if plan.reminder is not None:
        _print_all(console, _cancel_reminder(plan, lang), lang)
        console.print()
    _print_all(
        console, [*_cancel_links(plan, lang), _dim(sources_line(plan.sourced(), lang))], lang
    )


def human_cancel_outcome(outcome: Outcome, lang: Lang) -> None:
    """Say that the walkthrough was stopped (a finished one has said its last word)."""
    from primehelp.walkthrough import Outcome

    if outcome is Outcome.QUIT:
        _console().print(_cu("quit", lang))


def cancel_screen(screen: Screen, lang: Lang) -> None:
    """Draw one screen of the interactive walkthrough."""
    from rich.rule import Rule
    from rich.text import Text as RichText

    from primehelp import walkthrough as w
    from primehelp.cancellation import NoteKind

    console = _console()
    colon = ui("colon")(lang)
    if isinstance(screen, w.NoticeScreen):
        console.print(RichText(screen.text(lang), style="yellow"))
        return
    console.print()
    if isinstance(screen, w.QuestionScreen):
        _print_all(console, [RichText(screen.question(lang), style="bold")], lang)
        _print_all(console, [f"  {c.key}. {c.label(lang)}" for c in screen.choices], lang)
        return
    plan = screen.plan if not isinstance(screen, w.StepScreen) else None
    if isinstance(screen, w.StepScreen):
        title = _cu("step_of", lang).format(n=screen.step.n, total=screen.total)
        console.print(Rule(title, align="left"))
        if screen.step.label_ja:
            label = RichText(_cu("look_for", lang) + colon)
            label.append(f"「{screen.step.label_ja}」", style="bold reverse")
            console.print(label)
        _print_all(console, [screen.step.text(lang)], lang)
        if len(screen.step.path_ja) > 1:
            console.print(_dim(_quoted_labels(screen.step.path_ja)))
        _print_all(console, [f"・{note.text(lang)}" for note in screen.step.notes], lang)
    elif isinstance(screen, w.IntroScreen) and plan is not None:
        console.print(Rule(_cu("cancel_title", lang), align="left"))
        console.print(_cancel_situation(plan, lang))
        _print_all(console, _cancel_deadline(plan, lang), lang)
        if plan.branch.student:
            _print_all(console, [_dim(_cu("student_labels", lang))], lang)
        _print_all(console, ["", *_cancel_reminder(plan, lang)], lang)
    elif isinstance(screen, w.ConsequencesScreen) and plan is not None:
        console.print(Rule(_cu("consequences_title", lang), align="left"))
        _print_all(console, _cancel_deadline(plan, lang), lang)
        _print_all(console, _cancel_refund(plan, lang), lang)
        effects = plan.notes_of(NoteKind.ADD_ONS, NoteKind.GIFT_CARD)
        _print_all(console, _cancel_notes(effects, lang), lang)
    elif isinstance(screen, w.EndingScreen) and plan is not None:
        console.print(Rule(_cu("ending_title", lang), align="left"))
        closing = plan.notes_of(
            NoteKind.STUDENT, NoteKind.KEEP_SCREENSHOT, NoteKind.LABELS_MAY_CHANGE
        )
        _print_all(console, _cancel_notes(closing, lang), lang)
        _print_all(
            console, [*_cancel_links(plan, lang), _dim(sources_line(plan.sourced(), lang))], lang
        )
        console.print(RichText(_cu("finished", lang), style="bold"))


# ---------------------------------------------------------------- complain (issue 4)
# (renderers for complain (issue 4) go here)


def _message_block(console: Console, message: str) -> None:
    """Print ``message`` between two rules, unwrapped, so selecting it copies clean text."""
    # Rich 15 draws an untitled rule with "─" even where the stream cannot carry it.
    line = "-" if console.options.ascii_only else "─"
    console.rule(style="dim", characters=line)
    console.print(message, soft_wrap=True)
    console.rule(style="dim", characters=line)


def _fact_section(title: str, items: Iterable[tuple[str, Fact]], lang: Lang) -> list[RichText]:
    """A bold title, one bullet per fact (after its bold name, if any), then the sources."""
    from rich.text import Text as RichText

    lines = [RichText(title, style="bold")]
    facts: list[Fact] = []
    for name, item in items:
        line = RichText("・")
        if name:
            line.append(name, style="bold")
            line.append(ui("colon")(lang))
        line.append(item.text(lang))
        lines.append(line)
        facts.append(item)
    lines.append(_dim(sources_line(facts, lang)))
    return lines


def human_complain(complaint: Complaint, lang: Lang, copy: CopyOutcome | None = None) -> None:
    """Print the message to paste (and its Japanese version in English mode), then the kit."""
    from rich.text import Text as RichText

    console = _console()
    topic = complaint.title(lang)
    console.print(RichText(ui("message_title", "ui_complain")(lang).format(topic=topic), "bold"))
    if complaint.placeholders:
        console.print(ui("fill_in_hint", "ui_complain")(lang))
    _message_block(console, complaint.message(lang))
    if lang != "ja" and can_encode(sys.stdout):  # a Japanese copy of '?' helps nobody
        console.print()
        console.print(ui("japanese_version_note", "ui_complain")(lang))
        if complaint.placeholders:
            console.print(ui("japanese_version_fill_in", "ui_complain")(lang))
        _message_block(console, complaint.message("ja"))
    console.print()

    kit = complaint.kit
    colon = ui("colon")(lang)
    console.print(RichText(ui("kit_title", "ui_complain")(lang), style="bold underline"))
    start = _fact_section(
        ui("start_chat_title", "ui_complain")(lang), (("", f) for f in kit.start_chat), lang
    )
    look_for = RichText(f"  {ui('look_for')(lang)}{colon}{_quoted_labels(kit.chat_path_ja)}")
    sections = [
        [*start[:-1], look_for, start[-1]],
        _fact_section(ui("keep_title", "ui_complain")(lang), (("", f) for f in kit.keep), lang),
        _fact_section(
            ui("escalation_title")(lang),
            ((route.name(lang), route.fact) for route in kit.escalation),
            lang,
        ),
        _fact_section(ui("law_title", "ui_complain")(lang), (("", f) for f in kit.law), lang),
    ]
    for section in sections:
        for line in section:
            # Unwrapped: the terminal breaks Japanese anywhere, Rich only at spaces.
            console.print(line, soft_wrap=True)
        console.print()
    console.print(ui("labels_may_change")(lang))
    console.print(f"{ui('contact_page')(lang)}{colon}{kit.contact_page_url}", soft_wrap=True)
    console.print(_dim(ui("all_sources_hint")(lang)))
    if copy is not None:
        report_copy(copy, lang)


def report_copy(outcome: CopyOutcome, lang: Lang) -> None:
    """Say on stderr, in one line, whether the message reached the clipboard."""
    from primehelp.clipboard import tool_names

    if outcome.copied:
        line = ui("copied", "ui_complain")(lang).format(tool=outcome.tool)
    elif outcome.tool is None:
        line = ui("no_clipboard", "ui_complain")(lang).format(tools=", ".join(tool_names()))
    else:
        line = ui("copy_failed", "ui_complain")(lang).format(problem=outcome.problem)
    sys.stderr.write(f"primehelp: {line}\n")
    sys.stderr.flush()
