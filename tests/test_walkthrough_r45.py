"""Review 38b S 19 (round 45): a word typed at a walkthrough question (「quit」, 「やめる」) is
answered with how to stop as well as the numbers; a wrong number only with the numbers."""

from __future__ import annotations

import pytest

from primehelp.i18n import Text
from primehelp.walkthrough import Choice, _not_a_choice

CHOICES = tuple(Choice(str(n), Text(str(n), str(n))) for n in (1, 2, 3))


# quit, exit, やめる, stop are read as q now (review 40b S 6): other words
@pytest.mark.parametrize("answer", ["quitting", "exit now", "やめない", "abc", "stopp"])
@pytest.mark.parametrize("first", [True, False])
def test_a_word_is_told_how_to_stop(answer: str, first: bool) -> None:
    said = _not_a_choice(CHOICES, first, answer)
    assert said.ja.endswith("中断する場合は q を入力してください。")
    assert said.en.endswith("To stop, type q.")
    assert _not_a_choice(CHOICES[:2], first, answer).ja.startswith("1か2の番号を")


@pytest.mark.parametrize("answer", ["", "0", "7", "12"])
def test_a_number_is_told_only_the_numbers(answer: str) -> None:
    said = _not_a_choice(CHOICES, False, answer)
    assert said.ja == "1、2、3のどれかの番号を入力してください。"
    assert "q" not in said.en
