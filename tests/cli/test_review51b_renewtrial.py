"""Review 51b: renewal, trial, cancel and their calendars (items 1–7, 14–16, 18, 22, 23, 25)."""

from __future__ import annotations

from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()


def _run(lang: str, *args: str, columns: int = 200) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--lang", lang, *args], env={"COLUMNS": str(columns)})
    return result.exit_code, result.stdout, result.stderr


def _flat(text: str) -> str:
    return "".join(text.split())


def test_plan_student_asks_which_plan_in_the_plans_own_names() -> None:
    """51b item 1: no 「Prime Student の」 (space before the particle), no coined 「学生年間」."""
    code, _, err = _run("ja", "renewal", "2027-01-20", "--plan", "student")
    assert code == 2
    assert _flat(
        "Prime Studentの年間プランか月間プランか分かりません。student-annual（Prime Student 年間"
        "プラン）または student-monthly（Prime Student 月間プラン）を指定してください。"
    ) in _flat(err)
    assert "学生年間" not in err and "Prime Student の" not in err
    code, _, err = _run("en", "renewal", "2027-01-20", "--plan", "student")
    assert code == 2
    assert "student-annual (Prime Student annual plan)" in " ".join(err.split())
    assert "学生" not in err
