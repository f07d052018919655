"""The view of ``primehelp cancel`` without a terminal: the whole procedure for one branch.

The interactive walkthrough's screens are in :mod:`primehelp.output.walkthrough`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.cancellation import (
    CancelPlan,
    Condition,
    Note,
    NoteKind,
    RefundStatement,
    Step,
    Timing,
)
from primehelp.facts import Fact, ui
from primehelp.i18n import Lang
from primehelp.output.action import action_lines
from primehelp.output.blocks import Block, Blocks
from primehelp.output.cancel_deadline import cancel_deadline, dated_next, next_deadline
from primehelp.output.cancel_defaults import defaults_line, ended_trial
from primehelp.output.console import (
    console_for,
    dim,
    heading,
    print_all,
    quoted_labels,
    rich_text,
    sources_line,
)
from primehelp.output.label_apart import LabelApart
from primehelp.periods import NOTICE_DAYS_BEFORE
from primehelp.reminder import Act

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RichText

    from primehelp.reminder import TodayAction


def cancel_ui(key: str, lang: Lang) -> str:
    """A label from ``ui_cancel.toml``."""
    return ui(key, "ui_cancel")(lang)


# The flags that answer the questions (``given`` holds those typed, see :func:`cancel_situation`).
_ANSWER_FLAGS = (
    ("trial", frozenset({"--trial", "--paid"})),
    ("student", frozenset({"--student", "--regular"})),
    ("benefits", frozenset({"--benefits-used", "--no-benefits-used"})),
)


def bullet(lang: Lang) -> str:
    """A list item's mark: 「・」 in Japanese, "- " in English (review 36b S 13: 「・」 on English
    screens); both two columns wide, so wrapped lines keep their place."""
    return "・" if lang == "ja" else "- "


def web_flags(given: frozenset[str] | None) -> str:
    """The answer flags typed, kept for `primehelp cancel --via web…` at a carrier (「 --trial
    --student」); a trial's web steps do not depend on the benefits: no such flag (review 25b
    S 12). The same on the piped screen and in the walkthrough (review 36b item 7)."""
    kept = [p for k, p in _ANSWER_FLAGS if k != "benefits" or "--trial" not in (given or ())]
    return "".join(f" {flag}" for pair in kept for flag in sorted(pair) if flag in (given or ()))


def cancel_title(plan: CancelPlan, lang: Lang) -> str:
    """The screen's title: at a carrier, no steps are given, so none are promised."""
    return cancel_ui("cancel_title_carrier" if plan.at_carrier else "cancel_title", lang)


def cancel_situation(
    plan: CancelPlan, lang: Lang, given: frozenset[str] | None = None
) -> list[RenderableType]:
    """The member's situation, one short item a line (where, membership, benefits used).

    ``given`` names the answers the member gave (flags or questions) and the flags typed; None
    when not known (the walkthrough asks every one). What was not given is said to be a default,
    with the option that changes it; at a carrier, the flags typed for the trial, student and
    benefits answers are not used: said once, naming them.
    """
    branch = plan.branch
    colon = ui("colon")(lang)
    items = [("situation_where", cancel_ui(f"via_{branch.via.value}", lang))]
    if not plan.at_carrier:
        kind = cancel_ui("trial" if branch.trial else "paid", lang)
        plan_name = cancel_ui("student" if branch.student else "regular", lang)
        member = "member_kind_renewal_day" if renewal_day(plan) else "member_kind"
        items.append(
            ("situation_member", cancel_ui(member, lang).format(kind=kind, plan=plan_name))
        )
        if not branch.trial:
            used = {True: "benefits_used", False: "benefits_not_used", None: "benefits_unknown"}
            items.append(("situation_benefits", cancel_ui(used[branch.benefits_used], lang)))
    # no space at the line's end (review 36b S 13: "Your situation: ")
    block = rich_text(cancel_ui("situation", lang) + colon.rstrip(), style="bold")
    for key, value in items:
        block.append(f"\n{bullet(lang)}{cancel_ui(key, lang)}{colon}{value}", style="")
    lines: list[RenderableType] = [block]
    if given is None:
        return lines
    # The answers typed, in words (review 18b S 11): they do not change a carrier's steps.
    typed = [cancel_ui(f"carrier_same_{key}", lang) for key, pair in _ANSWER_FLAGS if given & pair]
    if plan.at_carrier and typed:
        last = cancel_ui("options_last", lang) if len(typed) > 1 else ""
        what = cancel_ui("options_sep", lang).join(typed[:-1]) + last + typed[-1]
        lines.append(dim(cancel_ui("carrier_ignores", lang).format(what=what)))
    benefits = sorted(given & _ANSWER_FLAGS[-1][1])  # ignored in a trial: why (review 32b S 7)
    if branch.trial and not plan.at_carrier and benefits:
        # on the day it renews as paid, a fee charged makes the answer count (review 53b item 13)
        key = "trial_benefits_renewal_day" if renewal_day(plan) else "trial_ignores_benefits"
        lines.append(dim(cancel_ui(key, lang).format(flag=benefits[0])))
    defaults = [
        (key, option)
        for key, option in (("via", "--via"), ("trial", "--trial"), ("student", "--student"))
        if key not in given and not (plan.at_carrier and key != "via")
    ]
    ended = ended_trial(plan, given, lang)
    if ended:  # --trial given, its renewal date past: why the paid steps (review 63b item 1)
        lines.append(dim(ended))
    if defaults:
        lines.append(dim(defaults_line(defaults, branch.trial, lang, said_trial=bool(ended))))
    return lines


def shown_action(plan: CancelPlan) -> TodayAction | None:
    """The action as the first lines show it (none at a carrier). Once a paid fee is charged
    (renewal today or past), the two timings and Amazon's refund rules are said once, under
    「終了のタイミングと返金」: the first line keeps only what to do now."""
    if plan.action is None or not charged(plan):
        return plan.action
    return plan.action._replace(then=None, refund_rules=(), refund_rule=None)


def cancel_action(
    plan: CancelPlan, lang: Lang, *, walkthrough: bool = False
) -> list[RenderableType]:
    """What to do today: the first lines (none at a carrier). Once charged, where the timings
    and the refund are said: after the steps, or (``walkthrough``) at the step that chooses."""
    action = shown_action(plan)
    if action is None:
        return []
    lines = action_lines(action, lang)
    long_past = plan.action is not None and plan.action.act is Act.FIND_DATE
    if plan.action and (plan.action.refund_rules or long_past) and charged(plan):
        key = "timing_at_step" if walkthrough else "timing_below"
        lines.append(rich_text(cancel_ui(key, lang)))
    after = next_deadline(plan)  # the next renewal's cancel-by day (review 45b item 5)
    if after is not None:
        lines.append(rich_text(after(lang), style="bold"))
    return lines


def cancel_words(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """Said once, at the top: Amazon's buttons say キャンセル and 会員資格を終了 for 解約."""
    return [rich_text(note.text(lang)) for note in plan.notes_of(NoteKind.AMAZON_WORDS)]


def _look_for(labels: Iterable[str], lang: Lang) -> RichText:
    line = rich_text(cancel_ui("look_for", lang) + ui("colon")(lang))
    line.append(quoted_labels(labels, lang), style="bold yellow")
    return line


def step_sentence(step: Step, lang: Lang, style: str) -> tuple[RichText, bool]:
    """The step's sentence, with its Amazon labels in ``style`` when it quotes them all.

    True when it does: a separate 「選ぶ項目」 line would only repeat them.
    """
    text = rich_text(step.text(lang))
    labels = step.path_ja or ((step.label_ja,) if step.label_ja else ())
    quoted = [f"「{label}」" for label in labels]
    if not quoted or not all(q in text.plain for q in quoted):
        return text, False
    text.highlight_words(quoted, style=style)
    return text, True


def step_notes(step: Step, paid: bool) -> tuple[Fact, ...]:
    """The step's notes; without the trial's label for the button when the member has said
    they are ``paid`` (review 13b S 18: kept when not known, as without --trial/--paid)."""
    return tuple(note for note in step.notes if not (paid and note.id.endswith(".trial_note")))


def _cancel_step_cell(step: Step, lang: Lang, paid: bool, notes: bool = True) -> RichText:
    cell, labelled = step_sentence(step, lang, "bold yellow")
    if step.label_ja and not labelled:
        cell.append("\n")
        cell.append_text(_look_for(step.path_ja or (step.label_ja,), lang))
    for note in step_notes(step, paid) if notes else ():
        cell.append(f"\n{bullet(lang)}{note.text(lang)}")
    return cell


def _step_blocks(step: Step, lang: Lang, paid: bool, prefix: str) -> list[Block]:
    """A step under its number's hanging indent, and each note under it as deep as every other
    note (review 37b item 9, 31b S 15): a note's lines hang under its text; a label that ends a
    sentence wider than the line starts a line of its own, and breaks as any if it must (61b 5)."""
    indent = " " * len(prefix)
    blocks: list[Block] = [(prefix, [LabelApart(_cancel_step_cell(step, lang, paid, False))])]
    blocks.extend((indent, [LabelApart(rich_text(f"{bullet(lang)}{note.text(lang)}"))])
                  for note in step_notes(step, paid))  # fmt: skip
    return blocks


def charged(plan: CancelPlan) -> bool:
    """True when the renewal date given is today or past: the fee has been charged (or, on a
    trial's renewal day, may have been), so ending "on the renewal date" means the *next* one
    (「更新日」 was just defined as that day). A trial past that day is planned as paid."""
    deadline = plan.renewal
    return not (plan.at_carrier or deadline is None or deadline.days_left >= 0)


def renewal_day(plan: CancelPlan) -> bool:
    """True on a free trial's automatic renewal day: still in the trial, or already paid."""
    return plan.branch.trial and charged(plan)


def trial_free(plan: CancelPlan) -> bool:
    """True during a free trial before its last day: either timing costs nothing (said once)."""
    return plan.branch.trial and (plan.renewal is None or plan.renewal.days_left >= 0)


def cancel_refund(
    plan: CancelPlan, lang: Lang, *, said: frozenset[str] = frozenset()
) -> list[RenderableType]:
    """Each timing, what it means, and the refund statements that apply to it, but those in
    ``said`` (ids the screen has already stated, with their sources: said once; a short line
    under 「今すぐ終了する場合」 then says what comes back)."""
    if plan.at_carrier:  # the first lines ask the carrier once the renewal has passed (27b S 7)
        said_first = plan.renewal is not None and plan.renewal.days_left < 0
        return [cancel_ui("carrier_refund_said" if said_first else "carrier_refund", lang)]
    free = trial_free(plan)
    paid_past = charged(plan)
    lines: list[RenderableType] = [cancel_ui("trial_costs_nothing", lang)] if free else []
    # A trial's renewal day: what holds if no fee is charged yet covers both timings: first.
    first = [s for s in plan.refund if renewal_day(plan) and s.condition is Condition.TRIAL]
    lines += [
        s.text(lang) + " " * (lang == "en") + cancel_ui("if_charged_below", lang) for s in first
    ]
    for timing in Timing:
        heading = f"timing_{timing.value}" + ("_trial" if free else "")
        if paid_past and timing is Timing.RENEWAL_DATE:
            heading = "timing_next_renewal_date"
        title = dated_next(plan, heading, lang) if heading == "timing_renewal_date" else None
        lines.append(rich_text(title or cancel_ui(heading, lang), style="bold"))
        lines.extend(
            f"{bullet(lang)}{c.text(lang)}" for c in plan.consequences if c.timing is timing
        )
        skipped = False
        # The part paid by gift card: last under 「今すぐ終了する場合」, after the paid refunds
        # (before what holds if nothing has been charged yet; review 20b S 7); once a screen.
        gift = [
            n.text(lang)
            for n in plan.notes_of(NoteKind.GIFT_CARD)
            if timing is Timing.NOW and n.id not in said
        ]
        for statement in plan.refund:
            if statement.timing is not timing or statement in first:
                continue
            if gift and statement.condition is Condition.TRIAL:
                lines.extend(f"{bullet(lang)}{text}" for text in gift)
                gift = []
            if statement.id in said:
                skipped = True
                continue
            text = _under_heading(statement, lang, free=free)
            if statement.id in _UNDER_HEADING and not free:  # its date (review 62b S 13)
                text = dated_next(plan, _UNDER_HEADING[statement.id], lang)
            if text:
                lines.append(f"{bullet(lang)}{text}")
        if skipped and paid_past and timing is Timing.NOW:
            used = {True: "used", False: "not_used", None: "unknown"}[plan.branch.benefits_used]
            lines.append(f"{bullet(lang)}{cancel_ui(f'charged_now_{used}', lang)}")
        lines.extend(f"{bullet(lang)}{text}" for text in gift)
    return lines


# Refund statements that open with their heading's condition, and the same text without it;
# during a free trial (not its last day) under one line that says neither choice costs anything.
_UNDER_HEADING = {"refunds.renewal_date": "refund_under_next_renewal_date"}
_UNDER_HEADING_FREE = {"trial.cancel_free": "refund_under_trial_end", "refunds.trial_now": ""}


def _under_heading(statement: RefundStatement, lang: Lang, *, free: bool) -> str:
    """The statement as it reads under its timing's heading (other screens show it whole);
    "" when the line above the headings has said it."""
    table = _UNDER_HEADING_FREE if free else _UNDER_HEADING
    key = table.get(statement.id)
    if key is None:
        return statement.text(lang)
    return cancel_ui(key, lang) if key else ""


def cancel_notes(notes: Iterable[Note], lang: Lang) -> list[RenderableType]:
    return [f"{bullet(lang)}{note.text(lang)}" for note in notes]


def cancel_after_steps(
    plan: CancelPlan, lang: Lang, *, screenshot: bool = True
) -> list[RenderableType]:
    """What ends with Prime and the other notes: after the last step (without the screenshot
    note when ``screenshot`` is False: the last step has just said it)."""
    left_out = {NoteKind.AMAZON_WORDS, NoteKind.GIFT_CARD}  # the gift card: with the refunds
    left_out |= set() if screenshot else {NoteKind.KEEP_SCREENSHOT}
    return cancel_notes([note for note in plan.notes if note.kind not in left_out], lang)


def cancel_reminder(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """One short note at the very end, after what keeps billing: the reminder mail, for a
    member who keeps Prime (never an alternative among the cautions)."""
    if plan.reminder is None:
        return []
    running = plan.branch.trial and (plan.renewal is None or plan.renewal.days_left >= 0)
    note = cancel_ui("reminder_note_trial" if running else "reminder_note", lang).format(
        label=plan.reminder.switch_on_label, days=NOTICE_DAYS_BEFORE
    )
    return [rich_text(note)]


def cancel_keeps_billing(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """The short list of what keeps billing after Prime ends: each is cancelled on its own."""
    if not plan.keeps_billing:
        return []
    # One text, printed once: each console.print costs about 0.3 ms, and cancel is near its
    # start-up budget (benchmarks/README.md).
    block = rich_text()
    block.append(cancel_ui("keeps_billing_title", lang), style="bold yellow")
    for note in plan.keeps_billing:
        block.append(f"\n{bullet(lang)}{note.text(lang)}")
    block.append("\n" + cancel_ui("keeps_billing_hint", lang))
    if plan.date_saved:  # the daily check would go on announcing renewals (review 47b item 7)
        block.append("\n\n" + cancel_ui("clear_saved_date", lang))
    return [block]


def cancel_links(plan: CancelPlan, lang: Lang) -> list[RenderableType]:
    """The membership page (the official help is in the labels-may-change note)."""
    return [f"{cancel_ui('membership_page', lang)}{ui('colon')(lang)}{plan.membership_page_url}"]


def human_cancel(
    plan: CancelPlan,
    lang: Lang,
    given: frozenset[str] | None = None,
    saved: str | None = None,
    saved_plan: str | None = None,
) -> None:
    """Print the whole procedure for one branch as a numbered list (``given``: the answers
    the flags gave, see :func:`cancel_situation`; ``saved``: what the saved profile gave;
    ``saved_plan``: the answers a saved paid plan gave, review 48b item 4)."""
    console = console_for(lang)
    if plan.action is not None:
        print_all(console, [*cancel_action(plan, lang), ""])
    console.print(heading(cancel_title(plan, lang), plan.checked, lang))
    print_all(console, cancel_words(plan, lang))
    about = [*cancel_situation(plan, lang, given), *(dim(s) for s in (saved_plan, saved) if s)]
    print_all(console, [*about, *cancel_deadline(plan, lang, saved_said=bool(saved))])
    if plan.branch.student:
        print_all(console, [dim(cancel_ui("student_labels", lang))])
    console.print()
    title = "check_title" if plan.at_carrier else "steps_title"
    console.print(rich_text(cancel_ui(title, lang), style="bold"))
    if plan.at_carrier:  # one explanation, not a numbered step
        console.print(_cancel_step_cell(plan.steps[0], lang, paid=False))
        console.print(cancel_ui("carrier_campaign", lang).format(flags=web_flags(given)))
    else:
        # Each step under a hanging indent: its number stays on the line its text starts on,
        # however narrow the terminal (a table would put 「3.」 on a line of its own).
        number = max(len(f"{step.n}.") for step in plan.steps)
        paid = given is not None and "--paid" in given  # the member said so
        prefixes = [(step, f"{step.n}.".rjust(number) + " ") for step in plan.steps]
        console.print(Blocks(b for s, p in prefixes for b in _step_blocks(s, lang, paid, p)))
    console.print()
    console.print(rich_text(cancel_ui("refund_title", lang), style="bold"))
    # The refund rules the first lines gave (a charge today or just past): not again here.
    action = shown_action(plan)
    said = frozenset(rule.id for rule in action.refund_rules) if action else frozenset()
    print_all(console, cancel_refund(plan, lang, said=said))
    console.print()
    console.print(rich_text(cancel_ui("notes_title", lang), style="bold"))
    # The last step said to keep a screenshot (at a carrier there is no such step).
    print_all(console, cancel_after_steps(plan, lang, screenshot=plan.at_carrier))
    console.print()
    print_all(console, cancel_links(plan, lang))
    console.print()
    print_all(console, cancel_keeps_billing(plan, lang))
    if plan.reminder is not None:
        print_all(console, ["", *cancel_reminder(plan, lang)])
    console.print()  # 出典 apart from the last note (review 53b S 16)
    console.print(dim(sources_line(plan.sourced(), lang)))
