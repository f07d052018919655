"""Review 38b S 19 (round 45), then review 41b S 14 (round 48): a word typed at a walkthrough
question got 「中断する場合は q を入力してください。」 too; the words for stopping are read as q since
review 40b S 6, so a word left is an attempt to answer (「はい」): every answer refused now gets
the same line, the numbers only (b and q are in the prompt that follows)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from primehelp import walkthrough
from primehelp.i18n import Text
from primehelp.walkthrough import Choice, _not_a_choice

CHOICES = tuple(Choice(str(n), Text(str(n), str(n))) for n in (1, 2, 3))
REFUSED = ["はい", "yes", "quitting", "exit now", "やめない", "abc", "stopp", "", "0", "7", "12"]


@pytest.mark.parametrize("first", [True, False])
def test_every_refused_answer_gets_the_numbers_only(first: bool) -> None:
    assert _not_a_choice(CHOICES, first).ja == "1、2、3のどれかの番号を入力してください。"
    assert _not_a_choice(CHOICES[:2], first).ja == "1か2の番号を入力してください。"
    assert "q" not in _not_a_choice(CHOICES, first).en


@pytest.mark.parametrize("question", range(len(walkthrough.QUESTIONS)))
def test_a_word_and_a_wrong_number_get_the_same_line_at_every_question(question: int) -> None:
    """Walk to each question, answer each refused input there: one line, the same for all."""
    before = ["1", "2", "1"][:question]  # web, not a trial, regular: each question in turn
    said: dict[str, list[str]] = {}
    for answer in REFUSED:
        screens: list[walkthrough.Screen] = []
        answers = iter([*before, answer, "q"])

        def plan_for(branch: object) -> object:
            raise AssertionError("no step screen here")

        def ask(_prompt: Text, answers: Iterator[str] = answers) -> str:
            return next(answers)

        outcome = walkthrough.run({}, plan_for, ask, screens.append)  # type: ignore[arg-type]
        assert outcome is walkthrough.Outcome.QUIT
        said[answer] = [s.text.ja for s in screens if isinstance(s, walkthrough.NoticeScreen)]
    lines = {tuple(notices) for notices in said.values()}
    assert len(lines) == 1, said
    (only,) = lines
    assert len(only) == 1 and "q" not in only[0] and only[0].endswith("番号を入力してください。")
