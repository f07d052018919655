"""How a Japanese phone number is usually written, and what kind of number it is.

``hyphenated("0357575252")`` is ``03-5757-5252``: the form a phone's screen and most pages show,
easier to compare than ten bare digits. Fixed-line numbers group by area code, whose length
(2 to 5 digits with the 0) depends on the first digits: :data:`_GROUPS_BY_PREFIX` gives the
groups for each prefix of the digits after the 0 (the longest prefix wins).

The table is derived from libphonenumber's metadata for Japan (Apache License 2.0) as the
``phonenumbers`` package 9.0.43 ships it; ``tests/test_phone_plan.py`` compares every
10-digit prefix with ``phonenumbers`` (a dev dependency), and
``uv run python -m tests.support.phone_plan`` prints the table again. primehelp does not import
``phonenumbers`` itself: its import alone costs about 40 ms and 7 MB, which would take
``check-number`` past its start-up budget.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from primehelp.lazy_pattern import LazyPattern

# Groups (with the leading 0) → the prefixes (digits after the 0) of 10-digit numbers.
_GROUPS_BY_PREFIX = {
    "4-2-4": (
        "1 2 2232 2233 233 234 235 237 238 250 254 2557 2558 256 2572 2573 2574 258 259 2642 "
        "2643 2644 2645 2896 2897 2898 2899 2932 2933 2934 40 41 422 4282 4283 4287 4288 4289 "
        "436 438 439 46 470 475 476 478 479 480 49 5 53960 53961 53962 53963 53974 53977 5399 "
        "544 545 547 548 581 584 585 586 587 59790 59791 59797 59798 7 721 725 7946 7947 7948 "
        "7952 7953 7954 7957 7958 8 820 823 8244 8245 8246 8247 8248 826 827 82920 8293 8294 "
        "8295 8297 8298 8372 8373 8374 8375 8376 863 86360 86361 86366 8654 8655 8656 8657 "
        "866 867 868 869 86992 86993 875 877 879 9 920 930 "
    ),
    "2-4-4": ("3 420 429 4700 4701 4709 471 6 "),
    "3-3-4": (
        "11 1540 1541 1548 1550 1551 1557 177 188 196 199 221 222 223 227 23 245 249 25 2500 "
        "2501 2540 2541 2560 2561 2580 2581 25917 25999 262 264 271 272 273 275 2780 2781 "
        "2788 2789 281 2830 2831 2833 2834 286 289 290 2917 292 293 298 4 4220 4221 4291 4297 "
        "4298 462 464 468 4750 4751 4759 4790 4791 4799 492 499 52 530 534 535 539 54 552 559 "
        "58 590 591 592 593 5980 5981 5989 5990 5991 5999 60 72 734 75 760 762 764 769 775 "
        "777 78 792 793 794 795 7960 7961 7966 7967 82 82941 82942 82943 832 8360 837 83766 "
        "83767 83768 8380 8381 839 83960 83961 83963 83966 849 8510 8511 86 8636 86552 86553 "
        "8660 8661 86691 86697 86698 86722 86723 86724 86726 86728 86737 86738 8680 8681 8689 "
        "8690 8691 8694 8695 8699 87 886 888 890 891 899 92 93 941 945 951 953 958 961 962 "
        "963 971 975 976 981 988 989 991 992 99331 99343 99345 99347 9940 9941 9947 9948 998 "
        "999 "
    ),
    "": ("20 21 50 51 70 71 80 81 90 91 "),
    "4-3-3": ("120 570 990 "),
    "5-1-4": (
        "1267 1372 1374 1377 1392 1397 1398 1456 1457 1466 1547 1558 1564 1586 1587 1632 1634 "
        "1635 1648 1654 1655 1656 1658 4992 4994 4996 4998 5769 5979 7468 8387 8388 8389 8396 "
        "8477 851 9802 9912 9913 9969 "
    ),
}

_LONGEST_PREFIX = 5
_NANP = "+1"  # the United States, Canada …: +1 855-370-0151


class NumberKind(StrEnum):
    """What kind of number it is, as its first digits tell."""

    TOLL_FREE = "toll_free"  # 0120, 0800: the caller pays nothing
    NAVI_DIAL = "navi_dial"  # 0570
    IP_PHONE = "ip_phone"  # 050
    MOBILE = "mobile"  # 070, 080, 090
    LANDLINE = "landline"  # an area code: 03-…, 011-…, 0422-…
    INTERNATIONAL = "international"  # +… outside Japan
    SHORT_CODE = "short_code"  # 110, 188, #9110 …
    OTHER = "other"  # anything else (0990, a range not in use …)


@cache
def _groups() -> dict[str, tuple[int, ...]]:
    table: dict[str, tuple[int, ...]] = {}
    for groups, prefixes in _GROUPS_BY_PREFIX.items():
        sizes = tuple(int(size) for size in groups.split("-")) if groups else ()
        for prefix in prefixes.split():
            table[prefix] = sizes
    return table


def _ten_digit_groups(digits: str) -> tuple[int, ...]:
    table = _groups()
    for length in range(_LONGEST_PREFIX, 0, -1):
        found = table.get(digits[1 : 1 + length])
        if found is not None:
            return found
    return ()


def _national_groups(digits: str) -> tuple[int, ...]:
    if len(digits) == 10:
        return _ten_digit_groups(digits)
    if len(digits) == 11 and digits.startswith("0800"):
        return (4, 3, 4)
    if len(digits) == 11 and digits[1] in "256789":
        return (3, 4, 4)  # 050, 070, 080, 090 …
    return ()


def _split(digits: str, sizes: tuple[int, ...]) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(digits[start : start + size])
        start += size
    return "-".join(parts)


def hyphenated(normalized: str) -> str:
    """The usual written form of a normalized number (:func:`primehelp.phone.normalize`).

    National numbers get their hyphens (``0120-999-373``, ``03-5757-5252``,
    ``090-1234-5678``), North American ones with spaces, as the facts write them (``+1
    855 370 0151``); short codes, other countries and ranges not in use stay as they are.
    """
    if normalized.startswith(_NANP) and len(normalized) == 12:
        # with spaces, as the facts and contact write it (review 39a S 22: not 855-370-0151)
        return f"{_NANP} {_split(normalized[2:], (3, 3, 4)).replace('-', ' ')}"
    if not normalized.startswith("0"):
        return normalized
    sizes = _national_groups(normalized)
    return _split(normalized, sizes) if sizes else normalized


# The prefixes whose numbers have one length only (the service numbers and 050/070/080/090).
_LENGTHS = {"0120": 10, "0570": 10, "0990": 10, "0800": 11, "050": 11, "070": 11, "080": 11}
_LENGTHS["090"] = 11


def wrong_length(normalized: str) -> tuple[str, int] | None:
    """The prefix and its length when a national number has another (``0120-999-3733``)."""
    for prefix, length in _LENGTHS.items():
        if normalized.startswith(prefix) and len(normalized) != length:
            return prefix, length
    return None


# Carriers' toll-free numbers that start with 00 (0037, 0066, 0078, 0088 …: 「日本の電話番号は 00 で
# 始まりません」 was wrong, review 39a item 4), as libphonenumber's metadata for Japan gives them
# (its tollFree pattern, phonenumbers 9.0.43; tests/test_phone_plan.py compares). They have 8 to
# 17 digits; other numbers starting with 00 are not in that table.
_CARRIER_TOLL_FREE = LazyPattern(
    r"00777(?:[01]|5\d)\d\d|00(?:7778|882[1245])\d{4}|00(?:37|66|78)\d{6,13}"
)


# The fixed-line (area code) numbers, as libphonenumber's metadata for Japan gives them (its
# fixedLine pattern of the 9 digits after the 0, phonenumbers 9.0.43): 0180-123-456 has a usual
# grouping but is no landline (review 39a item 19). 0.3 ms to compile: only for a 10-digit number.
_FIXED_LINE = LazyPattern(
    r"(?:1(?:1[235-8]|2[3-6]|3[3-9]|4[2-6]|[58][2-8]|6[2-7]|7[2-9]|9[1-9])|(?:2[2-9]|[36][1-9])\d"
    r"|4(?:[2-578]\d|6[02-8]|9[2-59])|5(?:[2-589]\d|6[1-9]|7[2-8])|7(?:[25-9]\d|3[4-9]|4[02-9])"
    r"|8(?:[2679]\d|3[2-9]|4[5-9]|5[1-9]|8[03-9])|9(?:[2-58]\d|[679][1-9]))\d{6}"
)


def carrier_toll_free(digits: str) -> bool:
    """Whether ``digits`` (no separators) is a carrier's toll-free number starting with 00."""
    return digits.startswith("00") and _CARRIER_TOLL_FREE.compiled.fullmatch(digits) is not None


def kind_of(normalized: str) -> NumberKind:
    """What kind of number a normalized number is, from its first digits."""
    if normalized.startswith("+"):
        return NumberKind.INTERNATIONAL
    if not normalized.startswith("0"):
        return NumberKind.SHORT_CODE
    if wrong_length(normalized):  # 0120-999-3733 is not a toll-free number: no such one
        return NumberKind.OTHER
    if normalized.startswith(("0120", "0800")) or carrier_toll_free(normalized):
        return NumberKind.TOLL_FREE
    if normalized.startswith("0570"):
        return NumberKind.NAVI_DIAL
    if len(normalized) == 11 and normalized.startswith("050"):
        return NumberKind.IP_PHONE
    if len(normalized) == 11 and normalized.startswith(("070", "080", "090")):
        return NumberKind.MOBILE
    if len(normalized) == 10 and _FIXED_LINE.compiled.fullmatch(normalized[1:]):
        return NumberKind.LANDLINE
    return NumberKind.OTHER
