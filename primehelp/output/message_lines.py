"""``check-message``: the pieces of its screen that hold the message's own words (a URL never
wrapped, a quote kept whole) and its numbered signs; moved out of :mod:`check_message`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Lang
from primehelp.message_headers import address_domain
from primehelp.message_links import link_spans
from primehelp.message_sites import other_country_domain
from primehelp.output.blocks import Block
from primehelp.output.console import url_text
from primehelp.output.member_text import member_text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text as RichText

    from primehelp.message import MessageCheck
    from primehelp.message_read import Headers

_UI = "ui_message"
_READ_UI = "ui_message_read"  # the 「読み取った内容」 rows: split out of ui_message by job
_GLUED = frozenset(("→", "←"))  # an arrow before a URL stays on the URL's line


def message_ui(key: str, lang: Lang) -> str:
    """A label of ``data/ui_message.toml`` in ``lang``."""
    return ui(key, _UI)(lang)


def read_ui(key: str, lang: Lang) -> str:
    """A label of ``data/ui_message_read.toml`` (the 「読み取った内容」 section) in ``lang``."""
    return ui(key, _READ_UI)(lang)


def quote_marked(
    found: str, glossed: Sequence[tuple[str, str, str]], link_texts: set[str], lang: Lang
) -> list[RenderableType]:
    """A sign's quote ``found`` (「…」) and the note after it, or none: 「（リンクの文字）」 for the
    text of a link, on its last line when it fits (review 61m, item 3); for the sentence that makes
    Amazon's own words a sign (``glossed``: :attr:`primehelp.message_check.RedFlag.glossed`), those
    words as the note under it names them, on a line of its own:
    「（「カードの有効期限が切れています」に続けて、期限を切っています）」 (review 63m, item 12)."""
    from primehelp.i18n import VALUE_CLOSE, VALUE_OPEN, quoted_values
    from primehelp.message_check import one_line
    from primehelp.output.console import rich_text

    quote = found[1:-1]
    if one_line(quote) in link_texts:
        *lines, last = quoted(found)
        return [*lines, Marked(last, rich_text(read_ui("read.link_text_quoted", lang)))]
    said = list(dict.fromkeys(f"{VALUE_OPEN}{w}{VALUE_CLOSE}" for q, w, _ in glossed if q == quote))
    if not said:
        return []
    key = next(k for q, _, k in glossed if q == quote)
    words = ("や" if lang == "ja" else " and ").join(said)
    gloss = quoted_values(read_ui(f"scam_own_quote.{key}", lang).format(word=words), lang)
    return [*quoted(found), rich_text(gloss)]


def lines(text: str, style: str = "") -> list[RichText]:
    """Text taken from the message: each URL in it on a line of its own, never wrapped; the
    rest broken between words (:func:`member_text`)."""
    found: list[RichText] = []
    at, glued = 0, ""
    for start, end in link_spans(text, None):
        before = text[at:start].strip()
        if before in _GLUED:
            glued = before + " "
        elif before:
            found.append(member_text(before, style))
        found.append(url_text(glued + text[start:end], style))
        at, glued = end, ""
    rest = text[at:].strip()
    if rest or not found:
        found.append(member_text(rest, style))
    return found


def numbered(items: Sequence[tuple[RichText, Sequence[RenderableType]]]) -> Iterator[Block]:
    """Numbered items, 「1.」「2.」 as in charge and contact (a bare 「3 2段階認証」 reads as
    「32段階」): the head on the number's line, the body indented under it."""
    width = len(str(len(items)))
    for number, (head, body) in enumerate(items, start=1):
        yield f"{number:>{width}}. ", [head]
        if body:
            yield " " * (width + 2), body


def quoted(evidence: str) -> list[RichText]:
    """Evidence as the member gave it: one line of the message stays one text, wrapped only
    at the width (a URL in it is never broken); a URL alone is never wrapped nor cut."""
    spans = list(link_spans(evidence, None))
    if len(spans) == 1 and spans[0] == (0, len(evidence)):
        return lines(evidence, "cyan")
    if _one_token(evidence):  # 「smtp.mailfrom=amazon-co-jp.support-prime.top」 whole, as a URL
        return [url_text(evidence, "cyan")]  # (review 62m, item 8: cut inside 「prime」 at 40)
    return [member_text(evidence, "cyan")]


def _one_token(evidence: str) -> bool:
    """An address or a ``key=value`` of a header, in Latin letters and with no space: one
    token a member reads or copies as one, never cut."""
    return evidence.isascii() and any(c in evidence for c in "=@") and not evidence.split()[1:]


def reason_lines(reason: str, lang: Lang) -> list[RichText]:
    """A sign's reason, a line each: the line of the words that matched (「一致した語句：「…」」)
    holds the message's own words, broken between words as a quote is (review 40a, item 9:
    「お支払│い方法」 at 40 columns); the other lines are primehelp's own text."""
    from primehelp.output.console import rich_text

    matched = message_ui("flag.matched", lang).split("{words}")[0]
    return [
        member_text(line) if line.startswith(matched) else rich_text(line)
        for line in reason.split("\n")
    ]


class Marked:
    """A quote and a short note after it (「（リンクの文字）」): the note on the quote's last line
    when it fits there, else on a line of its own, never broken (review 61m, item 3)."""

    def __init__(self, text: RichText, mark: RichText) -> None:
        self.text, self.mark = text, mark

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        *lines, last = self.text.wrap(console, options.max_width)
        yield from lines
        if cell_len(last.plain.rstrip() + self.mark.plain) <= options.max_width:
            last = last.copy()
            last.rstrip()
            last.append_text(self.mark)
            yield last
            return
        yield last
        yield self.mark


class Labelled:
    """A label and the short value after it on one line (「件名：…」); a value that does not fit
    after its label starts the next line, as a long address does (review 24a, S 11: it was
    broken after the label's line was full, 「・差出人：ショップ花子 - Amazon│マーケットプレイス」).

    ``keep``: how many characters at the start of the value stay whole (a link's domain before
    its note 「（Amazon以外のドメイン）」); the rest may wrap, so the domain stays on the label's
    line and only the note goes on (review 52a, item 28: 「・リンク：」 was left alone on its line).
    None: the whole value is kept whole; 0: none of it (a subject, wrapped after its label,
    review 53a, item 24: 「・件名：」 was left alone on its line although part of it fit)."""

    def __init__(
        self, label: RichText, value: RichText, joined: RichText, keep: int | None = None
    ) -> None:
        self.label, self.value, self.joined, self.keep = label, value, joined, keep

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.cells import cell_len

        width = options.max_width
        if cell_len(self.joined.plain) <= width:
            yield self.joined
            return
        beside = self.joined.wrap(console, width)[0].plain.rstrip()  # what fits on its line
        if self.keep == 0 and len(beside) > len(self.label.plain):  # a subject (53a, item 24)
            yield self.joined
            return
        if self.keep:
            head = len(self.label.plain) + self.keep
            wrapped = self.joined.wrap(console, width)
            at = wrapped[0].plain.rstrip()
            english = self.joined.plain[head:].isascii()  # broken at its spaces
            # the note broken at a clause, 「…ですが、│ここからは…」; never 「Amazon以外の│ドメイン」
            if len(at) >= head and (english or at.endswith(("、", "，"))):
                yield self.joined
                return
            if cell_len(self.joined.plain[:head]) <= width:  # the note on the next line
                from primehelp.output.console import rich_text

                first, rest = rich_text(), rich_text()
                first.append_text(self.joined[:head])
                rest.append_text(self.joined[head:])
                rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")) :]  # 「 <…>」: 53a 24
                yield first
                yield rest
                return
        yield self.label
        yield self.value


def labelled(first: RichText, label: str, head: RichText, lang: Lang) -> Labelled:
    """A 「読み取った内容」 row's label (``first``, styled) and the short value after it: only
    the label in its style, as on a row whose value is below it (review 61m, item 11: the whole
    line was dim, its wrapped part too)."""
    joined = type(head)("")  # broken as the value is
    joined.append(first.plain, first.style)
    joined.append_text(head)
    return Labelled(first, head, joined, kept_whole(label, head, lang))


def envelope_rows(headers: Headers, lang: Lang) -> Iterator[tuple[str, list[RichText]]]:
    """A 返送先 row for each envelope sender read from Authentication-Results (no Return-Path
    header names it): its sign said 返送先, the summary had no such line (review 52a, item 7)."""
    from primehelp.message_headers import envelope_senders
    from primehelp.output.console import rich_text

    for sender in envelope_senders(headers):
        said = read_ui("read.envelope_sender", lang).format(sender=sender)
        yield read_ui("read.return_path", lang), [rich_text(said)]


_WHOLE_DOMAIN = (
    "read.link",
    "read.domain_in_text",
    "read.form_target",
    "read.address",
    "read.return_path",  # an address, then 「（受信したサーバーの記録でも…）」 (56a, item 4)
)


def kept_whole(label: str, value: RenderableType, lang: Lang) -> int | None:
    """How much of a 「読み取った内容」 row's value stays whole on its label's line
    (:class:`Labelled`): a link's or an address's domain, before its note 「（…）」."""
    plain = getattr(value, "plain", "")
    if label == read_ui("read.subject", lang):  # on its label's line, wrapped (53a, item 24)
        return 0
    if label == read_ui("read.from", lang):  # the name; a long address below it (53a, 24)
        at = plain.rfind(" <")
        return at if at > 0 else None
    if label == read_ui("read.as", lang):  # 「ヘッダー付きのメール」, then 「（文字コード：…）」
        at = plain.find("（" if lang == "ja" else " ·")
        return at if at > 0 else None
    if label not in {read_ui(key, lang) for key in _WHOLE_DOMAIN}:
        return None
    at = plain.find("（" if lang == "ja" else " (")
    return at if at > 0 else None


# Python's codec names as people write them; any other name is shown in capitals.
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "shift_jis": "Shift_JIS",
    "iso2022_jp_ext": "ISO-2022-JP",
    "iso2022_jp_2": "ISO-2022-JP",
    "iso-2022-jp": "ISO-2022-JP",
}


def read_as(result: MessageCheck, lang: Lang) -> str:
    """What was read and in which character encoding: 「テキスト（文字コード：UTF-8）」; a second
    line (after "\\n") when a character set was guessed."""
    kind = read_ui(f"read.kind_{result.input_kind.value}", lang)
    names = [n for n in result.encoding.split(",") if n not in ("", "-", "?")]
    if not names:  # "?": a mail part that declares no character set
        return read_ui("read.kind_no_charset", lang).format(kind=kind)
    for mark, how in (("?", "read_as"), ("meta:", "by_meta")):  # 40a S 17, 42a item 16
        if all(n.startswith(mark) for n in names):
            said = dict.fromkeys(
                _ENCODING_NAMES.get(n[len(mark) :], n[len(mark) :].upper()) for n in names
            )
            encoding = ("、" if lang == "ja" else ", ").join(said)
            return read_ui(f"read.kind_{how}", lang).format(kind=kind, encoding=encoding)
    names = [n.removeprefix("?").removeprefix("meta:") for n in names]
    from primehelp.message_read import known_charset

    shown = dict.fromkeys(_ENCODING_NAMES.get(n.lower(), n.upper()) for n in names)
    encoding = ("、" if lang == "ja" else ", ").join(shown)
    line = read_ui("read.kind_and_encoding", lang).format(kind=kind, encoding=encoding)
    if all(known_charset(n) for n in names):
        return line
    # an unknown one: read by guessing (37a, 18), said on a line of its own (49a, item 12)
    return f"{line}\n{read_ui('read.charset_guessed', lang)}"


def address_owned(
    address: str, result: MessageCheck, lang: Lang, signs: tuple[dict[str, int], dict[str, int]]
) -> str:
    """An address and whose domain it is at, as a link is said to be, with the sign about it
    (``signs``: output.message_link.link_signs), as a link's and a number's (review 61m, 7):
    「help@amazon-support.jp（Amazon以外のドメイン。兆候2）」."""
    domain = address_domain(address)
    host = next((found for found in result.domains if found.host == domain), None)
    targets, domains = signs
    found = [targets.get(address)]
    if host is not None and not host.is_amazon:
        found.append(domains.get(host.registrable_domain))
    sign = min((n for n in found if n is not None), default=None)
    if host is None or address.count("@") > 1:  # whose, not told (review 48a, item 3)
        return address + (read_ui("read.see_flag", lang).format(number=sign) if sign else "")
    owner = read_ui("read.amazon" if host.is_amazon else "read.not_amazon", lang)
    if not host.is_amazon and other_country_domain(host.registrable_domain):  # 38a, item 9
        owner = read_ui("read.not_listed", lang)
    if sign is not None:
        owner = read_ui("read.with_sign", lang).format(owner=owner, number=sign)
    return f"{address}（{owner}）" if lang == "ja" else f"{address} ({owner})"
