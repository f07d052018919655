"""Review 43a, item 1: `check-number "+18553700151"` (a number `contact` lists as circulating)
crashed with UnboundLocalError in ``usual_form`` — a number abroad never set the form it
returned. Every number `contact` lists, in the ways a member types or pastes it, is answered,
in both check-number and check-message, with no traceback."""

from __future__ import annotations

import re

import pytest

from tests.support.clihelp import json_data, run


def _listed() -> list[str]:
    data = json_data("contact")
    return [n["number"] for key in ("defunct_numbers", "circulating_numbers") for n in data[key]]


def _typed_forms(number: str) -> set[str]:
    digits = re.sub(r"[^\d+]", "", number)
    forms = {number, digits, " ".join(number.split("-")), f"tel:{digits}"}
    if digits.startswith("+1") and len(digits) == 12:  # +1 855 370 0151, as US numbers are written
        n = digits[2:]
        forms |= {
            f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}",
            f"+1 {n[:3]} {n[3:]}",
            f"1-{n[:3]}-{n[3:6]}-{n[6:]}",
        }
    return forms


FORMS = sorted({form for number in _listed() for form in _typed_forms(number)})


def test_the_listed_numbers_include_one_abroad() -> None:
    assert any(form.startswith("+1") for form in FORMS)  # the case that crashed


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_listed_number_as_typed_is_answered(form: str, lang: str) -> None:
    done = run("check-number", form, "--lang", lang)
    assert "Traceback" not in done.stdout + done.stderr
    assert done.exit_code in (1, 2), done.stdout + done.stderr  # never "fine", never a crash
    if done.exit_code == 1:
        digits = re.sub(r"\D", "", form)[-4:]
        assert digits in re.sub(r"\D", "", done.stdout)  # the number is named (a crash: empty)


@pytest.mark.parametrize("form", FORMS)
def test_every_listed_number_in_a_message_is_answered(form: str) -> None:
    done = run("check-message", "--text", f"お問い合わせは {form} まで", "--lang", "ja")
    assert done.exit_code == 1, done.stdout + done.stderr
    assert re.sub(r"\D", "", form)[-4:] in re.sub(r"\D", "", done.stdout)  # named (a crash: empty)
