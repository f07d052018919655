"""A card statement's bytes → its text: UTF-8 with or without a BOM, else Shift_JIS (cp932);
anything else refused in words that say what the file is (moved out of
:mod:`primehelp.statement_csv`, 400-line rule). Pure.
"""

import re
from enum import StrEnum
from typing import NamedTuple

from primehelp.errors import BadInput, megabytes
from primehelp.i18n import Text

# A year of card statements is tens of kilobytes (a line is about 100 bytes): 5 MiB is decades
# of heavy use, and it still reads in well under a second. Beyond it the file is not a statement.
MAX_FILE_BYTES = 5 * 1024 * 1024
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # all but tab and line ends


class Encoding(StrEnum):
    """How the file's text was encoded."""

    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-bom"
    SHIFT_JIS = "shift_jis"  # read as cp932, Windows' superset of Shift_JIS
    UTF16 = "utf-16"  # with its byte-order mark: Excel's Unicode text (review 38c, S 3)


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


def check_size(size: int) -> None:
    """Refuse a file over :data:`MAX_FILE_BYTES` (the CLI reads at most one byte more)."""
    if size > MAX_FILE_BYTES:
        mib = MAX_FILE_BYTES // (1024 * 1024)
        raise _refuse(
            f"明細のファイルが大きすぎます。読み込めるのは{megabytes(MAX_FILE_BYTES)}までです。"
            "カード会社のサイトから、月ごとなど短い期間のCSVを保存してください",  # 52c, S 33
            f"the statement file is too large (accepted: up to {mib} MiB); "
            "save a CSV for a shorter period (a month, say) from the card company's site",
        )


class Decoded(NamedTuple):
    """A statement's text, its encoding, and the lines of the file where a character could not
    be read (another encoding's byte, a control character): each shown as 「�」 (review 38c,
    items 8 and 9: one stray byte no longer refuses the whole file)."""

    text: str
    encoding: Encoding
    unreadable_char_rows: tuple[int, ...] = ()


# What a file that is no CSV starts with (review 38c, item 8), and what it is (the key of _NOT_CSV)
_SIGNATURES = (
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "excel"),  # .xlsx (a zip)
    (b"\xd0\xcf\x11\xe0", "excel"),  # .xls
    (b"<!doctype html", "html"),
    (b"<html", "html"),
    (b"<table", "html"),
)
_NOT_CSV = {
    "pdf": (
        "PDFのファイルは読み込めません。カード会社のサイトから、明細をCSV形式で保存したファイルを指定してください",
        "cannot read a PDF file; give the statement saved as CSV from the card company's site",
    ),
    "excel": (
        "Excel形式のファイル（.xlsx、.xls）は読み込めません。表計算ソフトを使ってCSV形式（UTF-8 または Shift_JIS）で保存し直したファイルか、カード会社のサイトからCSV形式で保存したファイルを指定してください",
        "cannot read an Excel file (.xlsx, .xls); save it again as CSV (UTF-8 or Shift_JIS) in the spreadsheet program, or give the CSV saved from the card company's site",
    ),
    "html": (
        "Webページ（HTML）のファイルは読み込めません。カード会社のサイトから、明細をCSV形式で保存したファイルを指定してください",
        "cannot read a web page (HTML) file; give the statement saved as CSV from the card company's site",
    ),
}


def decoded(data: bytes) -> Decoded:
    """The text of a CSV file: UTF-8 with or without a BOM, UTF-16 with its BOM (what Excel
    saves as Unicode text, review 38c S 3), else Shift_JIS (cp932); a few lines with a character
    of neither (or a control character) are read with 「�」 in its place and named.

    A PDF, an Excel file or a web page is refused as what it is; binary data, another encoding
    (many lines unreadable) and an empty file are refused.
    """
    check_size(len(data))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:20].lower()
    for signature, kind in _SIGNATURES:
        if start.startswith(signature.lower()):
            raise _refuse(*_NOT_CSV[kind])
    found: Decoded | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16's byte-order mark
        text = _strictly(data, "utf-16")
        if text is None or _swapped(text):  # cut short, or its bytes in the other order
            raise _refuse(  # review 64c, B 1: never 「見出しの行だけです」
                "明細のファイルを読み込めません（文字コードを読み取れません）。CSV（UTF-8 または Shift_JIS）で保存し直したファイルを指定してください",
                "cannot read the statement file: its character encoding cannot be read; save it "
                "again as CSV (UTF-8 or Shift_JIS) and give that file",
            )
        found = _by_line(text.encode("utf-8"), Encoding.UTF16)
    else:  # binary files hold NUL bytes on most lines: refused by _by_line; a stray one on a
        # line or two of a text file is read as 「�」 and its line named (review 42c, S 4)
        if data.startswith(b"\xef\xbb\xbf"):
            found = _by_line(data[3:], Encoding.UTF8_BOM)
        else:
            found = _by_line(data, Encoding.UTF8, Encoding.SHIFT_JIS)
    if found is None:
        lines = data.splitlines() if b"\x00" not in data else []
        bad = (
            n for n, x in enumerate(lines, 1) if all(_unreadable(x, c) for c in ("utf-8", "cp932"))
        )
        at = next(bad, None)
        where, where_en = (f"{at}行目などに、", f" (line {at} and others)") if at else ("", "")
        raise _refuse(
            f"明細のファイルを読み込めません（{where}UTF-8 でも Shift_JIS でもない文字が含まれています）。CSV（UTF-8 または Shift_JIS）で保存したファイルを指定してください",
            f"cannot read the statement file: it holds text that is neither UTF-8 nor Shift_JIS{where_en}; give a CSV file saved as UTF-8 or Shift_JIS",
        )
    if not found.text.strip():
        raise _refuse(
            "明細のファイルが空です。カード会社のサイトから保存したCSVファイルを指定してください",
            "the statement file is empty; give the CSV file saved from the card company's site",
        )
    return found


_CODECS = {Encoding.UTF8: "utf-8", Encoding.UTF8_BOM: "utf-8", Encoding.SHIFT_JIS: "cp932"}


def _by_line(data: bytes, *encodings: Encoding) -> Decoded | None:
    """``data`` in the first of ``encodings`` that reads it whole; else in the first, its
    unreadable characters as 「�」, when the lines that hold one are few (at most one line in
    ten, or one line); ``None``: no text."""
    data = data.removesuffix(b"\x1a")  # the end-of-file mark of old DOS tools
    for encoding in encodings:
        text = _strictly(data, _CODECS.get(encoding, "utf-8"))
        if text is not None and not _CONTROL.search(text):
            return Decoded(text, encoding)
    # Line by line in the first (UTF-8): Shift_JIS reads most bytes as some character, so a
    # file in another encoding (EUC-JP) would be read as nonsense rather than refused.
    lines = data.splitlines(keepends=True)
    codec = _CODECS.get(encodings[0], "utf-8")
    bad = [n for n, line in enumerate(lines, 1) if _unreadable(line, codec)]
    if len(bad) == len(lines) or len(bad) > max(1, len(lines) // 10):
        return None
    text = "".join(_CONTROL.sub("\ufffd", line.decode(codec, "replace")) for line in lines)
    return Decoded(text, encodings[0], tuple(bad))


def _swapped(text: str) -> bool:
    """Whether UTF-16 ``text`` was read in the wrong byte order (a byte-order mark that does not
    match its bytes): a CSV holds commas, digits or line ends, each read then as U+xx00, so no
    character is ASCII and every one ends in a zero byte."""
    chars = text.lstrip("\ufeff")
    return bool(chars) and all(ord(c) > 0x7F and ord(c) % 0x100 == 0 for c in chars)


def _unreadable(line: bytes, codec: str) -> bool:
    text = _strictly(line, codec)
    return text is None or _CONTROL.search(text) is not None


def _strictly(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
