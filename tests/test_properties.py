"""Property-based tests for the parsers: random text never crashes them (only ``BadInput``),
and every valid value reads the same through every form a member might paste."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from primehelp.errors import BadInput, shown
from primehelp.i18n import LANGS, quoted_values
from primehelp.phone import normalize

# Text a member might paste, and worse: any code point, biased towards the interesting ones.
_PHONE_ALPHABET = st.sampled_from("0123456789０１２３４５６７８９+＋-－ー‐()（） .\u3000\t/")
hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=_PHONE_ALPHABET),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.text(alphabet=_PHONE_ALPHABET, min_size=1).map(lambda s: s + "\x00"),
)


@given(hostile_text)
@example("")
@example("\x00")
@example("+")
@example("+81")
@example("+81 (0)")
@example("⁰¹²")  # superscripts: NFKC makes them digits
@example("٠١٢٠٩٩٩٣٧٣")  # Arabic-Indic digits: not 0-9 after NFKC, refused
def test_normalize_accepts_or_refuses_nothing_else(raw: str) -> None:
    try:
        normalized = normalize(raw)
    except BadInput as error:
        for lang in ("ja", "en"):
            message = error.message(lang)
            assert "\n" not in message
            assert len(message) < 300
        return
    assert normalized.lstrip("+").isascii() and normalized.lstrip("+").isdigit()
    assert normalize(normalized) == normalized  # what we show can be pasted back


# A Japanese national number: 0, a non-zero digit, then 8 or 9 more digits.
national = st.builds(
    lambda first, rest: "0" + first + rest,
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=8, max_size=9),
)

_FULL_WIDTH = str.maketrans("0123456789-+()", "０１２３４５６７８９－＋（）")


def _groups(digits: str) -> list[str]:
    return [digits[:-8], digits[-8:-4], digits[-4:]] if len(digits) > 8 else [digits]


def forms(number: str) -> list[str]:
    """Every way the same national number may be written."""
    head, mid, tail = _groups(number)
    hyphens = f"{head}-{mid}-{tail}"
    trunk = number[1:]
    international = f"+81 {trunk[: len(head) - 1]} {mid} {tail}"
    return [
        number,
        hyphens,
        hyphens.translate(_FULL_WIDTH),
        f"{hyphens[:3].translate(_FULL_WIDTH)}{hyphens[3:]}",  # mixed width
        f"({head}) {mid} {tail}",
        f"{head}.{mid}.{tail}",
        f"{head}ー{mid}ー{tail}",  # katakana long-vowel mark as a dash
        f"{head}\u3000{mid}\u3000{tail}",
        f"  {hyphens}  ",
        international,
        international.translate(_FULL_WIDTH).replace(" ", "\u3000"),
        f"+81 (0){trunk}",
        f"+81-{trunk}",
        f"81 {trunk}",
        f"+81{trunk}",
    ]


@given(national)
def test_every_form_of_a_national_number_reads_the_same(number: str) -> None:
    for form in forms(number):
        assert normalize(form) == number, form


@given(st.text(alphabet="0123456789", min_size=8, max_size=15).filter(lambda d: d[0] != "0"))
def test_a_number_abroad_keeps_its_plus_and_reads_back(digits: str) -> None:
    """Regression: ``+1 206 266 1000`` came out as ``12062661000``, which is refused as input."""
    if digits.startswith("81"):
        return  # that is Japan, read as a national number
    normalized = normalize(f"+{digits}")
    assert normalized == f"+{digits}"
    assert normalize(normalized) == normalized
    assert normalize(f"＋{digits}".translate(_FULL_WIDTH)) == normalized


@given(st.text())
def test_shown_is_one_short_printable_line(value: str) -> None:
    for lang in LANGS:  # the marks around the value become each language's quotes
        quoted = quoted_values(shown(value), lang)
        assert quoted.isprintable()
        # the limit counts what is shown, escapes included (a 300-character error line found by
        # hypothesis: 16 characters escaped as \U0001xxxx after a 40-character cut)
        assert len(quoted) <= len("''…") + 40


# ---------------------------------------------------------------- every parser a member can reach

_DATE_ALPHABET = st.sampled_from("0123456789０１２３４５６７８９-/.年月日 ,stndrhJanDecMy\u3000ー")
parser_input = st.one_of(
    st.text(),
    st.text(alphabet=_DATE_ALPHABET, max_size=40),
    st.text(alphabet="0123456789,¥￥円JPY -", max_size=40),
    st.text(alphabet="0123456789", min_size=4000, max_size=6000),  # past int()'s digit limit
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
)


def _parsers() -> list[tuple[str, Callable[[str], object]]]:
    from primehelp import complaint, dates, facts, plans, renewal, sources

    def fact_topic(raw: str) -> object:
        return sources.facts_about(raw, facts.all_facts())

    return [
        ("phone.normalize", normalize),
        ("dates.parse_date", dates.parse_date),
        ("plans.parse_plan", plans.parse_plan),
        ("renewal.parse_count", renewal.parse_count),
        ("complaint.parse_topic", complaint.parse_topic),
        ("complaint.parse_amount", complaint.parse_amount),
        ("complaint.parse_renewal", complaint.parse_renewal),
        ("sources.facts_about", fact_topic),
    ]


@pytest.mark.parametrize(("name", "parse"), _parsers(), ids=[name for name, _ in _parsers()])
@given(raw=parser_input)
@example(raw="9" * 5000)
@example(raw="")
@example(raw="\x00")
def test_parsers_accept_or_refuse_in_one_line(
    name: str, parse: Callable[[str], object], raw: str
) -> None:
    """Regression (--count, --amount): more than 4300 digits raised ValueError from int()."""
    try:
        parse(raw)
    except BadInput as error:
        for lang in ("ja", "en"):
            message = error.message(lang)
            assert "\n" not in message, name
            assert len(message) < 300, name


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_the_json_date_form_reads_back(day: dt.date) -> None:
    """A date primehelp prints (ISO, in JSON) is accepted again as input, by every option."""
    from primehelp.complaint import parse_renewal
    from primehelp.dates import parse_date

    assert parse_date(day.isoformat()) == day
    assert parse_renewal(day.isoformat()) == day
