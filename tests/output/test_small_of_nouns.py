"""Small fixes, item 1: a short noun after 「の」 is not left alone on a line.

``COLUMNS=40 primehelp fees --lang ja`` printed 「既存会員：2019年5月16日までの更新時の」 and
then 「  請求」 alone under it (several rows). 「更新時の請求」 (a word of kanji, 「の」, a noun of
one or two kanji) is kept whole when it fits, so the row breaks before it; the date keeps its
「までの」.
"""

from __future__ import annotations

import pytest

from primehelp.output.break_units import units
from tests.support.clihelp import run


def _pieces(line: str) -> set[str]:
    return {line[start:end] for start, end, _ in units(line)}


def test_the_noun_is_kept_with_its_word() -> None:
    assert "更新時の請求" in _pieces("既存会員：2019年5月16日までの更新時の請求")
    # review 52c item 5: the unit also takes the particle after its noun (「会費の請求が」)
    assert "会費の請求が" in _pieces("年間プランの会費の請求があります")
    # a chain: only its last pair (overlapping units would leave no break between them)
    assert "特典の利用" in _pieces("支払い以降の特典の利用：不明")
    assert "以降の特典" not in _pieces("支払い以降の特典の利用：不明")


@pytest.mark.parametrize(
    ("line", "not_kept"),
    [
        ("更新時の請求額は", "更新時の請求"),  # a noun of three kanji: a phrase of its own
        ("重要消費者紛争の窓口", "紛争の窓口"),  # a word of six kanji: not from inside it
    ],
)
def test_not_a_longer_noun_nor_from_inside_a_word(line: str, not_kept: str) -> None:
    assert not any(not_kept in piece for piece in _pieces(line))


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_fees_rows_keep_the_charge_with_the_renewal(columns: str) -> None:
    shown = run("fees", "--lang", "ja", env={"COLUMNS": columns})
    assert shown.exit_code == 0, shown.stderr
    lines = [line.strip() for line in shown.stdout.splitlines()]
    assert "請求" not in lines
    assert not any(line.endswith("更新時の") for line in lines)
    assert not any(line.startswith("までの") for line in lines)  # the date keeps its particle


def test_fees_at_40_columns_breaks_before_the_phrase() -> None:
    shown = run("fees", "--lang", "ja", env={"COLUMNS": "40"}).stdout
    assert "既存会員：2019年5月16日までの\n  更新時の請求\n" in shown
