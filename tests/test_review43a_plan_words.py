"""Review 43a, S 17: `complain … --plan 月額` was refused, though 「月額」／「年額」 are how members
and card statements name the monthly and the annual plan; 「学生」／``student`` were refused with
the list only, not asking which of the two Student plans. Every command that takes --plan reads
the same words (one parser), and refuses a Student word without its term with that question."""

from __future__ import annotations

import pytest

from primehelp.errors import BadInput
from primehelp.plans import Plan, parse_plan
from tests.support.clihelp import run

WORDS = {
    "月額": Plan.MONTHLY,
    "年額": Plan.ANNUAL,
    "月額プラン": Plan.MONTHLY,
    "年額 プラン": Plan.ANNUAL,
    "学生月額": Plan.STUDENT_MONTHLY,
    "学生年額プラン": Plan.STUDENT_ANNUAL,
    "Prime Student 年額プラン": Plan.STUDENT_ANNUAL,
    "ｐｒｉｍｅ ｓｔｕｄｅｎｔ 月額": Plan.STUDENT_MONTHLY,
}
STUDENT_ALONE = ["学生", "student", "Student", "Prime Student", "学生プラン", "ＳＴＵＤＥＮＴ"]


def test_the_words_name_their_plan() -> None:
    for word, plan in WORDS.items():
        assert parse_plan(word) is plan, word


def test_a_student_word_without_its_term_asks_which() -> None:
    for word in STUDENT_ALONE:
        with pytest.raises(BadInput) as refused:
            parse_plan(word)
        assert "Prime Studentの年間プランか月間プランか分かりません" in refused.value.message.ja
        assert "student-annual" in refused.value.message.en


@pytest.mark.parametrize(
    "command", [["complain", "renewal"], ["renewal", "2026-12-20"]], ids=lambda c: c[0]
)
def test_every_command_with_plan_reads_them(command: list[str]) -> None:
    env = {"PRIMEHELP_TODAY": "2026-12-06", "PRIMEHELP_LANG": "ja"}
    for word, plan in WORDS.items():
        done = run(*command, "--plan", word, env=env)
        assert done.exit_code == 0, (word, done.stderr)
        other = run(*command, "--plan", plan.value, env=env)
        assert done.stdout == other.stdout, word
    for word in STUDENT_ALONE:
        done = run(*command, "--plan", word, env=env)
        assert done.exit_code == 2
        assert "Prime Studentの年間プランか月間プランか分かりません" in done.stderr, word
    refused = run(*command, "--plan", "yearly", env=env)
    assert refused.exit_code == 2 and "使える値：annual" in refused.stderr
