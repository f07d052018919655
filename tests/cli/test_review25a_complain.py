"""Review 25a item 8: complain named one plan two ways on one screen (「Prime Student 年間プラン
の会費と一致しません」 and 「Prime Studentの年間プランでは、…」, 「・会員プラン：Prime Studentの年間
プラン」; 「プライム会員の年間プラン」 against 「年間プラン」 elsewhere). One name: the fees one."""

from __future__ import annotations

import pytest

from primehelp.content import complaints, fees
from primehelp.plans import Plan
from tests.support.clihelp import run


@pytest.mark.parametrize("plan", list(Plan))
def test_8_the_letter_names_each_plan_as_the_fees_screen_does(plan: Plan) -> None:
    assert complaints.load().plans[plan] == fees.load().of(plan).name


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_one_name_for_the_plan_on_the_whole_screen(lang: str) -> None:
    done = run(
        "complain", "renewal", "--renewal", "2020-03-01", "--amount", "5900",
        "--plan", "student-annual", "--lang", lang,
    )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    shown = done.stdout + done.stderr
    name = fees.load().of(Plan.STUDENT_ANNUAL).name.ja if lang == "ja" else "Prime Student"
    assert shown.count(name) >= 3  # both warnings and the letter
    for other in ("Prime Studentの年間プラン", "プライム会員の年間プラン", "Prime annual plan"):
        assert other not in shown
