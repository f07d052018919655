"""ISO-2022-JP as Japanese mailers write it: with Microsoft's extensions (CP50220/CP50221,
「ISO-2022-JP-MS」), the NEC special characters of row 13 (①, ㈱, ㍉) and the IBM extension
rows in ``ESC $ B``, and half-width katakana by ``ESC ( I`` or SO/SI. Python has no codec for
it: each character the standard ``iso2022_jp`` codec does not know is read through its
Shift_JIS form by ``cp932`` (review 43a, item 2: one ㈱ made the whole part read as garbage)."""

from __future__ import annotations

_ESC = 0x1B
_SO, _SI = 0x0E, 0x0F
# The designations read here, by the byte after ESC; anything else (JIS X 0212, GB2312…) is
# no Microsoft ISO-2022-JP and fails, to be said unreadable.
_SETS = {b"(B": "ascii", b"(J": "roman", b"(I": "kana", b"$@": "jis", b"$B": "jis"}


def _fail(data: bytes, at: int, why: str) -> UnicodeDecodeError:
    return UnicodeDecodeError("iso-2022-jp-ms", data, at, at + 1, why)


def _pair(first: int, second: int) -> str:
    """One two-byte JIS character: as ``iso2022_jp`` reads it (〜 stays U+301C, as in a mail
    without extensions), else its Shift_JIS form read by ``cp932``."""
    try:
        return bytes((_ESC, 0x24, 0x42, first, second)).decode("iso2022_jp")
    except UnicodeDecodeError:
        pass
    row = first - 0x21
    lead = (row >> 1) + (0x81 if row < 62 else 0xC1)
    trail = second + (0x1F if second < 0x60 else 0x20) if row % 2 == 0 else second + 0x7E
    return bytes((lead, trail)).decode("cp932")  # UnicodeDecodeError when cp932 lacks it too


def _run(data: bytes, start: int, end: int) -> str:
    """A run of two-byte characters: whole by ``iso2022_jp`` (most runs), else pair by pair."""
    run = data[start:end]
    if len(run) % 2 or any(not 0x21 <= byte <= 0x7E for byte in run):
        raise _fail(data, start, "not a two-byte JIS character")
    try:
        return (b"\x1b$B" + run + b"\x1b(B").decode("iso2022_jp")
    except UnicodeDecodeError:
        pass
    try:
        return "".join(_pair(run[i], run[i + 1]) for i in range(0, len(run), 2))
    except UnicodeDecodeError:
        raise _fail(data, start, "a character neither JIS X 0208 nor cp932 has") from None


def decode_ms(data: bytes) -> str:
    """Decode ISO-2022-JP with Microsoft's extensions; raise :class:`UnicodeDecodeError` on a
    byte over 0x7F, an unknown designation, or a character cp932 does not have either."""
    out: list[str] = []
    mode, shifted, at = "ascii", False, 0
    while at < len(data):
        byte = data[at]
        if byte > 0x7F:
            raise _fail(data, at, "an 8-bit byte")
        if byte == _ESC:
            mode = _SETS.get(data[at + 1 : at + 3], "")
            if not mode:
                raise _fail(data, at, "an escape sequence ISO-2022-JP-MS does not use")
            at += 3
            continue
        if byte in (_SO, _SI):
            shifted, at = byte == _SO, at + 1
            continue
        end = at + 1
        while end < len(data) and data[end] not in (_ESC, _SO, _SI) and data[end] <= 0x7F:
            end += 1
        if mode == "jis" and not shifted:
            # Line breaks inside a two-byte run are a mailer's error; keep them as text.
            for piece in _lines(data, at, end):
                out.append(piece)
        elif shifted or mode == "kana":
            out.append(
                bytes(b + 0x80 if 0x21 <= b <= 0x5F else b for b in data[at:end]).decode("cp932")
            )
        elif mode == "roman":
            out.append(data[at:end].decode("ascii").replace("\\", "¥").replace("~", "‾"))
        else:
            out.append(data[at:end].decode("ascii"))
        at = end
    return "".join(out)


def _lines(data: bytes, start: int, end: int) -> list[str]:
    """A two-byte run split at CR and LF, each piece read by :func:`_run`."""
    pieces: list[str] = []
    at = start
    for index in range(start, end + 1):
        if index == end or data[index] in (0x0A, 0x0D):
            if index > at:
                pieces.append(_run(data, at, index))
            if index < end:
                pieces.append(chr(data[index]))
            at = index + 1
    return pieces
