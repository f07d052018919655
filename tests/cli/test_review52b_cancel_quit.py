"""Review 52b item 30: q after the questions names the whole guide with the options that give
the answers typed at the prompts (it said `primehelp cancel --no-interactive`, the website /
regular Prime / benefits-unknown guide, after app / Prime Student / no benefits)."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest

from tests.cli.test_cancel_e2e import ROOT, SCREENS, env, finish

QUIT_LINE = {
    "ja": "手順全体は `primehelp cancel{options} --no-interactive` で表示できます。",
    "en": "To see all the steps, run `primehelp cancel{options} --no-interactive`.",
}


def _spawn(tmp_path: Path, lang: str, *args: str) -> pexpect.spawn:
    extra = {"HOME": str(tmp_path), "PRIMEHELP_CONFIG_DIR": str(tmp_path / "config")}
    return pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", lang, "--today", "2026-12-07", *args],
        cwd=str(ROOT),
        env=env(**extra),
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 200),  # wide: the quit line on one line
    )


def _said(rest: str) -> str:
    """Without the shell's line continuations and any white space (the terminal wraps)."""
    return "".join(rest.replace("\\\r\n", "").split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_quit_after_the_questions_names_the_answers(tmp_path: Path, lang: str) -> None:
    child = _spawn(tmp_path, lang)
    for key in ("q_via", "q_trial", "q_student", "q_benefits"):
        child.expect_exact(SCREENS[lang][key])
        child.sendline("2")  # app, paid, Prime Student, not used
    child.expect_exact("> ")
    child.sendline("q")
    rest, status = finish(child)
    assert status == 0
    options = " --via app --paid --student --no-benefits-used"
    assert _said(QUIT_LINE[lang].format(options=options)) in _said(rest), rest


def test_an_answer_taken_back_is_not_named_and_typed_options_stay(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "en", "--via", "app")
    child.expect_exact(SCREENS["en"]["q_trial"])
    child.sendline("2")  # paid
    child.expect_exact(SCREENS["en"]["q_student"])
    child.sendline("b")  # back to the trial question: its answer is taken back
    child.expect_exact(SCREENS["en"]["q_trial"])
    child.expect_exact("> ")
    child.sendline("q")
    rest, status = finish(child)
    assert status == 0
    assert _said(QUIT_LINE["en"].format(options=" --via app")) in _said(rest), rest
