"""`primehelp cancel`: each branch through --json, the refund statements, the walkthrough logic."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from primehelp import walkthrough
from primehelp.cancellation import (
    Branch,
    Via,
    answers_from_flags,
    renewal_deadline,
)
from primehelp.cli import app
from primehelp.content.cancel import bundled_plan
from primehelp.facts import labels
from primehelp.i18n import Text
from tests.support.clihelp import run

# The labels exactly as FACTS.md §4 gives them.
WEB_LABELS = [
    "Amazonプライム会員情報",
    "会員情報を更新し、プライムをキャンセルする",
    "プライム会員資格を終了し、特典の利用を止める",
    "特典と会員資格を終了",
    "",
    "",
]
TRIAL_LABEL = "プライム無料体験と特典利用を止める"
APP_LABELS = ["", "プライムメンバーシップ", "プライム会員情報の管理、キャンセルなど"]
OLDER_WORDINGS = ["会員資格を終了する"]  # revision 2 keeps only this one

# A yen figure in any form: "5,900円", "500 円", "¥600", "600 yen", "JPY 600".
YEN_FIGURE = re.compile(r"\d[\d,，]*\s*(円|yen|JPY)|[¥￥]\s*\d|JPY\s*\d", re.IGNORECASE)


def run_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["cancel", "--json", *args])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["command"] == "cancel"
    data: dict[str, Any] = document["data"]
    return data


def refund_ids(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["timing"], item["id"]) for item in data["refund"]]


def note_kinds(data: dict[str, Any]) -> list[str]:
    return [note["kind"] for note in data["notes"]]


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


# ---------------------------------------------------------------- branches through --json


def test_web_paid_is_the_default_branch_with_both_refund_cases() -> None:
    data = run_json()
    assert data["branch"] == {"via": "web", "trial": False, "student": False, "benefits_used": None}
    assert [step["n"] for step in data["steps"]] == [1, 2, 3, 4, 5, 6]
    assert [step["label_ja"] for step in data["steps"]] == WEB_LABELS
    assert data["steps"][0]["path_ja"] == ["アカウント&リスト", "Amazonプライム会員情報"]
    assert refund_ids(data) == [
        ("renewal_date", "refunds.renewal_date"),
        ("now", "refunds.full_if_unused"),
        ("now", "refunds.partial_may"),
    ]
    assert note_kinds(data) == [
        "amazon_words",
        "add_ons",
        "gift_card",
        "family",
        "keep_screenshot",
        "labels_may_change",
    ]
    assert [c["timing"] for c in data["consequences"]] == ["renewal_date", "now"]
    assert data["reminder"]["switch_on_label"] == "更新前にお知らせを受ける"
    assert data["renewal"] is None


def test_web_step_notes_carry_the_older_wordings_and_the_trial_variant() -> None:
    data = run_json()
    notes = " ".join(note["text"] for step in data["steps"] for note in step["notes"])
    for wording in [*OLDER_WORDINGS, TRIAL_LABEL]:
        assert f"「{wording}」" in notes


def test_each_label_is_quoted_in_its_step_text_in_both_languages() -> None:
    for lang in ("ja", "en"):
        for via in ("web", "app"):
            for step in run_json("--via", via, "--lang", lang)["steps"]:
                if step["label_ja"]:
                    assert f"「{step['label_ja']}」" in step["text"], step


def test_app_branch_starts_in_the_app_then_follows_the_website_labels() -> None:
    data = run_json("--via", "app")
    assert [step["label_ja"] for step in data["steps"]] == APP_LABELS + WEB_LABELS[2:]
    assert [step["n"] for step in data["steps"]] == list(range(1, 8))
    assert data["branch"]["via"] == "app"


def test_carrier_branch_has_no_amazon_steps_and_says_so() -> None:
    for lang, carrier_word in (
        ("ja", "携帯電話会社で解約"),
        ("en", "cancel at the carrier"),
    ):
        data = run_json("--via", "carrier", "--lang", lang)
        assert len(data["steps"]) == 1
        assert data["steps"][0]["label_ja"] == ""
        assert carrier_word in data["steps"][0]["text"]
        assert data["refund"] == []
        assert data["consequences"] == []
        assert data["reminder"] is None
        assert "gift_card" not in note_kinds(data)


def test_trial_uses_the_trial_label_and_costs_nothing() -> None:
    data = run_json("--trial")
    labels = [step["label_ja"] for step in data["steps"]]
    assert labels[2] == TRIAL_LABEL
    assert WEB_LABELS[2] not in labels
    assert refund_ids(data) == [("renewal_date", "trial.cancel_free"), ("now", "refunds.trial_now")]
    assert "gift_card" not in note_kinds(data)


def test_trial_refund_ignores_benefits_used() -> None:
    assert refund_ids(run_json("--trial", "--benefits-used")) == refund_ids(run_json("--trial"))


def test_app_trial_also_uses_the_trial_label() -> None:
    labels = [step["label_ja"] for step in run_json("--via", "app", "--trial")["steps"]]
    assert labels[3] == TRIAL_LABEL


def test_student_gets_the_student_note() -> None:
    data = run_json("--student")
    assert data["branch"]["student"] is True
    assert "student" in note_kinds(data)
    student_note = next(n for n in data["notes"] if n["kind"] == "student")
    assert student_note["id"] == "trial.student_limit"
    assert "student" not in note_kinds(run_json("--regular"))


def test_benefits_used_gets_only_the_partial_refund_maybe() -> None:
    data = run_json("--benefits-used", "--lang", "en")
    assert refund_ids(data) == [
        ("renewal_date", "refunds.renewal_date"),
        ("now", "refunds.partial_may"),
    ]
    assert "may" in data["refund"][1]["text"]


def test_no_benefits_used_gets_the_full_refund() -> None:
    data = run_json("--no-benefits-used")
    assert refund_ids(data) == [
        ("renewal_date", "refunds.renewal_date"),
        ("now", "refunds.full_if_unused"),
    ]
    assert "全額" in data["refund"][1]["text"]


def test_ending_on_the_renewal_date_never_refunds() -> None:
    for flag in ("--benefits-used", "--no-benefits-used"):
        first = run_json(flag, "--lang", "en")["refund"][0]
        assert first["timing"] == "renewal_date"
        assert "the fee already charged is not refunded" in first["text"]


BRANCH_FLAGS = [
    [],
    ["--via", "app"],
    ["--via", "carrier"],
    ["--trial"],
    ["--student"],
    ["--benefits-used"],
    ["--no-benefits-used"],
    ["--via", "app", "--trial", "--student"],
]


@pytest.mark.parametrize("flags", BRANCH_FLAGS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_yen_figure_anywhere(flags: list[str], lang: str) -> None:
    data = run_json(*flags, "--lang", lang)
    for statement in data["refund"]:
        assert not YEN_FIGURE.search(statement["text"]), statement
    for line in strings(data):
        assert not YEN_FIGURE.search(line), line


def test_the_yen_pattern_catches_figures() -> None:
    for figure in ("5,900円", "500 円", "¥600", "600 yen", "JPY 600", "５，９００円"):
        assert YEN_FIGURE.search(figure), figure


@pytest.mark.parametrize("flags", BRANCH_FLAGS)
def test_every_statement_carries_its_source_and_check_date(flags: list[str]) -> None:
    data = run_json(*flags)
    items = [*data["steps"], *data["refund"], *data["consequences"], *data["notes"]]
    for item in items:
        assert item["sources"], item
        dt.date.fromisoformat(item["checked"])
        assert item["confidence"] in ("H", "M-H", "M", "M-L", "L")


def test_gift_card_note_is_stated_plainly_as_amazons_rule() -> None:
    # Revision 2: Amazon's cancellation help page gives the order (M): no "reportedly".
    for lang, marker in (("ja", "報告によれば"), ("en", "eportedly")):
        note = next(n for n in run_json("--lang", lang)["notes"] if n["kind"] == "gift_card")
        assert note["confidence"] == "M"
        assert marker not in note["text"]
        assert ("先に返金" if lang == "ja" else "refunded first") in note["text"]


def test_labels_may_change_note_names_the_official_help() -> None:
    data = run_json("--lang", "en")
    note = next(n for n in data["notes"] if n["kind"] == "labels_may_change")
    assert "the page itself is authoritative" in note["text"]
    assert data["official_help_url"] in note["text"]
    assert data["official_help_url"].startswith("https://www.amazon.co.jp/gp/help/")
    assert data["membership_page_url"] == "https://www.amazon.co.jp/gp/primecentral"


# ---------------------------------------------------------------- renewal date and bad input


def test_renewal_gives_the_day_before_as_the_last_day_to_cancel() -> None:
    data = run_json("--renewal", "2031-03-01")
    assert data["renewal"]["renewal_date"] == "2031-03-01"
    assert data["renewal"]["cancel_by"] == "2031-02-28"
    assert data["renewal"]["origin"] == "option"
    assert data["renewal"]["days_left"] > 0


@pytest.mark.parametrize(
    ("today", "days_left", "act", "line"),
    [
        ("2026-12-01", 22, "cancel_by", "cancel by 2026-12-23 (in 22 days): the steps follow."),
        ("2026-12-22", 1, "cancel_by", "cancel by 2026-12-23 (tomorrow): the steps follow."),
        ("2026-12-23", 0, "cancel_today", "To stop the automatic renewal, cancel today"),
        ("2026-12-24", -1, "end_now", "Today is the renewal day (the day the fee is charged)."),
        ("2026-12-30", -7, "end_now", "If the membership renewed on 2026-12-24 (6 days ago)"),
    ],
)
def test_days_left_counts_from_today(today: str, days_left: int, act: str, line: str) -> None:
    args = ["--renewal", "2026-12-24", "--today", today]
    data = run_json(*args)
    assert data["renewal"]["days_left"] == days_left
    assert (data["action"]["act"], data["action"]["days_until_cancel_by"]) == (act, days_left)
    assert data["action"]["command"] is None  # cancel itself: the steps follow
    result = CliRunner().invoke(app, ["cancel", *args, "--lang", "en", "--no-interactive"])
    first = " ".join(result.stdout.split("\n\n")[0].split())
    assert line in first


def test_renewal_in_japanese_form_is_read() -> None:
    assert run_json("--renewal", "2031年1月1日")["renewal"]["cancel_by"] == "2030-12-31"


def test_renewal_deadline_counts_days_from_today() -> None:
    deadline = renewal_deadline(dt.date(2026, 12, 24), dt.date(2026, 12, 23))
    assert deadline.cancel_by == dt.date(2026, 12, 23)
    assert deadline.days_left == 0
    assert renewal_deadline(dt.date(2026, 12, 24), dt.date(2026, 12, 25)).days_left == -2


def test_renewal_date_is_shown_in_the_text_output() -> None:
    result = CliRunner().invoke(app, ["cancel", "--renewal", "2031-03-01", "--lang", "en"])
    assert result.exit_code == 0
    # review 38b item 12: the first sentence names it; no 「Cancel by:」 line saying it again
    assert "cancel by 2031-02-28 (in " in result.stdout
    assert "Cancel by:" not in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--via", "phone"], "`--via` 'phone'"),
        (["--renewal", "12/24/2026"], "`--renewal` '12/24/2026'"),
        (["--renewal", "someday"], "`--renewal` 'someday'"),
        (["--renewal", "2026-12-24", "--today", "yesterday"], "`--today` 'yesterday'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    result = CliRunner().invoke(app, ["cancel", *args, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert needle in lines[0]


def test_bad_input_with_json_gives_the_error_envelope() -> None:
    result = CliRunner().invoke(app, ["cancel", "--json", "--via", "fax"])
    assert result.exit_code == 2
    assert json.loads(result.stdout)["error"]["code"] == "bad_input"


# ---------------------------------------------------------------- text output


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_text_output_is_a_numbered_list_with_the_labels(lang: str) -> None:
    result = CliRunner().invoke(app, ["cancel", "--lang", lang])
    assert result.exit_code == 0
    out = result.stdout
    for n in range(1, 7):
        assert f"{n}. " in out
    for label in WEB_LABELS[:4]:
        assert f"「{label}」" in out
    assert "「更新前にお知らせを受ける」" in out
    assert "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y" in out


def test_text_output_for_the_carrier_says_to_ask_the_carrier() -> None:
    result = CliRunner().invoke(app, ["cancel", "--via", "carrier", "--lang", "en"])
    assert result.exit_code == 0
    assert "ask your carrier" in result.stdout
    assert "「特典と会員資格を終了」" not in result.stdout


def test_japanese_step_texts_are_polite() -> None:
    for via in ("web", "app", "carrier"):
        for step in run_json("--via", via, "--lang", "ja")["steps"]:
            text = step["text"]
            # review 51a item 31: a polite verb may introduce Amazon's label, which ends the text
            # whole (「次を選びます：「…」」), with no 「。」 on it
            polite = text.endswith(("ます。", "ください。", "です）。", "ます）。"))
            assert polite or re.search(r"(?:ます|ください)：「[^「」]+」$", text), text


# ---------------------------------------------------------------- the walkthrough, without a terminal


class Script:
    """Feed answers one by one and record what was shown."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.screens: list[walkthrough.Screen] = []
        self.prompts: list[Text] = []

    def ask(self, prompt: Text) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def say(self, screen: walkthrough.Screen) -> None:
        self.screens.append(screen)

    def kinds(self) -> list[str]:
        return [type(screen).__name__ for screen in self.screens]

    def step_numbers(self) -> list[int]:
        return [s.step.n for s in self.screens if isinstance(s, walkthrough.StepScreen)]


def walk(answers: list[str], given: dict[str, Any] | None = None) -> tuple[str, Script]:
    script = Script(answers)
    outcome = walkthrough.run(
        given or {},
        lambda branch: bundled_plan(branch, today=dt.date(2026, 12, 2)),
        script.ask,
        script.say,
    )
    return outcome.value, script


def test_walkthrough_asks_four_questions_then_walks_to_the_end() -> None:
    outcome, script = walk(["1", "2", "1", "3", *[""] * 8])
    assert outcome == "finished"
    assert script.kinds()[:4] == ["QuestionScreen"] * 4
    assert script.step_numbers() == [1, 2, 3, 4, 5, 6]
    assert script.kinds()[-1] == "EndingScreen"
    # The refund rules are drawn inside the step that chooses the timing: no screen of their
    # own between steps 4 and 5 (review 5, #33).
    steps = [s for s in script.screens if isinstance(s, walkthrough.StepScreen)]
    assert [s.step.n for s in steps if s.step.decision] == [5]
    assert all(s.plan is steps[0].plan for s in steps)
    intro = script.screens[4]
    assert isinstance(intro, walkthrough.IntroScreen)
    assert intro.plan.branch == Branch(Via.WEB, trial=False, student=False, benefits_used=None)


def test_flags_skip_their_questions() -> None:
    given = answers_from_flags(Via.APP, False, True, True)
    assert len(given) == 4
    outcome, script = walk([""] * 10, given)
    assert outcome == "finished"
    assert "QuestionScreen" not in script.kinds()
    assert script.step_numbers() == [1, 2, 3, 4, 5, 6, 7]


def test_flags_not_given_are_asked() -> None:
    _, script = walk(["q"], answers_from_flags(None, None, True, None))
    first = script.screens[0]
    assert isinstance(first, walkthrough.QuestionScreen)
    assert first.question.en.startswith("Where will you cancel?")


def test_carrier_answer_skips_the_other_questions() -> None:
    """At a carrier the one step comes first, with the situation on its page (review 31b S 15:
    a page of two lines that waited for Enter); its refund note is in the ending, after it."""
    outcome, script = walk(["3", ""])
    assert outcome == "finished"
    assert script.kinds() == ["QuestionScreen", "StepScreen", "EndingScreen"]
    assert script.screens[1].intro  # type: ignore[union-attr]


def test_trial_answer_skips_the_benefits_question() -> None:
    _, script = walk(["1", "1", "2", "q"])
    questions = [s for s in script.screens if isinstance(s, walkthrough.QuestionScreen)]
    assert len(questions) == 3
    intro = script.screens[-1]
    assert isinstance(intro, walkthrough.IntroScreen)
    assert intro.plan.branch.trial and intro.plan.branch.student


def test_back_steps_backward_and_from_the_first_screen_to_the_last_question() -> None:
    # questions; intro; step 1; step 2; back to step 1; back to intro; back to question 4
    answers = ["1", "2", "1", "3", "", "", "b", "b", "b", "2", "q"]
    outcome, script = walk(answers)
    assert outcome == "quit"
    assert script.step_numbers() == [1, 2, 1]
    assert script.kinds()[-3:] == ["IntroScreen", "QuestionScreen", "IntroScreen"]
    last_intro = script.screens[-1]
    assert isinstance(last_intro, walkthrough.IntroScreen)
    assert last_intro.plan.branch.benefits_used is False


def test_back_between_questions_reasks_the_previous_one() -> None:
    _, script = walk(["1", "b", "3", "q"])
    intro = script.screens[-1]
    assert isinstance(intro, walkthrough.StepScreen) and intro.intro  # one page (31b S 15)
    assert intro.plan.branch.via is Via.CARRIER


def test_back_on_the_very_first_screen_says_so_and_stays() -> None:
    outcome, script = walk(["b", "q"])
    assert outcome == "quit"
    assert script.kinds() == ["QuestionScreen", "NoticeScreen"]


def test_unknown_answers_are_not_taken_and_fullwidth_answers_are() -> None:
    outcome, script = walk(["7", "yes", "１", "Ｑ"])
    assert outcome == "quit"
    assert script.kinds().count("NoticeScreen") == 2
    assert script.kinds()[-1] == "QuestionScreen"  # the second question was reached


def test_end_of_input_propagates_to_the_caller() -> None:
    with pytest.raises(EOFError):
        walk(["1"])


def test_saved_profile_gives_the_next_last_day_to_cancel(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved monthly renewal in the past rolls forward to the next renewal on or after today."""
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path))
    saved = run("renewal", "2026-01-31", "--plan", "monthly", "--save", "--today", "2026-01-01")
    assert saved.exit_code == 0, saved.stderr
    data = run("cancel", "--json", "--today", "2026-03-29").json()["data"]
    # the screen's note (review 47b item 4); the first sentence names the day, so the note says
    # what that day is (review 64b R-minor 1)
    margin = labels("ui")["cancel_by_margin_date"]
    said = (margin.ja.format(date="2026年3月30日"), margin.en.format(date="2026-03-30"))
    assert data["renewal"].pop("cancel_by_note") in said
    assert data["renewal"] == {
        "renewal_date": "2026-03-31",
        "cancel_by": "2026-03-30",
        "days_left": 1,
        "origin": "profile",
        "next_renewal_date": None,  # nothing charged lately (review 45b item 5)
        "next_cancel_by": None,
        "next_days_left": None,
    }
    # Within the current period, the renewal charged last (review 28b item 1): 01-31 → 02-28,
    # and the next one after it (review 45b item 5): 03-31, cancel by 03-30, 25 days left.
    data = run("cancel", "--json", "--today", "2026-03-05").json()["data"]
    assert data["renewal"]["renewal_date"] == "2026-02-28"
    assert data["renewal"]["next_renewal_date"] == "2026-03-31"
    assert (data["renewal"]["next_cancel_by"], data["renewal"]["next_days_left"]) == (
        "2026-03-30",
        25,
    )
    assert data["action"]["charged_on"] == "2026-02-28"
    given = run("cancel", "--json", "--today", "2026-03-05", "--renewal", "2026-04-10")
    assert given.json()["data"]["renewal"]["origin"] == "option"


def test_without_a_profile_or_renewal_there_is_no_deadline(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path))
    assert run("cancel", "--json").json()["data"]["renewal"] is None


@pytest.mark.parametrize(
    ("answer", "ids"),
    [
        ("1", ["refunds.partial_may"]),  # benefits used
        ("2", ["refunds.full_if_unused"]),  # none used
        ("3", ["refunds.full_if_unused", "refunds.partial_may"]),  # not sure: both
    ],
)
def test_the_walkthroughs_action_gives_the_refund_rule_of_the_answer(
    answer: str, ids: list[str]
) -> None:
    """Review 5, #4: on the renewal day the opening screen names only the rule that applies."""
    today = dt.date(2026, 12, 2)
    script = Script(["1", "2", "1", answer, *[""] * 8])
    walkthrough.run(
        {},
        lambda branch: bundled_plan(branch, today=today, renewal=renewal_deadline(today, today)),
        script.ask,
        script.say,
    )
    intro = next(s for s in script.screens if isinstance(s, walkthrough.IntroScreen))
    assert intro.plan.action is not None
    assert [rule.id for rule in intro.plan.action.refund_rules] == ids
