"""Read a calendar date typed by a member, in the forms people in Japan actually write.

Year-first numeric forms (``2026-12-31``, ``2026/12/31``, ``2026.12.31``, ``20261231``),
the Japanese form (``2026年12月31日``), full-width digits, and English with the month
spelled out (``31 December 2026``, ``Dec 31, 2026``). Day-first and month-first numeric
forms (``12/31/2026``, ``31/12/2026``) and two-digit years (``26-12-31``) are refused, each
error naming what the form looks like (only ``01/02/2026`` is called ambiguous).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from primehelp.errors import BadInput, shown
from primehelp.i18n import Text
from primehelp.invisible import without_invisible

MIN_YEAR = 1900
MAX_YEAR = 2999

# One set of examples in every date error (review 22a, S 12): a past day, so that the errors
# refusing a later day (charge --date, complain --renewal) can give the same list.
ACCEPTED_DATE_FORMS = Text(
    ja="使える形式：2026-11-01、2026/11/01、2026.11.01、20261101、2026年11月1日、1 November 2026、Nov 1, 2026",
    en="accepted forms: 2026-11-01, 2026/11/01, 2026.11.01, 20261101, 2026年11月1日, 1 November 2026, Nov 1, 2026",
)
# The example an option left without a value, or a missing date argument, is given with: the
# first forms of the list above.
DATE_EXAMPLES = ("2026-11-01", "2026/11/01", "2026年11月1日")

_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    start=1,
):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9

# Dashes people paste instead of "-" (NFKC leaves these alone).
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))

# Patterns as strings: re compiles (and caches) one the first time it is tried, so reading
# 2026-12-31 compiles one pattern, not six (0.65 ms at start-up; issue 5).
_YEAR_FIRST = r"(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})"
_COMPACT = r"(\d{4})(\d{2})(\d{2})"
_JAPANESE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"
_DAY_MONTH_YEAR = r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})"
_MONTH_DAY_YEAR = r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
# Three numbers not year first (review 23a, item 6: told apart by :func:`_not_year_first`).
_AMBIGUOUS = r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2,4})"
# A month and a day without a year (review 22a, S 6): 「12/01」, 「12月1日」, "Dec 1", "1 December".
_NO_YEAR_NUMERIC = (r"(\d{1,2})\s*[-/.]\s*(\d{1,2})", r"(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_NO_YEAR_DAY_MONTH = r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?"
_NO_YEAR_MONTH_DAY = r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
# The year of the example a year-less date is given with: the year of the accepted forms'
# examples; 2024 for 29 February (2026 has none).
_EXAMPLE_YEARS = (2026, 2024)
# A weekday after the date, in brackets, as Japanese pages and mails print it (review 49b S 16):
# 「2026年12月31日（木）」「2026/12/31(木曜日)」 (NFKC has made the brackets half-width), "(Thu)".
_WEEKDAY = r"(.*?)\s*\(\s*([月火水木金土日])(?:曜日?)?\s*\)|(.*?)\s*\(\s*([a-z]{3})[a-z]*\.?\s*\)"
_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _bad(raw: str, problem: Text) -> BadInput:
    return BadInput(
        Text(
            ja=f"{shown(raw)} {problem.ja}。{ACCEPTED_DATE_FORMS.ja}",
            en=f"{shown(raw)} {problem.en}; {ACCEPTED_DATE_FORMS.en}",
        )
    )


def _fields(text: str) -> tuple[int, int, int] | None:
    """Year, month and day of an accepted form, or ``None``."""
    for pattern in (_YEAR_FIRST, _JAPANESE):
        match = re.fullmatch(pattern, text)
        if match:
            groups = [g for g in match.groups() if g.isdigit()]
            return int(groups[0]), int(groups[1]), int(groups[2])
    match = re.fullmatch(_COMPACT, text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    lowered = text.lower()
    match = re.fullmatch(_DAY_MONTH_YEAR, lowered)
    if match and match[2] in _MONTHS:
        return int(match[3]), _MONTHS[match[2]], int(match[1])
    match = re.fullmatch(_MONTH_DAY_YEAR, lowered)
    if match and match[1] in _MONTHS:
        return int(match[3]), _MONTHS[match[1]], int(match[2])
    return None


def _without_year(text: str) -> dt.date | None:
    """The month and day of ``text`` when it is a month and a day without a year, as a date in
    the example's year; else ``None``."""
    fields: tuple[int, int] | None = None
    for pattern in _NO_YEAR_NUMERIC:
        match = re.fullmatch(pattern, text)
        if match:
            fields = int(match[1]), int(match[2])
    lowered = text.lower()
    match = re.fullmatch(_NO_YEAR_DAY_MONTH, lowered)
    if match and match[2] in _MONTHS:
        fields = _MONTHS[match[2]], int(match[1])
    match = re.fullmatch(_NO_YEAR_MONTH_DAY, lowered)
    if match and match[1] in _MONTHS:
        fields = _MONTHS[match[1]], int(match[2])
    if fields is None:
        return None
    month, day = fields
    for year in _EXAMPLE_YEARS:
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _not_year_first(raw: str, first: int, second: int, last: str) -> BadInput:
    """Three numbers, the year not first (review 23a, item 6): 「26-11-01」 has a two-digit
    year, 「13/11/2026」 can only be day-first, 「12/31/2026」 only month-first, 「01/01/2026」 is
    the same day either way; only a form such as 「01/02/2026」 (two real days) is ambiguous."""
    if len(last) == 2:
        return _two_digit_year(raw, first, second, int(last))
    year = int(last) if len(last) == 4 else 0
    day_first = _real(year, second, first) if year else None
    month_first = _real(year, first, second) if year else None
    if day_first is not None and month_first is not None and day_first != month_first:
        return _bad(
            raw,
            Text(
                "は日と月のどちらが先か分かりません（年・月・日の順に書いてください）",
                "is ambiguous (day or month first?): write the year first",
            ),
        )
    on = day_first or month_first
    if on is None:
        if year and min(first, second) <= 12 and max(first, second) <= 31:  # 「31/11/2026」
            return _bad(raw, Text("は存在しない日付です", "is not a real date"))
        return _bad(raw, Text("は日付として読み取れません", "is not a date primehelp can read"))
    if day_first == month_first:
        looks = Text("は年が最後に書かれています", "has the year last")
    elif day_first is not None:
        looks = Text("は日・月・年の順に見えます", "looks like day, month, year")
    else:
        looks = Text("は月・日・年の順に見えます", "looks like month, day, year")
    return _bad(
        raw,
        Text(
            f"{looks.ja}。年・月・日の順に書いてください（例：{on.isoformat()}）",
            f"{looks.en}: write year, month, day (e.g. {on.isoformat()})",
        ),
    )


def _two_digit_year(raw: str, first: int, second: int, last: int) -> BadInput:
    """「26-11-01」: read year first, as Japan writes it (2026-11-01; 70-99: the 1900s) when the
    first number cannot be a month and that day is real; else no example (「01/11/26」)."""
    on = _real((1900 if first >= 70 else 2000) + first, second, last) if first > 12 else None
    if on is None:
        return _bad(
            raw,
            Text(
                "は年が2桁です。年は4桁で、年・月・日の順に書いてください",
                "has a two-digit year: write the year with four digits, year first",
            ),
        )
    return _bad(
        raw,
        Text(
            f"は年が2桁です。年は4桁で書いてください（例：{on.isoformat()}）",
            f"has a two-digit year: write the year with four digits (e.g. {on.isoformat()})",
        ),
    )


def _no_year(raw: str, example: dt.date) -> BadInput:
    """「「12/01」には年がありません。年を付けて指定してください（例：2026-12-01）。使える形式：…」"""
    return BadInput(
        Text(
            ja=f"{shown(raw)}には年がありません。年を付けて指定してください"
            f"（例：{example.isoformat()}）。{ACCEPTED_DATE_FORMS.ja}",
            en=f"{shown(raw)} has no year: add the year (e.g. {example.isoformat()}); "
            f"{ACCEPTED_DATE_FORMS.en}",
        )
    )


_NO_DAY = (r"(\d{4})\s*([-/.])\s*(\d{1,2})", r"(\d{4})\s*(年)\s*(\d{1,2})\s*月")


def _without_day(text: str) -> str | None:
    """The first day of the month ``text`` names when it is a year and a month only, written
    as ``text`` is (「2026年11月」 → 「2026年11月1日」, 「2026-11」 → 「2026-11-01」); else ``None``."""
    for pattern in _NO_DAY:
        match = re.fullmatch(pattern, text)
        if match and 1 <= int(match[3]) <= 12 and MIN_YEAR <= int(match[1]) <= MAX_YEAR:
            year, mark, month = match[1], match[2], int(match[3])
            return f"{year}年{month}月1日" if mark == "年" else f"{year}{mark}{month:02}{mark}01"
    return None


def _weekday(text: str) -> tuple[str, int | None]:
    """``text`` without a trailing weekday in brackets, and that weekday (Monday 0), if any."""
    if not text.endswith(")"):  # no weekday: the pattern is not compiled at every date's start-up
        return text, None
    match = re.fullmatch(_WEEKDAY, text, flags=re.IGNORECASE)
    if match is None:
        return text, None
    if match[2]:
        return match[1], _WEEKDAYS_JA.index(match[2])
    short = match[4].lower()
    return (match[3], _WEEKDAYS_EN.index(short)) if short in _WEEKDAYS_EN else (text, None)


def _wrong_weekday(raw: str, date: dt.date) -> BadInput:
    """A weekday that is not the date's: refused, naming the date's own (review 49b S 16)."""
    day = f"{date.year}年{date.month}月{date.day}日は{_WEEKDAYS_JA[date.weekday()]}曜日です"
    return BadInput(
        Text(
            ja=f"{shown(raw)}の曜日が日付と合いません（{day}）。日付か曜日を確認してください"
            "（曜日は付けなくても指定できます）",
            en=f"{shown(raw)}: the weekday does not match the date ({date.isoformat()} is a "
            f"{_WEEKDAY_NAMES_EN[date.weekday()]}); check the date or the weekday (it can be "
            "left out)",
        )
    )


class EmptyDate(BadInput):
    """No date at all: said of what was to be given (review 50b item 6: 「「」は空です。」)."""


class YearOutOfRange(BadInput):
    """A year outside :data:`MIN_YEAR`–:data:`MAX_YEAR` (a caller with a narrower rule says its own)."""


DATE_WORD = Text("日付", "the date")


def parse_date(raw: str, what: Text = DATE_WORD) -> dt.date:
    """Read a date in one of the accepted forms; raise :class:`BadInput` for anything else. A
    trailing weekday in brackets is read too: it must be the date's (review 49b S 16).
    ``what``: the date's name where none is given, 「更新日が空です。」."""
    date, weekday = _parse(raw, what)
    if weekday is not None and date.weekday() != weekday:
        raise _wrong_weekday(raw, date)
    return date


def _parse(raw: str, what: Text = DATE_WORD) -> tuple[dt.date, int | None]:
    """The date ``raw`` names, and the weekday typed after it (``None``: none)."""
    pasted = without_invisible(raw)  # zero-width spaces, direction marks, a byte order mark
    text = " ".join(unicodedata.normalize("NFKC", pasted).translate(_DASHES).split())
    text, weekday = _weekday(text)
    if not text:
        raise EmptyDate(
            Text(
                f"{what.ja}が空です。日付を指定してください。{ACCEPTED_DATE_FORMS.ja}",
                f"{what.en} is empty: give a date; {ACCEPTED_DATE_FORMS.en}",
            )
        )
    fields = _fields(text)
    if fields is None:
        numbers = re.fullmatch(_AMBIGUOUS, text)
        if numbers:
            raise _not_year_first(raw, int(numbers[1]), int(numbers[2]), numbers[3])
        month_day = _without_year(text)
        if month_day is not None:
            raise _no_year(raw, month_day)
        first_day = _without_day(text)
        if first_day is not None:  # 「2026年11月」, copied from a monthly statement (49c, 9)
            raise _bad(
                raw,
                Text(
                    f"には日がありません。日まで指定してください（例：{first_day}）",
                    f"has no day: give the day too (e.g. {first_day})",
                ),
            )
        era = re.match(r"(令和|平成)\s*(\d{1,2}|元)\s*年", text)  # review 51c, S 36
        # 「R8.12.31」「H31.4.30」, as forms and cards abbreviate the era (review 62b S 14)
        era = era or re.match(r"([RrHh])\s*(\d{1,2}|元)\s*[-/.年]\s*\d{1,2}", text)
        if era:
            name = {"r": "令和", "h": "平成"}.get(era[1].lower(), era[1])
            number = 1 if era[2] == "元" else int(era[2])
            western = number + (2018 if name == "令和" else 1988)
            raise _bad(
                raw,
                Text(
                    f"は和暦です。西暦で指定してください（{name}{era[2]}年は{western}年です）",
                    f"is a Japanese era date: give the year in the Western calendar "
                    f"({name}{era[2]}年 is {western})",
                ),
            )
        raise _bad(raw, Text("は日付として読み取れません", "is not a date primehelp can read"))
    year, month, day = fields
    if not MIN_YEAR <= year <= MAX_YEAR:
        said = Text(
            f"は年が範囲外です（{MIN_YEAR}年〜{MAX_YEAR}年の日付を指定してください）",
            f"has a year outside {MIN_YEAR}-{MAX_YEAR}",
        )
        raise YearOutOfRange(_bad(raw, said).message)
    try:
        return dt.date(year, month, day), weekday
    except ValueError:
        raise _bad(raw, Text("は存在しない日付です", "is not a real date")) from None
