"""Review 40a, S 12: complain `--plan 年間` was refused though `--plan 年間プラン` was accepted,
and the error named only the English values: every Japanese name of each plan, short or whole,
in full width or with spaces, is read; the error says which Japanese names may be typed."""

from __future__ import annotations

import pytest

from primehelp.complaint import parse_plan_value
from primehelp.errors import BadInput
from primehelp.plans import Plan
from tests.support.clihelp import run

NAMES = {
    Plan.ANNUAL: ["年間", "年間プラン"],
    Plan.MONTHLY: ["月間", "月間プラン"],
    Plan.STUDENT_ANNUAL: ["学生年間", "学生年間プラン", "Prime Student 年間プラン"],
    Plan.STUDENT_MONTHLY: ["学生月間", "学生月間プラン", "Prime Student 月間プラン"],
}


@pytest.mark.parametrize(("plan", "name"), [(p, n) for p, ns in NAMES.items() for n in ns])
def test_every_japanese_name_of_a_plan_is_read(plan: Plan, name: str) -> None:
    assert parse_plan_value(name) is plan
    assert parse_plan_value(f" {name.replace(' ', '　')} ") is plan  # full-width space
    assert parse_plan_value(name.upper().replace("PRIME", "ＰＲＩＭＥ")) is plan
    assert parse_plan_value(plan.value) is plan  # the English values still


def test_a_japanese_name_works_on_the_command_line() -> None:
    result = run("complain", "renewal", "--plan", "年間")
    assert result.exit_code == 0, result.stderr
    assert "年間プラン" in result.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_error_names_the_japanese_names(lang: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_plan_value("年")
    said = getattr(refused.value.message, lang)
    for name in [
        "年間プラン",
        "月間プラン",
        "Prime Student 年間プラン",
        "Prime Student 月間プラン",
    ]:
        assert name in said
    result = run("complain", "renewal", "--plan", "年", "--lang", lang)
    assert result.exit_code == 2
    assert "Prime Student 月間プラン" in result.stderr
