"""Normalize pasted phone numbers (``0120-999-373``, full-width, ``+81 …``) to their digits.

Whether a number reaches Amazon is :mod:`primehelp.number_check`: ``contact`` needs only the
normalizing, not the verdict classes (start-up time, issue 5).
"""

from __future__ import annotations

import unicodedata

from primehelp.errors import BadInput, shown
from primehelp.i18n import Text
from primehelp.invisible import without_invisible

_SEPARATORS = frozenset(" -.()/\u3000‐‑‒–—―−ーｰ")
_SHORT_CODE_DIGITS = 3
_HASH_CODE_DIGITS = 4  # #9110 (police consultation), #7119 …
_NATIONAL_DIGITS = range(10, 12)  # 03-1234-5678, 090-1234-5678, 0120-999-373
_INTERNATIONAL_DIGITS = range(8, 16)  # E.164 allows at most 15
_JAPAN = "81"

ACCEPTED_FORMS = Text(
    ja="使える形式：0120-999-373、０１２０－９９９－３７３、(03) 5757 5252、+81 120 999 373、188、#9110",
    en="accepted forms: 0120-999-373, ０１２０－９９９－３７３, (03) 5757 5252, +81 120 999 373, 188, #9110",
)


def not_a_number(raw: str, problem: Text) -> BadInput:
    """The error for ``raw``, which is not a phone number because of ``problem``."""
    return BadInput(
        Text(
            ja=f"{shown(raw)} は電話番号として読めません（{problem.ja}）。{ACCEPTED_FORMS.ja}",
            en=f"Not a phone number {shown(raw)}: {problem.en}; {ACCEPTED_FORMS.en}",
        )
    )


def normalize(raw: str) -> str:
    """Return the digits of a pasted number in national form (``+81 120…`` → ``0120…``).

    Full-width digits and separators are accepted; invisible characters pasted along
    (zero-width spaces, direction marks, a byte order mark) are ignored. A number abroad
    keeps its ``+`` and country code (``+1 206…`` → ``+1206…``), and a ``#`` short code its
    ``#`` (``#9110``), so the result normalizes to itself.
    Raise :class:`BadInput` for anything that is not a phone number.
    """
    text = unicodedata.normalize("NFKC", without_invisible(raw)).strip()
    if not text:
        raise not_a_number(raw, Text("空です", "it is empty"))
    international = text.startswith("+")
    hash_code = text.startswith("#")
    body = text[1:] if international or hash_code else text
    digits = ""
    for ch in body:
        if "0" <= ch <= "9":
            digits += ch
        elif ch not in _SEPARATORS:
            raise not_a_number(
                raw, Text(f"使えない文字 {shown(ch)} があります", f"it contains {shown(ch)}")
            )
    if hash_code:
        if len(digits) != _HASH_CODE_DIGITS:
            raise not_a_number(raw, Text("「#」の後は4桁です", "'#' is followed by 4 digits"))
        return "#" + digits
    if not international and digits.startswith(_JAPAN) and len(digits) - 1 in _NATIONAL_DIGITS:
        international = True  # "81 120 999 373" pasted without its plus
    if international and digits.startswith(_JAPAN):
        digits = "0" + digits[len(_JAPAN) :].removeprefix("0")  # "+81 (0)3 …" keeps one 0
        international = False
    if not international and not digits.startswith("0") and len(digits) != _SHORT_CODE_DIGITS:
        # 12345 is too short for a number in Japan (10 or 11 digits), not too long for 110
        if len(digits) < _NATIONAL_DIGITS.start:
            raise not_a_number(raw, Text("桁数が足りません", "too few digits"))
        if len(digits) in _NATIONAL_DIGITS:
            raise not_a_number(raw, Text("先頭の 0 がありません", "the leading 0 is missing"))
    if not international and not digits.startswith("0") and len(digits) == _SHORT_CODE_DIGITS:
        return digits  # 110, 188 …: check-number names the public-service ones
    allowed = _INTERNATIONAL_DIGITS if international else _NATIONAL_DIGITS
    if len(digits) < allowed.start:
        raise not_a_number(raw, Text("桁数が足りません", "too few digits"))
    if len(digits) >= allowed.stop:
        raise not_a_number(raw, Text("桁数が多すぎます", "too many digits"))
    return "+" + digits if international else digits
