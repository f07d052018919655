"""What the parts of a message are, as :mod:`primehelp.message_read` reads them: an HTML page
given whole, and the files a mail has attached (moved out of it, at its size limit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from email.message import Message

    from primehelp.message import Note

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
        name = part.get_filename() if part.get_content_disposition() == "attachment" else None
        if name:
            names[" ".join(str(name).split())] = None
    return tuple(names)


def noted(
    limits: Mapping[str, Note], chosen: Iterable[str], names: tuple[str, ...]
) -> tuple[Note, ...]:
    """The notes of ``chosen``, ``attachments_not_read`` naming the files ``names``."""
    return tuple(
        _attachments(limits[key], names) if key == "attachments_not_read" else limits[key]
        for key in chosen
    )


def _attachments(note: Note, names: tuple[str, ...]) -> Note:
    """``limits.attachments_not_read`` naming the files (at most three, then 「ほか」)."""
    from primehelp.i18n import Text

    shown = names[:3]
    ja = "、".join(shown) + ("ほか" if len(names) > 3 else "")
    en = ", ".join(shown) + (" and more" if len(names) > 3 else "")
    return note._replace(text=Text(note.text.ja.format(names=ja), note.text.en.format(names=en)))
