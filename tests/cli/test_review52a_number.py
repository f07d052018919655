"""Review 52a, items 36, 37 and 45: check-number on text that is more than one number.

36. Two numbers in one argument got 「桁数が多すぎます」 or 「使えない文字「、」があります」.
37. 「公衆電話」 (what a phone shows for a payphone) got 「使えない文字「公」があります」.
45. A line copied with a name (「Amazonカスタマーセンター 0120-999-373」) got 「使えない文字「A」」.
Each now says what the text holds and what to give instead; none calls anything safe."""

from __future__ import annotations

import pytest

from tests.support.clihelp import WIDE, run


def _error(*args: str, lang: str = "ja") -> str:
    done = run("check-number", *args, "--lang", lang, env=WIDE)
    assert done.exit_code == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    return done.stderr


@pytest.mark.parametrize(
    "typed",
    ["0120-999-373 03-5757-5252", "0120-999-373、03-5757-5252", "0120-999-373,03-5757-5252"],
)
def test_two_numbers_in_one_argument_are_named_as_two(typed: str) -> None:
    ja = _error(typed)
    assert ja.startswith(f"primehelp: エラー: 「{typed}」には電話番号が2つあるようです。")
    assert "`primehelp check-number 0120-999-373 03-5757-5252`" in ja
    assert "桁数が多すぎます" not in ja and "使えない文字" not in ja
    en = _error(typed, lang="en")
    assert "seems to hold 2 phone numbers" in en and "separate arguments" in en


def test_the_numbers_given_apart_are_still_checked() -> None:
    assert run("check-number", "0120-999-373", "03-5757-5252").exit_code == 1
    assert run("check-number", "0120 999 373").exit_code == 1  # one number with spaces


@pytest.mark.parametrize(
    "typed", ["Amazonカスタマーセンター 0120-999-373", "0120-999-373（Amazon）"]
)
def test_a_number_among_words_points_to_the_number_and_check_message(typed: str) -> None:
    ja = _error(typed)
    assert f"「{typed}」には、電話番号のほかに文字が含まれています。" in ja
    assert "番号だけ（例：0120-999-373）を指定してください。" in ja
    assert '`primehelp check-message --text "…"`' in ja
    assert "使えない文字" not in ja
    en = _error(typed, lang="en")
    assert "holds words besides the phone number" in en and "check-message --text" in en


def test_a_labelled_number_is_still_read() -> None:
    assert run("check-number", "電話：0120-999-373").exit_code == 1


def test_a_payphone_is_said_to_have_no_number_to_check() -> None:
    ja = _error("公衆電話")
    assert ja.startswith("primehelp: エラー: 「公衆電話」と表示された電話は番号が分からないため、")
    assert "`primehelp contact`" in ja and "使えない文字" not in ja
    assert "安全" not in ja  # what it is, never that it is safe
    assert "withheld number cannot be checked" in _error("公衆電話", lang="en")
