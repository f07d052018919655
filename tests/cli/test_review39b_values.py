"""Review 39b S 15 and 40b S 8 (round 46): --plan and --via values in Japanese, and the
accepted values glossed in the error."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from primehelp.cli import app
from primehelp.glosses import PLAN_VALUES, VIA_VALUES
from primehelp.plans import Plan, parse_plan

runner = CliRunner()
# every command that reads --plan or --via through the shared choice, and the values' glosses
OPTIONS = [
    (["renewal", "2026-12-31", "--today", "2026-12-05", "--plan"], PLAN_VALUES),
    (["cancel", "--no-interactive", "--via"], VIA_VALUES),
    (["complain", "renewal", "--plan"], PLAN_VALUES),
]


@pytest.mark.parametrize(("args", "glossed"), OPTIONS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_refused_value_lists_every_value_with_its_meaning(
    args: list[str], glossed: object, lang: str
) -> None:
    """The error listed only annual、monthly… / web、app、carrier: now each value with what it
    means, in the words of the tool's own help."""
    result = runner.invoke(app, ["--lang", lang, *args, "foo"])
    assert result.exit_code == 2
    one_line = " ".join(result.stderr.split()) if lang == "en" else "".join(result.stderr.split())
    text = getattr(glossed, lang)
    assert (" ".join(text.split()) if lang == "en" else "".join(text.split())) in one_line


@pytest.mark.parametrize(
    ("typed", "plan"),
    [
        ("年間", Plan.ANNUAL), ("月間", Plan.MONTHLY), ("年間プラン", Plan.ANNUAL),
        ("月間プラン", Plan.MONTHLY), ("Prime Student 年間プラン", Plan.STUDENT_ANNUAL),
        ("Prime Student 月間", Plan.STUDENT_MONTHLY), ("学生年間", Plan.STUDENT_ANNUAL),
        ("ＰｒｉｍｅＳｔｕｄｅｎｔ月間プラン", Plan.STUDENT_MONTHLY),
    ],
)  # fmt: skip
def test_the_plans_japanese_names_are_accepted(typed: str, plan: Plan) -> None:
    """39b S 15: `--plan 年間` was refused; the plans' own names, with or without 「プラン」."""
    assert parse_plan(typed) is plan
    result = runner.invoke(
        app, ["--lang", "ja", "--json", "renewal", "2026-12-31", "--plan", typed]
    )
    assert result.exit_code == 0, result.stderr
    assert f'"plan": "{plan.value}"' in result.stdout


@pytest.mark.parametrize(
    ("typed", "via"),
    [("ウェブ", "web"), ("ウェブサイト", "web"), ("アプリ", "app"), ("ショッピングアプリ", "app"),
     ("携帯電話会社", "carrier")],
)  # fmt: skip
def test_the_places_japanese_names_are_accepted(typed: str, via: str) -> None:
    """40b S 8: `--via ウェブ` was refused."""
    from primehelp.cli.cancel import parse_via

    assert parse_via(typed).value == via
