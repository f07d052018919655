"""`primehelp cancel` as a real process: a pseudo-terminal walkthrough, Ctrl-C, pipes.

Timeouts here are hang guards only: every test passes as soon as the process answers.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.support import json_contract

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD = 60  # seconds; a pass never waits for it

SCREENS = {
    "en": {
        "q_via": "Where will you cancel?",
        "q_trial": "Are you in the free trial now?",
        "q_student": "Which membership do you have?",
        "q_benefits": "have you used any Prime benefit?",
        "intro": "Amazon's buttons say",
        "step": "Step {n} of 6",
        "consequences": "If it ends on the next renewal date",  # the refund rules, in step 5
        "end_now": "If it ends now",
        "partial": "a partial refund may be offered",
        "ending": "That is the end of the walkthrough.",
        "authoritative": "the page itself is authoritative",
        "interrupted": "\r\nWalkthrough stopped.",  # as q says it (40b S 6), no prefix (50b 1)
    },
    "ja": {
        "q_via": "解約の手続きはどこで行いますか？",
        "q_trial": "現在、無料体験中ですか？",
        "q_student": "会員の種類はどちらですか？",
        "q_benefits": "プライムの特典を使いましたか？",
        "intro": "Amazonの画面では",
        "step": "手順 {n}／6",
        "consequences": "次の更新日に終了する場合",  # the refund rules, in step 5
        "end_now": "今すぐ終了する場合",
        "partial": "一部が返金されることがあります",
        "ending": "案内は以上です。",
        "authoritative": "実際のページの表示を優先してください",
        "interrupted": "\r\n案内を中断しました。",  # as q says it (40b S 6), no prefix (50b 1)
    },
}


def env(**extra: str) -> dict[str, str]:
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PRIMEHELP_LANG", "LANG", "LC_ALL", "LC_MESSAGES")
    }
    return {**base, "COLUMNS": "100", "TERM": "dumb", "PYTHONIOENCODING": "utf-8", **extra}


def spawn(*args: str, term: str = "dumb") -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", *args],
        cwd=str(ROOT),
        env=env(TERM=term),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 100),
    )


def words(phrase: str) -> str:
    """A pattern for ``phrase`` that survives line wrapping: English wraps at spaces, Japanese
    between phrases (any two characters here: the terminal's width decides), a list item's
    next line under its text (review 37a item 11)."""
    return r"\s+".join(
        r"(?:\r?\n *)?".join(re.escape(char) for char in word) for word in phrase.split()
    )


def expect_phrase(child: pexpect.spawn, phrase: str) -> None:
    child.expect(words(phrase))


def unwrapped(text: str) -> str:
    return " ".join(text.split())


def finish(child: pexpect.spawn) -> tuple[str, int | None]:
    child.expect(pexpect.EOF)
    child.close()
    return child.before, child.exitstatus


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_walkthrough_answers_steps_forward_and_back_and_reaches_the_consequences(
    lang: str,
) -> None:
    say = SCREENS[lang]
    child = spawn("--lang", lang)
    child.expect_exact(say["q_via"])
    child.sendline("1")
    child.expect_exact(say["q_trial"])
    child.sendline("2")
    child.expect_exact(say["q_student"])
    child.sendline("1")
    child.expect_exact(say["q_benefits"])
    child.sendline("3")
    expect_phrase(child, say["intro"])
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(say["step"].format(n=1))
    # The exact Japanese label is shown in both languages.
    child.expect_exact("「Amazonプライム会員情報」")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(say["step"].format(n=2))
    child.expect_exact("「会員情報を更新し、プライムをキャンセルする」")
    child.expect_exact("> ")
    child.sendline("b")
    child.expect_exact(say["step"].format(n=1))
    for n in (2, 3, 4):
        child.expect_exact("> ")
        child.sendline("")
        child.expect_exact(say["step"].format(n=n))
    child.expect_exact("「特典と会員資格を終了」")
    child.expect_exact("> ")
    child.sendline("")
    # Step 5 chooses the timing and shows the refund rules itself (review 5, #33).
    child.expect_exact(say["step"].format(n=5))
    expect_phrase(child, say["consequences"])
    expect_phrase(child, say["end_now"])
    expect_phrase(child, say["partial"])
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(say["step"].format(n=6))
    child.expect_exact("> ")
    child.sendline("")
    expect_phrase(child, say["authoritative"])
    child.expect_exact("GTJQ7QZY7QL2HK4Y")
    child.expect_exact(say["ending"])
    rest, status = finish(child)
    assert status == 0
    assert "Traceback" not in rest


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_q_quits_with_exit_0(lang: str) -> None:
    child = spawn("--lang", lang, "--via", "carrier")
    child.expect_exact("> ")
    child.sendline("q")
    rest, status = finish(child)
    assert status == 0
    assert "Traceback" not in rest


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("term", ["dumb", "xterm"])
def test_ctrl_c_at_a_question_exits_130_without_traceback(lang: str, term: str) -> None:
    child = spawn("--lang", lang, term=term)
    child.expect_exact(SCREENS[lang]["q_via"])
    child.expect_exact("> ")
    child.sendintr()
    rest, status = finish(child)
    assert status == 130
    assert SCREENS[lang]["interrupted"] in rest
    assert "Traceback" not in rest
    assert "KeyboardInterrupt" not in rest


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_ctrl_c_during_the_steps_exits_130_without_traceback(lang: str) -> None:
    child = spawn("--lang", lang, "--via", "web", "--paid", "--regular", "--benefits-used")
    expect_phrase(child, SCREENS[lang]["intro"])
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(SCREENS[lang]["step"].format(n=1))
    child.expect_exact("> ")
    child.sendintr()
    rest, status = finish(child)
    assert status == 130
    assert "Traceback" not in rest


def test_the_walkthrough_does_not_argue_before_the_steps() -> None:
    """No alternative before step 1; the reminder mail is one short note after the last step."""
    child = spawn("--lang", "en", "--via", "web", "--paid", "--regular", "--benefits-used")
    child.expect_exact("> ")  # the opening screen, before step 1
    before_steps = child.before
    child.sendline("")
    child.expect_exact("Step 1 of 6")
    assert "alternative" not in before_steps.lower()
    assert "reminder" not in before_steps.lower()
    assert unwrapped(before_steps).count("「キャンセル」") == 1  # said once, at the top
    for _ in range(6):  # steps 1-6
        child.expect_exact("> ")
        child.sendline("")
    child.expect_exact(SCREENS["en"]["ending"])
    ending = unwrapped(child.before)
    assert ending.count("更新前にお知らせを受ける") == 1
    # One short note at the very end, after what keeps billing, with the wording caveat.
    note = ending.index("For reference, if you keep Prime")
    assert note > ending.index("What keeps billing after Prime ends")
    assert "(the wording may differ slightly)" in ending[note:]
    # The last step said to keep a screenshot: the ending does not say it again.
    assert "Keep a screenshot" not in ending
    _, status = finish(child)
    assert status == 0


@pytest.mark.parametrize(
    ("answer", "named"),
    [("7", "Type 1, 2 or 3.\r\n"), ("", "Type 1, 2 or 3.\r\n")],  # q: the prompt (34b S 12)
)
def test_an_answer_that_is_not_a_choice_names_the_choices(answer: str, named: str) -> None:
    """At the first question, without b: there is nothing to go back to (review 12b item 8)."""
    child = spawn("--lang", "en")
    child.expect_exact("> ")
    child.sendline(answer)
    child.expect_exact(named)
    child.expect_exact("> ")
    child.sendline("q")
    rest, status = finish(child)
    assert status == 0
    assert "Walkthrough stopped." in rest


@pytest.mark.parametrize(
    ("lang", "named"),
    [
        ("ja", "1か2の番号を入力してください。\r\n"),  # b and q: the prompt (34b S 12)
        ("en", "Type 1 or 2.\r\n"),
    ],
)
def test_a_wrong_answer_to_two_choices_says_one_or_the_other(lang: str, named: str) -> None:
    """Review 10b item 11: 「1、2のどれかの番号を…」 → 「1か2を…」 (「どれか」 for three or more);
    review 13b S 19: in the three choices' pattern, 「1か2の番号を…」."""
    child = spawn("--lang", lang)
    child.expect_exact("> ")
    child.sendline("1")  # web; then the second question: trial or paid (b can go back)
    child.expect_exact("> ")
    child.sendline("5")
    child.expect_exact(named)
    child.expect_exact("> ")
    child.sendline("q")
    _, status = finish(child)
    assert status == 0


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("stdin", [subprocess.DEVNULL, None], ids=["stdin-devnull", "stdout-pipe"])
def test_without_a_terminal_the_list_is_printed_without_waiting(
    lang: str, stdin: int | None
) -> None:
    """`primehelp cancel < /dev/null` and `primehelp cancel | cat` (stdout is a pipe here)."""
    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "cancel", "--lang", lang],
        cwd=ROOT,
        env=env(),
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=HANG_GUARD,
    )
    assert done.returncode == 0, done.stderr
    assert "1. " in done.stdout
    assert "6. " in done.stdout
    assert "「会員情報を更新し、プライムをキャンセルする」" in done.stdout
    assert "「特典と会員資格を終了」" in done.stdout
    assert SCREENS[lang]["q_via"] not in done.stdout


def test_piped_through_cat_from_a_terminal_does_not_ask() -> None:
    """`primehelp cancel | cat` typed at a terminal: stdin is a tty, stdout is not."""
    command = f"{sys.executable} -m primehelp cancel --lang en | cat"
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", command],
        cwd=str(ROOT),
        env=env(),
        encoding="utf-8",
        timeout=HANG_GUARD,
    )
    rest, status = finish(child)
    assert status == 0
    assert "1. Sign in to Amazon.co.jp" in unwrapped(rest)
    assert SCREENS["en"]["q_via"] not in rest


def test_no_interactive_on_a_terminal_prints_the_list() -> None:
    child = spawn("--lang", "en", "--no-interactive", "--via", "carrier")
    rest, status = finish(child)
    assert status == 0
    assert "cancel at the carrier" in unwrapped(rest)
    assert SCREENS["en"]["q_via"] not in rest


def test_json_on_a_terminal_does_not_ask() -> None:
    child = spawn("--json")
    rest, status = finish(child)
    assert status == 0
    json_contract.loads(rest)
    assert '"steps"' in rest
    assert "> " not in rest


KEEPS_BILLING_TITLE = {
    "en": "What keeps billing after Prime ends",
    "ja": "プライムを解約しても請求が続くもの",
}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_walkthrough_ends_with_what_keeps_billing(lang: str) -> None:
    """Issue 15: the last screen lists the subscriptions that outlive Prime (issue 11's r2 item)."""
    child = spawn("--lang", lang, "--via", "carrier")  # intro and the one step: one page
    child.expect_exact("> ")
    child.sendline("")
    rest, status = finish(child)
    assert status == 0

    def squeezed(text: str) -> str:  # wrapping puts line breaks anywhere in Japanese
        return "".join(text.split())

    shown = squeezed(rest)
    after = shown[shown.index(squeezed(KEEPS_BILLING_TITLE[lang])) :]
    for name in ("KindleUnlimited", "Audible", "AmazonMusicUnlimited", "primehelpsubscriptions"):
        assert name in after
    assert squeezed(SCREENS[lang]["ending"]) in after
    # No screenshot of Amazon's last screen: the carrier path shows none (review 12b item 4).
    assert ("スクリーンショット" if lang == "ja" else "screenshot") not in shown


def squeezed(text: str) -> str:
    """Without whitespace: Japanese wraps between any two characters, English at spaces."""
    return "".join(text.split())


# What the member loses with Prime (review 4, item 3): after the last step, never before it.
LOSSES = {
    "en": ("Prime Video channels", "Family members"),
    "ja": ("Prime Videoチャンネル", "家族会員"),
}
# The part of a refund paid by gift card: with the refund rules, at step 5 (review 20b S 7).
GIFT_CARD = {"en": "Amazon gift card", "ja": "Amazonギフトカード"}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_what_ends_with_prime_is_said_after_the_last_step(lang: str) -> None:
    """Before step 5 only the refund rules (with the gift-card part); Prime Video channels and
    family members are in 「最後の注意」 (the ending), not before or between the steps."""
    child = spawn("--lang", lang, "--via", "web", "--paid", "--regular", "--benefits-used")
    shown: list[str] = []
    for _ in range(7):  # the opening screen, steps 1-6
        child.expect_exact("> ")
        shown.append(child.before)
        child.sendline("")
    child.expect_exact(SCREENS[lang]["ending"])
    ending = squeezed(child.before)
    _, status = finish(child)
    assert status == 0
    before = squeezed("".join(shown))
    rules = squeezed(shown[5])  # step 5, which chooses the timing: the refund rules
    assert squeezed(SCREENS[lang]["consequences"]) in rules
    assert squeezed(SCREENS[lang]["partial"]) in rules
    for loss in LOSSES[lang]:
        assert squeezed(loss) not in before, loss
        assert squeezed(loss) in ending, loss
    gift_card = squeezed(GIFT_CARD[lang])
    assert gift_card in rules and before.count(gift_card) == 1 and gift_card not in ending


CARRIER_REFUND = {
    "en": "There is no checked information on refunds for Prime in a carrier's plan: ask your "
    "carrier.",
    "ja": "携帯電話会社の料金プランの場合の返金については、確認できた情報がありません。",
}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_at_a_carrier_the_step_comes_first_and_the_refund_note_after_it(lang: str) -> None:
    child = spawn("--lang", lang, "--via", "carrier")
    child.expect_exact("> ")  # the opening screen and the one step (review 31b S 15)
    opening = step = squeezed(child.before)
    child.sendline("")
    rest, status = finish(child)
    assert status == 0
    # One explanation to check, not a numbered step (review 5, #22); a campaign year is
    # cancelled with the web steps.
    assert squeezed("What to check" if lang == "en" else "確認すること") in step
    assert squeezed("primehelp cancel --via web") in step
    assert squeezed("Step 1 of 1" if lang == "en" else "手順 1／1") not in step
    note = squeezed(CARRIER_REFUND[lang])
    assert note not in opening + step
    assert note in squeezed(rest)
    for loss in LOSSES[lang][:2]:
        assert squeezed(loss) not in opening + step, loss
    assert squeezed(SCREENS[lang]["consequences"]) not in squeezed(rest)  # nothing to confirm


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_1_names_the_whole_path_once(lang: str) -> None:
    """The sentence quotes the whole path: no label line repeats it (review 7, S 12)."""
    child = spawn("--lang", lang, "--via", "web", "--paid", "--regular", "--benefits-used")
    child.expect_exact("> ")
    child.sendline("")
    child.expect_exact(SCREENS[lang]["step"].format(n=1))
    child.expect_exact("> ")
    screen = squeezed(child.before)
    child.sendline("q")
    _, status = finish(child)
    assert status == 0
    assert squeezed("選ぶ項目：" if lang == "ja" else "Look for:") not in screen
    for label in ("「アカウント&リスト」", "「Amazonプライム会員情報」"):
        assert screen.count(squeezed(label)) == 1, label


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_5_says_each_timing_once_and_the_answered_rule_as_a_fact(lang: str) -> None:
    """Review 9 items 3 and 4: each timing's meaning is said once on the step choosing it (review
    9b item 6: under the headings, the step pointing below), and the refund rule for the
    member's answer is worded as a fact about them."""
    child = spawn("--lang", lang, "--via", "web", "--paid", "--regular", "--benefits-used")
    child.expect_exact("> ")
    for n in range(1, 6):
        child.sendline("")
        child.expect_exact(SCREENS[lang]["step"].format(n=n))
    child.expect_exact("> ")
    screen = squeezed(child.before)
    child.sendline("q")
    _, status = finish(child)
    assert status == 0
    # Review 9b item 6: the step itself now points below, and each timing is said there once.
    for consequence in (
        ("会員資格と特典はすぐに終了します", "会員資格は次の更新日に終了し")
        if lang == "ja"
        else (
            "The membership and its benefits end at once",
            "The membership ends on the next renewal",
        )
    ):
        assert screen.count(squeezed(consequence)) == 1
    used = (
        "前回の支払い以降に特典を使っているので、"
        if lang == "ja"
        else "You have used benefits since the last charge, so"
    )
    assert squeezed(used) in screen
    assert squeezed(SCREENS[lang]["end_now"]) in screen
