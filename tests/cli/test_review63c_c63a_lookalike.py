"""Review 63c, R-minor 7: a look-alike's row (「AMAZ0N PRIME」) is in no Prime overlap or
twice-a-month check, as amazon.com's rows are not (review 62c, R-major 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run

COLUMNS = ("--columns", "date,description,amount")
TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}
_PRIME_CHECKS = {
    "monthly_guess_in_annual",
    "monthly_guess_twice",
    "monthly_twice",
    "both_prime_plans",
    "two_monthly_guess",
}


def _file(tmp_path: Path, rows: str) -> str:
    path = tmp_path / "s.csv"
    path.write_text("date,description,amount\n" + rows, encoding="utf-8")
    return str(path)


def _lines(path: str) -> list[dict[str, object]]:
    done = lang_run("charge", "--statement", path, *COLUMNS, "--json", env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    lines: list[dict[str, object]] = done.json()["data"]["lines"]
    return lines


def test_a_lookalike_in_an_annual_year_is_only_a_lookalike(tmp_path: Path) -> None:
    path = _file(tmp_path, "2026-10-03,AMAZ0N PRIME,600\n2026-10-04,AMAZON PRIME,5900\n")
    flags = [x["flags"] for x in _lines(path)]
    assert flags[0] == ["looks_like_amazon"]
    assert not _PRIME_CHECKS & set(flags[1])  # type: ignore[arg-type]


def test_a_lookalike_beside_a_monthly_fee_is_no_second_fee(tmp_path: Path) -> None:
    path = _file(tmp_path, "2026-10-03,AMAZON PRIME,600\n2026-10-05,AMAZ0N PRIME,600\n")
    flags = [x["flags"] for x in _lines(path)]
    assert flags[1] == ["looks_like_amazon"]
    assert not _PRIME_CHECKS & set(flags[0])  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_screen_sends_no_one_to_the_prime_receipts(tmp_path: Path, lang: str) -> None:
    path = _file(tmp_path, "2026-10-03,AMAZ0N PRIME,600\n2026-10-04,AMAZON PRIME,5900\n")
    done = lang_run("charge", "--statement", path, *COLUMNS, lang=lang, columns=80, env=TODAY)
    assert done.exit_code in (0, 1), done.stderr
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert "※Amazonに似た、つづりの違う表記です" in screen
        assert "年会費と期間が重なっています" not in screen
    else:
        assert "overlap" not in screen.lower()
