"""What the parts of a message are, as :mod:`primehelp.message_read` reads them: an HTML page
given whole, and the files a mail has attached (moved out of it, at its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from email.message import Message

    from primehelp.message_read import Headers


_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<meta")


def is_html(text: str) -> bool:
    """Whether a text is an HTML page, as a mail saved from a browser is (「名前を付けて保存」,
    .html): it begins with one of its opening tags, or with a comment or a declaration and
    holds ``<html`` or ``<body`` near the start (review 38a, item 1: read as plain text, a
    tag-split or entity-written sentence was missed)."""
    start = text.lstrip("\ufeff \t\r\n")[:4096].lower()
    if start.startswith(_HTML_STARTS):
        return True
    return start.startswith("<") and ("<html" in start or "<body" in start)


def attachment_names(parts: Iterable[Message]) -> tuple[str, ...]:
    """The file names of a mail's attachments, each once (review 38a, S 22: 「verify.html」
    attached and asked to be opened was covered only by 「…添付ファイルの中身は確認して
    いません」); a part without a name is not named."""
    names: dict[str, None] = {}
    parts = list(parts)
    pictured = pictures_only(parts)  # its images are its body, not attached (review 59m, 9)
    for part in parts:
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if pictured and shown_image(part):
            continue
        # a file part without 「attachment」 (S/MIME's smime.p7m) is one too (review 45a, item 11)
        attached = part.get_content_disposition() == "attachment"
        name = part.get_filename() if attached or part.get_content_maintype() != "text" else None
        if name:
            names[" ".join(str(name).split())] = None
    return tuple(names)


def shown_image(part: Message) -> bool:
    """Whether ``part`` is an image shown in the body: not marked 「attachment」."""
    return part.get_content_maintype() == "image" and part.get_content_disposition() != "attachment"


def pictures_only(parts: Iterable[Message]) -> bool:
    """Whether a mail has no text part and shows an image in its body (an image part not
    marked 「attachment」): its body is that picture, as an HTML mail of one 「<img>」 is
    (review 59m, item 9: called a mail of attached files, its image an attachment)."""
    leaves = [part for part in parts if not part.is_multipart()]
    text = [p for p in leaves if p.get_content_maintype() == "text" and not _attached(p)]
    return not text and any(shown_image(part) for part in leaves)


def _attached(part: Message) -> bool:
    return part.get_content_disposition() == "attachment"


def attached_or_own(outer: Headers, inner: Headers) -> Headers:
    """The headers to check of a mail that carries another whole (``message/rfc822``): the
    attached mail's, with who forwarded it (review 38a, item 8), or, when the received mail's
    own From claims Amazon (its name or address holds Amazon's name), the received mail's, the
    attached one named only (review 47a, item 2: an attached genuine Amazon mail, or a copy
    forged with "pass" results, hid the received mail's failed checks and its Reply-To). An
    attached mail's headers are text its sender wrote; only the received mail's were written by
    the member's own server, and a member's forward comes from the member's own address."""
    import unicodedata

    said = unicodedata.normalize("NFKC", f"{outer.from_name} {outer.from_address}").casefold()
    if _claims_amazon("".join(said.split())):
        sender = f"{inner.from_name} <{inner.from_address}>" if inner.from_name else ""
        return outer._replace(attached_mail=sender or inner.from_address or "-")
    sender = f"{outer.from_name} <{outer.from_address}>" if outer.from_name else ""
    return inner._replace(forwarded_by=sender or outer.from_address or "-")


def _claims_amazon(compact: str) -> bool:
    from primehelp.facts import document

    words = document("message_words").node("vocabulary")
    return any(
        word in compact for key in ("brand", "brand_misspelled") for word in words.strings(key)
    )


# Base64 cut short: its length, or its padding, wrong (review 47a, item 10: 「https://evi」 read
# from a body cut in the middle of a link); a multipart mail whose boundaries are lost.
_BROKEN_BASE64 = ("InvalidBase64LengthDefect", "InvalidBase64PaddingDefect")
_CUT = ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect")


def broken_base64(part: Message) -> bool:
    """Whether a decoded part's base64 was cut short or broken (after ``get_payload``)."""
    return any(type(defect).__name__ in _BROKEN_BASE64 for defect in part.defects)


def whole_base64(part: Message, payload: bytes) -> bytes | None:
    """``payload`` (``part`` decoded) read on past a padding 「=」 inside a base64 body, as mail
    programs read it (review 59m, item 3: a body in two padded chunks lost its second, a
    request for payment details and a link); None when the body is broken: cut short, or text
    after the padding that is no base64 (the part is then not read, never "no red flags")."""
    if broken_base64(part):  # its padding missing too: cut short (47a, item 10)
        return None
    if str(part.get("content-transfer-encoding", "")).strip().lower() != "base64":
        return payload
    raw = part.get_payload()
    text = "".join(raw.split()) if isinstance(raw, str) else ""
    if "=" not in text.rstrip("="):
        return payload  # one run, padded at its end or not at all: as decoded
    import binascii
    import re

    runs = re.findall(r"[^=]+=*", text)
    if not all(len(run) % 4 == 0 and re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", run) for run in runs):
        return None
    return b"".join(binascii.a2b_base64(run) for run in runs)


def cut_off(parts: Iterable[Message]) -> bool:
    """Whether a mail's parts lack a closing (or opening) boundary: its end may be lost."""
    return any(type(defect).__name__ in _CUT for part in parts for defect in part.defects)
