"""Review 28c (charge, charge --statement): Student monthly fees in early 2019 (item 1), partial
Prime refunds (item 2), the flag's direction (item 5), plan labels (items 6, 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file

WIDE = {"COLUMNS": "1000"}


def _screen(*args: str, lang: str = "ja") -> str:
    done = run(*args, "--lang", lang, env=WIDE)
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _statement(path: str, lang: str = "ja", *, json: bool = False) -> Any:
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={**WIDE, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


# ---------------------------------------------------------------- item 1


def test_a_student_monthly_amount_early_in_2019_is_unconfirmed_as_in_the_statement() -> None:
    for date in ("2019-01-01", "2019-03-15", "2019-04-11"):
        ja = _screen("charge", "300", "AMAZON PRIME", "--date", date)
        assert "まだありませんでした" not in ja
        assert "月間プランの会費は確認できていません" in ja
        assert "2019年より前には、Prime Studentの月間プランはありませんでした" in ja
        en = _screen("charge", "300", "AMAZON PRIME", "--date", date, lang="en")
        assert "no Prime Student monthly plan yet" not in en and "is not confirmed" in en
    # before 2019 the plan did not exist (FACTS §1)
    ja = _screen("charge", "300", "AMAZON PRIME", "--date", "2018-12-31")
    assert "2018年12月31日の時点では、Prime Studentの月間プランはまだありませんでした" in ja
