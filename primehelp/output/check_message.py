"""The view of ``primehelp check-message``: the verdict first, then what to do, then the evidence.

A member in a hurry reads the first lines and stops: the verdict, what to do now, and what to
do if details were already entered. The red flags with their evidence, what was read and what
could not be known come after; the sources last. The no-flag verdict is yellow, never green: it is not a green light. Everything taken
from the message (evidence, links, headers) is printed as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.message_check import FlagKind
from primehelp.output.console import console_for, dim, rich_text, sources_text

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RichText

    from primehelp.message import Link, MessageCheck
    from primehelp.number_check import NumberCheck

_UI = "ui_message"


def message_ui(key: str, lang: Lang) -> str:
    """A label of ``data/ui_message.toml`` in ``lang``."""
    return ui(key, _UI)(lang)


def _numbered(items: list[tuple[RichText, RichText | None]]) -> Iterator[RenderableType]:
    """Numbered items: the head on the number's line, the body indented under it.

    Rich's Padding rather than a table: rich.table (and the fractions it imports) cost
    check-message's start-up about 5 ms, and nothing here needs columns.
    """
    from rich.padding import Padding

    width = len(str(len(items)))
    for number, (head, body) in enumerate(items, start=1):
        line = rich_text(f"{number:>{width}} ")
        line.append_text(head)
        yield line
        if body is not None:
            yield Padding(body, (0, 0, 0, width + 1), expand=False)


def _section(title: str) -> RenderableType:
    return rich_text("\n" + title, style="bold")


def _verdict(result: MessageCheck, lang: Lang) -> RenderableType:
    if result.red_flags:
        return rich_text("✗ " + result.verdict_text(lang), style="bold red")
    return rich_text(result.verdict_text(lang), style="bold yellow")


def _bullets(texts: Iterable[str]) -> Iterator[RenderableType]:
    for text in texts:
        yield rich_text("・" + text)


def _flags(result: MessageCheck, lang: Lang) -> Iterator[RenderableType]:
    yield _section(message_ui("flags_found", lang).format(count=len(result.red_flags)))
    numbers = {number.input: number for number in result.phone_numbers}
    items: list[tuple[RichText, RichText | None]] = []
    for flag in result.red_flags:
        shown = []
        for found in (flag.evidence, *flag.more_evidence):
            number = numbers.get(found) if flag.kind is FlagKind.PHONE_NUMBER else None
            shown.append(_phone(number, lang) if number else found)
        body = rich_text("\n".join(shown), style="cyan")
        hidden = flag.count - len(shown)
        if hidden > 0:
            body.append("\n" + message_ui("more_evidence", lang).format(count=hidden), style="dim")
        body.append("\n" + flag.reason(lang), style="")
        head = message_ui(f"flag.{flag.kind.value}", lang)
        if flag.count > 1:
            head += message_ui("flag_count", lang).format(count=flag.count)
        items.append((rich_text(head, "bold"), body))
    yield from _numbered(items)


def _entered(result: MessageCheck, lang: Lang) -> Iterator[RenderableType]:
    yield _section(message_ui("if_entered", lang))
    yield from _numbered([(rich_text(step.text(lang)), None) for step in result.if_details_entered])


def _link(link: Link, lang: Lang) -> str:
    owner = message_ui("read.amazon" if link.is_amazon else "read.not_amazon", lang)
    shown = f"{message_ui('read.shown_as', lang)} {link.shown} → " if link.shown else ""
    domain = link.registrable_domain
    if link.host_decoded != link.host:
        domain = f"{link.host_decoded} · {domain}"
    opening, closing = ("（", "）") if lang == "ja" else (" (", ")")
    return f"{shown}{link.target} → {domain}{opening}{owner}{closing}"


def _phone(number: NumberCheck, lang: Lang) -> str:
    verdict = ui(f"verdict_{number.verdict.value}")(lang)
    if number.circulating:
        verdict += " / " + ui("circulating_flag")(lang)
    return f"{number.input} → {verdict}"


def _read_rows(result: MessageCheck, lang: Lang) -> Iterator[tuple[str, str]]:
    kind = message_ui(f"read.kind_{result.input_kind.value}", lang)
    yield message_ui("read.as", lang), f"{kind} · {result.encoding}"
    headers = result.headers
    if headers.subject:
        yield message_ui("read.subject", lang), headers.subject
    if headers.from_name or headers.from_address:
        sender = f"{headers.from_name} <{headers.from_address}>" if headers.from_name else ""
        yield message_ui("read.from", lang), sender or headers.from_address
    for address in headers.reply_to:
        yield message_ui("read.reply_to", lang), address
    if headers.return_path:
        yield message_ui("read.return_path", lang), headers.return_path
    if result.authentication:
        checks = ", ".join(f"{found.method}={found.result}" for found in result.authentication)
        yield message_ui("read.authentication", lang), checks
    for link in result.links:
        yield message_ui("read.link", lang), _link(link, lang)
    for address in result.email_addresses:
        yield message_ui("read.address", lang), address
    for number in result.phone_numbers:
        yield message_ui("read.phone", lang), _phone(number, lang)


def _what_was_read(result: MessageCheck, lang: Lang) -> Iterator[RenderableType]:
    yield _section(message_ui("what_was_read", lang))
    colon = ui("colon")(lang)
    for label, value in _read_rows(result, lang):
        line = rich_text("・")
        line.append(label + colon, style="dim")
        line.append(value)
        yield line
    if not (result.links or result.email_addresses or result.phone_numbers):
        yield rich_text("・" + message_ui("read.nothing", lang))


def _sources(result: MessageCheck, lang: Lang) -> RenderableType:
    facts = (*result.advice, *result.if_details_entered)
    sources = [
        *(source for flag in result.red_flags for source in flag.sources),
        *(source for fact in facts for source in fact.sources),
        *(source for note in result.could_not_know for source in note.sources),
    ]
    return dim("\n" + sources_text(sources, max(fact.checked for fact in facts), lang))


def human_check_message(result: MessageCheck, lang: Lang) -> None:
    """Print the verdict, what to do, the red flags, what was read and what could not be known."""
    from rich.console import Group

    console = console_for(lang)
    lines: list[RenderableType] = [_verdict(result, lang)]
    lines.append(_section(message_ui("what_to_do_now", lang)))
    lines.extend(_bullets(fact.text(lang) for fact in result.advice))
    if result.if_details_entered:  # steps to take now, before the evidence for the verdict
        lines.extend(_entered(result, lang))
    if result.red_flags:
        lines.extend(_flags(result, lang))
    lines.extend(_what_was_read(result, lang))
    lines.append(_section(message_ui("could_not_know", lang)))
    lines.extend(_bullets(note.text(lang) for note in result.could_not_know))
    lines.append(_sources(result, lang))
    # One print: each call of Console.print measures the terminal again (about 0.3 ms).
    console.print(Group(*lines))
