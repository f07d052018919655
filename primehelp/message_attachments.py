"""The files attached to a mail, named under 「確認できなかったこと」 (review 39a, item 5: a mail
with 「領収書.pdf.exe」 and 「invoice.zip」 attached said nothing of them).

FACTS gives no rule on attachments, so a file is no sign for what it is; the note names each
file, says what kind of file a program, an archive or a web page is, and tells the member not to
open them. A program named as a document (「Amazon_invoice.pdf.exe」) is a sign of its own,
``disguised_attachment``: the name is the evidence (review 62m, item 5). Read only for a mail
with parts that were not read (most messages have none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from primehelp.facts import ui
from primehelp.i18n import Text
from primehelp.invisible import without_invisible

if TYPE_CHECKING:
    from primehelp.message import MessageContent, Note
    from primehelp.message_check import RedFlag
    from primehelp.message_read import Reading

_PROGRAM = frozenset(
    [
        "exe",
        "scr",
        "bat",
        "cmd",
        "com",
        "pif",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "hta",
        "msi",
        "msp",
        "lnk",
        "ps1",
        "jar",
        "cpl",
        "reg",
        "dll",
    ]
)
_ARCHIVE = frozenset(["zip", "rar", "7z", "lzh", "lha", "gz", "tgz", "tar", "cab", "arj"])
_DISK = frozenset(["iso", "img", "vhd", "vhdx"])  # opened like a drive, not unpacked (63m, 13)
# Office files with macros: no sign (Office runs no macro the member does not enable, and
# workbooks with macros are ordinary files), their kind named (review 63m, item 13)
_MACRO = {
    **dict.fromkeys(("docm", "dotm"), "macro_word"),
    **dict.fromkeys(("xlsm", "xltm", "xlam"), "macro_excel"),
    **dict.fromkeys(("pptm", "ppsm", "potm"), "macro_powerpoint"),
}
_PAGE = frozenset(["html", "htm", "shtml", "xhtml", "mht", "mhtml", "svg"])
_DOCUMENT = frozenset(["pdf", "doc", "docx", "xls", "xlsx", "txt", "jpg", "jpeg", "png", "gif"])
# What pads a document's extension away from the real one (「請求書.pdf　.exe」, 「請求書_pdf.exe」)
_PADDING = " \t\u00a0\u3000_-"
MAX_FILES = 10
SEALED = (".p7m", ".pgp", ".gpg", ".asc")  # S/MIME's smime.p7m, PGP's encrypted.asc
_ID = "message.limit.attachments"


def _split(name: str) -> tuple[str, str, str]:
    """A name's last extension (casefolded), the document's extension before it as written
    (「pdf」 of 「請求書.pdf.exe」, 「請求書.pdf　.exe」 and 「請求書_pdf.exe」: review 63m, item 4)
    or "", and what is before that word: "." for an extension, else a separator."""
    stem, dot, last = name.rstrip(". ").rpartition(".")
    if not dot:
        return "", "", ""
    stem = stem.rstrip(_PADDING)
    cut = max(stem.rfind(mark) for mark in (".", *_PADDING))
    word = stem[cut + 1 :]
    if cut < 0 or word.casefold() not in _DOCUMENT:
        return last.casefold(), "", ""
    return last.casefold(), word, stem[cut]


def _kind(name: str) -> tuple[str, ...]:
    """The ui keys that describe a file by its name: its kind, and a second extension before a
    program's or a page's (「領収書.pdf.exe」, 「領収書.pdf　.exe」)."""
    last, _, mark = _split(name)
    kinds = (("program", _PROGRAM), ("archive", _ARCHIVE), ("disk", _DISK), ("page", _PAGE))
    kind = next((k for k, listed in kinds if last in listed), _MACRO.get(last, ""))
    double = kind in ("program", "page") and mark == "."
    return (*((kind,) if kind else ()), *(("double",) if double else ()))


# Controls that change the direction of the text (review 64m, item 2): kept in a name, and written
# out (「invoice<U+202E>fdp.scr」) wherever it is shown, never printed as they are.
_DIRECTION = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_OVERRIDE, _ENDS = "\u202e", "\u202c\u2069\u202d"


def _kept(name: str) -> str:
    """A name without the invisible characters that hide nothing, its direction controls kept."""
    hidden = "".join(c for c in name if c not in _DIRECTION and not without_invisible(c))
    return "".join(c for c in name if c not in hidden) if hidden else name


def turned(name: str) -> bool:
    """Whether a file name holds a control that changes the direction of the text."""
    return any(c in _DIRECTION for c in name)


def shown_as(name: str) -> str:
    """How a mail program may show a name with direction controls: the text after a
    right-to-left override (U+202E) up to the next pop or override, reversed
    (「invoice<U+202E>fdp.scr」 as 「invoicercs.pdf」), the controls themselves not shown. Latin
    names only; the full bidirectional algorithm would place right-to-left letters too."""
    out: list[str] = []
    run: list[str] = []
    reversing = False
    for char in name:
        if char == _OVERRIDE or (reversing and char in _ENDS):
            out += run[::-1] if reversing else run
            run, reversing = [], char == _OVERRIDE
        elif char not in _DIRECTION:
            run.append(char)
    return "".join(out + (run[::-1] if reversing else run))


def shown_name(name: str) -> str:
    """A name as printed: each direction control written out (「<U+202E>」)."""
    from primehelp.message_marks import marks_named

    return marks_named(name) if turned(name) else name


def _direction_flag(name: str, content: MessageContent) -> RedFlag:
    """``disguised_attachment`` for a name with a direction control (review 64m, item 2)."""
    from primehelp.message_check import FlagKind, flag

    real = without_invisible(name)
    last = real.rstrip(". ").rpartition(".")[2].casefold() if "." in real else ""
    kind = "" if last in _PROGRAM else "_page" if last in _PAGE else "_other" if last else "_plain"
    said = ui(f"flag.disguised_direction{kind}", "ui_message_read")
    shown = shown_as(name)
    reason = Text(said.ja.format(shown=shown, ext=last), said.en.format(shown=shown, ext=last))
    return flag(FlagKind.DISGUISED_ATTACHMENT, shown_name(name), content)._replace(reason=reason)


def disguised_flags(
    data: bytes | str, reading: Reading, content: MessageContent
) -> tuple[RedFlag, ...]:
    """The attachments' signs: ``disguised_attachment`` for each program or web page named as
    a document (「….pdf.exe」「….pdf.html」, 「…_pdf.exe」: reviews 62m, item 5; 63m, items 4
    and 5), and ``program_attachment`` for the other programs, one sign for them all, its
    reason naming their extensions (review 63m, item 4)."""
    if not reading.skipped_parts:
        return ()
    from primehelp.message_check import FlagKind, flag

    found, programs = [], []
    for name in dict.fromkeys(attached_files(data)[:MAX_FILES]):
        if turned(name):
            found.append(_direction_flag(name, content))
            continue
        last, word, mark = _split(name)
        kind = "program" if last in _PROGRAM else "page" if last in _PAGE else ""
        if kind and word:
            sign = flag(FlagKind.DISGUISED_ATTACHMENT, name, content)
            key = "disguised" + "_page" * (kind == "page") + "_named" * (mark != ".")
            said = sign.reason if key == "disguised" else ui(f"flag.{key}", "ui_message_read")
            shown = Text(*(said(lang).format(ext=last, word=word) for lang in ("ja", "en")))
            found.append(sign._replace(reason=shown))
        elif kind == "program":
            programs.append((name, f".{last}"))
    exts = tuple(dict.fromkeys(ext for _, ext in programs))
    if exts:
        sign = flag(FlagKind.PROGRAM_ATTACHMENT, programs[0][0], content)
        said = ui("flag.program_attachments", "ui_message_read") if programs[1:] else sign.reason
        shown = Text(said.ja.format(ext="、".join(exts)), said.en.format(ext=", ".join(exts)))
        found += (flag(sign.kind, name, content)._replace(reason=shown) for name, _ in programs)
    return tuple(found)


def attached_files(data: bytes | str) -> tuple[str, ...]:
    """The file names of a mail's attachments (RFC 2047/2231 names decoded), in order."""
    from email import policy
    from email.parser import BytesParser

    from primehelp.message_parts import pictures_only, shown_image

    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogateescape")
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        parts = [part for part in message.walk() if not part.is_multipart()]
        pictured = pictures_only(parts)  # its images are its body (review 59m, item 9)
        names = [
            part.get_filename() or ""
            for part in parts
            if not (pictured and shown_image(part))
            and (part.get_filename() or part.get_content_disposition() == "attachment")
        ]
    except Exception:  # a mail the default policy cannot read: its names are unknown
        return ()
    return tuple(_kept(name).strip() or "?" for name in names)


def attachment_notes(
    data: bytes | str, reading: Reading, content: MessageContent
) -> tuple[Note, ...]:
    """``limit.attachments.note`` for a mail with attached files, ``()`` otherwise."""
    if not reading.skipped_parts:
        return ()
    files = attached_files(data)[:MAX_FILES]
    if not files:
        return ()
    ja, en = [], []
    for name in files:
        said = [
            ui(f"limit.attachments.{key}", "ui_message_read")
            for key in _kind(without_invisible(name))
        ]
        if turned(name):  # as the mail program shows it too (review 64m, item 2)
            shown = ui("limit.attachments.shown", "ui_message_read")
            said = [Text(*(t.format(shown=shown_as(name)) for t in shown)), *said]
        # quoted: no full stop glued to a name (「invoice.pdf。」: review 52a, item 46)
        name = shown_name(name)
        ja.append(f"「{name}」" + (f"（{'。'.join(s.ja for s in said)}）" if said else ""))
        en.append(f"“{name}”" + (f" ({', '.join(s.en for s in said)})" if said else ""))
    note = ui("limit.attachments.note", "ui_message_read")
    text = Text(note.ja.format(files="、".join(ja)), note.en.format(files=", ".join(en)))
    return (content.limits["parts_not_read"]._replace(id=_ID, text=text, sources=()),)


def opened(reading: Reading) -> bool:
    """Whether a mail has files attached that could be opened: not only an encrypted body."""
    return any(not name.lower().endswith(SEALED) for name in reading.attachments)


def red_headline(held: list[str], reading: Reading, content: MessageContent) -> Text:
    """The red-flag headline naming what the message holds (``held``: links, numbers…) and
    its attached files first where a headline names them (review 60m, item 4)."""
    key = "_and_".join(held)
    files = "_and_".join(("attachments", *held))
    return content.red_verdicts[files if opened(reading) and files in content.red_verdicts else key]
