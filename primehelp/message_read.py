"""Read a message as pasted or saved: decode it, then find its links, addresses and numbers.

Pure functions: bytes or text in, a :class:`Reading` out; nothing is printed, fetched or opened.
A raw e-mail (``.eml``) is parsed with the standard library's :mod:`email` (MIME parts,
quoted-printable and base64, ISO-2022-JP, Shift_JIS/cp932, UTF-8); HTML parts are reduced to
text and links with :mod:`html.parser`, keeping the text shown on each link and its real target.
Binary input is refused, a stray NUL byte dropped; plain text is read by :mod:`.message_decode`.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles each string annotation
# into a ForwardRef (start-up, round 51); only names imported for type checking are strings.

import unicodedata
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from primehelp.errors import BadInput, megabytes
from primehelp.i18n import Text
from primehelp.message_decode import UTF16_BOMS, looks_binary, refuse_documents, undeclared
from primehelp.message_decode import decode_text as decode_text  # read from here too
from primehelp.message_inline import read_forward  # Outlook's, and pasted (r53, 44a 4)
from primehelp.message_mailbox import addresses, decoded_addresses, sender
from primehelp.message_parts import attached_or_own, attachment_names, cut_off, whole_base64
from primehelp.message_parts import is_html as is_html
from primehelp.message_parts import pictures_only as pictures_only  # an image as body: 59m 9
from primehelp.message_saved import is_email, saved_mail, saved_page, without_trace_lines
from primehelp.message_saved import summarised as summarised  # Gmail's summary (48a, item 1)

if TYPE_CHECKING:
    from email.message import Message

# Phishing SMS and mails are a few kilobytes; Amazon's own HTML mails about 100 KB. A .eml with
# attachments can reach the 25 MB many providers allow, but attachments are not examined, so a
# mail over 10 MiB is refused rather than half-read: reading stays well under a second (the
# benchmark reads 1 MB in ~0.1 s) and the limit is one clear line, not a silent truncation.
MAX_INPUT_BYTES = 10 * 1024 * 1024
# Real mails nest MIME parts a handful of levels deep (a forward of a forward: under 10). The
# standard library parses nesting recursively and fails with RecursionError at 500-1,000 levels,
# so deeper nesting is refused, with this limit named, whether or not the parser got through it.
MAX_MIME_DEPTH = 100

_SJIS = ("shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j")
_CHARSET_ALIASES = {
    **dict.fromkeys(_SJIS, "cp932"),
    **dict.fromkeys(("euc-jp", "x-euc-jp"), "euc_jp"),
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-2022-jp-2": "iso2022_jp_2",
    "us-ascii": "utf-8",
}
# Between the parts of a mail (its plain text, its HTML): a blank line, so that no sentence runs
# from the end of one into the start of the next (review 36a, item 14: the plain part's last
# line, a URL, was quoted with the HTML part's first sentence, as if the HTML showed it).
PART_BREAK = "\n\n"


def _has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (a byte the decoder kept): what does not encode
    as UTF-8, checked without a pattern compiled at start-up."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Kind(StrEnum):
    """What the input was."""

    EMAIL = "email"
    TEXT = "text"
    HTML = "html"  # a saved page (.html): read as a mail's HTML part is (review 38a, item 1)


class RawLink(NamedTuple):
    """A link as found: the text shown for it (HTML only) and where it really goes."""

    shown: str | None
    target: str
    form: bool = False  # a form's send address (<form action>, formaction: 51a, item 4)

    def normalized(self) -> "RawLink":
        shown = normalize(self.shown or "") or None
        return self._replace(shown=shown, target=normalize(self.target))


class Headers(NamedTuple):
    """The e-mail headers the check looks at, decoded (empty when absent)."""

    subject: str
    from_name: str
    from_address: str
    reply_to: tuple[str, ...]
    return_path: str
    authentication_results: tuple[str, ...]
    # The headers above are those of a mail attached to this one (message/rfc822: forwarded
    # as an attachment); this is who sent that mail on, as its From reads (review 38a, item 8).
    forwarded_by: str = ""
    forwarded_inline: bool = False  # …its lines in the body (primehelp.message_inline, 11 (b))
    # Every other From mailbox ``(name, address)``, checked like the first (review 46a, item 2)
    more_senders: tuple[tuple[str, str], ...] = ()
    received_spf: tuple[str, ...] = ()  # a receiving server's SPF result (review 46a, item 4)
    # The From of a mail attached whole to one whose own From claims Amazon: the headers above
    # are the received mail's, the attached mail is named only (review 47a, item 2)
    attached_mail: str = ""


NO_HEADERS = Headers("", "", "", (), "", ())


class Reading(NamedTuple):
    """A decoded message: its text (NFKC-normalised, and as given), links and the headers."""

    kind: Kind
    encoding: str
    headers: Headers
    text: str
    links: tuple[RawLink, ...]
    skipped_parts: int  # images, attachments and other parts that were not read
    unreadable_parts: int = 0  # text parts whose body could not be decoded (left out of text)
    given: str = ""  # the text before NFKC (evidence is quoted as given)
    attachments: tuple[str, ...] = ()  # the names of the files attached (review 38a, S 22)
    hidden_text: str = ""  # HTML text hidden 「inside」 a shown line (40a 3) or 「apart」 (61m 5)
    webmail: tuple[str, ...] = ()  # a saved webmail page: its name, its own links (44a, 3)
    quoted: frozenset[str] = frozenset()  # a forward block's addresses (44a 5), a page's (r53)
    images: bool = False  # the HTML shows a picture, not read (review 47a, item 5)
    cut_off: bool = False  # a multipart mail without its closing boundary (47a, item 10)
    not_examined: tuple[str, ...] = ()  # limits: a page's scripts, a summary's mail (48a 1, 2)

    @property
    def body_unread(self) -> bool:
        """Whether a text part could not be decoded, or a mail had none to read (its whole
        content one non-text part: S/MIME, review 45a, item 11)."""
        no_text = self.kind is Kind.EMAIL and self.skipped_parts and not self.text.strip()
        return bool(self.unreadable_parts or no_text or self.cut_off)

    @property
    def medium(self) -> str:
        """How it came, for what Amazon does not do there: a saved HTML page is a mail's."""
        return "email" if self.kind is Kind.HTML or self.headers.from_address else self.kind.value


_EMPTY_JA = "メッセージが空です。SMSやメールの本文を指定してください"
_EMPTY_EN = "the message is empty; give the text of the SMS or e-mail"


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


def check_size(size: int) -> None:
    """Refuse input over :data:`MAX_INPUT_BYTES` (the CLI reads at most one byte more)."""
    if size > MAX_INPUT_BYTES:
        mib = MAX_INPUT_BYTES // (1024 * 1024)
        raise _refuse(
            f"入力が大きすぎます。確認できるのは{megabytes(MAX_INPUT_BYTES)}までです。メールなら、添付ファイルを外してから確認してください",
            f"the input is too large (accepted: up to {mib} MiB); for an e-mail, remove the attachments first",
        )


def _decode_with(payload: bytes, charset: str | None) -> str:
    """Decode a MIME part with its declared charset; fall back to guessing, then to replacing."""
    return _decode_strictly(payload, charset) or payload.decode("utf-8", errors="replace")


def known_charset(charset: str) -> bool:
    """Whether a declared charset names a codec primehelp can decode with; a body declared in
    any other is read by guessing (:func:`_decode_strictly`; review 37a, item 18)."""
    import codecs

    try:
        codecs.lookup(_CHARSET_ALIASES.get(charset.lower(), charset))
    except (LookupError, ValueError, TypeError):
        return False
    return True


def _decode_strictly(payload: bytes, charset: str | None) -> str | None:
    """Decode with the declared charset, else by guessing; None when neither works."""
    if charset:
        codec = _CHARSET_ALIASES.get(charset.lower(), charset)
        try:
            text = payload.decode(codec)
        except Exception:  # unknown or hostile charsets (LookupError, UnicodeError, ValueError…)
            text = None
        if text is not None and not _has_surrogate(text):
            return text
    try:
        return decode_text(payload)[0]
    except BadInput:
        return None


# ---------------------------------------------------------------- e-mail


def _header_text(raw: object) -> str:
    """Decode one header value: RFC 2047 words and raw 8-bit bytes (Shift_JIS in a Subject)."""
    from email.header import decode_header

    value = str(raw)
    if _has_surrogate(value):  # 8-bit bytes kept by the parser
        value = _decode_with(value.encode("ascii", "surrogateescape"), None)
    try:
        pieces = decode_header(value)
    except Exception:  # malformed encoded words: keep the text as it came
        return " ".join(value.split())
    out = []
    for piece, charset in pieces:
        out.append(_decode_with(piece, charset) if isinstance(piece, bytes) else piece)
    return " ".join("".join(out).split())


def _read_headers(message: object) -> Headers:
    from email.message import Message

    assert isinstance(message, Message)

    raw = list(message.raw_items())  # raw: get_all() would turn 8-bit bytes into U+FFFD

    def every(name: str) -> list[str]:
        return [_header_text(value) for key, value in raw if key.lower() == name.lower()]

    froms = [str(value) for key, value in raw if key.lower() == "from"]
    name, address = sender(froms, _header_text)  # a name holding an address (review 43a, 3)
    return_path = addresses(every("Return-Path")[:1])
    more = [one for one in decoded_addresses(froms, _header_text) if one[1] and one[1] != address]
    return Headers(
        subject=" ".join(every("Subject")),
        from_name=name,
        from_address=address,
        reply_to=tuple(a for _, a in addresses(every("Reply-To")) if a),
        return_path=return_path[0][1] if return_path else "",
        authentication_results=tuple(every("Authentication-Results")),
        more_senders=tuple(dict.fromkeys(more))[:10],
        received_spf=tuple(every("Received-SPF")),
    )


def _too_deep() -> BadInput:
    return _refuse(
        f"MIMEパートの入れ子が深すぎます（確認できるのは {MAX_MIME_DEPTH} 段までです）。本物のメールとは考えにくい形です",
        f"the MIME parts are nested too deeply (checked: up to {MAX_MIME_DEPTH} levels); a genuine mail is not built like this",
    )


def _parts(message: "Message") -> "list[Message]":
    """Every part, depth first, without recursion; refuse nesting over MAX_MIME_DEPTH."""
    parts: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_MIME_DEPTH:
            raise _too_deep()
        parts.append(part)
        children = part.get_payload() if part.is_multipart() else []
        if isinstance(children, list):
            stack.extend((c, depth + 1) for c in reversed(children) if not isinstance(c, str))
    return parts


def _body(part: "Message", charset: str | None) -> str | None:
    """A text part's body, decoded; None when it cannot be read (broken base64, unknown bytes)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    if (whole := whole_base64(part, payload)) is None:  # cut short (47a 10), broken (59m 3)
        return None
    return _decode_strictly(whole, charset)


def _attached_mail(parts: "list[Message]") -> "Message | None":
    """The first mail attached whole (``message/rfc822``: 「添付ファイルとして転送」), whose
    headers tell who sent it, not the forwarder's (review 38a, item 8); None without one."""
    for part in parts:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and not isinstance(inner[0], str):
                return inner[0]
    return None


def _read_email(data: bytes) -> Reading:
    from email.parser import BytesParser

    try:
        message = BytesParser().parsebytes(data)
        parts = _parts(message)
    except RecursionError:
        raise _too_deep() from None
    texts: list[str] = []
    links: list[RawLink] = []
    skipped = unreadable = 0
    charsets: list[str] = []
    hidden, images = "", False
    for part in parts:
        if part.is_multipart():
            continue
        maintype = part.get_content_maintype()
        if maintype != "text" or part.get_content_disposition() == "attachment":
            skipped += maintype != "message"
            continue
        charset, said = part.get_content_charset(), part.get_content_charset() or "?"
        if charset is None:  # read by its meta tag, or by guessing: said so (40a S 17, 42a 16)
            charset, said = undeclared(part, known_charset)
        charsets.append(said)
        body = _body(part, charset)
        if body is None:
            unreadable += 1
            continue
        if part.get_content_subtype() == "html":
            from primehelp.message_html import read_html  # an HTML part only

            body, found, unseen, pictured, _ = read_html(body)  # a mail app runs no script
            links.extend(found)
            hidden, images = max(hidden, unseen), images or pictured  # 「inside」 > 「apart」
        texts.append(body)
    headers, quoted = _read_headers(message), frozenset[str]()
    attached = _attached_mail(parts[1:])
    if attached is not None:  # forwarded as an attachment (38a 8), or only attached (47a 2)
        headers = attached_or_own(headers, _read_headers(attached))
    else:  # forwarded inline: the original's From and Subject lines (review 38a, item 11 (b))
        headers, quoted = read_forward(normalize("\n".join(texts)), headers)
    if unreadable and not texts and not (headers.subject or headers.from_address):
        raise _refuse(
            "メールの本文を読み取れません（文字コードが分からないか、本文のデータが壊れています）。差出人や件名もないため、確認できることがありません",
            "the mail's body cannot be read (the character set is unknown or the body's data is damaged), and it has no sender or subject: there is nothing to check",
        )
    return Reading(
        kind=Kind.EMAIL,
        encoding=",".join(dict.fromkeys(charsets)) or "-",
        headers=headers,
        text=normalize(PART_BREAK.join(texts)),
        given=PART_BREAK.join(texts).replace("\x00", ""),
        links=tuple(x.normalized() for x in links),
        skipped_parts=skipped,
        unreadable_parts=unreadable,
        attachments=attachment_names(parts),
        hidden_text=hidden,
        quoted=quoted,
        images=images or pictures_only(parts),  # an image part its only body (59m, item 9)
        cut_off=cut_off(parts),
    )


def normalize(text: str) -> str:
    """NFKC: full-width letters, digits and punctuation become their usual forms; NUL, which
    a decoded mail part can still hold, is dropped."""
    return unicodedata.normalize("NFKC", text).replace("\x00", "")


def _text_bytes(text: str) -> bytes:
    """Text as bytes; an argument the locale could not decode arrives with lone surrogates."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


def read_message(data: bytes | str) -> Reading:
    """Decode a message given as bytes (a file, standard input) or text (``--text``).

    Raise :class:`BadInput` for empty, binary, oversized or undecodable input.
    """
    raw = data if isinstance(data, bytes) else _text_bytes(data)
    check_size(len(raw))
    refuse_documents(raw)  # a PDF, a picture, a zip (review 42a, S 23)
    if not raw.startswith(UTF16_BOMS) and not looks_binary(raw):
        raw = raw.replace(b"\x00", b"")  # a stray NUL in a text: see _looks_binary
    if not raw.strip():
        raise _refuse(_EMPTY_JA, _EMPTY_EN)
    if not is_email(raw):  # behind a BOM, blank lines or Gmail's summary (45a, item 2)
        raw = saved_mail(raw) or raw
    location = ""  # the address a saved page was saved from (51a, item 28)
    if is_email(raw) and not looks_binary(raw):
        if (held := saved_page(raw)) is None:  # .mhtml: the page it holds (47a, item 7)
            return summarised(_read_email(raw), raw)  # Gmail's summary alone (48a, item 1)
        raw, location = held
    text, encoding = decode_text(raw)
    if not text.strip():
        raise _refuse(_EMPTY_JA, _EMPTY_EN)
    if is_html(text):
        from primehelp.message_html import read_html  # a saved page only

        shown, found, unseen, pictured, scripts = read_html(text)
        from primehelp.message_webmail import owner_addresses, page_headers, page_links

        links = tuple(x.normalized() for x in found)
        links, apart, service = page_links(text, links, location)
        page, given = normalize(shown), shown.replace("\x00", "")
        webmail = (service, *apart) if service else ()
        headers, quoted = read_forward(page, NO_HEADERS)  # a forward saved as a page (r53)
        quoted |= owner_addresses(text, page)  # the page's account: not the message's (r53)
        if webmail and not headers.from_address:  # the page's sender line (47a, 8)
            headers = page_headers(text, page, quoted) or headers
            quoted |= {headers.from_address.casefold()} - {""}  # listed once, as a From
        read = (page, links, 0, 0, given, (), unseen, webmail, quoted, pictured, False)
        return Reading(Kind.HTML, encoding, headers, *read, ("scripts_not_run",) * scripts)
    body = normalize(without_trace_lines(text))  # pasted trace lines are no links (45a, 2)
    headers, quoted = read_forward(body, NO_HEADERS)  # pasted (r53, 44a 4)
    return Reading(Kind.TEXT, encoding, headers, body, (), 0, 0, text, quoted=quoted)
