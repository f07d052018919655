"""Review 51c (charge AMOUNT [TEXT]: the single-charge path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import charge_screen, statement_screen

# -- item 17: 「Student」 after 「Amazon Prime」 names Amazon's own plan, never another company's

EXTRA_JA = "表記にある「Student」は"
EXTRA_EN = "“Student” in the text"
BORROWED_JA = "Amazonの名前を使ったほかの会社"
BORROWED_EN = "another company or site using Amazon's name"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("typed", ["Amazon Prime Student", "AMAZON PRIME STUDENT"])
def test_prime_student_is_no_stray_word(typed: str, lang: str) -> None:
    screen = charge_screen("charge", "300", *typed.split(), lang=lang)
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) not in screen
    assert (BORROWED_JA if lang == "ja" else BORROWED_EN) not in screen
    first = screen.split("\n\n")[1]
    assert "Prime Student" in first


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_prime_student_line_of_a_statement_is_prime(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text("date,description,amount\n2026-11-22,Amazon Prime Student,2950\n", "utf-8")
    screen = statement_screen(str(path), lang)
    assert (EXTRA_JA if lang == "ja" else EXTRA_EN) not in screen
    flagged = (
        "知っているAmazonの明細の表記ではありません"
        if lang == "ja"
        else "not a statement text primehelp knows"
    )
    assert flagged not in screen.replace("\n", " ")
    assert "Prime Student" in screen


def test_a_stray_word_after_prime_is_still_said() -> None:
    screen = charge_screen("charge", "300", "AMAZON", "PRIME", "TOP", lang="ja")
    assert "表記にある「TOP」は" in screen
