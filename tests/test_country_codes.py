"""primehelp/country_codes.py gives the country calling codes and national lengths that
libphonenumber's metadata gives (review 49a, item 7)."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from primehelp.country_codes import lengths, possible_abroad


def test_the_table_is_libphonenumbers() -> None:
    expected = {}
    for code, regions in COUNTRY_CODE_TO_REGION_CODE.items():
        found: set[int] = set()
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
            desc = metadata.general_desc if metadata is not None else None
            if desc is not None:
                found |= set(desc.possible_length or ())
        expected[str(code)] = range(min(found), max(found) + 1)
    assert lengths() == expected
    assert phonenumbers.__version__.startswith("9.0.")


@pytest.mark.parametrize(
    ("digits", "code", "possible"),
    [
        ("442079460000", "", True),
        ("442079460000", "44", True),
        ("18553700151", "1", True),
        ("77123456", "", False),  # 0077-12-3456: +7 takes 10 digits after it
        ("77123456", "77", False),  # and 77 is no country code
        ("531123456", "531", False),  # 00531-12-3456: 531 is no country code
        ("99123456", "", False),
        ("", "", False),
    ],
)
def test_possible_abroad(digits: str, code: str, possible: bool) -> None:
    assert possible_abroad(digits, code) is possible
