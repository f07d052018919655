"""Amounts as members paste them (``primehelp charge AMOUNT``): :func:`parse_amount`.

Moved out of :mod:`primehelp.charges` (the 400-line limit); that module re-exports it.
"""

import unicodedata
from decimal import Decimal
from typing import NamedTuple

from primehelp.errors import BadInput, shown
from primehelp.i18n import Text
from primehelp.invisible import without_invisible
from primehelp.lazy_pattern import LazyPattern

JPY, USD = "JPY", "USD"
# The largest amount read: a card statement line, not a house.
LIMITS = {JPY: Decimal(10_000_000), USD: Decimal(100_000)}


class Amount(NamedTuple):
    """An amount in the currency's units (``Decimal("600")`` yen, ``Decimal("14.99")`` dollars).

    Negative for a refund. A named tuple (start-up time, round 30), written to JSON as an object.
    """

    value: Decimal
    currency: str  # "JPY" or "USD"


# ---------------------------------------------------------------- reading an amount

_REFUND_FORMS = Text(
    "返金は -600、△600、▲600 のように書きます", "a refund is written -600, △600 or ▲600"
)
# Review 56c, item 1: the dollar forms that need no quotes first (an unquoted 「$14.99」 loses
# 「$1」 in the shell); '$14.99' no more (one quoted form is enough).
_YEN_LIST = Text("600、5,900、¥5,900、5900円", "600, 5,900, ¥5,900, 5900円")
# Review 62c, S 4: the same dollar forms as `charge --help` (「14.99USD」 listed too)
_DOLLAR_LIST = Text("14.99ドル、USD14.99、14.99USD、'US$14.99'", "USD14.99, 14.99USD, 'US$14.99'")
_FORM_LIST = Text(
    f"使える形式：{_YEN_LIST.ja}、{_DOLLAR_LIST.ja}",
    f"accepted forms: {_YEN_LIST.en}, {_DOLLAR_LIST.en}",
)
_FORMS = Text(
    # dollars quoted as typed: the shell eats an unquoted 「$1」 (review 45c, item 9)
    # the refund forms out of the parenthesis about dollars, ▲ listed (review 49c, item 7)
    f"{_FORM_LIST.ja}（$ を付ける形は半角の引用符 ' で囲みます）。{_REFUND_FORMS.ja}",
    f"{_FORM_LIST.en} (a $ in single quotes, for the shell); {_REFUND_FORMS.en}",
)
# Review 56c, item 1: what the shell may have left of an unquoted 「$14.99」 (「4.99」, 「.99」,
# 「00000」 of $100000) is never repeated in an example: the forms with no $ first, and why.
_SHELL_DOLLARS = Text(
    "ドルの金額は、明細どおりの金額を 14.99ドル、USD14.99 または 'US$14.99' のように指定してください。"
    "$ を引用符で囲まずに書くと、シェルが「$1」などの部分を消してしまい、"
    f"金額が変わります（例：$14.99 → 4.99）。円の金額は {_YEN_LIST.ja} のように書きます。"
    f"{_REFUND_FORMS.ja}",
    "for dollars, give USD14.99, 14.99USD or 'US$14.99' as on the statement (an unquoted $ "
    f"lets the shell remove 「$1」 and the like: $14.99 → 4.99); {_REFUND_FORMS.en}",
)
# Minus signs pasted from statements and spreadsheets; ▲ and △ mark negatives in Japanese
# accounts. NFKC turns the full-width forms (－, ＄, ￥, ，, ．) into ASCII first.
_MINUS = str.maketrans(dict.fromkeys("−▲△", "-"))
# Direction overrides and isolates reorder what is shown: refused, never removed.
_REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# ASCII digits only, after NFKC (full-width ones become ASCII): 「٦٠٠」, 「६००」 are no yen
# (review 39c, S 5); 「米ドル」, as every screen writes dollars, is read (S 4).
# Compiled at their first use (start-up: renewal imports this module and reads no amount; the
# two after it only for an amount refused).
_AMOUNT = LazyPattern(
    r"(?a)(?P<sign>-)?\s*(?P<before>US\$|USD|JPY|\$|¥)?\s*(?P<sign_after>-)?\s*"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?\s*(?P<after>円|JPY|USD|米ドル|ドル)?"
)
# Another currency (€10, EUR 10, £5, A$20…): the refusal says which two are read (31c, S 10).
_OTHER_CURRENCY = LazyPattern(
    r"[€£₩₹元]|EUR|GBP|KRW|CNY|RMB|AUD|CAD|ユーロ|ポンド|ウォン|(?<![A-Z])(?:A|C|HK|NZ|S)\$"
)
# Review 60c, S 13: what to give instead (the yen amount the statement converted it to).
_ONLY_YEN_AND_DOLLARS = Text(
    "は読み取れません。使える通貨は円と米ドルだけです。明細に円に換算した金額があれば、"
    "その金額を指定してください",
    "cannot be read: only yen and US dollars are accepted; if the statement shows the amount"
    " converted to yen, give that amount",
)
# What the shell leaves of an unquoted US$14.99 or US$139 (「US4.99」, 「US39」): 「$1」 replaced
_SHELL_ATE_DOLLAR = LazyPattern(r"-?US[\d.,]+")
# Review 52c, item 3: the quoting said once; 56c, item 1: the forms with no $ first, and why.
_SHELL = Text(
    f"は金額として読み取れません。{_SHELL_DOLLARS.ja}",
    f"is not an amount primehelp can read; {_SHELL_DOLLARS.en}",
)
# What the shell leaves of an unquoted $1.99 or $100000 (「.99」, 「00000」, 「0600」): no yen
# amount starts with a point or, longer than 「0」, with a zero (review 56c, item 1).
_SHELL_ATE_START = LazyPattern(r"(?a)-?(?:\.\d+|0[\d,]*\d(?:\.\d+)?)")
_CURRENCY = {"US$": USD, "USD": USD, "$": USD, "米ドル": USD, "ドル": USD, "JPY": JPY, "¥": JPY}
_CURRENCY["円"] = JPY


def _refused(raw: str, problem: Text | None = None) -> BadInput:
    why = problem or Text("は金額として読み取れません", "is not an amount primehelp can read")
    return BadInput(
        Text(
            f"{shown(raw)} {why.ja}。{_FORMS.ja}",
            f"{shown(raw)} {why.en}; {_FORMS.en}",
        )
    )


def parse_amount(text: str) -> Amount:
    """Read an amount: ``600``, ``¥5,900``, ``５，９００円``, ``JPY 5900``, ``US$14.99``, ``$14.99``,
    ``14.99 USD``; a leading ``-``, ``−``, ``▲`` or ``△`` makes it a refund.

    Yen are whole (``600.00`` is read as 600); dollars have at most two decimals. Anything
    else is a :class:`BadInput` naming the accepted forms, in both languages.
    """
    if _REORDERING.intersection(text):
        raise _refused(text)
    if not text.strip():  # 「金額が空です。」, not 「「」は金額として…」 (review 45c, S 22)
        raise BadInput(Text(f"金額が空です。{_FORMS.ja}", f"the amount is empty; {_FORMS.en}"))
    normal = unicodedata.normalize("NFKC", without_invisible(text)).translate(_MINUS).strip()
    # a leading 「ー」 (the long-vowel mark an IME gives for 「-」) is a minus; 「ユーロ」 keeps it
    normal = "-" + normal[1:] if normal.startswith("ー") else normal  # review 56c, S 15
    match = _AMOUNT.fullmatch(normal.strip().upper())
    if match is None and _OTHER_CURRENCY.search(normal.upper()):
        raise _refused(text, _ONLY_YEN_AND_DOLLARS)
    plain = normal.strip().upper()
    if _SHELL_ATE_DOLLAR.fullmatch(plain) or _SHELL_ATE_START.fullmatch(plain):
        # 「US4.99」 from US$14.99 unquoted (review 38c, item 21), 「.99」 from $1.99 (56c, 1)
        raise BadInput(Text(f"{shown(text)} {_SHELL.ja}", f"{shown(text)} {_SHELL.en}"))
    if match is None or (match["sign"] and match["sign_after"]):
        raise _refused(text)
    named = {_CURRENCY[c] for c in (match["before"], match["after"]) if c is not None}
    if len(named) > 1:
        raise _refused(
            text,
            Text(
                "は金額として読み取れません（通貨が二つ書かれています）",
                "is not an amount primehelp can read: it names two currencies",
            ),
        )
    currency = named.pop() if named else JPY
    fraction = match["fraction"] or ""
    if currency == JPY and fraction.strip("0"):
        raise _yen_with_decimals(text)
    if currency == USD and len(fraction) > 2:
        raise _refused(
            text,
            Text(
                "は金額として読み取れません（セントの桁が多すぎます）",
                "is not an amount primehelp can read: more than two decimals",
            ),
        )
    whole = match["whole"].replace(",", "").lstrip("0") or "0"
    if len(whole) > len(str(LIMITS[currency])):  # before Decimal: 100,000 digits stay text
        raise _too_large(text)
    value = Decimal(whole) + (Decimal(f"0.{fraction}") if currency == USD and fraction else 0)
    if value == 0:  # review 17a, S 8: say what cannot be done (「調べられません」: 59c, R-minor 11)
        zero = Text("0円", "0 yen") if currency == JPY else Text("0ドル", "0 dollars")
        raise BadInput(
            Text(
                f"{zero.ja}の請求は調べられません。明細に書かれている金額を指定してください。{_FORMS.ja}",
                f"a charge of {zero.en} cannot be checked: give the amount on the statement; "
                f"{_FORMS.en}",
            )
        )
    if value > LIMITS[currency]:
        raise _too_large(text)
    return Amount(-value if match["sign"] or match["sign_after"] else value, currency)


def _yen_with_decimals(raw: str) -> BadInput:
    """「600.5」, 「4.99」 (what the shell leaves of an unquoted $14.99): yen take no decimal
    point; never the typed digits as a dollar example (review 56c, item 1: 「'US$4.99'」 was the
    wrong amount), the forms with no $ first, once, with the refund forms (49c, item 8). 「600.0」
    is read as 600 yen: the sentence names the fraction, not the point (review 59c, R-minor 10)."""
    return BadInput(
        Text(
            f"{shown(raw)}は円の金額として読み取れません。"
            "円の金額に1円未満の端数（小数点以下が0でない数）は使えません。"
            f"{_SHELL_DOLLARS.ja}",
            f"{shown(raw)} is not a yen amount primehelp can read: yen take no fraction of a yen "
            "(digits after the point other than 0); "
            f"{_SHELL_DOLLARS.en}",
        )
    )


def _too_large(raw: str) -> BadInput:
    return _refused(
        raw,
        Text(
            "は金額として大きすぎます（受け付けるのは1,000万円または10万米ドルまでです）",
            "is too large for an amount (up to ¥10,000,000 or US$100,000)",
        ),
    )


def check_text(text: str) -> str:
    """The statement text, control characters made spaces; :class:`BadInput` when it has a NUL
    or nothing but spaces and control characters."""
    cleaned = " ".join("".join(" " if ch < " " else ch for ch in text).split())
    if "\x00" in text or not cleaned:
        raise BadInput(
            Text(
                "明細の表記が空か、表示できない文字だけです。カードの明細の表記を指定してください（例：AMAZON DOWNLOADS）",
                "the statement text (TEXT) is empty or unreadable; give the words on the card "
                "statement, e.g. AMAZON DOWNLOADS",
            )
        )
    if not any(ch.isalpha() for ch in cleaned):  # 「*」, 「1/3」: no company to name (46c, S 14)
        raise BadInput(
            Text(
                "明細の表記に文字がなく、記号や数字だけです。カードの明細の表記を指定してください（例：AMAZON DOWNLOADS）",
                "the statement text (TEXT) has no letters, only signs or digits; give the words on "
                "the card statement, e.g. AMAZON DOWNLOADS",
            )
        )
    return cleaned


# charge's options: after 「--」 they are TEXT words, never options (review 39c, S 3)
_OPTIONS = ("--date", "--json", "--lang", "--statement", "--columns")
# a digit at least (blank is check_text's); compiled when a TEXT is given (ASCII digits: (?a))
_DIGITS = LazyPattern(r"(?a)[\d,\s]*\d[\d,\s]*")


# The longest statement text read (TEXT, a statement file's description cell): a card prints a
# few dozen characters; a longer one is a pasted statement or another file, and the readings of
# a text's words are not meant for thousands of them (review 47c, item 6: 104,000 characters of
# 「AMAZON PRIME」 ran for minutes).
LONGEST_TEXT = 300


def check_words(words: list[str], amount: str = "600") -> None:
    """Refuse a statement text (TEXT, its words) that holds one of charge's options (typed after
    「--」: review 39c, S 3) or only digits (「5 900」: an amount with a space? S 14)."""
    given = next((w.split("=")[0] for w in words if w.split("=")[0] in _OPTIONS), None)
    if given is not None:
        raise BadInput(
            Text(
                f"明細の表記に「{given}」があります。`{given}` などのオプションは、"
                "`primehelp charge --date 2026-11-05 -- -5900 AMAZON PRIME` のように、`--` の前に書いてください",
                f"the statement text (TEXT) holds '{given}': write `{given}` and the other options "
                "before `--` (e.g. `primehelp charge --date 2026-11-05 -- -5900 AMAZON PRIME`)",
            )
        )
    joined = unicodedata.normalize("NFKC", " ".join(words))
    if len(joined) > LONGEST_TEXT:  # a statement pasted whole, perhaps (review 47c, item 6)
        raise BadInput(
            Text(
                f"明細の表記が長すぎます（{len(joined):,}文字）。明細の1行の表記（{LONGEST_TEXT}文字まで）だけを指定してください",
                f"the statement text (TEXT) is too long ({len(joined):,} characters): give the "
                f"text of one statement line only (up to {LONGEST_TEXT} characters)",
            )
        )
    if words and _is_date(joined):  # the date column copied after the amount (review 49c, 23)
        said = shown(joined)
        raise BadInput(
            Text(
                f"{said}は日付のようです。利用日は `--date {joined}` のように指定してください。"
                "明細の表記は AMAZON DOWNLOADS のような文字です",
                f"{said} looks like a date: give the date of use as `--date {joined}`; the "
                "statement text is words such as AMAZON DOWNLOADS",
            )
        )
    digits = bool(words) and _DIGITS.compiled.fullmatch(joined) is not None
    one_word = len(joined.split()) == 1  # 「- 1」 stays a text of no letters (46c, S 14)
    if words and one_word and not digits and _is_amount(joined.strip()):  # review 52c, item 21
        raise BadInput(
            Text(
                f"金額が2つ指定されています（{shown(amount)}と{shown(joined)}）。{_ONE_AMOUNT.ja}"
                "明細の表記は金額の後に書きます（例：`primehelp charge 600 AMAZON PRIME`）",
                f"two amounts given ({shown(amount)} and {shown(joined)}): {_ONE_AMOUNT.en}; "
                "the statement text comes after the amount (e.g. `primehelp charge 600 AMAZON PRIME`)",
            )
        )
    if words:
        _check_ends(words, amount)
    if digits:
        said = shown(joined)  # cut when long; one amount a time said too (review 52c, item 22)
        raise BadInput(
            Text(
                f"明細の表記が数字だけです（{said}）。金額に空白が入っていませんか。金額は空白を入れずに指定してください（例：5,900 または 5900）。{_ONE_AMOUNT.ja.removesuffix('。')}",
                f"the statement text (TEXT) is only digits ({said}): is there a space in the "
                f"amount? (give it without spaces, e.g. 5,900 or 5900); {_ONE_AMOUNT.en}",
            )
        )


# The currency marks typed before an amount as a word of their own, as many statements print
# it (「USD 14.99」: review 62c, R-minor 11), NFKC and case-folded.
_MARKS_BEFORE = frozenset({"usd", "us$", "$", "jpy", "¥"})


def unit_apart(amount: str, words: list[str] | None) -> tuple[str, list[str] | None]:
    """``charge USD 14.99 …``: the mark and the amount after it as one AMOUNT (「USD14.99」), the
    words after them the statement text, as the quoted 'USD 14.99' is read (a number that is
    no amount, 「USD 14.999」, refused as 「USD14.999」); as typed when the word after the mark is
    not a number (「USD AMAZON」: refused as before)."""
    mark = unicodedata.normalize("NFKC", amount).strip().casefold()
    if not words or mark not in _MARKS_BEFORE:
        return _unit_after(amount, words) if words else (amount, words)
    if not _bare_number(words[0]):
        return amount, words
    return amount + words[0], words[1:] or None


def _bare_number(word: str) -> bool:  # 「600」, 「▲5,900」, 「14.99」: no unit
    number = unicodedata.normalize("NFKC", word).translate(_MINUS)
    return any(c.isdigit() for c in number) and not number.strip("0123456789.,-")


def _unit_after(amount: str, words: list[str]) -> tuple[str, list[str] | None]:
    """``charge 600 円 AMAZON PRIME``, ``14.99 USD``: a currency word after a bare number is the
    amount's (「600円」), never the statement text's (review 63c, R-major 1, B 1)."""
    unit = unicodedata.normalize("NFKC", words[0]).strip().casefold()
    if not _bare_number(amount) or unit not in _YEN_UNITS | _DOLLAR_UNITS:
        return amount, words
    return amount + ("円" if unit in _YEN_UNITS else "USD"), words[1:] or None


# Review 52c, items 21 and 22: two amounts typed to check two charges at once.
_ONE_AMOUNT = Text(
    "金額は1回に1つだけ指定できます。2件の請求は、1件ずつ確認してください。",
    "one amount at a time can be given (check two charges one by one)",
)


# A statement text that is a unit of the amount alone (「charge 600 円」: review 51c, item 1)
_YEN_UNITS = frozenset({"円", "円也", "¥", "jpy", "yen"})
_DOLLAR_UNITS = frozenset({"ドル", "米ドル", "$", "us$", "usd"})
_UNIT_MARKS = ("円", "¥", "$", "JPY", "USD", "ドル")


def _check_ends(words: list[str], amount: str) -> None:
    """Refuse a TEXT that is a unit alone (「円」), or whose last word is a date or an amount
    (「AMAZON PRIME 2026-11-01」, 「… 600円」: review 51c, items 1 and 42)."""
    typed = " ".join(words).split()
    unit = unicodedata.normalize("NFKC", "".join(typed)).casefold()
    if unit in _YEN_UNITS | _DOLLAR_UNITS:
        said = shown(" ".join(typed))
        yen = unit in _YEN_UNITS  # dollars in a form with no $ to quote (review 56c, item 1)
        joined = (
            Text(f"{amount}円", f"{amount}円") if yen else Text(f"{amount}ドル", f"{amount}USD")
        )
        raise BadInput(
            Text(
                f"明細の表記が{said}だけです。金額と{said}のあいだに空白が入っていませんか。{joined.ja} のように続けて書いてください",
                f"the statement text (TEXT) is only {said}: is there a space between the amount "
                f"and its unit? write them joined, as {joined.en}",
            )
        )
    if len(typed) < 2:
        return
    last = typed[-1]
    said = shown(last)
    if _is_date(last):
        raise BadInput(
            Text(
                f"表記の最後の{said}は日付のようです。利用日は `--date {last}` のように指定してください",
                f"the last word of the statement text, {said}, looks like a date: give the day of "
                f"use as `--date {last}`",
            )
        )
    plain = unicodedata.normalize("NFKC", last)
    if any(mark in plain.upper() for mark in _UNIT_MARKS) and _is_amount(plain):
        raise BadInput(
            Text(
                f"表記の最後の{said}は金額のようです。金額は最初に1回だけ書いてください"
                "（例：`primehelp charge 600 AMAZON PRIME`）",
                f"the last word of the statement text, {said}, looks like an amount: give the "
                "amount once, first (e.g. `primehelp charge 600 AMAZON PRIME`)",
            )
        )


def _is_amount(word: str) -> bool:
    try:
        parse_amount(word)
    except BadInput:
        return False
    return True


def _is_date(text: str) -> bool:
    """Whether ``text`` (a statement text) reads as a date, such as 「2026/11/01」."""
    from primehelp.dates import parse_date  # imported when a TEXT is given only

    try:
        parse_date(text)
    except BadInput:
        return False
    return True


def written_number(value: Decimal) -> str:
    """``5900`` → 「5,900」, ``14.9`` → 「14.90」, ``139.00`` → 「139」: yen and dollars as a
    statement or a price list writes them."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,.2f}"
