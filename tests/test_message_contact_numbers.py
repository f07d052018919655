"""check-message's defunct and circulating numbers, read at their first look-up (round 51,
start-up): the same numbers, normalised, as contact.toml lists, and check-number's verdicts."""

from __future__ import annotations

import pytest

from primehelp.content import message as content
from primehelp.content.contact import load as contact
from primehelp.facts import document
from primehelp.phone import normalize


@pytest.mark.parametrize("key", ["defunct", "circulating"])
def test_the_numbers_are_contact_toml_s_normalised(key: str) -> None:
    listed = document("contact").node(key).strings("numbers")
    numbers = content.ContactNumbers(key)
    assert numbers._numbers is None  # nothing read yet
    assert sorted(numbers) == sorted({normalize(number) for number in listed})
    assert len(numbers) == len(set(numbers)) >= 1
    assert all(normalize(number) in numbers for number in listed)
    assert "+810000000000" not in numbers


def test_the_loaded_content_holds_contact_s_lists() -> None:
    loaded, routes = content.load(), contact()
    assert set(loaded.defunct_numbers) == {normalize(n.number) for n in routes.defunct_numbers}
    assert set(loaded.circulating_numbers) == {
        normalize(n.number) for n in routes.circulating_numbers
    }
