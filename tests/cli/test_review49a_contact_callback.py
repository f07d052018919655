"""Review 49a, item 26: contact's warning box said that a number calling in Amazon's name is
not one Amazon publishes, next to the table's 「電話をリクエストすると、Amazonから電話がかかって
きます」, without the call-back exception check-number gives. The box now says it, in the same
words as check-number (one fact, scam.phone.callback_too, whole since review 52a item 1), cited
under the box and in --json."""

from __future__ import annotations

import pytest

from primehelp.content import scams
from primehelp.i18n import Lang
from tests.support.clihelp import json_data, run


def _callback_fact_text(lang: str) -> str:
    fact = next(f for f in scams.phone_advice() if f.id == "scam.phone.callback_too")
    return fact.text.ja if lang == "ja" else fact.text.en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_box_says_the_call_back_exception_as_check_number_does(lang: Lang) -> None:
    wide = {"COLUMNS": "1000"}
    contact = run("--lang", lang, "contact", env=wide)
    number = run("--lang", lang, "check-number", "0120-999-373", env=wide)
    said = _callback_fact_text(lang)
    assert said in number.stdout
    box = contact.stdout[contact.stdout.index("╭") : contact.stdout.index("╰")]
    flat = "".join(line.strip(" │╭╮─") for line in box.splitlines())
    # the whole fact, its payment caveat included (review 52a, item 1; was its first sentence)
    assert said.replace(" ", "") in flat.replace(" ", "")


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_the_box_keeps_the_exception_at_every_width(columns: int) -> None:
    done = run("--lang", "ja", "contact", env={"COLUMNS": str(columns)})
    assert done.exit_code == 0
    flat = "".join(line.strip(" │╭╮╰╯─") for line in done.stdout.splitlines())
    assert "自分でコールバックを依頼した後にかかってきた電話" in flat


def test_json_has_the_exception_as_a_fact() -> None:
    data = json_data("contact", "--lang", "ja")
    assert data["callback_caveat"]["id"] == "scam.phone.callback_too"
    assert data["callback_caveat"]["text"] == _callback_fact_text("ja")
