"""Review 40a S 18 (check-number: 010, Japan's international prefix, read as a too-long
number) and review 39a S 33 (complain --amount "5,900円（税込）" as copied from a receipt)."""

from __future__ import annotations

import pytest

from primehelp.complaint import parse_amount
from tests.support.clihelp import run


@pytest.mark.parametrize(
    ("typed", "plus"),
    [
        ("010-81-120-999-373", "+81-120-999-373"),
        ("010 81 120 999 373", "+81 120 999 373"),
        ("01081120999373", "+81120999373"),
        ("０１０－８１－１２０－９９９－３７３", "+81-120-999-373"),
        ("010-1-855-370-0151", "+1-855-370-0151"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_010_is_said_to_be_the_international_prefix_and_plus_offered(
    typed: str, plus: str, lang: str
) -> None:
    result = run("check-number", typed, "--lang", lang)
    assert result.exit_code == 2
    assert "桁数が多すぎます" not in result.stderr
    assert "too many digits" not in result.stderr
    assert "010" in result.stderr
    assert f'"{plus}"' in result.stderr, result.stderr


@pytest.mark.parametrize(
    "typed",
    [
        "5,900円（税込）",
        "5900円(税込)",
        "¥5,900（税込み）",
        "5,900円 税込",
        "税込5,900円",
        "税込 ¥5,900",
    ],
)
def test_an_amount_with_tax_included_is_read(typed: str) -> None:
    assert parse_amount(typed) == 5900


def test_an_amount_with_tax_included_on_the_command_line() -> None:
    result = run("complain", "refund", "--amount", "5,900円（税込）", "--plan", "annual")
    assert result.exit_code == 0, result.stderr
    assert "5,900円" in result.stdout


@pytest.mark.parametrize("typed", ["税込", "（税込）", "5,900円（税抜）", "税込税込5900"])
def test_tax_words_alone_or_other_words_are_still_refused(typed: str) -> None:
    from primehelp.errors import BadInput

    with pytest.raises(BadInput):
        parse_amount(typed)
