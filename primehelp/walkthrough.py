"""The interactive cancellation walkthrough: a few questions, then one screen at a time.

Terminal-free: the caller injects ``ask`` (show a prompt, return the typed line; it may raise
``KeyboardInterrupt``) and ``say`` (draw one screen). Screens are frozen dataclasses drawn by
:mod:`primehelp.output.walkthrough`; this module prints nothing itself.

The walkthrough never argues: the steps come first, and the reminder mail is one short note
after the last one. ``b`` goes back, ``q`` stops (exit 0), and so do the words the prompts print
(「戻る」「中断」, back, stop) and a few more (:data:`QUIT_WORDS`); the CLI reads end of input
(Ctrl-D) as ``q``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from primehelp.cancellation import Branch, CancelPlan, Step, Via, branch_from
from primehelp.facts import ui
from primehelp.i18n import Text

UI = "ui_cancel"
BACK = "b"
QUIT = "q"
# Also read as q and b: the words the prompts print (「q：中断」「b：戻る」, "q: stop", "b: back")
# and the ones a member types to leave (review 40b S 6: 「中断」 was refused at the prompt that
# offers it). Compared after _normalized: full-width and capitals fold (ｑｕｉｔ, Exit).
QUIT_WORDS = frozenset({QUIT, "中断", "やめる", "終了", "quit", "exit", "stop"})
BACK_WORDS = frozenset({BACK, "戻る", "back"})


class Outcome(StrEnum):
    """How the walkthrough ended."""

    FINISHED = "finished"
    QUIT = "quit"


@dataclass(frozen=True, slots=True)
class Choice:
    """One numbered answer to a question."""

    key: str
    label: Text


@dataclass(frozen=True, slots=True)
class QuestionScreen:
    """A question that picks the branch."""

    question: Text
    choices: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class IntroScreen:
    """What to do today, Amazon's words for cancelling, the situation, the deadline if known."""

    plan: CancelPlan


@dataclass(frozen=True, slots=True)
class StepScreen:
    """One step of the procedure; the step that chooses the timing also shows the refund
    rules (what each timing means, what comes back). ``plan`` is the plan it belongs to."""

    step: Step
    total: int
    plan: CancelPlan
    via_asked: bool = False  # the first question was asked: b leads back to it
    paid: bool = False  # the member said they are paid (not in the free trial)
    intro: bool = False  # the intro on the same page (a carrier's one step: review 31b S 15)


@dataclass(frozen=True, slots=True)
class EndingScreen:
    """After the last step: what ends with Prime, keep a screenshot, labels may have changed,
    the reminder mail, what keeps billing (at a carrier, the refund note first)."""

    plan: CancelPlan


@dataclass(frozen=True, slots=True)
class NoticeScreen:
    """A one-line remark (an answer that is not a choice, no screen before the first)."""

    text: Text


Screen = QuestionScreen | IntroScreen | StepScreen | EndingScreen | NoticeScreen
Ask = Callable[[Text], str]
Say = Callable[[Screen], None]


@dataclass(frozen=True, slots=True)
class _Question:
    key: str
    text_key: str
    answers: tuple[tuple[str, Any], ...]  # (ui label key, value)

    def relevant(self, answers: Mapping[str, Any]) -> bool:
        if self.key == "via":
            return True
        if answers.get("via") is Via.CARRIER:
            return False
        return not (self.key == "benefits_used" and answers.get("trial") is True)


QUESTIONS = (
    _Question(
        "via",
        "q_via",
        (("via_web", Via.WEB), ("via_app", Via.APP), ("via_carrier", Via.CARRIER)),
    ),
    _Question("trial", "q_trial", (("a_trial_yes", True), ("a_trial_no", False))),
    _Question("student", "q_student", (("regular", False), ("student", True))),
    _Question(
        "benefits_used",
        "q_benefits",
        (("a_yes_used", True), ("a_not_used", False), ("a_not_sure", None)),
    ),
)


def _normalized(answer: str) -> str:
    """Fold full-width input (ｂ, １) and case so an IME does not get in the way; a word for
    stopping or going back (:data:`QUIT_WORDS`, :data:`BACK_WORDS`) is read as q or b."""
    folded = unicodedata.normalize("NFKC", answer).strip().lower()
    return QUIT if folded in QUIT_WORDS else BACK if folded in BACK_WORDS else folded


def _not_a_choice(choices: tuple[Choice, ...], first: bool) -> Text:
    """「1、2、3のどれかの番号を…」 (「1か2の番号を…」) / "Type 1, 2 or 3.": the answers accepted;
    b and q are in the prompt that follows. The same for every answer refused: a word (「はい」) is
    an attempt to answer, and the words for stopping are read as q (review 41b S 14)."""
    keys = [choice.key for choice in choices]
    suffix = "_first" if first else ""
    if len(keys) == 2:  # 「1か2の番号を…」
        return ui("not_either_choice" + suffix, UI).format(first=keys[0], second=keys[1])
    listed = Text("、".join(keys), ", ".join(keys[:-1]) + ui("or", UI).en + keys[-1])
    template = ui("not_a_choice" + suffix, UI)
    return Text(template.ja.format(choices=listed.ja), template.en.format(choices=listed.en))


class _Walk:
    def __init__(
        self, given: Mapping[str, Any], ask: Ask, say: Say, answers: dict[str, Any] | None = None
    ) -> None:
        self.answers: dict[str, Any] = {} if answers is None else answers
        self.answers.update(given)
        self.given = frozenset(given)
        self.asked: list[str] = []  # question keys answered here, most recent last
        self.ask = ask
        self.say = say

    def _next_question(self) -> _Question | None:
        for question in QUESTIONS:
            if question.key not in self.answers and question.relevant(self.answers):
                return question
        return None

    def _back_to_last_question(self) -> bool:
        if not self.asked:
            return False
        del self.answers[self.asked.pop()]
        return True

    def questions(self) -> Outcome | None:
        """Ask what the flags did not answer; None when every question is answered."""
        while (question := self._next_question()) is not None:
            choices = tuple(
                Choice(str(i), ui(label, UI)) for i, (label, _) in enumerate(question.answers, 1)
            )
            self.say(QuestionScreen(ui(question.text_key, UI), choices))
            first = not self.asked  # no question to go back to: b is not offered
            while True:
                answer = _normalized(
                    self.ask(ui("answer_prompt_first" if first else "answer_prompt", UI))
                )
                if answer == QUIT:
                    return Outcome.QUIT
                if answer == BACK:
                    if not self._back_to_last_question():
                        self.say(NoticeScreen(ui("first_question", UI)))
                        continue
                    break
                index = next((i for i, c in enumerate(choices) if c.key == answer), None)
                if index is None:
                    self.say(NoticeScreen(_not_a_choice(choices, first)))
                    continue
                self.answers[question.key] = question.answers[index][1]
                self.asked.append(question.key)
                break
        return None

    def screens(self, plan: CancelPlan) -> list[Screen]:
        """Intro, then the steps (the one that chooses the timing shows the refund rules; a
        plan without one, at a carrier, has its refund note in the ending)."""
        total = len(plan.steps)
        via_asked = "via" in self.asked
        paid = self.answers.get("trial") is False
        if plan.at_carrier and total == 1:  # the situation and what to check: one page, not
            # a page of two lines that waits for Enter (review 31b S 15)
            return [StepScreen(plan.steps[0], total, plan, via_asked, paid, intro=True)]
        screens: list[Screen] = [IntroScreen(plan)]
        screens.extend(StepScreen(step, total, plan, via_asked, paid) for step in plan.steps)
        return screens

    def steps(self, plan: CancelPlan) -> Outcome | None:
        """Show the screens one at a time; None means: go back to the questions."""
        screens = self.screens(plan)
        index = 0
        while True:
            self.say(screens[index])
            last = index == len(screens) - 1
            while True:
                answer = _normalized(self.ask(ui("last_prompt" if last else "step_prompt", UI)))
                if answer == QUIT:
                    return Outcome.QUIT
                if answer == BACK:
                    if index == 0:
                        if self._back_to_last_question():
                            return None
                        self.say(NoticeScreen(ui("first_screen", UI)))
                        continue
                    index -= 1
                    break
                if answer == "":
                    if last:
                        self.say(EndingScreen(plan))
                        return Outcome.FINISHED
                    index += 1
                    break
                self.say(NoticeScreen(ui("not_enter", UI)))


def run(
    given: Mapping[str, Any],
    plan_for: Callable[[Branch], CancelPlan],
    ask: Ask,
    say: Say,
    *,
    answers: dict[str, Any] | None = None,
) -> Outcome:
    """Ask what ``given`` (answers from flags) leaves open, then walk the plan's screens.

    ``b`` goes back (from the first screen to the last question asked), ``q`` quits.
    ``answers``: kept up to date with every answer, given or typed, so that the line said on
    q or Ctrl-C can name them (review 52b item 30).
    """
    walk = _Walk(given, ask, say, answers)
    while True:
        stopped = walk.questions()
        if stopped is not None:
            return stopped
        outcome = walk.steps(plan_for(branch_from(walk.answers)))
        if outcome is not None:
            return outcome
