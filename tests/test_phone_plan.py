"""primehelp/phone_plan.py writes numbers as phonenumbers (libphonenumber) does, without importing it."""

from __future__ import annotations

import phonenumbers
import pytest

from primehelp.phone_plan import NumberKind, hyphenated, kind_of
from tests.support.phone_plan import reference_groups, sample, ten_digit_prefixes


def _reference(national: str) -> str:
    number = phonenumbers.parse(national, "JP")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def test_every_ten_digit_prefix_is_written_as_phonenumbers_writes_it() -> None:
    wrong = []
    for prefix in ten_digit_prefixes():
        number = sample(prefix)
        written = hyphenated(number)
        groups = "-".join(str(len(part)) for part in written.split("-")) if "-" in written else ""
        if groups != reference_groups(number):
            wrong.append((number, written, _reference(number)))
    assert wrong == []


# Every 7th 4-digit start (010 is the international prefix: not a national number).
@pytest.mark.parametrize("first", [str(n) for n in range(1100, 10_000, 7)])
def test_eleven_digit_numbers_are_written_as_phonenumbers_writes_them(first: str) -> None:
    number = "0" + first + "123456"
    reference = _reference(number)
    # phonenumbers drops the 0 of a number it cannot group; primehelp leaves it whole.
    assert hyphenated(number) == (reference if "-" in reference else number)


@pytest.mark.parametrize(
    ("normalized", "written", "kind"),
    [
        ("0120999373", "0120-999-373", NumberKind.TOLL_FREE),
        ("08001234567", "0800-123-4567", NumberKind.TOLL_FREE),
        ("0570064646", "0570-064-646", NumberKind.NAVI_DIAL),
        ("05012345678", "050-1234-5678", NumberKind.IP_PHONE),
        ("09012345678", "090-1234-5678", NumberKind.MOBILE),
        ("0357575252", "03-5757-5252", NumberKind.LANDLINE),
        ("0113303000", "011-330-3000", NumberKind.LANDLINE),
        ("0422512345", "0422-51-2345", NumberKind.LANDLINE),
        ("0990123456", "0990-123-456", NumberKind.OTHER),
        ("+18553700151", "+1 855-370-0151", NumberKind.INTERNATIONAL),
        ("+442079460000", "+442079460000", NumberKind.INTERNATIONAL),
        ("188", "188", NumberKind.SHORT_CODE),
        ("#9110", "#9110", NumberKind.SHORT_CODE),
    ],
)
def test_the_usual_form_and_kind(normalized: str, written: str, kind: NumberKind) -> None:
    assert hyphenated(normalized) == written
    assert kind_of(normalized) == kind


def test_north_american_numbers_match_phonenumbers_international_form() -> None:
    number = phonenumbers.parse("+18553700151", None)
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert hyphenated("+18553700151") == expected
