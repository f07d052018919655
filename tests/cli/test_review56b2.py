"""Review 56b (trial, due, renewal, cancel): items 2, 5, 6, 7 and S 8, 10, 11."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-12-07")


def _ok(*args: str, lang: str = "ja") -> str:
    """The output of a command that must succeed, one paragraph a line."""
    done = run(*args, "--lang", lang, env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- item 5: one name a plan


@pytest.mark.parametrize(
    ("plan", "kind"), [("student-annual", "年間"), ("student-monthly", "月間")]
)
def test_5_the_student_table_title_names_the_plan_as_elsewhere(plan: str, kind: str) -> None:
    ja = _ok("renewal", "2026-12-31", "--plan", plan, *TODAY)
    assert f"今後の更新日（Prime Student {kind}プラン）" in ja
    assert "Prime Student・" not in ja
    en = _ok("renewal", "2026-12-31", "--plan", plan, *TODAY, lang="en")
    english = "annual" if kind == "年間" else "monthly"
    assert f"Upcoming renewals (Prime Student {english} plan)" in en
