"""Review 40b S 6: the walkthrough refused 「中断」, the very word its prompt prints after q
(「番号を入力してください（q：中断）>」), and quit, exit, やめる, 終了. Now every word a prompt
prints for q or b works as q or b, and so do the usual ways out, full-width or capitalised, at a
question and at a step screen."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from primehelp import walkthrough
from primehelp.content.cancel import bundled_plan
from primehelp.facts import ui
from primehelp.i18n import Text

PROMPTS = ("answer_prompt", "answer_prompt_first", "step_prompt", "last_prompt")


def _printed(letter: str) -> set[str]:
    """The words the prompts print after ``letter`` (「q：中断」, "q: stop") in both languages."""
    words = set()
    for key in PROMPTS:
        prompt = ui(key, "ui_cancel")
        for text in (prompt.ja, prompt.en):
            words.update(re.findall(rf"\b{letter}[：:] ?([^、,）)]+)", text))
    return words


def _full_width(word: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in word)


STOPS = sorted({*_printed("q"), "q", "中断", "やめる", "終了", "quit", "exit"})
BACKS = sorted({*_printed("b"), "b"})


def test_the_prompts_print_the_words_read_here() -> None:
    assert {"中断", "stop"} <= _printed("q") and {"戻る", "back"} <= _printed("b")


def _walk(answers: list[str]) -> tuple[walkthrough.Outcome, list[walkthrough.Screen]]:
    screens: list[walkthrough.Screen] = []
    typed = iter(answers)

    def ask(prompt: Text) -> str:
        return next(typed)

    outcome = walkthrough.run(
        {}, lambda branch: bundled_plan(branch, today=dt.date(2026, 12, 6)), ask, screens.append
    )
    return outcome, screens


@pytest.mark.parametrize("form", [str, str.upper, _full_width, lambda word: f" {word} "])
@pytest.mark.parametrize("word", STOPS)
@pytest.mark.parametrize("before", [[], ["1", "2"], ["1", "2", "1", "3", ""]])
def test_a_word_for_stopping_stops_as_q(before: list[str], word: str, form: object) -> None:
    """At the first question, a later one, and a step screen: stopped, nothing refused."""
    assert callable(form)
    outcome, screens = _walk([*before, form(word)])
    assert outcome is walkthrough.Outcome.QUIT
    assert not any(isinstance(screen, walkthrough.NoticeScreen) for screen in screens)


@pytest.mark.parametrize("form", [str, str.upper, _full_width])
@pytest.mark.parametrize("word", BACKS)
def test_a_word_for_going_back_goes_back_as_b(word: str, form: object) -> None:
    assert callable(form)
    _, screens = _walk(["1", form(word), "q"])
    questions = [screen for screen in screens if isinstance(screen, walkthrough.QuestionScreen)]
    assert [question.question.en for question in questions] == [
        ui("q_via", "ui_cancel").en,
        ui("q_trial", "ui_cancel").en,
        ui("q_via", "ui_cancel").en,  # back at the first question
    ]


@pytest.mark.parametrize("word", ["quitting", "中断しない", "qq", "exit now"])
def test_other_words_are_still_refused(word: str) -> None:
    outcome, screens = _walk([word, "q"])
    assert outcome is walkthrough.Outcome.QUIT
    notices = [screen for screen in screens if isinstance(screen, walkthrough.NoticeScreen)]
    # the numbers only, as for a wrong number (review 41b S 14; was + how to stop, 38b S 19)
    assert len(notices) == 1 and notices[0].text.ja == "1、2、3のどれかの番号を入力してください。"
