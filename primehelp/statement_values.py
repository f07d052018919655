"""The values of a card statement's cells: dates and whole-yen amounts as statements write them.

Pure; bounded as the command line bounds them (years 1900–2999, at most ¥10,000,000).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from primehelp.content.statement_match import widths
from primehelp.dates import MAX_YEAR, MIN_YEAR
from primehelp.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from primehelp.facts import Fact
    from primehelp.statement_csv import StatementLine


def normalized(value: str) -> str:
    """A cell as compared: NFKC (one width for letters, digits and kana), outer space trimmed."""
    return unicodedata.normalize("NFKC", value).strip()


_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)  # a statement repeats its shops: computed once each
def compared(text: str) -> str:
    """``text`` as statement texts are compared: NFKC, case folded, without white space."""
    return _SPACE.sub("", widths(text).casefold())  # only widths (review 46c, item 6)


_DATE = re.compile(r"(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?|(\d{4})(\d{2})(\d{2})")
# A time after the day (「2026-11-07 12:34」), and a year of two digits first as Japanese card
# exports write it (「26/11/03」: 2026-11-03), when it cannot be a month (never 11/02/26, whose
# order is unclear): review 36c, S 19
_TIME = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?")
_SHORT_YEAR = re.compile(r"(\d{2})([/.\-])(\d{1,2})\2(\d{1,2})")


def _cell(value: str) -> str:
    """A date cell as read: NFKC, no leading ``'``, no time after the day."""
    cell = normalized(value).lstrip("'")
    found = _TIME.search(cell)
    return cell[: found.start()] if found is not None and found.end() == len(cell) else cell


def parse_date(value: str) -> dt.date | None:
    """``2026/11/03``, ``2026/1/3``, ``2026-11-03``, ``2026.11.03``, ``2026年11月3日``,
    ``20261103`` or ``26/11/03`` (2026), a time after it ignored (``2026-11-07 12:34``); a
    leading ``'``, as spreadsheets write dates as text, is ignored."""
    cell = _cell(value)
    short = _SHORT_YEAR.fullmatch(cell)
    if short is not None and int(short[1]) > 12:  # 11/02/26: a month first? not read
        cell = f"20{short[1]}-{short[3]}-{short[4]}"
    found = _DATE.fullmatch(cell)
    if found is None:
        return None
    year, month, day = (int(part) for part in found.groups() if part is not None)
    if not MIN_YEAR <= year <= MAX_YEAR:  # the years every date option accepts
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NO_YEAR = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}月\d{1,2}日")  # 「11/01」, 「11月1日」
# 「2026/11」, 「2026年11月」: a year and a month, no day (review 25a, S 13)
_NO_DAY = re.compile(r"\d{4}\s*(?:[/.-]\s*\d{1,2}|年\s*\d{1,2}\s*月)")


def dayless_month(value: str) -> tuple[int, int] | None:
    """The year and month of a date cell with no day (「2026-09」: (2026, 9)); None: another."""
    if _NO_DAY.fullmatch(cell := _cell(value)) is None:
        return None
    year, month = (int(x) for x in re.findall(r"\d+", cell))
    return (year, month) if 1 <= month <= 12 else None


def undated_why(value: str) -> str | None:
    """Why a date cell :func:`parse_date` cannot read is no date, where it can be told:
    ``no_year`` (``11/01``), ``no_day`` (``2026/11``) or ``no_such_day`` (``2026/02/30``,
    ``2026/13/01``, review 25a, S 13); ``None`` otherwise (``11/02/26``, a word)."""
    cell = _cell(value)
    if _NO_YEAR.fullmatch(cell):
        return "no_year"
    if _NO_DAY.fullmatch(cell):
        return "no_day"
    found = _DATE.fullmatch(cell)
    if found is not None and MIN_YEAR <= int(found[1] or found[4]) <= MAX_YEAR:
        return "no_such_day"  # read, in range, yet no day of the calendar
    return None


MAX_YEN = (
    10_000_000  # the most `primehelp charge` accepts (charges.LIMITS): no Prime line is near it
)
_AMOUNT = re.compile(r"(?P<sign>[-−△▲]?)(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?")


def parse_amount(value: str) -> int | None:
    """Whole yen as statements write them: ``1,234``, ``￥1,234``, ``1234円``, ``-600``,
    ``△600`` (a Japanese minus), ``600.00``; ``None`` for anything else (empty, a fraction
    of a yen, a word, more than :data:`MAX_YEN`)."""
    cleaned = normalized(value).replace(" ", "").replace("¥", "").removesuffix("円")
    found = _AMOUNT.fullmatch(cleaned)
    if found is None or len(found["digits"]) > 15:
        return None
    amount = int(found["digits"].replace(",", ""))
    if amount > MAX_YEN:
        return None
    return -amount if found["sign"] else amount


def too_large(value: str) -> bool:
    """A yen amount as :func:`parse_amount` reads it, but over :data:`MAX_YEN` (review 45c,
    S 18: said as `charge` says it, never a bare 「読み取れません」)."""
    cleaned = normalized(value).replace(" ", "").replace("¥", "").removesuffix("円")
    found = _AMOUNT.fullmatch(cleaned)
    return found is not None and int(found["digits"].replace(",", "")) > MAX_YEN


def month_of(day: dt.date) -> str:
    """The calendar month of ``day``: ``YYYY-MM``."""
    return f"{day.year:04d}-{day.month:02d}"


def charged_twice(lines: list[StatementLine]) -> set[int]:
    """Where in ``lines`` the charges are whose month, text and amount another one shares: the
    dollars for two lines in dollars (each converted at its day's rate, the yen never match:
    review 47c, item 3)."""
    places: dict[tuple[str, str, int | str], list[int]] = {}
    for place, line in enumerate(lines):
        if line.amount_yen > 0:
            usd = line.foreign_usd and f"{line.foreign_usd} USD"
            key = (month_of(line.date), compared(line.description), usd or line.amount_yen)
            places.setdefault(key, []).append(place)
    return {place for found in places.values() if len(found) > 1 for place in found}


def in_dollars(value: str) -> bool:
    """True when ``value`` is an amount in dollars as `charge` reads one (``US$14.99``)."""
    from primehelp.amounts import USD
    from primehelp.amounts import parse_amount as charge_amount
    from primehelp.errors import BadInput

    try:
        return charge_amount(value).currency == USD
    except BadInput:
        return False


def unique(facts: list[Fact]) -> tuple[Fact, ...]:
    """``facts`` once each, by id, in their first order (moved out of primehelp.statement)."""
    return tuple({fact.id: fact for fact in facts}.values())


_FOREIGN = LazyPattern(
    r"現地利用額\s*([-−]?\d+(?:,\d{3})*(?:\.\d{1,2})?)\s*(USD|US\$|米ドル|ドル|[A-Z]{3}(?![A-Z]))"
)
_DOLLARS = frozenset({"USD", "US$", "米ドル", "ドル"})


def foreign_money(cells: Sequence[str]) -> tuple[str, str] | None:
    """The amount and currency of a card's line 「現地利用額 14.99 USD 変換レート 150.833円」
    (楽天カード), the foreign amount of the row above it: ("14.99", "USD"), ("-14.99", "USD") of
    a refund (review 46c, item 1), ("8.99", "GBP") (item 4); None for any other line (37c, 3)."""
    found = _FOREIGN.search(normalized(" ".join(cells)))
    if found is None or found.group(2) == "JPY":  # yen: no foreign amount
        return None
    currency = "USD" if found.group(2) in _DOLLARS else found.group(2)
    return found.group(1).replace(",", "").replace("−", "-"), currency


def countries_of_use(key: str, words: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether ``key`` (as :func:`compared` leaves it) carries 「利用国USA」, and whether it carries
    利用国 with another country (「利用国CN」): FACTS §10 gives 「利用国USA」 only, the other no
    statement text the facts list (review 43c, item 1)."""
    marked = [key.split(word, 1)[1].startswith("usa") for word in words if word in key]
    return any(marked), not all(marked)
