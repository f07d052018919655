"""`trial` with a start date after today says so first (review 5 item 27)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from primehelp.cli import app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args, "--today", "2026-12-05"], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout


def test_a_start_after_today_is_named_before_the_action() -> None:
    code, out = run("trial", "2027-01-01", "--lang", "ja")
    assert code == 0
    assert out.splitlines()[0] == (
        "開始日（2027年1月1日）は今日より後の日付です。以下は、その日に無料体験を始めた場合の目安です。"
        "すでに始めている場合は、始めた日を指定してください。"
    )
    code, out = run("trial", "2027-01-01", "--lang", "en")
    assert out.startswith("The start date (2027-01-01) is after today: ")
    assert json.loads(run("trial", "2027-01-01", "--json")[1])["data"]["start_in_future"] is True


def test_a_start_today_or_before_has_no_such_line() -> None:
    for start in ("2026-12-05", "2026-11-20"):
        code, out = run("trial", start, "--lang", "en")
        assert code == 0 and "after today" not in out
        assert json.loads(run("trial", start, "--json")[1])["data"]["start_in_future"] is False
