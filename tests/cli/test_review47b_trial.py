"""Review 47b item 6: Prime Student's row for the switch to regular Prime said 「（最長・目安）」:
「最長」 is a length, and reads wrongly on a date; the date is the switch at the latest."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


@pytest.mark.parametrize("columns", ["1000", "40"])
def test_6_the_switch_row_says_at_the_latest(columns: str) -> None:
    env = {"COLUMNS": columns, "PRIMEHELP_TODAY": "2026-12-06"}
    done = run("trial", "2026-11-20", "--student", "--lang", "ja", env=env)
    assert done.exit_code == 0, done.stderr
    flat = "".join(done.stdout.split())
    assert "通常のプライムに切り替わる更新日（最も遅い場合）" in flat, done.stdout  # 49b item 2
    assert "最長・目安" not in flat


def test_6_the_english_row_is_unchanged() -> None:
    env = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
    done = run("trial", "2026-11-20", "--student", "--lang", "en", env=env)
    assert "Renewal to regular Prime (latest, est.)" in done.stdout, done.stdout


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    ("args", "student"),
    [
        (("renewal", "2019-05-10", "--plan", "student-monthly"), False),  # 4 years over
        (("trial", "2018-01-01", "--student"), False),
        (("renewal", "2026-05-10", "--plan", "student-monthly"), True),  # still Student
        (("trial", "2026-11-01", "--student"), True),
    ],
)
def test_s8_regular_prime_by_now_is_sent_to_plain_cancel(
    args: tuple[str, ...], student: bool, lang: str
) -> None:
    """Review 47b S 8: once the 4 paid years are over, the screen says the membership is regular
    Prime, and its first line named `primehelp cancel --student` (the Student-only notes)."""
    env = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-06"}
    first = run(*args, "--lang", lang, env=env).stdout.split("\n\n")[0]  # the opening lines
    assert "primehelp cancel" in first, first
    assert ("--student" in first) is student, first
