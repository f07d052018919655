"""What the parts of a message are, as :mod:`primehelp.message_read` reads them: an HTML page
given whole, and the files a mail has attached (moved out of it, at its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from email.message import Message


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
    for part in parts:
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        # a file part without 「attachment」 (S/MIME's smime.p7m) is one too (review 45a, item 11)
        attached = part.get_content_disposition() == "attachment"
        name = part.get_filename() if attached or part.get_content_maintype() != "text" else None
        if name:
            names[" ".join(str(name).split())] = None
    return tuple(names)


# Base64 cut short: its length, or its padding, wrong (review 47a, item 10: 「https://evi」 read
# from a body cut in the middle of a link); a multipart mail whose boundaries are lost.
_BROKEN_BASE64 = ("InvalidBase64LengthDefect", "InvalidBase64PaddingDefect")
_CUT = ("CloseBoundaryNotFoundDefect", "StartBoundaryNotFoundDefect")


def broken_base64(part: Message) -> bool:
    """Whether a decoded part's base64 was cut short or broken (after ``get_payload``)."""
    return any(type(defect).__name__ in _BROKEN_BASE64 for defect in part.defects)


def cut_off(parts: Iterable[Message]) -> bool:
    """Whether a mail's parts lack a closing (or opening) boundary: its end may be lost."""
    return any(type(defect).__name__ in _CUT for part in parts for defect in part.defects)
