"""Review 33c (charge, charge --statement): one test or more per item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.clihelp import run, statement_file


def _screen(*args: str, lang: str = "ja", width: str = "1000") -> str:
    done = run(*args, "--lang", lang, env={"COLUMNS": width})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _statement(path: str, lang: str = "ja", *, json: bool = False, width: str = "1000") -> Any:
    args = ("charge", "--statement", str(path), "--columns", "date,description,amount")
    done = run(*args, *(("--json",) if json else ()), "--lang", lang,
               env={"COLUMNS": width, "PRIMEHELP_TODAY": "2026-12-05"})  # fmt: skip
    assert done.exit_code in (0, 1), done.stderr
    return done.json()["data"] if json else done.stdout


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- item 1

GUESSED = ("2026/11/01,アマゾンプライム会費,600", "2026/11/03,AMAZON PRIME,-600",
           "2026/10/01,AMZN Mktp JP,2950", "2026/10/03,AMAZON PRIME,-2950")  # fmt: skip


def test_a_refund_is_paired_with_a_fee_read_by_its_amount(tmp_path: Path) -> None:
    path = statement_file(tmp_path, *GUESSED)
    data = _statement(path, json=True)
    refunds = {x["date"]: x for x in data["lines"] if x["amount_yen"] < 0}
    assert refunds["2026-11-03"]["refund_of_row"] == 2  # the 600 yen of 11/1
    assert refunds["2026-10-03"]["refund_of_row"] == 4
    out = _flat(_statement(path))
    assert (
        "2026年11月1日の「アマゾンプライム会費」（600円。金額から月会費と推定）の返金と考えられます。"
        in out
    )
    assert "見当たりません" not in out  # the screen does not deny the row it read as that fee
    for month in data["months"]:  # the fee and its refund on one row of the month table
        prime = [s for s in month["services"] if s["label"].startswith("Amazonプライム")]
        assert len(prime) == 1 and prime[0]["charged_yen"] == prime[0]["refunded_yen"]
    en = _flat(_statement(path, "en"))
    assert "(readasthemonthlyfeebyitsamount)" in en
