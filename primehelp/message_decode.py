"""Decode the bytes of a plain-text message: UTF-8, UTF-16 with a byte order mark, ISO-2022-JP,
Shift_JIS (cp932) and EUC-JP, the one that decodes cleanly with the most kana and kanji; binary
data refused (moved out of :mod:`primehelp.message_read`, review 36a, item 5)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from primehelp.errors import BadInput
from primehelp.i18n import Text

if TYPE_CHECKING:
    from email.message import Message

# Tried when UTF-8 fails: cp932 is Windows' Shift_JIS, a superset of it; EUC-JP is still written
# by some Unix mailers. Bytes of one often decode without error in the other (EUC-JP as cp932
# gives half-width katakana and private-use characters), so both are tried and the one that reads
# as the most kana and kanji is kept (review 36a, item 5).
_JAPANESE_CODECS = ("cp932", "euc_jp")
_ENCODING_NAMES = {"cp932": "shift_jis", "euc_jp": "euc-jp"}
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_NUL_AT_START = 16
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


# Binary bytes refused (every form the help accepts, not .eml only: review 52a, item 24); a
# file's name goes before it (primehelp/cli/check_message.py; review 64m, item 6).
BINARY = Text(
    "文字ではないデータ（画像や圧縮ファイルなど）のようです。確認できるのは、メッセージの本文、テキストファイル、メール（.eml）、ウェブページとして保存したメール（.html、.mhtml）です",
    "this is not text (it looks like a picture or an archive); give the message text, a text file, an e-mail (.eml) or an e-mail saved as a web page (.html, .mhtml)",
)


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


# Files members are sent and may try (review 42a, S 23: a fake 「ご請求書」 PDF was read as EUC-JP
# text), told by their first bytes: (what it is in Japanese, in English, what not to do first).
_DOCUMENTS = (
    (b"%PDF-", "PDFファイル", "a PDF file", "PDFは開かず、"),
    (b"\x89PNG\r\n\x1a\n", "画像ファイル", "an image file", ""),
    (b"\xff\xd8\xff", "画像ファイル", "an image file", ""),
    (b"GIF87a", "画像ファイル", "an image file", ""),
    (b"GIF89a", "画像ファイル", "an image file", ""),
    (b"II*\x00", "画像ファイル", "an image file", ""),
    (b"MM\x00*", "画像ファイル", "an image file", ""),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "Officeのファイル（Word、Excel、Outlookの .msg など）",
        "an Office file (Word, Excel, an Outlook .msg…)",
        "ファイルは開かず、",
    ),
)
# A zip's first entries name what it is: a Word, Excel or PowerPoint file is a zip too.
_ZIPPED = (
    (b"word/", "Wordファイル", "a Word file"),
    (b"xl/", "Excelファイル", "an Excel file"),
    (b"ppt/", "PowerPointファイル", "a PowerPoint file"),
)


def refuse_documents(data: bytes) -> None:
    """Refuse a PDF, a picture, a zip or an Office file, named by its first bytes, with what to
    give instead (one line; never 「文字コードを判別できません」 or a PDF read as text)."""
    start = data[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
    found = next((one for one in _DOCUMENTS if start.startswith(one[0])), None)
    if found is None and start[:4] == b"RIFF" and start[8:12] == b"WEBP":
        found = (b"", "画像ファイル", "an image file", "")
    if (
        found is None
        and start[4:8] == b"ftyp"
        and start[8:12] in (b"heic", b"heix", b"mif1", b"avif")
    ):
        found = (b"", "画像ファイル", "an image file", "")
    if found is None and start.startswith(b"PK\x03\x04"):
        named = next(((ja, en) for mark, ja, en in _ZIPPED if mark in data[:4096]), None)
        ja, en = named or ("ZIPファイル", "a ZIP file")
        found = (b"", ja, en, "展開せず、" if named is None else "ファイルは開かず、")
    if found is not None:
        _, ja, en, first = found
        raise _refuse(
            f"{ja}は確認できません。{first}メール本体（.eml ファイル）か、本文をテキストで指定してください",
            f"{en} cannot be checked;{' do not open it;' if first else ''} give the e-mail itself"
            " (its .eml file) or the message text",
        )


def looks_binary(data: bytes) -> bool:
    """Tell whether ``data`` is a binary file rather than a message, from its first 8 KiB.

    NUL bytes: file formats put them among their first bytes (PNG, ZIP, gzip, JPEG, ELF) and
    UTF-16 without a byte order mark is one byte in two, so a NUL among the first
    :data:`_NUL_AT_START` bytes, or NULs over 1 % of the sample (and more than two), mean binary.
    A stray NUL further into a text (a copy from a terminal, a truncated write) does not: it
    carries nothing and :func:`primehelp.message_read.read_message` drops it.
    """
    sample = data[:8192]
    nuls = sample.count(0)
    if nuls and (0 in sample[:_NUL_AT_START] or nuls > max(2, len(sample) // 100)):
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls * 20 > len(sample)  # more than 5 % control characters


def _japanese(text: str) -> int:
    """How many hiragana, full-width katakana and common kanji ``text`` holds."""
    return sum(1 for ch in text if "\u3041" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")


def _clean(text: str) -> bool:
    """Whether a decoding reads as text: no private-use character (cp932's user-defined area,
    where EUC-JP's bytes land) and no C1 control character."""
    return not any("\ue000" <= ch <= "\uf8ff" or "\x80" <= ch <= "\x9f" for ch in text)


def _guess(data: bytes) -> tuple[str, str] | None:
    """The decoding of ``data`` that is clean and holds the most kana and kanji; UTF-8 first
    (Japanese in another encoding is almost never valid UTF-8), cp932 on a tie."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for codec in _JAPANESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _clean(text) and (best is None or _japanese(text) > best[0]):
            best = (_japanese(text), text, _ENCODING_NAMES[codec])
    return None if best is None else (best[1], best[2])


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode plain-text bytes: UTF-8 (with or without BOM), ISO-2022-JP, Shift_JIS/cp932,
    EUC-JP.

    Return ``(text, encoding)``; raise :class:`BadInput` for binary bytes, and for bytes no
    encoding decodes cleanly (never a guess read with replacement characters: review 36a, 5).
    """
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise _refuse(*BINARY)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x1b$" in data or b"\x1b(" in data:
        for codec in ("iso2022_jp_ext", "iso2022_jp_2"):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                continue
        from primehelp.message_jis import decode_ms  # Microsoft's ① and ㈱ (review 43a, 2)

        try:
            return decode_ms(data), "iso-2022-jp"
        except UnicodeDecodeError:
            if b"\x1b$" in data:  # two-byte JIS no decoder reads: never its bytes as UTF-8
                raise _refuse(UNDECODABLE_JA, UNDECODABLE_EN) from None
    found = _guess(data)
    if found is not None:
        return found
    raise _refuse(UNDECODABLE_JA, UNDECODABLE_EN)


UNDECODABLE_JA = (
    "文字コードを判別できません。本文を正しく読み取れないため、判定はしていません"
    "（対応している文字コード：UTF-8、Shift_JIS、EUC-JP、ISO-2022-JP）"
)
UNDECODABLE_EN = (
    "cannot tell the text encoding: the text cannot be read correctly, so it is not judged"
    " (accepted: UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP)"
)


def undeclared(part: Message, known: Callable[[str], bool]) -> tuple[str | None, str]:
    """How a mail part that declares no charset is read, and how the format line says it: by
    an HTML part's ``<meta charset>`` (「meta:shift_jis」) when it names a ``known`` one, as a
    browser reads it, else by guessing (「?shift_jis」, 「?」 when nothing decodes): review 40a,
    S 17 and 42a, item 16."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None, "?"
    if part.get_content_subtype() == "html" and b"charset" in payload[:4096].lower():
        import re

        meta = re.search(rb"(?i)<meta[^>]{0,200}?charset\s*=\s*[\"']?([a-z0-9_.:-]{1,40})", payload)
        if meta and known(name := meta[1].decode("ascii").lower()):
            return name, f"meta:{name}"
    try:
        return None, "?" + decode_text(payload)[1]
    except BadInput:
        return None, "?"
