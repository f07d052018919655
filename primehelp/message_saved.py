"""A raw mail as members save it by hand: its headers found behind what comes before them.

Copied from a mail app's 「メッセージのソースを表示」 into Notepad and saved, a mail starts with a
byte order mark (UTF-8's, or UTF-16's when saved as 「Unicode」), often with a blank line; copied
from Gmail's 「元のメッセージを表示」 page, it starts with the page's summary (「メッセージ ID」,
「SPF: PASS」… 「元のメッセージをダウンロード」, 「クリップボードにコピー」) and the raw mail follows.
Read as text, its header lines became body text: the receiving server (mx.google.com) a 「link」,
the sender's checks lost (review 45a, item 2). Pure: bytes in, the mail's bytes out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from primehelp.lazy_pattern import LazyPattern
from primehelp.message_decode import UTF16_BOMS

if TYPE_CHECKING:
    from primehelp.message_read import Reading

_HEADER_NAMES = frozenset(
    (
        *("from", "to", "cc", "subject", "date", "received", "return-path", "reply-to"),
        *("message-id", "mime-version", "delivered-to", "content-type", "sender", "x-mailer"),
        *("authentication-results", "dkim-signature"),
    )
)
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,60}):")

_UTF8_BOM = b"\xef\xbb\xbf"
# Gmail's 「元のメッセージを表示」 page copied whole: the lines that end its summary, in Japanese
# and English (the page's own words, not Amazon's labels).
# A line that starts so ends it: the page's two buttons are often copied as one line (48a, 5).
_SUMMARY_ENDS = ("元のメッセージをダウンロード", "download original")
_SUMMARY_AFTER = frozenset(("クリップボードにコピー", "copy to clipboard", ""))
_SUMMARY_LINES = 40  # the summary is about a dozen lines


def _text_bytes(raw: bytes) -> bytes:
    """``raw`` as UTF-8 bytes: a UTF-16 file (with its byte order mark) decoded, and every byte
    order mark at the start dropped."""
    if raw.startswith(UTF16_BOMS):
        try:
            raw = raw.decode("utf-16").encode("utf-8", "surrogatepass")
        except UnicodeError:
            return raw
    while raw.startswith(_UTF8_BOM):  # iconv of a file with one adds a second
        raw = raw[len(_UTF8_BOM) :]
    return raw


def _after_blank_lines(lines: list[bytes]) -> list[bytes]:
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    return lines[at:]


def _after_summary(lines: list[bytes]) -> list[bytes] | None:
    """The lines after Gmail's summary (its title, 「メッセージ ID」…, then 「元のメッセージを
    ダウンロード」), or None when ``lines`` do not start with one."""
    said = [line.decode("utf-8", "replace").strip().casefold() for line in lines[:_SUMMARY_LINES]]
    end = next((at for at, line in enumerate(said) if line.startswith(_SUMMARY_ENDS)), None)
    if end is None:
        return None
    at = end + 1
    while at < len(said) and said[at] in _SUMMARY_AFTER:
        at += 1
    return lines[at:]


# The first header of a mail written from Gmail's summary pasted alone (message_summary)
MARK = "X-Primehelp-Gmail-Summary"


def summarised(reading: Reading, raw: bytes) -> Reading:
    """``reading`` of the mail ``raw``, with the note that only Gmail's summary was given (no
    body) when ``raw`` was written from one with nothing after it (48a, item 1)."""
    if not raw.startswith(MARK.encode()) or reading.text.strip():
        return reading
    return reading._replace(not_examined=(*reading.not_examined, "summary_only"))


# The lines mail servers add on the way (a server's name, a sending service's Message-ID): in a
# mail read as text (headers pasted after other words), never a link in the message.
_TRACE_NAMES = (
    *("received:", "x-received:", "received-spf:", "authentication-results:", "arc-"),
    *("dkim-signature:", "message-id:", "x-google-"),
)
_TRACE = LazyPattern(
    r"(?im)^(?:X-)?(?:Received|Received-SPF|Authentication-Results|ARC-[A-Za-z-]+|"
    r"DKIM-Signature|Message-ID|Google-[A-Za-z-]+)[ \t]*:.*(?:\r?\n[ \t]+.*)*"
)


def without_trace_lines(text: str) -> str:
    """``text`` without the header lines servers add (Received, Authentication-Results,
    DKIM-Signature…, with their continuation lines) where it holds them: a receiving server
    (mx.google.com) is no link of the message (review 45a, item 2)."""
    folded = text.casefold()
    if not any(name in folded for name in _TRACE_NAMES):
        return text
    return _TRACE.compiled.sub("", text)


def is_email(data: bytes) -> bool:
    """Tell whether ``data`` starts with e-mail headers (at least one well-known one)."""
    lines = data[:16384].splitlines()
    if lines and lines[0].startswith(b"From "):  # an mbox separator line
        lines = lines[1:]
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    for line in lines[:200]:
        if not line.strip():
            break
        found = _HEADER_LINE.match(line)
        if found and found.group(1).decode("ascii").lower() in _HEADER_NAMES:
            return True
    return False


def saved_mail(raw: bytes) -> bytes | None:
    """The mail in ``raw`` when a byte order mark, UTF-16, blank lines or Gmail's summary of the
    mail stand before its headers (:func:`is_email`); None when ``raw`` is no mail saved so."""
    text = _text_bytes(raw)
    lines = _after_blank_lines(text.splitlines(keepends=True))
    for candidate in (lines, _after_blank_lines(_after_summary(lines) or [])):
        mail = b"".join(candidate)
        if mail and is_email(mail):
            return mail
    top = text[:4096].lower()
    if (
        b"\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8 id" in top
        or b"message id" in top
    ):
        from primehelp.message_summary import summary_mail  # 「メッセージ ID」: 48a, item 1

        said = [line.decode("utf-8", "surrogateescape") for line in lines]
        return summary_mail([line.rstrip("\r\n") for line in said])
    return None


# A web page saved by Chrome or Edge as one file (.mhtml, 「ウェブページ、1 つのファイルのみ」):
# headers (「From: <Saved by Blink>」, 「Snapshot-Content-Location:」), then the page as a
# multipart/related part. Read as a mail, the "sender" was the browser and the page's own links
# the message's (review 47a, item 7): its text/html part is read as a saved page instead.
_MHTML_MARKS = (b"snapshot-content-location:", b"<saved by ", b"mhtml.blink")


def saved_page(raw: bytes) -> tuple[bytes, str] | None:
    """The page (its first text/html part, decoded from quoted-printable or base64) of an MHTML
    file ``raw`` and the address it was saved from (``Snapshot-Content-Location:``, as the
    browser wrote it; ``""`` without one: review 51a, item 28); None when ``raw`` is no MHTML
    file or holds no page."""
    top = raw[:8192].lower()
    if not any(mark in top for mark in _MHTML_MARKS) or b"multipart/related" not in top:
        return None
    from email import message_from_bytes

    saved = message_from_bytes(raw)
    location = str(saved.get("Snapshot-Content-Location", "")).strip()
    for part in saved.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, location
            return None
    return None
