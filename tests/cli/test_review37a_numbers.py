"""Review 37a, S 4 and S 5: check-number's echo of a number and its 3-digit refusal."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

JAPANESE = ["0120 999 373", "03 5757 5252", "011 330 3000", "0120999373", "(0120) 999 373"]


@pytest.mark.parametrize("typed", JAPANESE)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_number_in_japan_is_echoed_with_its_hyphens(typed: str, lang: str) -> None:
    """S 4: 「0120 999 373（通話料無料の番号）」 left out 0120-999-373, which +81-120-999-373 got."""
    done = run("check-number", typed, "--lang", lang, env={"COLUMNS": "200"})
    digits = "".join(c for c in typed if c.isdigit())
    line = next(line for line in done.stdout.splitlines() if line.startswith(typed))
    hyphenated = line.split("（" if lang == "ja" else " (", 1)[1]
    assert hyphenated.replace("-", "").startswith(digits), line


def test_a_number_abroad_typed_in_groups_is_not_echoed() -> None:
    """Review 20a S 11 stays: +1 855 370 0151 is not repeated as +1 855-370-0151."""
    done = run("check-number", "+1 855 370 0151", "--lang", "ja", env={"COLUMNS": "200"})
    assert "+1 855-370-0151" not in done.stdout


@pytest.mark.parametrize("number", ["117", "177", "123"])
def test_a_three_digit_number_primehelp_does_not_know_is_not_unreadable(number: str) -> None:
    """S 5: 117 (時報) and 177 (天気予報) were 「読み取れません」; FACTS names neither, so the
    message says primehelp does not know the number, and which 3-digit numbers it does."""
    done = run("check-number", number, "--lang", "ja")
    assert done.exit_code == 2
    assert f"「{number}」は、primehelpで確認できる番号ではありません。" in done.stderr
    assert "読み取れません" not in done.stderr
    assert "110・118・119・171・188・189" in done.stderr
