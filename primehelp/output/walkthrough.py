"""The screens of the interactive ``primehelp cancel`` walkthrough.

Its own module: only the walkthrough imports :mod:`primehelp.walkthrough` (start-up time)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from primehelp import walkthrough as w
from primehelp.facts import ui
from primehelp.i18n import Lang, Text
from primehelp.output.blocks import Blocks
from primehelp.output.cancel import (
    bullet,
    cancel_action,
    cancel_after_steps,
    cancel_keeps_billing,
    cancel_links,
    cancel_refund,
    cancel_reminder,
    cancel_situation,
    cancel_title,
    cancel_ui,
    cancel_words,
    step_notes,
    step_sentence,
    web_flags,
)
from primehelp.output.cancel_deadline import cancel_deadline
from primehelp.output.console import (
    console_for,
    dim,
    print_all,
    quoted_labels,
    rich_text,
    sources_line,
)
from primehelp.output.label_apart import LabelApart
from primehelp.walkthrough import Outcome, Screen

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    from rich.console import Console

    from primehelp.cancellation import RenewalDeadline

    # The line a saved profile adds under the situation, for the deadline a screen shows.
    # (the deadline, and the trial and Student answers)
    SavedNote: TypeAlias = Callable[[RenewalDeadline | None, bool, bool], Text | None]

    from primehelp.cancellation import CancelPlan


def show_prompt(prompt: Text, lang: Lang) -> None:
    """Write ``prompt`` (it ends in 「> 」), the answer is typed after it; on a terminal narrower
    than the prompt, the keys in brackets go on a line of their own, or the text wraps as every
    line does, the 「> 」 ending the last line."""
    from rich.cells import cell_len

    console = console_for(lang)
    text = prompt(lang)
    # 「番号を入力してください」, then 「（b：戻る、q：中断）> 」 on a line of its own
    question, bracket, keys = text.partition("（" if lang == "ja" else " (")
    if cell_len(text) < console.width:
        sys.stdout.write(text)
    elif bracket and cell_len(bracket + keys) < console.width:
        console.print(rich_text(question))
        sys.stdout.write(bracket.strip() + keys)
    else:
        console.print(rich_text(text.rstrip()), end="")
        sys.stdout.write(text[len(text.rstrip()) :])
    sys.stdout.flush()


def urgent_line(line: Text, lang: Lang) -> None:
    """The action for today, before the first question (review 45b S 15), as the first line of
    every plan screen is styled. No blank line after it: the screen that follows starts with
    one (review 48b item 11: two)."""
    console_for(lang).print(rich_text(line(lang), style="bold yellow"))


def note_line(line: Text, lang: Lang) -> None:
    """What the saved profile answered, before the first screen (review 46b item 4)."""
    print_all(console_for(lang), [rich_text(line(lang), style="dim")])


def human_cancel_outcome(outcome: Outcome, lang: Lang, stopped: Text) -> None:
    """Say that the walkthrough was stopped, in the words ``stopped`` (a finished one has said
    its last word)."""
    if outcome is Outcome.QUIT:
        console_for(lang).print(stopped(lang))


def cancel_screen(
    screen: Screen,
    lang: Lang,
    saved: SavedNote | None = None,
    typed: frozenset[str] = frozenset(),
) -> None:
    """Draw one screen of the interactive walkthrough; ``saved``: the line a saved profile
    adds under the situation, for the deadline shown (review 33b S 7); ``typed``: the answer
    flags typed (「--trial」「--student」), which a carrier's page names and keeps in its
    command as the piped screen does (review 36b item 7: it dropped them)."""
    console = console_for(lang)
    colon = ui("colon")(lang)
    if isinstance(screen, w.NoticeScreen):
        console.print(rich_text(screen.text(lang), style="yellow"))
        return
    console.print()
    if isinstance(screen, w.QuestionScreen):
        print_all(console, [rich_text(screen.question(lang), style="bold")])
        # A choice wider than the line continues under its own text, not under its number.
        console.print(Blocks((f"  {c.key}. ", [rich_text(c.label(lang))]) for c in screen.choices))
        return
    plan = screen.plan
    if isinstance(screen, w.StepScreen):
        if screen.intro:
            _intro(console, plan, lang, saved, typed)
            console.print()
        title = (
            cancel_ui("check_title", lang)  # at a carrier: one explanation, not a step
            if plan.at_carrier
            else cancel_ui("step_of", lang).format(n=screen.step.n, total=screen.total)
        )
        _titled_rule(console, title)
        sentence, labelled = step_sentence(screen.step, lang, "bold reverse")
        if screen.step.label_ja and not labelled:  # the path the sentence does not quote
            label = rich_text(cancel_ui("look_for", lang) + colon)
            path = screen.step.path_ja or (screen.step.label_ja,)
            label.append(quoted_labels(path, lang), style="bold reverse")
            console.print(label)
        # a label that ends a line too wide starts a line of its own (review 61b item 5)
        print_all(console, [LabelApart(sentence)])
        notes = step_notes(screen.step, screen.paid)
        print_all(console, [LabelApart(rich_text(f"{bullet(lang)}{n.text(lang)}")) for n in notes])
        if plan.at_carrier:
            key = "carrier_campaign_back" if screen.via_asked else "carrier_campaign"
            print_all(console, [cancel_ui(key, lang).format(flags=web_flags(typed))])
        if screen.step.decision:  # what each timing means and the refund, where it is chosen
            print_all(console, ["", *cancel_refund(plan, lang)])
    elif isinstance(screen, w.IntroScreen):
        _intro(console, plan, lang, saved, typed)
    else:
        _titled_rule(console, cancel_ui("ending_title", lang))
        if plan.at_carrier:  # no step chooses the timing: the refund note, first of the notes
            print_all(console, [f"{bullet(lang)}{line}" for line in cancel_refund(plan, lang)])
        # The last step said to keep a screenshot: not again here.
        print_all(console, cancel_after_steps(plan, lang, screenshot=plan.at_carrier))
        print_all(console, [*cancel_links(plan, lang), "", *cancel_keeps_billing(plan, lang)])
        if plan.reminder is not None:  # one short note, the very last before the sources
            print_all(console, ["", *cancel_reminder(plan, lang)])
        console.print()  # 出典 apart from the last note (review 53b S 16)
        console.print(dim(sources_line(plan.sourced(), lang)))
        console.print(rich_text(cancel_ui("finished", lang), style="bold"))


def _intro(
    console: Console,
    plan: CancelPlan,
    lang: Lang,
    saved: SavedNote | None,
    typed: frozenset[str],
) -> None:
    """What to do today, Amazon's words for cancelling, the situation, the deadline if known;
    under the situation, what the saved date is when it matters (as the piped screen says it).
    At a carrier, the answer flags typed are named as not changing its guidance, as on the
    piped screen (review 36b item 7); elsewhere the walkthrough asked what they did not give."""
    _titled_rule(console, cancel_title(plan, lang))
    print_all(console, [*cancel_action(plan, lang, walkthrough=True), *cancel_words(plan, lang)])
    note = None if saved is None else saved(plan.renewal, plan.branch.trial, plan.branch.student)
    given = typed | {"via"} if plan.at_carrier else None  # where: given or asked
    situation = cancel_situation(plan, lang, given)
    print_all(console, [*situation, *([dim(note(lang))] if note else [])])
    print_all(console, cancel_deadline(plan, lang, saved_said=note is not None))
    if plan.branch.student:
        print_all(console, [dim(cancel_ui("student_labels", lang))])


def _titled_rule(console: Console, title: str) -> None:
    """A rule with the screen's title in it, or, when the title does not fit beside the rule's
    ends (「プライム会員の解約（携帯電話会社のプ …」 at 40: review 21b, 2), a plain rule and the
    title under it, broken between phrases."""
    from rich.cells import cell_len
    from rich.rule import Rule

    if cell_len(title) + 6 <= console.width:
        console.print(Rule(title, align="left"))
        return
    console.print(Rule())
    print_all(console, [rich_text(title, style="bold")])
