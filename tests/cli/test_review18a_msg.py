"""Review 18a (round 19, r19-msg): fees, check-message, check-number, contact, complain, errors."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run


def _out(*args: str, lang: str = "ja", columns: str = "60") -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns})
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _flat(text: str) -> str:
    """The screen's text with its line breaks taken out (Japanese has no spaces to lose)."""
    return "".join(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_3_the_student_monthly_row_says_whose_monthly_plan_did_not_exist(columns: str) -> None:
    """The regular monthly plan existed before 2019 (400円): only Prime Student's did not."""
    flat = _flat(_out("fees", columns=columns))
    assert "2019年より前は、Prime Studentの月間プランはありませんでした" in flat
    assert "2019年より前は月間プランは" not in flat


def test_3_in_english_too() -> None:
    out = " ".join(_out("fees", lang="en", columns="1000").split())
    assert "there was no Prime Student monthly plan before 2019" in out
    assert "there was no monthly plan before 2019" not in out
