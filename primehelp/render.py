"""All output: human text through Rich, and the versioned JSON envelope.

This is the only module that imports Rich, and it does so inside the functions that draw,
so ``--json`` and errors never pay for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
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
    from primehelp.contact import ContactInfo, Route
    from primehelp.errors import PrimehelpError
    from primehelp.escalation import Escalation
    from primehelp.phone import NumberReport
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


def emit_error(command: str, lang: Lang, error: PrimehelpError, as_json: bool) -> None:
    """Write one line on stderr and, with ``--json``, the error envelope on stdout."""
    message = " ".join(error.message(lang).split())
    sys.stderr.write(f"primehelp: {ui('error_prefix')(lang)}: {message}\n")
    sys.stderr.flush()
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
    sys.stderr.write(f"\nprimehelp: {ui('interrupted')(lang)}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- Rich building blocks


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, emoji=False, markup=False)


def _heading(title: str, checked: dt.date | None, lang: Lang) -> RenderableType:
    from rich.text import Text as RichText

    heading = RichText(title, style="bold")
    if checked is not None:
        heading.append(f"  ({ui('checked_on')(lang).format(date=checked.isoformat())})", "dim")
    return heading


def sources_line(facts: Iterable[Fact], lang: Lang) -> str:
    """One line naming the sources of ``facts`` and the latest check date."""
    facts = list(facts)
    seen: dict[str, None] = {}
    for item in facts:
        for source in item.sources:
            seen.setdefault(source, None)
    checked = max(item.checked for item in facts).isoformat()
    separator = "、" if lang == "ja" else "; "
    return (
        f"{ui('sources')(lang)}{ui('colon')(lang)}{separator.join(seen)} "
        f"({ui('checked_on')(lang).format(date=checked)})"
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
        cell.append(f"\n{ui('look_for')(lang)}: {_quoted_labels(route.path_ja)}", style="cyan")
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
    console.print(f"{ui('contact_page')(lang)}: {info.contact_page_url}", soft_wrap=True)
    route_facts = [fact for route in info.routes for fact in (route.how, *route.notes)]
    console.print(_dim(sources_line([*route_facts, info.contact_page], lang)))
    console.print()

    warning = RichText()
    warning.append(info.no_published_number.text(lang) + "\n\n")
    warning.append(info.defunct_notice.text(lang) + "\n")
    for number in info.defunct_numbers:
        warning.append(f"  ✗ {number.number}\n", style="bold red")
    warning.append(_dim(sources_line([info.no_published_number, info.defunct_notice], lang)))
    console.print(
        Panel(warning, title=ui("defunct_title")(lang), border_style="red", title_align="left")
    )
    console.print()
    for line in escalation_block(info.escalation, lang):
        console.print(line)
    console.print()
    console.print(_dim(ui("labels_may_change")(lang)))
    console.print(_dim(ui("all_sources_hint")(lang)))


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


# ---------------------------------------------------------------- profile (issue 3)
# (renderers for profile (issue 3) go here)


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
    if deadline.days_left > 0:
        line.append(" " + _cu("days_left", lang).format(days=deadline.days_left))
    elif deadline.days_left == 0:
        line.append(" " + _cu("last_day_today", lang), style="bold yellow")
    else:
        line.append(" " + _cu("date_passed", lang), style="bold yellow")
    origin = _dim(_cu(f"renewal_from_{deadline.origin}", lang))
    return [line, origin]


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
        lines.append(RichText(_cu(f"timing_{timing.value}", lang), style="bold"))
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
    return [
        RichText(_cu("alternative_title", lang), style="bold"),
        plan.reminder.text(lang),
        _look_for((plan.reminder_label_ja,), lang),
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
        console.print(_dim(_cu("student_labels", lang)))
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
    _print_all(console, _cancel_links(plan, lang), lang)
    console.print(_dim(sources_line(plan.sourced(), lang)))


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
        console.print(RichText(screen.question(lang), style="bold"))
        for choice in screen.choices:
            console.print(f"  {choice.key}. {choice.label(lang)}")
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
            console.print(_dim(_cu("student_labels", lang)))
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
        _print_all(console, _cancel_links(plan, lang), lang)
        console.print(_dim(sources_line(plan.sourced(), lang)))
        console.print(RichText(_cu("finished", lang), style="bold"))


# ---------------------------------------------------------------- complain (issue 4)
# (renderers for complain (issue 4) go here)
