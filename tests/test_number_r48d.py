"""Fix round 48 (helper d), check-number: review 41a, item 20 and review 40a, S 25."""

from __future__ import annotations

import itertools

import pytest

from primehelp.number_check import NumberCheck, Verdict, usual_form
from primehelp.phone import normalize

NUMBERS = ["0570010777", "0120999373", "0357575252", "0422123456", "09012345678", "08001234567"]


def _check(typed: str) -> NumberCheck:
    return NumberCheck.of(typed, normalize(typed), Verdict.NOT_OFFICIAL, circulating=False)


def _splits(rest: str) -> list[list[str]]:
    """Every way to cut ``rest`` into groups of one digit or more."""
    cuts = range(1, len(rest))
    return [
        [rest[a:b] for a, b in itertools.pairwise((0, *chosen, len(rest)))]
        for n in range(len(rest))
        for chosen in itertools.combinations(cuts, n)
        if n <= 2
    ]


# Item 20: 「0570-01-0777（0570-010-777、ナビダイヤル）」 showed two different-looking numbers. A
# number typed with hyphens after its prefix (the number plan's first group) is kept as typed,
# in any grouping of the rest, and with any dash a phone's screen or a page writes.
@pytest.mark.parametrize("digits", NUMBERS)
@pytest.mark.parametrize("dash", ["-", "ー", "−", "－", "‐"])
def test_20_a_valid_grouping_is_kept(digits: str, dash: str) -> None:
    prefix = _check(digits).formatted.split("-")[0]
    for groups in _splits(digits[len(prefix) :]):
        typed = dash.join([prefix, *groups])
        assert usual_form(_check(typed)) == ("" if dash == "-" else "-".join([prefix, *groups]))


@pytest.mark.parametrize("digits", NUMBERS)
def test_20_full_width_digits_are_echoed_in_the_members_groups(digits: str) -> None:
    prefix = _check(digits).formatted.split("-")[0]
    for groups in _splits(digits[len(prefix) :]):
        wide = "－".join([prefix, *groups]).translate({c: c + 0xFEE0 for c in range(48, 58)})
        assert usual_form(_check(wide)) == "-".join([prefix, *groups]), wide


@pytest.mark.parametrize("digits", NUMBERS)
def test_20_another_prefix_or_no_hyphens_gets_the_usual_form(digits: str) -> None:
    formatted = _check(digits).formatted
    prefix = formatted.split("-")[0]
    for cut in range(2, len(digits) - 1):
        if cut != len(prefix):  # 05-7001-0777: the prefix split elsewhere
            assert usual_form(_check(f"{digits[:cut]}-{digits[cut:]}")) == formatted
    for typed in (
        digits,
        formatted.replace("-", " "),
        f"tel:{digits}",
        f"({prefix}){digits[len(prefix) :]}",
    ):
        assert usual_form(_check(typed)) == formatted, typed
