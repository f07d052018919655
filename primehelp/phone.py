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

# Every form as it is typed in a shell: a number with spaces, brackets or "#" is quoted (the
# shell splits "+81 120 999 373" into four arguments, refuses "(0120)" and drops "#9110" as a
# comment), so each example works when typed exactly as shown. The bracketed form uses Amazon's
# published number, not one the tool lists as circulating as 「Amazon」 (review 33a, S 15).
QUOTED_EXAMPLE = '"+81 120 999 373"'
ACCEPTED_FORMS = Text(
    ja=f'使える形式：0120-999-373、０１２０－９９９－３７３、{QUOTED_EXAMPLE}、"(0120) 999 373"、188、"#9110"',
    en=f'accepted forms: 0120-999-373, ０１２０－９９９－３７３, {QUOTED_EXAMPLE}, "(0120) 999 373", 188, "#9110"',
)
QUOTE_SPACES = Text(
    ja=f"番号に空白を入れる場合は、{QUOTED_EXAMPLE} のように引用符で囲んでください",
    en=f"quote a number that contains spaces, like {QUOTED_EXAMPLE}",
)


class NotANumber(BadInput):
    """``raw`` is not a phone number; ``too_short`` when only digits are missing (it may be
    the first piece of a number the shell split at its spaces)."""

    def __init__(self, message: Text, too_short: bool = False) -> None:
        super().__init__(message)
        self.too_short = too_short


_TOO_FEW = Text("桁数が足りません", "too few digits")


def not_a_number(raw: str, problem: Text, hint: Text | None = None) -> NotANumber:
    """The error for ``raw``, which is not a phone number because of ``problem``; ``hint``
    (e.g. to quote a number with spaces) comes before the accepted forms."""
    ja_hint, en_hint = (f"{hint.ja}。", f"; {hint.en}") if hint else ("", "")
    piece = hint is QUOTE_SPACES  # a piece of a number the shell split: 「…だけでは」
    alone = "だけでは" if piece else " は"
    return NotANumber(
        Text(
            ja=f"{shown(raw)}{alone}電話番号として読み取れません（{problem.ja}）。{ja_hint}{ACCEPTED_FORMS.ja}",
            en=f"{shown(raw)} is not a phone number primehelp can read{' on its own' if piece else ''}: {problem.en}{en_hint}; {ACCEPTED_FORMS.en}",
        ),
        too_short=problem is _TOO_FEW,
    )


# Copied along with a number out of a sentence (review 51a S 25): its closing 「。」 (「…まで
# 0120-999-373。」), a comma, a full stop, or the 「」 it was quoted in. Ignored like spaces.
_AFTER = "。、.,"
_QUOTES = (("「", "」"), ("『", "』"))


def copied(text: str) -> str:
    """``text`` (NFKC) without the punctuation copied along with a number: a trailing 「。」 「、」
    「.」 or 「,」, and the 「」 (or 『』) around it."""
    bare = text.strip().rstrip(_AFTER).strip()
    for start, end in _QUOTES:
        if bare.startswith(start) and bare.endswith(end):
            bare = bare[1:-1].strip().rstrip(_AFTER).strip()
    return bare if bare else text.strip()  # 「。」 alone: its own character refused


def _digit_group(raw: str) -> bool:
    """``raw`` is a group of digits only (``120``, ``９９９``): a piece of a split number."""
    text = copied(unicodedata.normalize("NFKC", without_invisible(raw)))
    return text.isascii() and text.isdigit()


def _readable(text: str) -> bool:
    try:
        normalize(text)
    except NotANumber:
        return False
    return True


def joined(raw_numbers: list[str]) -> list[str]:
    """The numbers as the member meant them: pieces the shell split at the spaces of an unquoted
    number (``+81`` ``120`` ``999`` ``373``) joined again with spaces.

    A piece too short to be a number, followed by groups of digits, is joined with them when
    exactly one run of them makes a readable number and leaves the groups after it readable in
    turn: ``+44 20 7946 0000`` is 12 digits, since ``+44 20 7946`` would leave ``0000`` alone
    (review 49a, item 8: it was refused as a number starting with 00). Otherwise (``+44 20 7946
    0120 999 373`` reads two ways) the error for the first piece says to quote a number with
    spaces, rather than offering the form just typed.
    """
    result: list[str] = []
    index = 0
    while index < len(raw_numbers):
        raw = raw_numbers[index]
        index += 1
        try:
            normalize(raw)
        except NotANumber as error:
            groups = 0
            while index + groups < len(raw_numbers) and _digit_group(raw_numbers[index + groups]):
                groups += 1
            if not error.too_short or not groups:
                raise
            readable = [
                count
                for count in range(1, groups + 1)
                if _readable(" ".join([raw, *raw_numbers[index : index + count]]))
                and _all_read(raw_numbers[index + count : index + groups])
            ]
            if len(readable) != 1 and len(raw.split()) > 1:  # quoted already (63a R-minor 7)
                raise
            if len(readable) != 1:  # none, or several ways to read the pieces: ask for quotes
                raise not_a_number(raw, _TOO_FEW, QUOTE_SPACES) from None
            result.append(" ".join([raw, *raw_numbers[index : index + readable[0]]]))
            index += readable[0]
            continue
        result.append(raw)
    return result


def _all_read(pieces: list[str]) -> bool:
    """Whether ``pieces`` (groups of digits left after a joined number) all read as numbers."""
    try:
        joined(pieces)
    except NotANumber:
        return False
    return True


# What is written before a number copied from a link or a page: 「tel:0120…」, 「TEL 0120…」,
# 「電話：0120…」 (after NFKC: 「：」 is ":"); review 36a, S 19. Japanese pages and SMS write a
# toll-free or NTT navi-dial number after its kind: 「フリーダイヤル0120…」 (review 43a, S 29).
_LABELS = (
    "tel:",
    "tel.",
    "tel",
    "電話番号",
    "電話",
    "フリーダイヤル",
    "フリーコール",
    "ナビダイヤル",
    # the phone symbol an SMS writes before its number (review 44a, item 4; 「℡」 is 「TEL」)
    "☎",
    "📞",
)
_NEITHER_0_NOR_PLUS = Text("先頭が 0 でも + でもありません", "it starts with neither 0 nor +")


def without_label(text: str) -> str:
    """``text`` without a leading 「tel:」, 「電話：」 or 「フリーダイヤル」 (and the ``//`` of
    「tel://」)."""
    folded = text.casefold()
    for label in _LABELS:
        if folded.startswith(label):
            return text[len(label) :].lstrip(":/ ").strip()
    return text


def north_american(piece: str) -> str:
    """``piece`` with a ``+`` before a number written the North American way, 1-855-370-0151 or
    1 (855) 370-0151 (a number `contact` lists as circulating; review 43a). No number in Japan
    starts with 1 and has 11 digits; check-message and check-number read it alike (review 44a,
    item 4). Eleven digits run together are read so too when they are shaped as one (18553700151,
    as a call log shows it: review 62a, B 3): its area code and exchange start with 2 to 9;
    check-message leaves such a run unread (a payment or order number in genuine mail)."""
    digits = sum(c.isdigit() for c in piece)
    if digits == 11 and piece.startswith("1") and len(piece) > 1 and not piece[1].isdigit():
        return "+" + piece
    if len(piece) == 11 and piece.isascii() and piece.isdigit() and piece[0] == "1":
        return "+" + piece if piece[1] in "23456789" and piece[4] in "23456789" else piece
    return piece


def plus_hint(text: str) -> Text:
    """「海外の番号なら、"+1-855-370-0151" のように + と国番号から入力してください」: the number as
    typed with a + (in place of an international prefix 00), for a number that reads as one
    abroad; without an example when the digits after 00 are not joined to it (00-1234-5678), or
    are no possible number abroad (review 49a, item 7: 0077-12-3456 was offered "+77-12-3456")."""
    from primehelp.country_codes import possible_abroad  # errors only (start-up)

    body = text.removeprefix("00")
    digits = sum(ch.isdigit() for ch in body)
    code = body[: next((at for at, ch in enumerate(body) if not ch.isdigit()), 0)]
    possible = body[:1].isdigit() and possible_abroad("".join(filter(str.isdigit, body)), code)
    if not possible or digits >= _INTERNATIONAL_DIGITS.stop or len(body) > 2 * digits:
        return Text(
            "海外の番号なら、+ と国番号から入力してください",
            "for a number abroad, type + and the country code",
        )
    return Text(
        f'海外の番号なら、"+{body}" のように + と国番号から入力してください',
        f'for a number abroad, type + and the country code, like "+{body}"',
    )


def japan_hint(lead: str, body: str) -> Text | None:
    """「0081で始まる番号は、日本の国番号（81）を付けた国際電話の形です。"+81-120-999-373" のように
    + から、または 0120-999-373 のように 0 から入力してください」: a number in Japan typed after an
    international prefix is not one abroad (review 51a item 2; review 56a item 12: 「0081 のあとは
    日本の番号です」 read oddly). ``lead``: the prefix and 81 as said (「0081」,
    「010-81」); ``body``: what follows the prefix. None when it does not start with 81."""
    body = body.lstrip("".join(_SEPARATORS))
    if not body.startswith(_JAPAN):
        return None
    said = Text(
        f"{lead}で始まる番号は、日本の国番号（81）を付けた国際電話の形です",
        f"a number starting with {lead} is a number in Japan in the international form "
        "(country code 81)",
    )
    rest = body[len(_JAPAN) :].lstrip("".join(_SEPARATORS))
    national = rest if rest.startswith("0") else "0" + rest
    if not rest[:1].isdigit() or sum(ch.isdigit() for ch in national) not in _NATIONAL_DIGITS:
        return Text(
            f"{said.ja}。+81 から、または 0 から入力してください",
            f"{said.en}: start it with +81, or with 0",
        )
    plus = body[: len(body) - len(rest)] + rest.removeprefix("0")  # +81 and no trunk 0
    return Text(
        f'{said.ja}。"+{plus}" のように + から、または {national} のように 0 から入力してください',
        f'{said.en}: type it with +, like "+{plus}", or start it with 0, like {national}',
    )


# The international call prefixes of carriers in Japan, which 010 may follow (001-010-1-…):
# typed before a number abroad they are no part of its country code (review 46a, item 6: the
# hint offered "+1-1-855-370-0151" for 001-1-855-370-0151, which hid a listed number).
_CARRIER_PREFIXES = ("001", "0033", "0041", "0061")
_CARRIER_NOTE = Text(
    "（国際電話の事業者番号 001・0033・0041・0061 と 010 は入れません）",
    " (leave out a carrier's international prefix, 001, 0033, 0041 or 0061, and 010)",
)


def carrier_hint(typed: str) -> Text | None:
    """The + hint for ``typed`` (NFKC) when it starts with a carrier's international prefix:
    the number after it (and after 010) with a +, and that the prefix is left out; None for
    any other number. Written without separators, where the prefix ends is not known: no
    example then."""
    head = next((at for at, ch in enumerate(typed) if not ch.isdigit()), len(typed))
    if head == len(typed) or typed[:head] not in _CARRIER_PREFIXES:
        if typed.startswith(_CARRIER_PREFIXES) and head == len(typed):
            hint = plus_hint("")
            return Text(hint.ja + _CARRIER_NOTE.ja, hint.en + _CARRIER_NOTE.en)
        return None
    rest = typed[head:].lstrip("".join(_SEPARATORS))
    more = next((at for at, ch in enumerate(rest) if not ch.isdigit()), len(rest))
    if rest[:more] == "010" and more < len(rest):
        rest = rest[more:].lstrip("".join(_SEPARATORS))
    hint = plus_hint("00" + rest)
    return Text(hint.ja + _CARRIER_NOTE.ja, hint.en + _CARRIER_NOTE.en)


def normalize(raw: str) -> str:
    """Return the digits of a pasted number in national form (``+81 120…`` → ``0120…``).

    Full-width digits and separators are accepted; invisible characters pasted along
    (zero-width spaces, direction marks, a byte order mark) are ignored. A number abroad
    keeps its ``+`` and country code (``+1 206…`` → ``+1206…``), and a ``#`` short code its
    ``#`` (``#9110``), so the result normalizes to itself.
    Raise :class:`BadInput` for anything that is not a phone number.
    """
    text = without_label(copied(unicodedata.normalize("NFKC", without_invisible(raw))))
    text = north_american(text)  # 1-855-370-0151, as check-message reads it (44a, item 4)
    if not text:  # 「電話番号が空です」, as every empty value is said (review 51a, item 26)
        raise NotANumber(
            Text(
                f"電話番号が空です。{ACCEPTED_FORMS.ja}",
                f"the phone number is empty; {ACCEPTED_FORMS.en}",
            )
        )
    international = text.startswith("+")
    hash_code = text.startswith("#")
    body = text[1:] if international or hash_code else text
    digits = ""
    for ch in body:
        if "0" <= ch <= "9":
            digits += ch
        elif ch == "+":  # 「++81」: the accepted forms start with one (review 34a, S 21)
            raise not_a_number(
                raw, Text("「+」は先頭に1つだけ使えます", "'+' is allowed once, at the start")
            )
        elif ch not in _SEPARATORS:
            raise not_a_number(
                raw, Text(f"使えない文字 {shown(ch)} があります", f"it contains {shown(ch)}")
            )
    if hash_code:
        if len(digits) != _HASH_CODE_DIGITS:
            raise not_a_number(raw, Text("「#」の後は4桁です", "'#' is followed by 4 digits"))
        return "#" + digits
    if international and digits.startswith("0") and not digits.startswith("00"):
        # No country code starts with 0: 「+0120999373」 is 0120-999-373 with a stray + (review
        # 39a S 40: it was called 「海外の番号」, a former Amazon number read as one abroad).
        international = False
    if not international and digits.startswith("00"):
        from primehelp.phone_plan import carrier_toll_free  # only for these (start-up)

        if carrier_toll_free(digits):
            return digits  # 0066-33-123456: 8 to 17 digits (review 39a item 4)
    if not international and digits.startswith(_JAPAN) and len(digits) - 1 in _NATIONAL_DIGITS:
        international = True  # "81 120 999 373" pasted without its plus
    if international and digits.startswith(_JAPAN):
        digits = "0" + digits[len(_JAPAN) :].removeprefix("0")  # "+81 (0)3 …" keeps one 0
        international = False
    if not international and not digits.startswith("0") and len(digits) != _SHORT_CODE_DIGITS:
        # 12345 is too short for a number in Japan (10 or 11 digits), not too long for 110
        if len(digits) < _NATIONAL_DIGITS.start:
            raise not_a_number(raw, _TOO_FEW)
        if _NATIONAL_DIGITS.start < len(digits) < _INTERNATIONAL_DIGITS.stop:  # 1-855-370-0151
            # 184-0120-…/186-0120-… is no number abroad: no hint of one (review 57a S 15; what
            # 184 and 186 are is not in the fact sheet, so it is not said)
            caller_id = digits[:3] in ("184", "186") and digits[3:4] == "0"
            raise not_a_number(raw, _NEITHER_0_NOR_PLUS, None if caller_id else plus_hint(text))
        if len(digits) in _NATIONAL_DIGITS:  # 855-370-0151 (North American, no 1): the hint
            # of 1-855-370-0151 too (review 47a, item 15.12)
            shaped = len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"
            hint = plus_hint("1-" + text) if shaped else None
            raise not_a_number(raw, Text("先頭の 0 がありません", "the leading 0 is missing"), hint)
    if not international and not digits.startswith("0") and len(digits) == _SHORT_CODE_DIGITS:
        return digits  # 110, 188 …: check-number names the public-service ones
    allowed = _INTERNATIONAL_DIGITS if international else _NATIONAL_DIGITS
    if len(digits) < allowed.start:
        raise not_a_number(raw, _TOO_FEW)
    if len(digits) >= allowed.stop:
        raise not_a_number(raw, Text("桁数が多すぎます", "too many digits"))
    return "+" + digits if international else digits
