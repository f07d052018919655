"""The view of ``primehelp complain``: the message to paste, then the kit."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from primehelp.clipboard import CopyOutcome, tool_names
from primehelp.facts import Fact, ui
from primehelp.i18n import Lang, Text
from primehelp.output.bullets import bullet
from primehelp.output.console import (
    console_for,
    dim,
    quoted_labels,
    rich_text,
    says_the_path,
    sentence_date,
    sources_line,
)
from primehelp.output.envelope import can_encode, to_stderr

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console
    from rich.text import Text as RichText

    from primehelp.complaint import Complaint
    from primehelp.i18n import Text as I18nText


def _message_block(console: Console, message: str) -> None:
    """Print ``message`` between two rules, unwrapped, so selecting it copies clean text."""
    # Rich 15 draws an untitled rule with "─" even where the stream cannot carry it.
    line = "-" if console.options.ascii_only else "─"
    console.rule(style="dim", characters=line)
    console.print(message, soft_wrap=True)
    console.rule(style="dim", characters=line)


def _title_lines(template: str, topic: str, console: Console) -> list[str]:
    """The heading on one line when it fits, else broken before its parenthesis, which then
    stays whole: 「チャットに貼り付ける問い合わせ文」 / 「（返金を問い合わせる場合）」 for every
    topic (review 24a, S 19)."""
    from rich.cells import cell_len

    heading = template.format(topic=topic)
    head, bracket, _ = template.partition("{topic}")
    opening = head.rstrip()[-1:] if bracket else ""
    if cell_len(heading) <= console.width or opening not in ("（", "("):
        return [heading]
    cut = len(head.rstrip()) - 1
    return [heading[:cut].rstrip(), heading[cut:]]


def _fact_section(
    title: str, items: Iterable[tuple[str, Fact]], lang: Lang, said: dt.date
) -> list[RichText]:
    """A bold title, one bullet per fact (after its bold name, if any), then the sources (their
    check date unless it is ``said``, the one the screen states once at its end)."""
    lines = [rich_text(title, style="bold")]
    facts: list[Fact] = []
    for name, item in items:
        line = rich_text(bullet(lang))  # "- " in English (review 45a item 13)
        if name:
            line.append(name, style="bold")
            line.append(ui("colon")(lang))
        line.append(item.text(lang))
        lines.append(line)
        facts.append(item)
    lines.append(dim(sources_line(facts, lang, said)))
    return lines


# The one field left unfilled as two ready lines to keep one of, not as a ［］ part.
_TWO_LINES = "benefits_used"


def _fill_in_hints(unfilled: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The keys of the line above the message and of the one above its Japanese version: 「［］の
    部分を…書き換え」 only while a ［］ part is left; with only the benefits' two lines left, to
    delete one of them (review 43a, S 27: the hint asked to fill in parts that were not there);
    with both, both, naming the two lines (review 61a R3)."""
    if not unfilled:
        return None, None
    if set(unfilled) == {_TWO_LINES}:
        return "fill_in_benefits_only", "japanese_version_benefits_only"
    if _TWO_LINES in unfilled:
        return "fill_in_both", "japanese_version_both"
    return "fill_in_hint", "japanese_version_fill_in"


def human_complain(
    complaint: Complaint,
    lang: Lang,
    copy: CopyOutcome | None = None,
    beside: I18nText | None = None,
) -> None:
    """Print the message to paste (and its Japanese version in English mode), then the kit;
    ``beside``: a warning about what the letter says, just above it (review 49a, item 17)."""
    console = console_for(lang)
    title = ui("message_title", "ui_complain")(lang)
    for heading in _title_lines(title, complaint.title(lang), console):
        console.print(rich_text(heading, "bold"))
    console.print(dim(ui("not_wrapped", "ui_complain")(lang)))
    hint, japanese_hint = _fill_in_hints(complaint.placeholders)
    if hint:
        console.print(ui(hint, "ui_complain")(lang))
    if beside is not None:
        console.print(rich_text(_sentence(beside(lang), lang)))
    _message_block(console, complaint.message(lang))
    if lang != "ja" and can_encode(sys.stdout):  # a Japanese copy of '?' helps nobody
        console.print()
        console.print(ui("japanese_version_note", "ui_complain")(lang))
        if japanese_hint:
            console.print(ui(japanese_hint, "ui_complain")(lang))
        _message_block(console, complaint.message("ja"))
    console.print()
    kit = complaint.kit
    # one check date for the screen, once at its end (review 37a item 13: it was under every block)
    said = max(
        fact.checked
        for fact in (
            *complaint.refund,
            *kit.start_chat,
            *kit.keep,
            *(route.fact for route in kit.escalation),
            *kit.law,
        )
    )
    if complaint.refund:  # --[no-]benefits-used: what ending it now gives back
        title = ui("refund_title", "ui_complain")(lang)
        lines = _fact_section(title, (("", f) for f in complaint.refund), lang, said)
        if complaint.refund_note is not None:  # first: the charge entered is not what they refund
            lines.insert(1, rich_text(bullet(lang) + complaint.refund_note(lang)))
        for line in lines:
            console.print(line)
        console.print()

    colon = ui("colon")(lang)
    console.print(rich_text(ui("kit_title", "ui_complain")(lang), style="bold underline"))
    start = _fact_section(
        ui("start_chat_title", "ui_complain")(lang), (("", f) for f in kit.start_chat), lang, said
    )
    if not any(says_the_path(f.text(lang), kit.chat_path_ja) for f in kit.start_chat):
        # The labels under the bullet that starts the chat (the first), not under the last.
        path = quoted_labels(kit.chat_path_ja, lang, kit.chat_path_steps)
        start.insert(2, rich_text(f"  {ui('look_for')(lang)}{colon}{path}"))
    keep = _fact_section(
        ui("keep_title", "ui_complain")(lang), (("", f) for f in kit.keep), lang, said
    )
    if complaint.topic == "cancel":  # the steps first (review 56a, S 14)
        keep.insert(1, rich_text(bullet(lang) + ui("cancel_steps", "ui_complain")(lang)))
    sections = [
        start,
        keep,
        _fact_section(
            ui("escalation_title")(lang),
            ((route.name(lang), route.fact) for route in kit.escalation),
            lang,
            said,
        ),
        _fact_section(ui("law_title", "ui_complain")(lang), (("", f) for f in kit.law), lang, said),
    ]
    for section in sections:
        for line in section:
            console.print(line)
        console.print()
    console.print(ui("labels_may_change")(lang))
    console.print(f"{ui('contact_page')(lang)}{colon}{kit.contact_page_url}")
    console.print(dim(ui("checked_sentence")(lang).format(date=sentence_date(said, lang))))
    console.print(dim(ui("all_sources_hint")(lang)))
    if copy is not None:
        report_copy(copy, lang)


def _sentence(said: str, lang: Lang) -> str:
    """A warning written for stderr's 「primehelp: warning: …」 as a line of its own: in English,
    a capital and a full stop."""
    if lang == "ja" or not said:
        return said
    return said[0].upper() + said[1:] + ("" if said.endswith((".", "?")) else ".")


def report_copy(outcome: CopyOutcome, lang: Lang, as_json: bool = False) -> Text | None:
    """Say on stderr, in one line, whether the message reached the clipboard; the warning said
    when it did not (``as_json``: pointing to the JSON's message, not to a message "above" that
    is not shown, review 63a, R-minor 6), for data.warnings."""
    if outcome.copied:
        to_stderr(f"primehelp: {ui('copied', 'ui_complain')(lang).format(tool=outcome.tool)}")
        return None
    suffix = "_json" if as_json else ""
    if outcome.tool is None:  # a warning too (small fixes, item 3)
        words = ui("no_clipboard" + suffix, "ui_complain")
        said = Text(*(words(each).format(tools=", ".join(tool_names())) for each in ("ja", "en")))
    else:  # a warning, as the house style (50a 11)
        problem = outcome.problem
        words = ui("copy_failed" + suffix, "ui_complain")
        said = Text(
            *(
                words(each).format(problem="" if problem is None else problem(each))
                for each in ("ja", "en")
            )
        )
    to_stderr(f"primehelp: {ui('warning_prefix')(lang)}: {said(lang)}")
    return said
