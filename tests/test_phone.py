"""Phone-number normalization and classification."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp.content import contact, scams
from primehelp.errors import BadInput
from primehelp.i18n import Text
from primehelp.number_check import Verdict, check_numbers, classify, number_report
from primehelp.phone import joined, normalize
from primehelp.phone_plan import wrong_length

DEFUNCT = {"0120999373", "0113303000", "0113303003", "0227456366"}
FULL_WIDTH = str.maketrans("0123456789-()+ ", "０１２３４５６７８９－（）＋\u3000")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0120-999-373", "0120999373"),
        ("０１２０－９９９－３７３", "0120999373"),
        ("0120 999 373", "0120999373"),
        ("(0120) 999-373", "0120999373"),
        ("+81 120 999 373", "0120999373"),
        ("+81-120-999-373", "0120999373"),
        ("81 120 999 373", "0120999373"),
        ("+81 (0)120 999 373", "0120999373"),
        ("0120ー999ー373", "0120999373"),
        ("(03)-5757-5252", "0357575252"),
        ("090.1234.5678", "09012345678"),
        ("188", "188"),
        ("１８８", "188"),
        ("+1 855 370 0151", "+18553700151"),  # keeps its + (issue 6)
    ],
)
def test_normalize_accepts_what_people_paste(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "problem_en"),
    [
        ("", "the phone number is empty"),
        ("   ", "the phone number is empty"),
        ("abc", "it contains 'a'"),
        ("0120-999-37a", "it contains 'a'"),
        ("12", "too few digits"),
        ("0120", "too few digits"),
        ("0120-999-3733-1", "too many digits"),
        ("+1234567890123456", "too many digits"),
        ("1880", "too few digits"),
        # review 5 item 3: five to nine digits are too few for a number, not too many for 110
        ("12345", "too few digits"),
        ("1234567", "too few digits"),
        ("123456789", "too few digits"),
        ("1234567890", "the leading 0 is missing"),
        # review 36a, S 19: 11 digits or more, neither 0 nor + first: a number abroad without +
        # 12345678901 is shaped as a North American number, read as +1 (review 62a, B 3)
        ("10345678901", "it starts with neither 0 nor +"),
        ("123456789012", "it starts with neither 0 nor +"),
        ("0120#999", "it contains '#'"),
    ],
)
def test_normalize_rejects_what_is_not_a_number(raw: str, problem_en: str) -> None:
    with pytest.raises(BadInput) as caught:
        normalize(raw)
    assert problem_en in caught.value.message.en
    for message in (caught.value.message.ja, caught.value.message.en):
        assert "\n" not in message
        assert "0120-999-373" in message  # names the accepted forms


def test_control_characters_are_escaped_in_the_message() -> None:
    with pytest.raises(BadInput) as caught:
        normalize("0120\x1b[31m")
    assert "\x1b" not in caught.value.message.en
    assert "\\x1b" in caught.value.message.en


@pytest.mark.parametrize(
    ("number", "verdict"),
    [
        ("0120999373", Verdict.DEFUNCT),
        ("0113303000", Verdict.DEFUNCT),
        ("0113303003", Verdict.DEFUNCT),
        ("0227456366", Verdict.DEFUNCT),
        ("188", Verdict.CONSUMER_HOTLINE),
        ("0120899543", Verdict.NOT_OFFICIAL),
        ("0357575252", Verdict.NOT_OFFICIAL),
        ("09012345678", Verdict.NOT_OFFICIAL),
    ],
)
def test_classify(number: str, verdict: Verdict) -> None:
    assert classify(number, DEFUNCT) is verdict


# A Japanese national number: 0, then an area or service code that never starts with 0; of
# the length its prefix has, if it has one (0120: 10 digits, 090: 11 …; review 10a S36).
national_numbers = st.builds(
    lambda first, rest: "0" + first + rest,
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=8, max_size=9),
).filter(lambda number: wrong_length(number) is None)


@given(national_numbers, st.sampled_from(["-", " ", ""]))
def test_full_width_and_ascii_forms_get_the_same_verdict(number: str, separator: str) -> None:
    ascii_form = separator.join([number[:4], number[4:7], number[7:]])
    full_width_form = ascii_form.translate(FULL_WIDTH)
    international = "+81 " + ascii_form[1:]
    results = check_numbers([ascii_form, full_width_form, international], DEFUNCT, set())
    assert {r.normalized for r in results} == {number}
    assert len({r.verdict for r in results}) == 1


@given(st.sampled_from(sorted(DEFUNCT)))
def test_every_defunct_number_is_defunct_in_any_form(number: str) -> None:
    dashed = f"{number[:4]}-{number[4:7]}-{number[7:]}"
    forms = [number, dashed, dashed.translate(FULL_WIDTH), "+81 " + dashed[1:]]
    assert {c.verdict for c in check_numbers(forms, DEFUNCT, set())} == {Verdict.DEFUNCT}


def test_report_uses_the_bundled_numbers() -> None:
    report = number_report(
        ["0120-999-373", "0120-899-543", "188"],
        contact.load(),
        scams.payment_rule(),
        scams.advice(),
    )
    assert [r.verdict for r in report.results] == [
        Verdict.DEFUNCT,
        Verdict.NOT_OFFICIAL,
        Verdict.CONSUMER_HOTLINE,
    ]
    assert [r.circulating for r in report.results] == [False, True, False]
    assert report.exit_code == 1
    assert report.payment_rule is not None
    assert report.payment_rule.id == "scam.no_payment_by_phone"
    assert [r.formatted for r in report.results] == ["0120-999-373", "0120-899-543", "188"]


def test_report_for_the_hotline_alone_is_not_a_finding() -> None:
    report = number_report(["188"], contact.load(), scams.payment_rule(), scams.advice())
    assert report.exit_code == 0
    assert report.advice == ()
    assert report.payment_rule is None


def test_three_digits_are_a_public_service_or_bad_input() -> None:
    """Review 5 item 28: 123 cannot call anyone; it is not a finding but an incomplete number."""
    public = {"110": Text("警察", "police"), "188": Text("消費者ホットライン", "hotline")}
    with pytest.raises(BadInput) as caught:
        check_numbers(["123"], DEFUNCT, set(), public)
    # the English names them as the accepted numbers (the bad-input rule; round 44)
    assert (
        "the 3-digit numbers accepted are the public services 110, 188." in caught.value.message.en
    )
    # review 37a, S 5: not 「読み取れません」 (117 and 177 are real services), and the 3-digit
    # numbers primehelp knows, not the accepted forms
    assert caught.value.message.ja == (
        "「123」は、primehelpで確認できる番号ではありません。"
        "3桁の番号で確認できるのは、公共の電話番号110・188だけです。"
    )
    for number in ("117", "177"):
        with pytest.raises(BadInput) as caught:
            check_numbers([number], DEFUNCT, set(), public)
        assert "読み取れません" not in caught.value.message.ja
        assert "not a number primehelp can check" in caught.value.message.en
    checked = check_numbers(["110", "188"], DEFUNCT, set(), public)
    assert [c.verdict for c in checked] == [Verdict.PUBLIC_SERVICE, Verdict.CONSUMER_HOTLINE]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["+81", "120", "999", "373"], ["+81 120 999 373"]),
        (["+1", "855", "370", "0151"], ["+1 855 370 0151"]),
        (["0120", "999", "373", "110"], ["0120 999 373", "110"]),
        (["０１２０", "９９９", "３７３"], ["０１２０ ９９９ ３７３"]),
        (["110", "188"], ["110", "188"]),
    ],
)
def test_pieces_of_a_number_the_shell_split_are_joined(
    args: list[str], expected: list[str]
) -> None:
    assert joined(args) == expected


@pytest.mark.parametrize(
    "args",
    [
        ["+81", "120", "999"],  # no number can be made of them
        # +44 20 7946 (8 digits) then 0120 999 373, or +44 20 7946 0120 then 999 and 373:
        # ambiguous (+44 20 7946 0958 is one number: 0958 alone is none; review 49a, item 8)
        ["+44", "20", "7946", "0120", "999", "373"],
    ],
)
def test_pieces_that_make_no_single_number_ask_for_quotes(args: list[str]) -> None:
    with pytest.raises(BadInput) as caught:
        joined(args)
    ja = caught.value.message.ja
    assert ja.startswith(f"「{args[0]}」だけでは電話番号として読み取れません")
    assert '"+81 120 999 373" のように引用符で囲んでください' in ja
    # the error never offers, unquoted, the form the member just typed
    assert "、+81 120 999 373、" not in ja and '、"+81 120 999 373"、' in ja


def test_a_lone_piece_keeps_the_plain_error() -> None:
    with pytest.raises(BadInput) as caught:
        joined(["+81"])
    assert caught.value.message.ja.startswith(
        "「+81」は電話番号として読み取れません（桁数が足りません）"
    )
