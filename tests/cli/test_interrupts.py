"""Ctrl-C at every prompt of the cancel walkthrough: exit 130 and exactly one line.

tests/test_cancel_e2e.py covers Ctrl-C at the first question and at a step, and end of input;
this walks to each of the twelve prompts in turn and checks what follows the interruption:
one line, nothing else (no traceback, no second message, no half-drawn screen).

Timeouts are hang guards only: every test passes as soon as the process answers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest

ANSWERS = ["1", "2", "1", "3"]  # web, paid, regular, benefits not known; then Enter per screen
PROMPTS = 11  # four questions, the opening screen, six steps (the refund rules are in step 5)
INTERRUPTED = {"en": "primehelp: Interrupted.", "ja": "primehelp: 中断しました。"}
# q, Ctrl-D, and Ctrl-C on stderr (review 40b S 6; no 「primehelp: 」, review 50b item 1), with where to see the
# whole guide (review 49b S 19)
STOPPED = {
    "en": "Walkthrough stopped. To see all the steps, run `primehelp cancel --no-interactive`.",
    "ja": "案内を中断しました。手順全体は `primehelp cancel --no-interactive` で表示できます。",
}


# The options that give ANSWERS[:n] (review 52b item 30: the line names the answers typed at
# the questions; 「わからない」 about benefits is no option).
ANSWERED = ["--via web", "--paid", "--regular", ""]


def stopped(lang: str, at: int) -> str:
    """The stop line after ``at`` prompts answered, without white space (it may wrap)."""
    options = "".join(f" {option}" for option in ANSWERED[:at] if option)
    line = STOPPED[lang].replace("primehelp cancel", "primehelp cancel" + options)
    return "".join(line.split())


def spawn(lang: str, tmp_path: Path, options: list[str] | None = None) -> pexpect.spawn:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PRIMEHELP_LANG", "LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR")
    }
    env.update(
        COLUMNS="100",
        TERM="xterm",
        PYTHONIOENCODING="utf-8",
        PRIMEHELP_CONFIG_DIR=str(tmp_path / "config"),
    )
    return pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "cancel", "--lang", lang, *(options or [])],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(40, 100),
    )


def test_the_walkthrough_has_the_prompts_counted_here(tmp_path: Path) -> None:
    child = spawn("en", tmp_path)
    seen = 0
    while child.expect_exact(["> ", pexpect.EOF]) == 0:
        child.sendline(ANSWERS[seen] if seen < len(ANSWERS) else "")
        seen += 1
    child.close()
    assert child.exitstatus == 0
    assert seen == PROMPTS


def _at_prompt(
    lang: str, at: int, tmp_path: Path, press: Callable[[pexpect.spawn], object]
) -> tuple[str, int | None]:
    """Answer up to prompt ``at``, press a key there; what follows, and the exit code."""
    child = spawn(lang, tmp_path)
    for n in range(at):
        child.expect_exact("> ")
        child.sendline(ANSWERS[n] if n < len(ANSWERS) else "")
    child.expect_exact("> ")
    press(child)
    child.expect(pexpect.EOF)
    after: str = child.before
    child.close()
    return after, child.exitstatus


# Every prompt in English; in Japanese a question, the opening, a step and the last screen.
WHERE = [("en", at) for at in range(PROMPTS)] + [("ja", at) for at in (1, 4, 7, PROMPTS - 1)]


@pytest.mark.parametrize(
    ("lang", "at"), WHERE, ids=[f"{lang}-prompt-{at + 1}" for lang, at in WHERE]
)
def test_ctrl_c_at_every_prompt_is_one_line_and_exit_130(
    lang: str, at: int, tmp_path: Path
) -> None:
    after, status = _at_prompt(lang, at, tmp_path, pexpect.spawn.sendintr)
    assert status == 130
    # The terminal may echo ^C; apart from it, exactly the one line, in the words q and Ctrl-D
    # print (review 40b S 6: it was the general 「primehelp: 中断しました。」).
    said = "".join(word for word in after.split() if word != "^C")
    assert said == stopped(lang, at), after  # review 50b item 1: no 「primehelp: 」 before it


def test_the_start_up_guard_says_what_ui_toml_says() -> None:
    """primehelp/__main__.py cannot read ui.toml; its copy of the line must not drift."""
    from primehelp.__main__ import INTERRUPTED as GUARD_LINES
    from primehelp.__main__ import INTERRUPTED_EXIT
    from primehelp.errors import ExitCode
    from primehelp.facts import ui

    assert {"ja": ui("interrupted").ja, "en": ui("interrupted").en} == GUARD_LINES
    assert INTERRUPTED_EXIT == ExitCode.INTERRUPTED


# Ctrl-C while a module is being imported, made certain: an import hook raises it.
_INTERRUPT_AT_IMPORT = """
import runpy, sys
AT = sys.argv.pop(1)
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == AT:
            raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, Interrupt())
runpy.run_module("primehelp", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    ("module", "command"),
    [("typer", "primehelp"), ("primehelp.cli.fees", "fees")],  # before / after the CLI is loaded
)
@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_during_imports_is_one_line_and_exit_130(
    module: str, command: str, as_json: bool
) -> None:
    import subprocess

    from tests.support import json_contract

    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, module, "fees", "--lang", "en",
         *(["--json"] if as_json else [])],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line] == [INTERRUPTED["en"]]
    if as_json:
        document = json_contract.loads(done.stdout)  # validated against the schema
        assert document["command"] == command
        assert document["error"] == {"code": "interrupted", "message": "Interrupted."}
    else:
        assert done.stdout == ""


def test_ctrl_c_in_a_json_command_writes_the_error_object(monkeypatch: pytest.MonkeyPatch) -> None:
    from primehelp.cli import running
    from tests.support.clihelp import run

    def interrupted(_option: str | None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(running, "resolve_lang", interrupted)
    done = run("fees", "--json", "--lang", "ja")
    assert done.exit_code == 130
    assert done.stderr.strip() == INTERRUPTED["ja"]
    assert done.json()["error"] == {"code": "interrupted", "message": "中断しました。"}
    assert done.json()["command"] == "fees"


# ---------------------------------------------------------------- Ctrl-D: the same as q


@pytest.mark.parametrize(("lang", "word"), [("ja", "中断"), ("ja", "ｑ"), ("en", "Quit")])
def test_the_word_the_prompt_prints_stops_like_q(lang: str, word: str, tmp_path: Path) -> None:
    """Review 40b S 6: 「中断」, printed by the prompt itself (「q：中断」), was refused."""
    after, status = _at_prompt(lang, 0, tmp_path, lambda child: child.sendline(word))
    assert status == 0
    said = [line.strip() for line in after.splitlines() if line.strip()]
    assert said[-1] == STOPPED[lang] and len(said) <= 2, after  # the echoed word, then the line


@pytest.mark.parametrize(
    ("lang", "at"), WHERE, ids=[f"{lang}-prompt-{at + 1}" for lang, at in WHERE]
)
def test_ctrl_d_at_every_prompt_stops_like_q_with_exit_0(
    lang: str, at: int, tmp_path: Path
) -> None:
    """End of input is "no more answers": the walkthrough stops as with q, not as Ctrl-C."""
    after, status = _at_prompt(lang, at, tmp_path, pexpect.spawn.sendeof)
    assert status == 0
    assert "".join(after.split()) == stopped(lang, at), after


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("press", [pexpect.spawn.sendintr, pexpect.spawn.sendeof])
def test_the_stop_line_repeats_the_options_given(
    lang: str, press: Callable[[pexpect.spawn], object], tmp_path: Path
) -> None:
    """Review 50b S 18: the command it suggests shows the guide that was being walked."""
    options = ["--via", "web", "--paid", "--regular", "--no-benefits-used"]
    child = spawn(lang, tmp_path, options)
    child.expect_exact("> ")
    press(child)
    child.expect(pexpect.EOF)
    after: str = child.before
    child.close()
    typed = "primehelp cancel --via web --paid --regular --no-benefits-used --no-interactive"
    said = "".join(line for line in after.split() if line != "^C")  # wrapped at 100 columns
    expected = STOPPED[lang].replace("primehelp cancel --no-interactive", typed)
    assert said == "".join(expected.split()), after
