"""Review 30c, item 1 (charge --statement): a refund under a Prime text is read as a fee of the
file before it, within that fee's period — never a fee the file does not contain — and the
switch-to-Student sentence only with an annual fee of the file in the year before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file

ROWS = ("2025-09-01,AMAZON PRIME,5900", "2025-09-10,AMAZON PRIME,-2950",
        "2026-11-03,AMAZON PRIME,300", "2026-11-04,AMAZON PRIME,-150")  # fmt: skip
SWITCH_JA = "PrimeStudentに切り替えた場合は"


def _statement(path: str, lang: str = "ja", *, json: bool = False) -> Any:
    args = ("charge", "--statement", path, "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def test_a_refund_is_read_as_the_fee_of_the_file_it_follows(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *ROWS)
    lines = {(x["date"], x["amount_yen"]): x for x in _statement(path, json=True)["lines"]}
    annual, student = lines[("2025-09-10", -2950)], lines[("2026-11-04", -150)]
    assert annual["service"] == "prime_annual"  # the 5,900 yen of 2025-09-01, not a Student fee
    assert annual["label"] == "Amazonプライム（年間プラン）の会費の一部返金（推定）"
    assert SWITCH_JA in _flat(annual["detail"])  # an annual fee of the file in the year before
    assert student["service"] == "prime_student_monthly"  # the 300 yen of the day before
    assert student["label"] == "Amazonプライム（Prime Student 月間プラン）の会費の一部返金（推定）"
    assert SWITCH_JA not in _flat(student["detail"])
    ja = _flat(_statement(path))
    assert "考えられる返金の対象：Amazonプライム（PrimeStudent年間プラン）" not in ja
    assert "Amazonプライム（PrimeStudent月間プラン）の会費の一部返金（推定）" in ja
    assert ja.count(SWITCH_JA) == 1
    en = _statement(path, "en").replace("\n", " ")
    assert "Partial refund of the Amazon Prime (Prime Student monthly plan) fee" in en
    assert en.count("If you switched from regular Prime to Prime Student") == 1


def test_a_refund_with_no_fee_in_the_file_keeps_its_reading_without_the_switch(
    tmp_path: Path,
) -> None:
    path = statement_file(tmp_path, "2026-11-04,AMAZON PRIME,-150")
    (line,) = _statement(path, json=True)["lines"]
    # review 37c, S 10: part of any plan's fee (−150 in 2026): no plan named
    assert line["label"] == "Amazonプライムの会費の一部返金（推定）"
    assert SWITCH_JA not in _flat(line["detail"])
    assert "switched from regular Prime" not in _statement(path, "en")
