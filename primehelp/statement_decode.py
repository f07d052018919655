"""A card statement's bytes → its text: UTF-8 with or without a BOM, else Shift_JIS (cp932);
anything else refused in words that say what the file is (moved out of
:mod:`primehelp.statement_csv`, 400-line rule). Pure.
"""

from __future__ import annotations

import re
from enum import StrEnum

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


def _refuse(ja: str, en: str) -> BadInput:
    return BadInput(Text(ja=ja, en=en))


def check_size(size: int) -> None:
    """Refuse a file over :data:`MAX_FILE_BYTES` (the CLI reads at most one byte more)."""
    if size > MAX_FILE_BYTES:
        mib = MAX_FILE_BYTES // (1024 * 1024)
        raise _refuse(
            f"明細のファイルが大きすぎます（受け付けるのは {megabytes(MAX_FILE_BYTES)}までです）。"
            "カード会社のサイトから、月ごとなど短い期間のCSVを保存してください",
            f"the statement file is too large (accepted: up to {mib} MiB); "
            "save a CSV for a shorter period (a month, say) from the card company's site",
        )


def decode(data: bytes) -> tuple[str, Encoding]:
    """The text of a CSV file: UTF-8 with or without a BOM, else Shift_JIS (cp932).

    Anything else (binary data, UTF-16, another encoding, control characters) is refused.
    """
    check_size(len(data))
    text: str | None = None
    encoding = Encoding.UTF8
    if b"\x00" not in data:  # UTF-16 and binary files hold NUL bytes; CSV text never does
        if data.startswith(b"\xef\xbb\xbf"):
            text, encoding = _strictly(data[3:], "utf-8"), Encoding.UTF8_BOM
        else:
            text = _strictly(data, "utf-8")
            if text is None:
                text, encoding = _strictly(data, "cp932"), Encoding.SHIFT_JIS
    if text is not None:
        text = text.removesuffix("\x1a")  # the end-of-file mark of old DOS tools
    if text is None or _CONTROL.search(text):
        raise _refuse(
            "明細のファイルを読み込めません（UTF-8 でも Shift_JIS でもない文字が含まれています）。CSV（UTF-8 または Shift_JIS）で保存したファイルを指定してください",
            "cannot read the statement file: it holds text that is neither UTF-8 nor Shift_JIS; give a CSV file saved as UTF-8 or Shift_JIS",
        )
    if not text.strip():
        raise _refuse(
            "明細のファイルが空です。カード会社のサイトから保存したCSVファイルを指定してください",
            "the statement file is empty; give the CSV file saved from the card company's site",
        )
    return text, encoding


def _strictly(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
