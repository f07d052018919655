"""primehelp/phone_plan.py writes numbers as phonenumbers (libphonenumber) does, without importing it."""

from __future__ import annotations

import phonenumbers
import pytest

from primehelp.phone_plan import NumberKind, carrier_toll_free, hyphenated, kind_of
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
        ("+18553700151", "+1 855 370 0151", NumberKind.INTERNATIONAL),
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
    # libphonenumber's groups, with the spaces of the facts' form (review 39a S 22: one form,
    # 「+1 855 370 0151」, as contact and the facts write it, not 「+1 855-370-0151」)
    assert hyphenated("+18553700151") == expected.replace("-", " ")


def _phonenumbers_toll_free(digits: str) -> bool:
    """libphonenumber's metadata for Japan: its toll-free pattern and possible lengths, read
    directly (phonenumbers.parse reads some long 00… numbers as numbers abroad or drops a 0)."""
    import re

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("JP")
    assert metadata is not None and metadata.toll_free is not None
    pattern = metadata.toll_free.national_number_pattern
    lengths = metadata.toll_free.possible_length
    return len(digits) in lengths and re.fullmatch(pattern, digits) is not None


@pytest.mark.parametrize("third", [str(n) for n in range(10)])
def test_numbers_starting_with_00_are_toll_free_exactly_where_phonenumbers_says(
    third: str,
) -> None:
    """Review 39a item 4: 0066-…, 0088-… are carriers' toll-free numbers (not 「日本の電話番号は
    00 で始まりません」); every 00 + four digits start, at every length phonenumbers allows."""
    wrong = []
    for start in range(1000):
        head = f"00{third}{start:03d}"
        for length in range(8, 18):
            digits = (head + "2345678901234567")[:length]
            if carrier_toll_free(digits) != _phonenumbers_toll_free(digits):
                wrong.append(digits)
    assert wrong == []


@pytest.mark.parametrize("digits", ["0066331234", "006633123456", "0088221234", "0037123456"])
def test_a_carrier_toll_free_number_is_of_the_toll_free_kind(digits: str) -> None:
    assert _phonenumbers_toll_free(digits)
    assert kind_of(digits) == NumberKind.TOLL_FREE


def _phonenumbers_fixed_line(national: str) -> bool:
    import re

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("JP")
    assert metadata is not None and metadata.fixed_line is not None
    return re.fullmatch(metadata.fixed_line.national_number_pattern, national[1:]) is not None


def test_a_landline_is_what_phonenumbers_calls_a_fixed_line() -> None:
    """Review 39a item 19: 0180-123-456 was 「固定電話」 because it has a usual grouping."""
    wrong = []
    for prefix in ten_digit_prefixes():  # the fixed-line pattern reads at most 4 digits after 0
        number = sample(prefix)
        if (kind_of(number) == NumberKind.LANDLINE) != _phonenumbers_fixed_line(number):
            wrong.append(number)
    assert wrong == []
    assert kind_of("0180123456") == NumberKind.OTHER
