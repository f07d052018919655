"""Review 45b S 15: the interactive `cancel` with a saved renewal tomorrow says 「今日中に解約して
ください」 before its first question (the action for today first), once."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, SCREENS, env, words
from tests.support.clihelp import run

TODAY = "2026-12-06"


def _spawn(folder: Path, lang: str, *args: str) -> pexpect.spawn:
    extra = {"PRIMEHELP_CONFIG_DIR": str(folder), "PRIMEHELP_TODAY": TODAY}
    return pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "--lang", lang, "cancel", *args],
        cwd=str(ROOT),
        env=env(**extra),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 100),
    )


# The saved date is itself tomorrow: nothing was counted (review 46b item 4: it read
# 「保存した更新日から数えると…」, which made the date sound like an estimate).
URGENT = {
    "ja": "保存した更新日は明日（2026年12月7日）です。"
    "自動更新を止めるには、今日中に解約してください。",
    "en": "Your saved renewal date is tomorrow (2026-12-07). "
    "To stop the automatic renewal, cancel today.",
}
COUNTED = {
    "ja": "保存した更新日から数えると、次の更新日は明日（2026年12月7日、目安）です。"
    "自動更新を止めるには、今日中に解約してください。",
    "en": "Counted from your saved date, the next renewal is tomorrow (2026-12-07, an estimate). "
    "To stop the automatic renewal, cancel today.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s15_tomorrow_is_said_before_the_first_question(tmp_path: Path, lang: str) -> None:
    saved = run("renewal", "2026-12-07", "--plan", "annual", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, lang)
    child.expect(words(URGENT[lang]))
    before = child.before
    child.expect(words(SCREENS[lang]["q_via"]))
    assert SCREENS[lang]["q_via"] not in before  # the line comes first
    child.sendline("q")
    child.expect(pexpect.EOF)
    said = child.before
    assert URGENT[lang].split("。")[0][:8] not in said  # once


def test_s15_nothing_when_the_cancel_by_day_is_later(tmp_path: Path) -> None:
    saved = run("renewal", "2026-12-20", "--plan", "annual", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, "ja")
    child.expect(words(SCREENS["ja"]["q_via"]))
    assert "今日中に" not in child.before
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_s15_a_saved_trial_ending_tomorrow(tmp_path: Path) -> None:
    saved = run("trial", "2026-11-07", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, "ja")
    child.expect(words("保存した無料体験の自動更新日は明日（2026年12月7日、目安）です。"))
    child.expect(r"> ")
    child.sendline("q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_46b_4_a_date_counted_from_a_passed_saved_one_says_so(tmp_path: Path, lang: str) -> None:
    saved = run("renewal", "2025-12-07", "--plan", "annual", "--save", "--today", "2025-12-01",
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, lang)
    child.expect(words(COUNTED[lang]))
    assert URGENT[lang][:12] not in child.before
    child.sendline("q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_46b_4_what_the_saved_plan_answers_is_not_asked_again(tmp_path: Path, lang: str) -> None:
    """A saved student-annual plan: paid and Prime Student, said once before the first
    question; only where and the benefits are asked."""
    saved = run("renewal", "2026-12-20", "--plan", "student-annual", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, lang)
    said = {"ja": "保存したプラン（Prime Student 年間プラン）をもとに、有料会員の場合の手順を案内します。",
            "en": "From your saved plan (Prime Student annual plan), this is for a paid"}  # fmt: skip
    child.expect(words(said[lang]))
    child.expect(words(SCREENS[lang]["q_via"]))
    child.sendline("1")
    child.expect(words(SCREENS[lang]["q_benefits"]))
    assert SCREENS[lang]["q_trial"] not in child.before
    assert SCREENS[lang]["q_student"] not in child.before
    child.sendline("2")
    child.expect(words("Prime Student"))
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_46b_4_a_flag_given_the_questions_are_asked_as_before(tmp_path: Path) -> None:
    saved = run("renewal", "2026-12-20", "--plan", "student-annual", "--save", "--today", TODAY,
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = _spawn(tmp_path, "ja", "--regular")
    child.expect(words(SCREENS["ja"]["q_via"]))
    assert "保存したプラン" not in child.before
    child.sendline("1")
    child.expect(words(SCREENS["ja"]["q_trial"]))
    child.sendline("q")
    child.expect(pexpect.EOF)
