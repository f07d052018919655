"""The view of ``primehelp check-message``: the verdict first, then what to do, then the evidence.

A member in a hurry reads the first lines and stops: the verdict, what to do now, and what to
do if details were already entered. The red flags with their evidence, what was read and what
could not be known come after; the sources last. The no-flag verdict is yellow, never green:
it is not a green light. Everything taken from the message (evidence, links, headers) is
printed as plain text, never as markup.

Every URL taken from the message, and every source, is never wrapped or cut (copied from a
terminal, a folded URL no longer opens): links and sources stand on lines of their own, and a
sentence quoted as evidence stays one text, as the member gave it, its URL moved whole to the
next line only when the width needs it; a line longer than the terminal runs past it. No line
ends in padding spaces, piped or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, cast

from primehelp.facts import cite, ui
from primehelp.i18n import Lang
from primehelp.message_check import FlagKind, one_line
from primehelp.message_headers import envelope_agrees
from primehelp.message_links import is_ip
from primehelp.output.blocks import Block, Blocks
from primehelp.output.bullets import bullet
from primehelp.output.console import console_for, rich_text, sentence_date, url_text
from primehelp.output.flag_detail import (
    count_said,
    flag_reason,
    flag_start,
    flag_title,
    lookalike_notes,
)
from primehelp.output.flag_quotes import reference_labels, referred_reason
from primehelp.output.flag_refs import SENTENCES as _SENTENCES
from primehelp.output.flag_refs import (
    domains_said,
    lookalikes_joined,
    merged,
    punycode_domain,
    shown_flags,
)
from primehelp.output.idn_reason import joined_limits
from primehelp.output.message_auth_lines import auth_row
from primehelp.output.message_auth_lines import checks_named as _checks_named
from primehelp.output.message_lines import (
    address_owned,
    envelope_rows,
    labelled,
    message_ui,
    quote_marked,
    read_as,
    read_ui,
)
from primehelp.output.message_lines import lines as _lines
from primehelp.output.message_lines import numbered as _numbered
from primehelp.output.message_lines import quoted as _quoted
from primehelp.output.message_lines import reason_lines as _reason_lines
from primehelp.output.message_link import all_listed, link_rows, link_signs
from primehelp.output.message_steps import if_given, steps_as_shown
from primehelp.output.scam_note import note_of_sign, scam_note

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text as RichText

    from primehelp.message import MessageCheck
    from primehelp.number_check import NumberCheck

_UI = "ui_message"
# The notes that say pictures were not read: 「本文の文字には…」, never 「本文には…」 (47a, 5)
_REPORT = "message.advice.report"  # the advice that is also a step when details were entered
_ENTERED_REPORT = "message.entered.report"  # that step
_GIFT_CARD_REPORT = "message.entered.gift_card"  # that step first, after a gift-card request


def _section(title: str) -> Block:
    return "", [rich_text("\n" + title, style="bold")]


LISTED_ONLY = "message.limit.more_links"  # kept in the JSON's could_not_know (additive only)
NOTICE = "message.limit.payment_notice"  # …and a payment notice, no sign (review 62m, item 6)


def _bullets(texts: Iterable[str], lang: Lang) -> Iterator[Block]:
    for text in texts:  # "- " in English (review 45a item 13)
        yield bullet(lang), [rich_text(text)]


def _verdict(result: MessageCheck, lang: Lang, gap: str = "") -> Block:
    if result.red_flags:
        return "", [rich_text(gap + "✗ " + result.verdict_text(lang), style="bold red")]
    return "", [rich_text(gap + result.verdict_text(lang), style="bold yellow")]


def _flags(result: MessageCheck, lang: Lang) -> Iterator[Block]:
    count = len(shown_flags(result.red_flags))  # a merged sign is not counted (review20a 3)
    yield _section(message_ui("flags_found", lang).format(count=count))
    numbers = {number.input: number for number in result.phone_numbers}
    colon = ui("colon")(lang)
    items: list[tuple[RichText, list[RenderableType]]] = []
    quoted: dict[str, int] = {}  # a sentence quoted under a sign, and that sign's number
    threats: dict[str, int] = {}  # a sentence quoted above, and the suspension sign naming it
    place: dict[str, tuple[int, int]] = {}  # its place under that sign, how many it quotes
    notes = lookalike_notes(result.red_flags, lang)  # one look-alike domain's (56a, item 5)
    link_texts = {one_line(x.shown) for x in (*result.all_links, *result.links) if x.shown}
    for flag in lookalikes_joined(result.red_flags):  # one look-alike reason (38a, item 14)
        index, alone = len(items) + 1, not merged(flag, quoted)
        pieces: list[Sequence[RenderableType]] = []
        referred: list[int] = []  # the signs whose quote this one's evidence is, in turn
        placed: list[tuple[int, int, int]] = []  # 「兆候7の2つ目の文面」 (review 59m, item 8)
        own = sum(found not in quoted for found in (flag.evidence, *flag.more_evidence))
        for found in (flag.evidence, *flag.more_evidence):
            if flag.kind in _SENTENCES and found in quoted:  # quoted once: then referred to
                referred.append(quoted[found])  # in the reason: 「兆候1の文面は、…」
                placed.append((quoted[found], *place[found]))
                if flag.kind is FlagKind.THREATENS_SUSPENSION:
                    threats[found] = index
                continue
            if flag.kind in _SENTENCES:
                quoted[found] = index
                place[found] = (len(pieces) + 1, own)
            number = numbers.get(found) if flag.kind is FlagKind.PHONE_NUMBER else None
            if flag.kind is FlagKind.AUTHENTICATION_FAILED:  # 「SPF=softfail、DMARC=fail」
                found = _checks_named(found, lang)
            if flag.kind in _SENTENCES:  # 「…」: where the message's words end is plain
                found = f"「{found}」" if lang == "ja" else f"“{found}”"
            labelled_number = flag.count == 1  # 「電話番号：…」 first (review 59m, S 17)
            piece: list[RenderableType] = (
                _phone(number, lang, "cyan", labelled_number) if number else [*_quoted(found)]
            )
            marked = quote_marked(found, flag.glossed, link_texts, lang)  # 61m 3, 63m 12
            if flag.kind in _SENTENCES and marked:  # 「…」（リンクの文字）, 「…」 and its gloss
                piece = marked
            if " " in flag.domain and (note := notes.get(found)):  # its own, under it (56a 5)
                piece = [*piece, rich_text(note)]
            pieces.append(piece)
        encoded, only_domain = punycode_domain(flag, lang)  # 「xn--….co.jp（表示上は「…」）」
        if only_domain or (flag.domain and flag.count == 1 and flag.evidence == flag.domain):
            pieces = []  # the domain, on its line below: not twice (review 27a, S 17)
        noted = flag.kind is FlagKind.SCAM_SUBJECT and bool(referred)
        if noted:  # its note under those signs
            for sign in dict.fromkeys(referred):  # under the suspension sign that names the
                mine = [q for q, n in quoted.items() if n == sign]  # quote (35a, item 5)
                under = next((threats[q] for q in mine if q in threats), sign)
                held = (flag.evidence, *flag.more_evidence)  # only these matched (56a, 1)
                note = scam_note(mine, lang, held=held)
                if under != sign:  # 「兆候1の文面は、…にも似ています。」 (review 59m, item 4)
                    note = note_of_sign(note, sign, lang)
                items[under - 1][1].extend(_reason_lines(note, lang))
            if not alone:
                continue
        # Several pieces: one bullet each (「（2件）」 counts what is seen; 「兆候1の文面は、」)
        body: list[RenderableType] = [*pieces[0]] if len(pieces) == 1 else []
        if len(pieces) > 1:
            body.append(Blocks([(bullet(lang), piece) for piece in pieces]))
        if (hidden := flag.count - 1 - len(flag.more_evidence)) > 0:  # 「ほかに2,995件」: 53a, 18
            more = message_ui("more_evidence", lang).format(count=f"{hidden:,}")
            body.append(rich_text(more, "dim"))
        if flag.kind is FlagKind.PHONE_NUMBER:  # the number and its verdict, then the reason
            body.append(rich_text(flag.reason(lang)))  # as every sign's (review 59m, S 17)
        else:
            refers = [] if flag.kind is FlagKind.SCAM_SUBJECT else reference_labels(placed, lang)
            reason = flag_reason(flag, lang)  # 「「アマゾン.jp」は、…」 (also in --json)
            if noted:  # the 2025〜26 sentence is above: 「この文面も、…」 (review 31a, item 4)
                reason = scam_note([q for q, n in quoted.items() if n == index], lang, too=True)
            body.extend(_reason_lines(referred_reason(reason, refers, len(pieces), lang), lang))
        head = flag_title(flag, lang)  # 「…・紛らわしい文字」, 「パスワードの要求」
        start = flag_start(flag, lang)  # 「名前はamazon.co.jpで始まりますが、…」 (25a, S 10)
        if start:
            body.insert(0, rich_text(start))
        elif flag.domain:  # on a line of its own: a label is never broken to fit it beside
            label = message_ui("flag_ip" if is_ip(flag.domain) else "flag_domain", lang)
            body.insert(0, rich_text(label + colon + (encoded or domains_said(flag, lang))))
        shown = flag.count - len(referred)  # a quote of another sign's is counted there
        head += count_said(shown, lang)  # 「（2件）」, 「（5,000件以上）」 at the cap (47a, 15.3)
        items.append((rich_text(head, "bold"), body))
    yield from _numbered(items)


def _steps(result: MessageCheck, lang: Lang, reported_above: bool = False) -> Iterator[Block]:
    """The steps; reporting, already told in full above (``reported_above``), refers to it; the
    card step says the ways of the steps' heading, as --json does (message_steps)."""
    texts = [
        message_ui("report_above" if step.id == _ENTERED_REPORT else "report_above_gift_card", lang)
        if reported_above and step.id in (_ENTERED_REPORT, _GIFT_CARD_REPORT)
        # the advice above says how: not said twice
        else step.text(lang)
        for step in steps_as_shown(result)
    ]
    yield from _numbered([(rich_text(text), []) for text in texts])


def _phone(
    number: NumberCheck, lang: Lang, style: str = "", label: bool = False
) -> list[RenderableType]:
    """The number (``label``: after 「電話番号：」), then check-number's verdict on it in one
    sentence, under a hanging indent (a line that wraps continues under its text)."""
    circulating = number.circulating and number.verdict.value == "not_official"
    verdict = ui(f"number.{'circulating' if circulating else number.verdict.value}")(lang)
    said = _number(number, lang)
    if label:
        said = read_ui("read.phone", lang) + ui("colon")(lang) + said
    return [rich_text(said, style), Blocks([("→ ", [rich_text(verdict, style)])])]


def _number(number: NumberCheck, lang: Lang, sign: int = 0) -> str:
    """A number as written, then as usually written (「0120899543（0120-899-543）」, as
    check-number shows it: review 40a, S 22, a tel: link's digits), then the sign it is under."""
    from primehelp.number_check import usual_form

    form = usual_form(number)
    if form and sign:
        return number.input + read_ui("read.see_flag_with_form", lang).format(
            form=form, number=sign
        )
    if sign:
        return number.input + read_ui("read.see_flag", lang).format(number=sign)
    if form:
        return f"{number.input}（{form}）" if lang == "ja" else f"{number.input} ({form})"
    return number.input


def _read_rows(result: MessageCheck, lang: Lang) -> Iterator[tuple[str, Sequence[RenderableType]]]:
    yield (
        read_ui("read.as", lang),
        [rich_text(line) for line in read_as(result, lang).split("\n")],
    )
    headers = result.headers
    if headers.forwarded_by or headers.forwarded_inline:  # the attached mail's (38a, 8)
        key = "read.inline_forward" if headers.forwarded_inline else "read.attached_mail"
        key += "" if headers.forwarded_by else "_pasted"  # a forward pasted (r53, 44a 4)
        said = read_ui(key, lang).format(sender=headers.forwarded_by)
        label = "read.forwarded" if headers.forwarded_by else "read.written_in_body"  # 50a 9
        yield read_ui(label, lang), [rich_text(said)]
    if headers.attached_mail:  # attached to a mail that claims Amazon itself (47a, item 2)
        said = read_ui("read.attached_only", lang).format(sender=headers.attached_mail)
        yield read_ui("read.attached_label", lang), [rich_text(said)]
    if headers.subject:
        yield read_ui("read.subject", lang), _lines(headers.subject)
    if headers.from_name or headers.from_address:
        sender = f"{headers.from_name} <{headers.from_address}>" if headers.from_name else ""
        yield read_ui("read.from", lang), _lines(sender or headers.from_address)
    for address in headers.reply_to:
        yield read_ui("read.reply_to", lang), _lines(address)
    if headers.return_path:  # 「（受信したサーバーの記録でも同じドメイン）」 (56a, item 4)
        outside = any(f.kind is FlagKind.RETURN_PATH_OUTSIDE for f in result.red_flags)
        agrees = outside and envelope_agrees(headers)  # said of a sign's address only
        agrees_said = read_ui("read.envelope_agrees", lang) if agrees else ""
        yield read_ui("read.return_path", lang), _lines(headers.return_path + agrees_said)
    yield from envelope_rows(headers, lang)  # from Authentication-Results (52a, item 7)
    if result.authentication:  # its label in its lines: results under the first (50a 17)
        label = read_ui("read.authentication", lang) + ui("colon")(lang)
        yield "", auth_row(result.authentication, label, lang)
    hosted = _flag_numbers(result, FlagKind.HOSTING_SERVICE)
    yield from link_rows(result, lang, hosted)  # one target once, with its texts (50a S 21)
    signs = link_signs(result.red_flags)  # 「兆候2」 as a link's (review 61m, item 7)
    for address in result.email_addresses:  # whose domain, as a link's (review 27a, 3)
        yield read_ui("read.address", lang), _lines(address_owned(address, result, lang, signs))
    flagged = _flag_numbers(result)
    for number in result.phone_numbers:
        if number.input in flagged:  # its verdict is under that flag: 「（見つかった兆候1）」
            shown = _number(number, lang, flagged[number.input])
            yield read_ui("read.phone", lang), [rich_text(shown)]
        else:
            yield read_ui("read.phone", lang), _phone(number, lang)


def _flag_numbers(result: MessageCheck, kind: FlagKind = FlagKind.PHONE_NUMBER) -> dict[str, int]:
    """Each phone number (or domain) shown under a red flag, with that flag's number."""
    shown: dict[str, int] = {}
    for index, flag in enumerate(shown_flags(result.red_flags), start=1):
        if flag.kind is kind:
            for found in (flag.evidence, *flag.more_evidence, flag.domain or flag.evidence):
                shown.setdefault(found, index)
    return shown


def _what_was_read(result: MessageCheck, lang: Lang) -> Iterator[Block]:
    yield _section(message_ui("what_was_read", lang))
    colon = ui("colon")(lang)
    for label, lines in _read_rows(result, lang):
        if not label:  # a row that holds its label (the sender checks)
            yield bullet(lang), lines
            continue
        first = rich_text(label + colon, style="dim")
        head, *rest = lines
        if not getattr(head, "no_wrap", True):  # a short value follows its label
            yield bullet(lang), [labelled(first, label, cast("RichText", head), lang), *rest]
            continue
        yield bullet(lang), [first, *lines]  # a URL, or the lines of a phone number's verdicts
    # a javascript:/data: link (review 40a, item 5): a link, though no web page's
    signs = enumerate(shown_flags(result.red_flags), start=1)
    index = next((at for at, flag in signs if flag.kind is FlagKind.NON_WEB_LINK), 0)
    not_web = [link.target for link in result.links if not link.is_web]  # each (45a, item 6)
    for target in not_web:
        said = read_ui("read.not_web_link", lang).format(target=target, number=index)
        line = rich_text()  # its label dim, as every label above (review 61m, item 11)
        line.append(read_ui("read.link", lang) + colon, "dim")
        yield bullet(lang), [line.append_text(rich_text(said))]
    if not (result.links or result.email_addresses or result.phone_numbers or not_web):
        from primehelp.output.message_nothing import nothing_key  # never an all-clear of the unread

        yield bullet(lang), [rich_text(read_ui(nothing_key(result), lang))]
    # not all links listed, all checked: said here, not as a limit of the check (53a, item 19)
    # …unless every link is listed or counted in the folded lines (review 57a, item 3)
    if not all_listed(result, _flag_numbers(result, FlagKind.HOSTING_SERVICE)):
        notes = (n.text(lang) for n in result.could_not_know if n.id == LISTED_ONLY)
        yield from _bullets(notes, lang)
    yield from _bullets((n.text(lang) for n in result.could_not_know if n.id == NOTICE), lang)


def _sources(result: MessageCheck, lang: Lang, width: int) -> list[Block]:
    """「出典：」, each source on a row of its own, indented as every other screen's list
    indents it (:func:`~primehelp.output.source_rows.indent_for`), no separators, then the date
    they were checked."""
    from rich.cells import cell_len

    from primehelp.output.linebreak import URL
    from primehelp.output.source_rows import indent_for

    facts = (*result.advice, *result.if_details_entered)
    sources = dict.fromkeys(
        (
            *(source for flag in result.red_flags for source in flag.sources),
            *(source for fact in facts for source in fact.sources),
            *(source for note in result.could_not_know for source in note.sources),
        )
    )
    checked = max(fact.checked for fact in facts)
    date = sentence_date(checked, lang)
    cited = [cite(source, lang) for source in sources]
    heading = rich_text(f"\n{ui('sources')(lang)}{ui('colon')(lang)}".rstrip(), "dim")
    said = rich_text(ui("sources_checked")(lang).format(date=date).strip(" 。"), "dim")
    if lang == "ja":
        said.append("。")
    rows: list[Block] = []
    for c in cited:
        url = URL.match(c)
        indent = indent_for(cell_len(url.group() if url else c), width)
        rows.append((" " * indent, [url_text(c, "dim")]))
    return [("", [heading]), *rows, ("", [said])]


def human_check_message(result: MessageCheck, lang: Lang) -> None:
    """Print the verdict, what to do, the red flags, what was read and what could not be known.

    When the member said they already entered details (``--entered-details``), the steps for
    that come first as what to do now; a verdict without red flags follows them, worded so that
    it does not reassure, then the advice."""
    blocks = (
        _entered_first(result, lang) if result.entered_details else _verdict_first(result, lang)
    )
    if result.red_flags:
        blocks.extend(_flags(result, lang))
    blocks.extend(_what_was_read(result, lang))
    blocks.append(_section(message_ui("could_not_know", lang)))
    notes = [note for note in result.could_not_know if note.id not in (LISTED_ONLY, NOTICE)]
    blocks.extend(_bullets(joined_limits(notes, lang), lang))
    console = console_for(lang)
    blocks.extend(_sources(result, lang, console.width))
    # One print: each call of Console.print measures the terminal again (about 0.3 ms).
    console.print(Blocks(blocks))


def _verdict_first(result: MessageCheck, lang: Lang) -> list[Block]:
    urgent = result.red_flags or result.if_details_entered
    advice = "what_to_do_now" if urgent else "how_to_check"
    blocks: list[Block] = [_verdict(result, lang), _section(message_ui(advice, lang))]
    blocks.extend(_bullets((fact.text(lang) for fact in result.advice), lang))
    if result.if_details_entered:  # steps to take now, before the evidence for the verdict
        blocks.append(_section(message_ui(if_given(result), lang)))
        reported = any(fact.id == _REPORT for fact in result.advice)
        blocks.extend(_steps(result, lang, reported_above=reported))
    return blocks


def _entered_first(result: MessageCheck, lang: Lang) -> list[Block]:
    """The steps as what to do now; the verdict (red) before them, or (none) after them."""
    blocks: list[Block] = []
    if result.red_flags:
        blocks.append(_verdict(result, lang))
    else:  # why the steps come first, before the verdict that must not reassure
        blocks.append(("", [rich_text(message_ui("entered_headline", lang), style="bold")]))
    blocks.append(_section(message_ui("what_to_do_entered", lang)))  # review 52a, item 5
    # A message asking for a call: the card step says 「伝えたり」 too, as without the flag (29a, 6).
    blocks.extend(_steps(result, lang))
    if not result.red_flags:
        blocks.append(_verdict(result, lang, gap="\n"))
    advice = "also_do" if result.red_flags else "how_to_check"
    blocks.append(_section(message_ui(advice, lang)))
    # Reporting to Amazon is one of the steps above: not said twice.
    kept = (fact for fact in result.advice if fact.id != _REPORT)
    blocks.extend(_bullets((fact.text(lang) for fact in kept), lang))
    return blocks
